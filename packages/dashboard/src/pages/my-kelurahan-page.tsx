import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useViewer } from '../app/auth';
import { navItemsFor } from '../app/nav';
import { Count } from '../components/hidden-value';
import { Panel } from '../components/panel';
import { Provenance } from '../components/provenance';
import { EmptyState, QueryState } from '../components/query-state';
import { StatCard } from '../components/stat-card';
import { HouseholdDetail } from '../features/households/household-detail';
import { HouseholdTable, HouseholdTable_HouseholdFragment } from '../features/households/household-table';
import { kelurahanFigures, verifiedShare } from '../features/my-kelurahan/kelurahan-figures';
import '../features/my-kelurahan/my-kelurahan.css';
import '../features/households/household-verify.css';
import { useFilters } from '../lib/filters';
import { formatCount, formatLocalDate, formatRate, formatTime } from '../lib/format';
import { graphql } from '../lib/graphql';
import { useTranslation } from '../lib/i18n';
import { registryProvenance, registryRowsProvenance } from '../lib/provenance';

/** Households to verify shown on the page; the rest are one click away on Rumah tangga. */
const TO_VERIFY = 8;
const RECENT = 8;

// Everything here is what the API lets a kelurahan operator read (auth/scope.ts): its own
// kelurahan's household lists (their totalCount are the counts), its region's exact count with
// its provenance, and its kelurahan's verifications. Nothing of the kabupaten/kota.
export const MyKelurahanPageQuery = graphql(
  `
  query MyKelurahanPage($code: RegionCode!, $year: Int!, $toVerify: Int!, $recent: Int!) {
    me {
      id
      homeRegion {
        code
        name
        level
        isDesa
        parent { code name parent { code name } }
        extremePoorHouseholds
        extremePoorProvenance { kind rowsSynthetic vintage official { value year vintage source { title publisher } } }
      }
    }
    unreached: households(filter: { regionCode: $code, year: $year, eligibleUnreached: true }) { totalCount }
    active: households(filter: { regionCode: $code, lifecycle: ACTIVE }) { totalCount }
    unverified: households(filter: { regionCode: $code, lifecycle: ACTIVE, verificationState: UNVERIFIED }) { totalCount }
    verified: households(filter: { regionCode: $code, verificationState: VERIFIED }) { totalCount }
    disputed: households(filter: { regionCode: $code, lifecycle: ACTIVE, verificationState: DISPUTED }) { totalCount }
    moved: households(filter: { regionCode: $code, lifecycle: MOVED }) { totalCount }
    deceased: households(filter: { regionCode: $code, lifecycle: DECEASED }) { totalCount }
    graduated: households(filter: { regionCode: $code, lifecycle: GRADUATED }) { totalCount }
    toVerify: households(
      first: $toVerify
      filter: { regionCode: $code, lifecycle: ACTIVE, povertyStatus: EXTREME, verificationState: UNVERIFIED }
    ) {
      totalCount
      edges { node { id ...HouseholdTable_HouseholdFragment } }
    }
    recentVerifications(regionCode: $code, first: $recent) {
      id
      verifiedAt
      outcome
      povertyStatus
      household { id householdNumber }
    }
  }
`,
  [HouseholdTable_HouseholdFragment],
);

/**
 * Kelurahan saya: the kelurahan operator's first page. Its households to verify, the kelurahan's
 * counts (each a link to the list behind it), what was verified lately, and the pages it may open.
 */
