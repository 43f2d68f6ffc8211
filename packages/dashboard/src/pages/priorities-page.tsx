import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useViewer } from '../app/auth';
import { ConfirmDelete } from '../components/confirm-delete';
import { EmptyState, QueryState } from '../components/query-state';
import { SavedNotice } from '../components/write-form';
import { inYear, isLate } from '../features/priorities/board-columns';
import {
  PrioritiesEmpty,
  PriorityBoard,
  PriorityBoard_PriorityFragment,
  PriorityBoardSkeleton,
} from '../features/priorities/priority-board';
import { PriorityForm, PriorityForm_OpdFragment, PriorityForm_PriorityFragment } from '../features/priorities/priority-form';
import { PriorityProgressForm, PriorityProgressForm_PriorityFragment } from '../features/priorities/priority-progress-form';
import '../features/overview/controls.css';
import { useCalendar } from '../lib/calendar';
import { useFilters } from '../lib/filters';
import { formatCount } from '../lib/format';
import { graphql, readFragment } from '../lib/graphql';
import { useTranslation } from '../lib/i18n';

export const PrioritiesPageQuery = graphql(
  `
  query PrioritiesPage($regionCode: RegionCode!) {
    region(code: $regionCode) { code name level parent { name } }
    priorities(regionCode: $regionCode) {
      id
      title
      version
      ...PriorityBoard_PriorityFragment
      ...PriorityForm_PriorityFragment
      ...PriorityProgressForm_PriorityFragment
    }
    opds(regionCode: $regionCode) { ...PriorityForm_OpdFragment }
  }
`,
  [PriorityBoard_PriorityFragment, PriorityForm_PriorityFragment, PriorityProgressForm_PriorityFragment, PriorityForm_OpdFragment],
);

const DeletePriorityMutation = graphql(`
  mutation DeletePriority($id: Int!, $version: Int!) {
    deletePriority(id: $id, version: $version) {
      __typename
      ... on MutationDeletePrioritySuccess { data }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

/** The dialog open on the page, if any. */
type Open =
  | { kind: 'add' }
  | { kind: 'edit'; id: number }
  | { kind: 'progress'; id: number }
  | { kind: 'remove'; id: number; version: number }
  | null;

/** `?terlambat=1`: only late priorities (Ringkasan links here with it). */
const LATE_PARAM = 'terlambat';

/** Prioritas 100 hari: the mayor's commitments, who owns them, and which are late. */
export function PrioritiesPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const calendar = useCalendar();
  const { regionCode, year } = useFilters();
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const [params, setParams] = useSearchParams();
  const lateOnly = params.get(LATE_PARAM) === '1';
  const setLateOnly = (on: boolean) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (on) next.set(LATE_PARAM, '1');
        else next.delete(LATE_PARAM);
        return next;
      },
      { replace: true },
    );
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PrioritiesPageQuery, variables: { regionCode } });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  // The year picks the board: priorities that ran in it, and older ones still open.
  const shown = useMemo(
    () => (data?.priorities ?? []).filter((p) => inYear(readFragment(PriorityBoard_PriorityFragment, p), year)),
    [data, year],
  );
  const counts = useMemo(() => {
    const items = readFragment(PriorityBoard_PriorityFragment, shown);
    return { total: items.length, late: items.filter(isLate).length, done: items.filter((p) => p.status === 'DONE').length };
  }, [shown]);
  const title = t('priorities.title');
  // The mayor's office and the secretariat keep the list of a kabupaten/kota (the API checks the area).
  const canAdd = (viewer.role === 'EXECUTIVE' || viewer.role === 'ADMIN') && data?.region?.level === 'KABUPATEN_KOTA';
  const find = (id: number) => data?.priorities.find((p) => p.id === id) ?? null;
  const close = () => setOpen(null);
  const saved = (message: string) => {
    setOpen(null);
    setDone(message);
  };
  const reload = () => {
    setOpen(null);
    retry();
  };
  const show = (next: Open) => {
    setDone(null);
    setOpen(next);
  };
  const actions = {
    edit: (id: number) => show({ kind: 'edit', id }),
    // A confirmation removes the version it was shown at, even if the board refreshes meanwhile.
    remove: (id: number) => {
      const priority = find(id);
      if (priority) show({ kind: 'remove', id, version: priority.version });
    },
    progress: (id: number) => show({ kind: 'progress', id }),
  };
  const opened = open && open.kind !== 'add' ? find(open.id) : null;

  return (
    <div className="page">
      <title>{`${title} · ${data?.region?.name ?? regionCode} · Pantau`}</title>
      <header className="page__header">
        <div className="page__title-row">
          <h1 className="page__title">{title}</h1>
          {canAdd && (
            <button type="button" className="button" onClick={() => show({ kind: 'add' })}>
              + {t('priorities.action.add')}
            </button>
          )}
        </div>
        {data?.region && (
          <p className="page__subtitle">
            <span className="page__region">{data.region.name}</span>
            {data.region.parent && <span>{data.region.parent.name}</span>}
            <span>{t('summary.year', { year })}</span>
          </p>
        )}
      </header>
      <SavedNotice message={done} />
      <QueryState fetching={fetching} error={error} data={data} onRetry={retry} skeleton={<PriorityBoardSkeleton />}>
        {({ region }) =>
          !region ? (
            <EmptyState title={t('summary.regionNotFound.title', { code: regionCode })}>
              <p>{t('summary.regionNotFound.body')}</p>
            </EmptyState>
          ) : shown.length === 0 ? (
            <PrioritiesEmpty region={region.name} year={year} canAdd={canAdd} />
          ) : (
            <>
              <div className="filter-bar">
                <label className="check">
                  <input type="checkbox" checked={lateOnly} onChange={(e) => setLateOnly(e.target.checked)} />
                  {t('priorities.lateOnly', { count: formatCount(counts.late) })}
                </label>
                <p className="filter-bar__summary" aria-live="polite">
                  {t('priorities.summary', {
                    total: formatCount(counts.total),
                    late: formatCount(counts.late),
                    done: formatCount(counts.done),
                  })}
                </p>
              </div>
              <PriorityBoard priorities={shown} lateOnly={lateOnly} actions={actions} />
            </>
          )
        }
      </QueryState>
      {data && (open?.kind === 'add' || open?.kind === 'edit') && (
        <PriorityForm
          regionCode={regionCode}
          opds={readFragment(PriorityForm_OpdFragment, data.opds)}
          priority={open.kind === 'edit' && opened ? readFragment(PriorityForm_PriorityFragment, opened) : null}
          today={calendar.today.toISOString().slice(0, 10)}
          onSaved={(name) => saved(t(open.kind === 'add' ? 'priorities.done.added' : 'priorities.done.saved', { title: name }))}
          onClose={close}
          onReload={reload}
        />
      )}
      {open?.kind === 'progress' && opened && (
        <PriorityProgressForm
          priority={readFragment(PriorityProgressForm_PriorityFragment, opened)}
          onSaved={(name) => saved(t('priorities.done.progress', { title: name }))}
          onClose={close}
          onReload={reload}
        />
      )}
      {open?.kind === 'remove' && opened && (
        <ConfirmDelete
          title={t('priorities.remove.title')}
          confirmLabel={t('priorities.remove.confirm')}
          mutation={DeletePriorityMutation}
          name="deletePriority"
          variables={{ id: opened.id, version: open.version }}
          onDone={() => saved(t('priorities.done.removed', { title: opened.title }))}
          onCancel={close}
        >
          <p>{t('priorities.remove.body', { title: opened.title })}</p>
        </ConfirmDelete>
      )}
    </div>
  );
}
