import { type CSSProperties, useId } from 'react';
import { EmptyState } from '../../components/query-state';
import { formatCount, formatDate } from '../../lib/format';
import { type FragmentOf, graphql, type ResultOf, readFragment } from '../../lib/graphql';
import { useLanguage, useTranslation } from '../../lib/i18n';
import { LateBadge } from '../overview/late-badge';
import { boardColumns, milestoneShare } from './board-columns';
import './priorities.css';

export const PriorityBoard_PriorityFragment = graphql(`
  fragment PriorityBoard_PriorityFragment on Priority {
    id
    title
    description
    status
    startDate
    dueDate
    doneAt
    daysLate
    synthetic
    milestonesDone
    ownerOpd { shortName name }
    milestones { id position title dueDate doneAt }
    viewerCanEdit
    viewerCanUpdateProgress
  }
`);

type Priority = ResultOf<typeof PriorityBoard_PriorityFragment>;

/** What a card offers the viewer: edit and remove (the mayor's office), report progress (the owner OPD). */
export interface PriorityActions {
  edit(id: number): void;
  remove(id: number): void;
  progress(id: number): void;
}

interface Props {
  priorities: readonly FragmentOf<typeof PriorityBoard_PriorityFragment>[];
  lateOnly: boolean;
  actions?: PriorityActions;
}

/** The 100-day priorities in status columns (Belum mulai, Berjalan, Selesai), late ones on top. */
export function PriorityBoard({ priorities, lateOnly, actions }: Props) {
  const { t } = useTranslation();
  const items = readFragment(PriorityBoard_PriorityFragment, priorities);
  const columns = boardColumns(items, { lateOnly });
  if (lateOnly && columns.every((c) => c.items.length === 0)) {
    return (
      <p className="notice notice--good" role="status">
        {t('priorities.noneLate')}
      </p>
    );
  }
  return (
    // Columns with cards take more room than empty ones, so a board where every priority is
    // "Berjalan" does not squeeze them into a third of the screen.
    <div
      className="board"
      style={
        { '--board-columns': columns.map((c) => (c.items.length > 0 ? 'minmax(0, 2fr)' : 'minmax(12rem, 1fr)')).join(' ') } as CSSProperties
      }
    >
      {columns.map((column) => (
        <BoardColumn key={column.status} status={column.status} items={column.items} actions={actions} />
      ))}
    </div>
  );
}

function BoardColumn({ status, items, actions }: { status: Priority['status']; items: Priority[]; actions?: PriorityActions }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className={`board__column board__column--${status}`} aria-labelledby={titleId}>
      <h2 id={titleId} className="board__title">
        {t(`priorities.status.${status}`)} <span className="board__count">{formatCount(items.length)}</span>
      </h2>
      {items.length === 0 ? (
        <p className="board__empty">{t(`priorities.emptyColumn.${status}`)}</p>
      ) : (
        <ul className="board__list">
          {items.map((p) => (
            <li key={p.id}>
              <PriorityCard priority={p} actions={actions} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function PriorityCard({ priority: p, actions }: { priority: Priority; actions?: PriorityActions }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const total = p.milestones.length;
  const share = milestoneShare(p.milestonesDone, total);
  const milestones = [...p.milestones].sort((a, b) => a.position - b.position);
  return (
    <article className={p.daysLate > 0 ? 'priority-card priority-card--late' : 'priority-card'}>
      <header className="priority-card__header">
        <h3 className="priority-card__title">{p.title}</h3>
        <LateBadge daysLate={p.daysLate} />
      </header>
      {p.description && <p className="priority-card__description">{p.description}</p>}
      <dl className="priority-card__facts">
        <div>
          <dt>{t('priorities.owner')}</dt>
          <dd>
            <abbr title={p.ownerOpd.name}>{p.ownerOpd.shortName}</abbr>
            <span className="priority-card__opd-name"> · {p.ownerOpd.name}</span>
          </dd>
        </div>
        <div>
          <dt>{t('priorities.due')}</dt>
          <dd>{formatDate(p.dueDate, lang)}</dd>
        </div>
        {p.doneAt && (
          <div>
            <dt>{t('priorities.doneAt')}</dt>
            <dd>{formatDate(p.doneAt, lang)}</dd>
          </div>
        )}
      </dl>
      {total > 0 && (
        <div className="milestones">
          <div className="milestones__summary">
            <span>{t('priorities.milestones', { done: formatCount(p.milestonesDone), total: formatCount(total) })}</span>
            <progress
              className="milestones__bar"
              max={total}
              value={p.milestonesDone}
              aria-label={t('priorities.milestonesLabel', { title: p.title })}
            >
              {Math.round(share * 100)}%
            </progress>
          </div>
          <details className="milestones__details">
            <summary>{t('priorities.milestonesShow')}</summary>
            <ol className="milestones__list">
              {milestones.map((m) => (
                <li key={m.id} className={m.doneAt ? 'milestone milestone--done' : 'milestone'}>
                  <span className="milestone__mark" aria-hidden="true">
                    {m.doneAt ? '✓' : '○'}
                  </span>
                  <span className="milestone__title">{m.title}</span>
                  <span className="milestone__date">
                    {m.doneAt
                      ? t('priorities.milestoneDone', { date: formatDate(m.doneAt, lang) })
                      : t('priorities.milestoneDue', { date: formatDate(m.dueDate, lang) })}
                  </span>
                </li>
              ))}
            </ol>
          </details>
        </div>
      )}
      {p.synthetic && (
        // Labelled as every footnote is (components/provenance.tsx), so the provenance walk reads it.
        <p className="provenance" data-provenance="synthetic">
          <span className="badge badge--synthetic" title={t('provenance.syntheticHint')}>
            {t('provenance.synthetic')}
          </span>
        </p>
      )}
      {actions && (p.viewerCanEdit || p.viewerCanUpdateProgress) && (
        <div className="row-actions priority-card__actions">
          {p.viewerCanUpdateProgress && (
            <button type="button" className="button button--small" onClick={() => actions.progress(p.id)}>
              {t('priorities.action.progress')}
              <span className="visually-hidden">: {p.title}</span>
            </button>
          )}
          {p.viewerCanEdit && (
            <>
              <button type="button" className="button button--secondary button--small" onClick={() => actions.edit(p.id)}>
                {t('write.edit')}
                <span className="visually-hidden">: {p.title}</span>
              </button>
              <button
                type="button"
                className="button button--secondary button--small button--link-danger"
                onClick={() => actions.remove(p.id)}
              >
                {t('write.remove')}
                <span className="visually-hidden">: {p.title}</span>
              </button>
            </>
          )}
        </div>
      )}
    </article>
  );
}

/** The board's shape while it loads. */
export function PriorityBoardSkeleton() {
  return (
    <div className="board" aria-hidden="true">
      {[0, 1, 2].map((i) => (
        <div key={i} className="board__column">
          <div className="skeleton skeleton--line" />
          <div className="card priority-card">
            <div className="skeleton skeleton--line" />
            <div className="skeleton skeleton--line" />
          </div>
        </div>
      ))}
    </div>
  );
}

/** Shown when a region has no 100-day priorities for the year. */
export function PrioritiesEmpty({ region, year, canAdd }: { region: string; year: number; canAdd: boolean }) {
  const { t } = useTranslation();
  return (
    <EmptyState title={t('priorities.empty.title', { region, year })}>
      <p>{t(canAdd ? 'priorities.empty.bodyCanAdd' : 'priorities.empty.body')}</p>
    </EmptyState>
  );
}
