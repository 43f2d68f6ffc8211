import { useId, useState } from 'react';
import { SavedNotice } from '../../components/write-form';
import { formatCount, formatDate } from '../../lib/format';
import { graphql, type ResultOf } from '../../lib/graphql';
import { useLanguage, useTranslation } from '../../lib/i18n';
import { LateBadge } from '../overview/late-badge';
import { isOverdue, type RakorGroup } from './follow-up-filter';
import { FollowUpProgressForm } from './follow-up-progress-form';
import './follow-ups.css';

export const RakorFollowUps_RakorFragment = graphql(`
  fragment RakorFollowUps_RakorFragment on Rakor {
    id
    title
    heldOn
    status
    synthetic
    location
    cluster { number }
    decisions {
      id
      position
      text
      followUps {
        id
        version
        viewerCanUpdateProgress
        title
        dueDate
        doneAt
        status
        daysLate
        progressNote
        ownerOpd { shortName name }
      }
    }
  }
`);

export type RakorData = ResultOf<typeof RakorFollowUps_RakorFragment>;
type FollowUp = RakorData['decisions'][number]['followUps'][number];

/**
 * One rakor with its decisions and the follow-ups that pass the filter; overdue rows stand out. The
 * owner OPD (or the secretariat) reports progress on a follow-up from its row.
 */
export function RakorFollowUps({ group, onReload }: { group: RakorGroup<RakorData, FollowUp>; onReload?: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const titleId = useId();
  const { rakor } = group;
  const [editing, setEditing] = useState<FollowUp | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <section className={group.overdue > 0 ? 'card rakor-group rakor-group--overdue' : 'card rakor-group'} aria-labelledby={titleId}>
      <header className="rakor-group__header">
        <div>
          <h2 id={titleId} className="rakor-group__title">
            {rakor.title}
          </h2>
          <p className="rakor-group__meta">
            <span>{formatDate(rakor.heldOn, lang)}</span>
            <span>{rakor.cluster ? t('followUps.cluster', { number: rakor.cluster.number }) : t('followUps.allClusters')}</span>
            <span>{t(`followUps.rakorStatus.${rakor.status}`)}</span>
            {rakor.synthetic && (
              <span className="badge badge--synthetic" title={t('provenance.syntheticHint')}>
                {t('provenance.synthetic')}
              </span>
            )}
          </p>
        </div>
        {group.overdue > 0 && <span className="late-badge">{t('followUps.overdueCount', { count: formatCount(group.overdue) })}</span>}
      </header>
      {group.decisions.length === 0 ? (
        <p className="rakor-group__empty">{rakor.status === 'PLANNED' ? t('followUps.plannedNoDecisions') : t('followUps.noDecisions')}</p>
      ) : (
        <ol className="decisions">
          {group.decisions.map((d) => (
            <li key={d.id ?? d.text} className="decision">
              <p className="decision__text">{d.text}</p>
              {d.followUps.length === 0 ? (
                <p className="decision__none">{t('followUps.noFollowUps')}</p>
              ) : (
                <ul className="follow-up-list">
                  {d.followUps.map((f) => (
                    <li key={f.id} className={isOverdue(f) ? 'follow-up follow-up--overdue' : 'follow-up'}>
                      <span className="follow-up__title">{f.title}</span>
                      <span className="follow-up__meta">
                        <abbr className="follow-up__opd" title={f.ownerOpd.name}>
                          {f.ownerOpd.shortName}
                        </abbr>
                        <span>
                          {f.doneAt
                            ? t('followUps.doneOn', { date: formatDate(f.doneAt, lang) })
                            : t('followUps.due', { date: formatDate(f.dueDate, lang) })}
                        </span>
                      </span>
                      <span className="follow-up__status">
                        <span className={`follow-status follow-status--${f.status}`}>{t(`followUps.status.${f.status}`)}</span>
                        <LateBadge daysLate={isOverdue(f) ? f.daysLate : 0} />
                      </span>
                      {f.progressNote && <p className="follow-up__note">{f.progressNote}</p>}
                      {f.viewerCanUpdateProgress && f.status !== 'DROPPED' && (
                        <p className="follow-up__actions">
                          <button
                            type="button"
                            className="button button--small"
                            onClick={() => {
                              setDone(null);
                              setEditing(f);
                            }}
                          >
                            {t('followUps.progress.open')}
                            <span className="visually-hidden">: {f.title}</span>
                          </button>
                        </p>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      <SavedNotice message={done} />
      {editing && (
        <FollowUpProgressForm
          followUp={editing}
          onSaved={(title) => {
            setEditing(null);
            setDone(t('followUps.progress.saved', { title }));
          }}
          onClose={() => setEditing(null)}
          onReload={() => {
            setEditing(null);
            onReload?.();
          }}
        />
      )}
    </section>
  );
}

/** The list's shape while it loads. */
export function RakorFollowUpsSkeleton() {
  return (
    <div className="stack" aria-hidden="true">
      {[0, 1].map((i) => (
        <div key={i} className="card rakor-group">
          <div className="skeleton skeleton--line" />
          <div className="skeleton skeleton--line" />
          <div className="skeleton skeleton--line" />
        </div>
      ))}
    </div>
  );
}
