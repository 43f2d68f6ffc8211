import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useViewer } from '../app/auth';
import { EmptyState, QueryState } from '../components/query-state';
import { HouseholdDetail } from '../features/households/household-detail';
import {
  parseHouseholdFilters,
  REACH,
  STATUSES,
  toApiFilter,
  VERIFICATION_STATES,
  withHouseholdFilter,
} from '../features/households/household-filters';
import { HouseholdTable, HouseholdTable_HouseholdFragment } from '../features/households/household-table';
import { useFilters } from '../lib/filters';
import { formatCount } from '../lib/format';
import { graphql } from '../lib/graphql';
import { useTranslation } from '../lib/i18n';
import '../styles/households.css';
import '../features/households/household-verify.css';

const PAGE_SIZE = 50;

export const HouseholdsPageQuery = graphql(
  `
  query HouseholdsPage($filter: HouseholdFilter!, $first: Int!, $after: String, $regionCode: RegionCode!) {
    region(code: $regionCode) { code name level extremePoorHouseholds }
    households(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id ...HouseholdTable_HouseholdFragment } }
    }
  }
`,
  [HouseholdTable_HouseholdFragment],
);

/**
 * Rumah tangga: the households a kelurahan operator verifies, or the secretariat looks up. The
 * API decides what each role may see: personal data comes masked unless the viewer may read it.
 */
export function HouseholdsPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { regionCode: pickedRegion, year } = useFilters();
  const [params, setParams] = useSearchParams();
  const filters = parseHouseholdFilters(params);
  // A kelurahan operator works in one kelurahan; the others pick the region in the header.
  const regionCode = viewer.role === 'REGION_OPERATOR' && viewer.regionCode ? viewer.regionCode : pickedRegion;
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [open, setOpen] = useState<number | null>(null);
  const after = cursors.at(-1) ?? null;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: HouseholdsPageQuery,
    variables: { filter: toApiFilter(regionCode, year, filters), first: PAGE_SIZE, after, regionCode },
  });

  const setFilter = (key: Parameters<typeof withHouseholdFilter>[1], value: string | null) => {
    setCursors([null]);
    setParams((prev) => withHouseholdFilter(prev, key, value));
  };

  return (
    <div className="page">
      <title>{`${t('households.title')} · Pantau`}</title>
      <header className="page__header">
        <h1 className="page__title">{t('households.title')}</h1>
        <p className="page__subtitle">{data?.region ? data.region.name : regionCode}</p>
      </header>
      {data?.region && data.region.extremePoorHouseholds !== null && (
        // The figure a verification moves: a household verified as moved, deceased or graduated leaves it at once.
        <p className="households-headline" aria-live="polite">
          <strong className="households-headline__value">{formatCount(data.region.extremePoorHouseholds)}</strong>{' '}
          {t('households.extremePoorIn', { region: data.region.name })}
        </p>
      )}
      <form className="filter-bar" aria-label={t('households.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label className="field__label" htmlFor="hh-status">
            {t('households.col.status')}
          </label>
          <select
            id="hh-status"
            className="field__control"
            value={filters.status ?? ''}
            onChange={(e) => setFilter('status', e.target.value)}
          >
            <option value="">{t('households.all')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`households.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="hh-desil">
            {t('households.col.desil')}
          </label>
          <select id="hh-desil" className="field__control" value={filters.desil ?? ''} onChange={(e) => setFilter('desil', e.target.value)}>
            <option value="">{t('households.all')}</option>
            {[1, 2, 3, 4, 5, 6].map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="hh-verification">
            {t('households.col.verification')}
          </label>
          <select
            id="hh-verification"
            className="field__control"
            value={filters.verification ?? ''}
            onChange={(e) => setFilter('verifikasi', e.target.value)}
          >
            <option value="">{t('households.all')}</option>
            {VERIFICATION_STATES.map((v) => (
              <option key={v} value={v}>
                {t(`households.verification.${v}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="hh-reach">
            {t('households.reach')}
          </label>
          <select
            id="hh-reach"
            className="field__control"
            value={filters.reach ?? ''}
            onChange={(e) => setFilter('jangkauan', e.target.value)}
          >
            <option value="">{t('households.all')}</option>
            {REACH.map((r) => (
              <option key={r} value={r}>
                {t(`households.reach.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={filters.unreached}
            onChange={(e) => setFilter('belumTerjangkau', e.target.checked ? '1' : null)}
          />
          {t('households.unreachedOnly')}
        </label>
      </form>
      <QueryState
        fetching={fetching}
        error={error}
        data={data}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        skeleton={<TableSkeleton rows={8} />}
      >
        {({ households }) =>
          households.totalCount === 0 ? (
            <EmptyState title={t('households.empty.title')}>{t('households.empty.body')}</EmptyState>
          ) : (
            <section className="card panel" aria-label={t('households.title')}>
              <p className="panel__meta" aria-live="polite">
                {t('households.count', {
                  from: formatCount((cursors.length - 1) * PAGE_SIZE + 1),
                  to: formatCount((cursors.length - 1) * PAGE_SIZE + households.edges.length),
                  total: formatCount(households.totalCount),
                })}
              </p>
              <HouseholdTable households={households.edges.map((e) => e.node)} onOpen={setOpen} />
              <nav className="pager" aria-label={t('households.pages')}>
                <button type="button" className="button" disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
                  {t('households.previous')}
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={!households.pageInfo.hasNextPage}
                  onClick={() => setCursors((c) => [...c, households.pageInfo.endCursor])}
                >
                  {t('households.next')}
                </button>
              </nav>
            </section>
          )
        }
      </QueryState>
      {open !== null && <HouseholdDetail id={open} year={year} onClose={() => setOpen(null)} />}
    </div>
  );
}

/** Placeholder rows while the list loads. */
export function TableSkeleton({ rows }: { rows: number }) {
  return (
    <div className="card panel" aria-hidden="true">
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity.
        <div key={i} className="skeleton skeleton--line" />
      ))}
    </div>
  );
}
