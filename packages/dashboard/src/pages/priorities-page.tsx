import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, QueryState } from '../components/query-state';
import { inYear, isLate } from '../features/priorities/board-columns';
import {
  PrioritiesEmpty,
  PriorityBoard,
  PriorityBoard_PriorityFragment,
  PriorityBoardSkeleton,
} from '../features/priorities/priority-board';
import '../features/overview/controls.css';
import { useFilters } from '../lib/filters';
import { formatCount } from '../lib/format';
import { graphql, readFragment } from '../lib/graphql';
import { useTranslation } from '../lib/i18n';

export const PrioritiesPageQuery = graphql(
  `
  query PrioritiesPage($regionCode: String!) {
    region(code: $regionCode) { code name parent { name } }
    priorities(regionCode: $regionCode) {
      id
      ...PriorityBoard_PriorityFragment
    }
  }
`,
  [PriorityBoard_PriorityFragment],
);

/** `?terlambat=1`: only late priorities (Ringkasan links here with it). */
const LATE_PARAM = 'terlambat';

/** Prioritas 100 hari: the mayor's commitments, who owns them, and which are late. */
export function PrioritiesPage() {
  const { t } = useTranslation();
  const { regionCode, year } = useFilters();
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

  return (
    <div className="page">
      <title>{`${title} · ${data?.region?.name ?? regionCode} · Pantau`}</title>
      <header className="page__header">
        <h1 className="page__title">{title}</h1>
        {data?.region && (
          <p className="page__subtitle">
            <span className="page__region">{data.region.name}</span>
            {data.region.parent && <span>{data.region.parent.name}</span>}
            <span>{t('summary.year', { year })}</span>
          </p>
        )}
      </header>
      <QueryState fetching={fetching} error={error} data={data} onRetry={retry} skeleton={<PriorityBoardSkeleton />}>
        {({ region }) =>
          !region ? (
            <EmptyState title={t('summary.regionNotFound.title', { code: regionCode })}>
              <p>{t('summary.regionNotFound.body')}</p>
            </EmptyState>
          ) : shown.length === 0 ? (
            <PrioritiesEmpty region={region.name} year={year} />
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
              <PriorityBoard priorities={shown} lateOnly={lateOnly} />
            </>
          )
        }
      </QueryState>
    </div>
  );
}