export function MyKelurahanPage() {
  const { t, lang } = useTranslation();
  const viewer = useViewer();
  const { year } = useFilters();
  const [params] = useSearchParams();
  const [open, setOpen] = useState<number | null>(null);
  const code = viewer.regionCode;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MyKelurahanPageQuery,
    variables: { code: code ?? '', year, toVerify: TO_VERIFY, recent: RECENT },
    pause: !code,
  });
  const title = t('myKelurahan.title');

  if (!code) {
    return (
      <div className="page">
        <title>{`${title} · Pantau`}</title>
        <header className="page__header">
          <h1 className="page__title">{title}</h1>
        </header>
        <EmptyState title={t('myKelurahan.noRegion.title')}>{t('myKelurahan.noRegion.body')}</EmptyState>
      </div>
    );
  }

  // Links keep the header's year and region parameters, as the nav's do.
  const listHref = (filters: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(filters)) next.set(k, v);
    return { pathname: '/rumah-tangga', search: `?${next.toString()}` };
  };
  const otherPages = navItemsFor(viewer.role).filter((item) => item.id !== 'myKelurahan');

  return (
    <div className="page my-kelurahan">
      <title>{`${title} · Pantau`}</title>
      <QueryState
        fetching={fetching}
        error={error}
        data={data}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        skeleton={<div className="card skeleton" style={{ height: 320 }} />}
      >
        {(d) => {
          const home = d.me?.homeRegion ?? null;
          const counts = {
            extremePoor: home?.extremePoorHouseholds ?? null,
            unreached: d.unreached.totalCount,
            active: d.active.totalCount,
            unverified: d.unverified.totalCount,
            verified: d.verified.totalCount,
            disputed: d.disputed.totalCount,
            moved: d.moved.totalCount,
            deceased: d.deceased.totalCount,
            graduated: d.graduated.totalCount,
          };
          const figures = kelurahanFigures(counts);
          const [extreme, ...rest] = figures;
          const share = verifiedShare(counts);
          const provenance = home ? registryProvenance(t('provenance.registry'), home.extremePoorProvenance) : null;
          const footer = provenance && <Provenance provenance={provenance} />;
          // The other counts are counts of rows: no published figure stands behind them.
          const rows = home ? registryRowsProvenance(t('provenance.registry'), home.extremePoorProvenance) : null;
          const rowsFooter = rows && <Provenance provenance={rows} />;
          const levelName =
            home?.level === 'KECAMATAN'
              ? t('myKelurahan.level.kecamatan')
              : home?.isDesa
                ? t('myKelurahan.level.desa')
                : t('myKelurahan.level.kelurahan');
          return (
            <>
              <header className="page__header">
                <h1 className="page__title">{title}</h1>
                <p className="page__subtitle">
                  <span className="page__region">{home ? `${levelName} ${home.name}` : code}</span>
                  {home?.parent && (
                    <span className="page__parent">
                      {home.level === 'KELURAHAN'
                        ? t('myKelurahan.parent', { kecamatan: home.parent.name, regency: home.parent.parent?.name ?? '' })
                        : home.parent.name}
                    </span>
                  )}
                </p>
              </header>

              <div className="stat-grid my-kelurahan__stats">
                {extreme && (
                  <StatCard label={t(extreme.label)} value={<Count value={extreme.value} />} footer={footer}>
                    <p>{t('myKelurahan.figure.extremePoorMeta')}</p>
                    <p>
                      <Link to={listHref(extreme.list ?? {})}>{t('myKelurahan.openList')}</Link>
                    </p>
                  </StatCard>
                )}
                <StatCard label={t('myKelurahan.figure.unverified')} value={formatCount(counts.unverified)} footer={rowsFooter}>
                  <p>
                    {share === null
                      ? t('myKelurahan.noActive')
                      : t('myKelurahan.verifiedShare', { share: formatRate(share), active: formatCount(counts.active) })}
                  </p>
                  <p>
                    <Link to={listHref({ verifikasi: 'UNVERIFIED' })}>{t('myKelurahan.openList')}</Link>
                  </p>
                </StatCard>
              </div>

              <Panel title={t('myKelurahan.counts.title')} footer={rowsFooter}>
                <dl className="kelurahan-counts" data-testid="kelurahan-counts">
                  {rest
                    .filter((f) => f.id !== 'unverified')
                    .map((f) => (
                      <div key={f.id} className="kelurahan-counts__item" data-figure={f.id}>
                        <dt>{t(f.label)}</dt>
                        <dd>
                          {f.list ? (
                            <Link
                              to={listHref(f.list)}
                              aria-label={`${t(f.label)}: ${f.value === null ? t('privacy.hidden') : formatCount(f.value)}`}
                            >
                              <Count value={f.value} />
                            </Link>
                          ) : (
                            <Count value={f.value} />
                          )}
                        </dd>
                      </div>
                    ))}
                </dl>
                <p className="note">{t('myKelurahan.counts.note')}</p>
              </Panel>

              <Panel title={t('myKelurahan.toVerify.title', { count: formatCount(d.toVerify.totalCount) })}>
                {d.toVerify.totalCount === 0 ? (
                  <p className="notice notice--good">{t('myKelurahan.toVerify.none')}</p>
                ) : (
                  <>
                    <p className="panel__meta">{t('myKelurahan.toVerify.intro')}</p>
                    <HouseholdTable households={d.toVerify.edges.map((e) => e.node)} onOpen={setOpen} />
                    {d.toVerify.totalCount > d.toVerify.edges.length && (
                      <p>
                        <Link to={listHref({ status: 'EXTREME', verifikasi: 'UNVERIFIED' })}>
                          {t('myKelurahan.toVerify.all', { count: formatCount(d.toVerify.totalCount) })}
                        </Link>
                      </p>
                    )}
                  </>
                )}
              </Panel>

              <div className="my-kelurahan__columns">
                <Panel title={t('myKelurahan.recent.title')}>
                  {d.recentVerifications.length === 0 ? (
                    <p className="note">{t('myKelurahan.recent.none')}</p>
                  ) : (
                    <ol className="recent-verifications">
                      {d.recentVerifications.map((v) => {
                        const at = new Date(v.verifiedAt);
                        return (
                          <li key={v.id} className="recent-verifications__item">
                            <button type="button" className="link-button" onClick={() => setOpen(v.household.id)}>
                              {v.household.householdNumber}
                            </button>
                            <span className="recent-verifications__outcome">{t(`households.outcome.${v.outcome}`)}</span>
                            <time dateTime={v.verifiedAt} className="recent-verifications__time">
                              {formatLocalDate(at, lang)}, {formatTime(at)}
                            </time>
                          </li>
                        );
                      })}
                    </ol>
                  )}
                </Panel>

                <Panel title={t('myKelurahan.pages.title')}>
                  <ul className="my-kelurahan__pages">
                    {otherPages.map((item) => (
                      <li key={item.id}>
                        <Link to={{ pathname: item.path, search: `?${params.toString()}` }}>{t(item.label)}</Link>
                        {item.id === 'households' && <span className="note"> — {t('myKelurahan.pages.households')}</span>}
                      </li>
                    ))}
                  </ul>
                </Panel>
              </div>
            </>
          );
        }}
      </QueryState>
      {open !== null && <HouseholdDetail id={open} year={year} onClose={() => setOpen(null)} />}
    </div>
  );
}
