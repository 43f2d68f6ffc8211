import { useCallback, useId, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, QueryState } from '../components/query-state';
import { Segmented } from '../components/segmented';
import {
  type Filter,
  followUpOpds,
  groupByRakor,
  isOpen,
  isOverdue,
  parseStatusFilter,
  rakorInYear,
  STATUS_FILTERS,
  type StatusFilter,
  statusFilterParam,
} from '../features/follow-ups/follow-up-filter';
import { RakorFollowUps, RakorFollowUps_RakorFragment, RakorFollowUpsSkeleton } from '../features/follow-ups/rakor-follow-ups';
import '../features/overview/controls.css';
import { useFilters } from '../lib/filters';
import { formatCount } from '../lib/format';
import { graphql, readFragment } from '../lib/graphql';
import { useTranslation } from '../lib/i18n';

export const FollowUpsPageQuery = graphql(
  `
  query FollowUpsPage($regionCode: RegionCode!) {
    region(code: $regionCode) { code name parent { name } }
    rakors(regionCode: $regionCode) {
      id
      ...RakorFollowUps_RakorFragment
    }
  }
`,
  [RakorFollowUps_RakorFragment],
);

const STATUS_PARAM = 'status';
const OPD_PARAM = 'opd';

/** Tindak lanjut rakor: what each rakor decided, who follows it up, and what is overdue. */
export function FollowUpsPage() {
  const { t } = useTranslation();
  const { regionCode, year } = useFilters();
  const [params, setParams] = useSearchParams();
  const opdSelectId = useId();
  const filter: Filter = { status: parseStatusFilter(params.get(STATUS_PARAM)), opd: params.get(OPD_PARAM) || null };
  const setParam = (name: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const [{ data, fetching, error }, reexecute] = useQuery({ query: FollowUpsPageQuery, variables: { regionCode } });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  // The year picks the rakor: those held in it, and older ones whose follow-ups are still open.
  const rakors = useMemo(
    () => readFragment(RakorFollowUps_RakorFragment, data?.rakors ?? []).filter((r) => rakorInYear(r, year)),
    [data, year],
  );
  const all = useMemo(() => rakors.flatMap((r) => r.decisions.flatMap((d) => d.followUps)), [rakors]);
  const counts: Record<StatusFilter, number> = {
    all: all.length,
    open: all.filter(isOpen).length,
    overdue: all.filter(isOverdue).length,
  };
  const opds = useMemo(() => followUpOpds(rakors), [rakors]);
  const opdKnown = filter.opd === null || opds.some((o) => o.shortName === filter.opd);
  const effective: Filter = opdKnown ? filter : { ...filter, opd: null };
  const groups = groupByRakor(rakors, effective);
  const shown = groups.reduce((s, g) => s + g.shown, 0);
  const title = t('followUps.title');

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
      <QueryState fetching={fetching} error={error} data={data} onRetry={retry} skeleton={<RakorFollowUpsSkeleton />}>
        {({ region }) =>
          !region ? (
            <EmptyState title={t('summary.regionNotFound.title', { code: regionCode })}>
              <p>{t('summary.regionNotFound.body')}</p>
            </EmptyState>
          ) : rakors.length === 0 ? (
            <EmptyState title={t('followUps.empty.title', { region: region.name, year })}>
              <p>{t('followUps.empty.body')}</p>
            </EmptyState>
          ) : (
            <>
              <div className="filter-bar">
                <Segmented
                  label={t('followUps.filter.label')}
                  options={STATUS_FILTERS.map((s) => ({ value: s, label: t(`followUps.filter.${s}`, { count: formatCount(counts[s]) }) }))}
                  value={effective.status}
                  onChange={(s) => setParam(STATUS_PARAM, statusFilterParam(s))}
                />
                <div className="field field--light">
                  <label className="field__label" htmlFor={opdSelectId}>
                    {t('followUps.filter.opd')}
                  </label>
                  <select
                    id={opdSelectId}
                    className="field__control"
                    value={effective.opd ?? ''}
                    onChange={(e) => setParam(OPD_PARAM, e.target.value || null)}
                  >
                    <option value="">{t('followUps.filter.allOpds')}</option>
                    {opds.map((o) => (
                      <option key={o.shortName} value={o.shortName}>
                        {o.shortName} — {o.name}
                      </option>
                    ))}
                  </select>
                </div>
                <p className="filter-bar__summary" aria-live="polite">
                  {t('followUps.summary', { shown: formatCount(shown), rakors: formatCount(groups.length) })}
                </p>
              </div>
              {groups.length === 0 ? (
                <p className="notice notice--good" role="status">
                  {t(effective.status === 'overdue' ? 'followUps.noneOverdue' : 'followUps.noneMatch')}
                </p>
              ) : (
                groups.map((g) => <RakorFollowUps key={g.rakor.id} group={g} onReload={retry} />)
              )}
            </>
          )
        }
      </QueryState>
    </div>
  );
}
