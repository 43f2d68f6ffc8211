import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Provenance } from '../components/provenance';
import { EmptyState, QueryState } from '../components/query-state';
import { StatCard } from '../components/stat-card';
import {
  allKelurahan,
  choroplethBins,
  findScope,
  mapScopeCode,
  placesWithoutPolygon,
  regencyOf,
  type Scope,
} from '../features/extreme-poverty/choropleth';
import { hasBoundaries } from '../features/extreme-poverty/geo';
import { useBoundaries } from '../features/extreme-poverty/kelurahan-map';
import { MapPanel } from '../features/extreme-poverty/map-panel';
import { provenLargest } from '../features/extreme-poverty/place-ranking';
import { PlaceTable } from '../features/extreme-poverty/place-table';
import {
  CheckIcon,
  PriorityAreas,
  PriorityAreas_PriorityGroupProgressFragment,
  PriorityAreas_TargetFragment,
} from '../features/extreme-poverty/priority-areas';
import { useFilters, withFilters } from '../lib/filters';
import { formatCount } from '../lib/format';
import { graphql, type ResultOf } from '../lib/graphql';
import { useTranslation } from '../lib/i18n';
import { type Provenance as ProvenanceInfo, registryProvenance, registryRowsProvenance } from '../lib/provenance';
import '../features/extreme-poverty/extreme-poverty.css';

// One query for the whole kabupaten/kota: the region tree down to kelurahan (the choropleth and
// the table; Region.extremePoorHouseholds is null where the API suppresses a count of 1–4, except
// for named priority places), and the registry's provenance with the priority groups.
export const ExtremePovertyPageQuery = graphql(
  `
  query ExtremePovertyPage($regencyCode: RegionCode!) {
    regency: region(code: $regencyCode) {
      code
      name
      level
      parent { code name }
      extremePoorHouseholds
      extremePoorProvenance { kind rowsSynthetic vintage official { value year vintage source { title publisher } } }
      children {
        code
        name
        extremePoorHouseholds
        children { code name isDesa extremePoorHouseholds }
      }
      targets { ...PriorityAreas_TargetFragment }
    }
    extremePoverty(regionCode: $regencyCode) {
      households
      sourceId
      synthetic
      vintage
      priorityGroups {
        atZero
        total
        group { id name }
        areas { regionCode }
        ...PriorityAreas_PriorityGroupProgressFragment
      }
    }
  }
`,
  [PriorityAreas_TargetFragment, PriorityAreas_PriorityGroupProgressFragment],
);

/** Kemiskinan ekstrem: a kelurahan map to drill into, and the priority kelurahan on their way to zero. */
export function ExtremePovertyPage() {
  const { t } = useTranslation();
  const { regionCode, setFilters } = useFilters();
  const [params] = useSearchParams();
  const regencyCode = regencyOf(regionCode);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ExtremePovertyPageQuery,
    variables: { regencyCode: regencyCode ?? '' },
    pause: !regencyCode,
  });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const linkTo = useCallback(
    (code: string) => ({ pathname: '/kemiskinan-ekstrem', search: `?${withFilters(params, { regionCode: code }).toString()}` }),
    [params],
  );
  const pageTitle = t('extremePoverty.title');

  if (!regencyCode) {
    return (
      <div className="page">
        <title>{`${pageTitle} · Pantau`}</title>
        <header className="page__header">
          <h1 className="page__title">{pageTitle}</h1>
        </header>
        <EmptyState title={t('extremePoverty.chooseRegency.title')}>
          <p>{t('extremePoverty.chooseRegency.body')}</p>
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="page extreme-poverty-page">
      <title>{`${pageTitle} · ${data?.regency?.name ?? regionCode} · Pantau`}</title>
      <QueryState fetching={fetching} error={error} data={data} onRetry={retry} skeleton={<ExtremePovertySkeleton />}>
        {({ regency, extremePoverty }) => {
          const scope = regency ? findScope(regency, regionCode) : null;
          // Refused (a kelurahan operator asking for the whole kota): the error above says so.
          if (!regency && error) {
            return (
              <header className="page__header">
                <h1 className="page__title">{pageTitle}</h1>
              </header>
            );
          }
          if (!regency || !scope) {
            return (
              <>
                <header className="page__header">
                  <h1 className="page__title">{pageTitle}</h1>
                </header>
                <EmptyState title={t('extremePoverty.notFound.title', { code: regionCode })}>
                  <p>{t('extremePoverty.notFound.body')}</p>
                  {regency && (
                    <p>
                      <Link to={linkTo(regency.code)}>{t('extremePoverty.notFound.back', { region: regency.name })}</Link>
                    </p>
                  )}
                </EmptyState>
              </>
            );
          }
          return (
            <ExtremePovertyView
              scope={scope}
              regency={regency}
              extremePoverty={extremePoverty}
              onSelect={(code) => setFilters({ regionCode: code })}
              linkTo={linkTo}
            />
          );
        }}
      </QueryState>
    </div>
  );
}

type PageData = ResultOf<typeof ExtremePovertyPageQuery>;

interface ViewProps {
  scope: Scope;
  regency: NonNullable<PageData['regency']>;
  extremePoverty: PageData['extremePoverty'];
  onSelect: (code: string) => void;
  linkTo: (code: string) => { pathname: string; search: string };
}

function ExtremePovertyView({ scope, regency, extremePoverty, onSelect, linkTo }: ViewProps) {
  const { t } = useTranslation();
  const pageTitle = t('extremePoverty.title');
  const kelurahan = useMemo(() => allKelurahan(regency), [regency]);
  // One scale for the whole kabupaten/kota: a colour means the same count after drilling down.
  const bins = useMemo(() => choroplethBins(kelurahan.map((k) => k.extremePoorHouseholds)), [kelurahan]);
  const priorityCodes = useMemo(
    () => new Set(extremePoverty.priorityGroups.flatMap((g) => g.areas.map((a) => a.regionCode))),
    [extremePoverty.priorityGroups],
  );
  const withBoundaries = hasBoundaries(regency.code);
  const boundaries = useBoundaries(regency.code, withBoundaries);
  const drawn = boundaries?.status === 'ready' ? boundaries.boundaries.kelurahan : null;
  // Kelurahan the boundaries cannot draw (two Musi Banyuasin desa): marked in the table too.
  const missingCodes = useMemo(() => new Set(drawn ? placesWithoutPolygon(kelurahan, drawn).map((k) => k.code) : []), [drawn, kelurahan]);
  // Counts of registry rows (kecamatan, kelurahan, the map): as real or generated as the rows.
  const provenance: ProvenanceInfo = registryRowsProvenance(t('provenance.registry'), regency.extremePoorProvenance);
  const kecamatanName = (code: string) => regency.children.find((k) => k.code === code.slice(0, 8))?.name ?? null;

  // The figures of the place chosen: the kabupaten/kota, a kecamatan, or one kelurahan.
  const place = scope.kelurahan ?? scope.kecamatan ?? scope.regency;
  const placeName = scope.level === 'kecamatan' ? t('extremePoverty.kecamatanOf', { name: place.name }) : place.name;
  const inScope = kelurahan.filter((k) => k.code.startsWith(mapScopeCode(scope)));
  const zeroCount = inScope.filter((k) => k.extremePoorHouseholds === 0).length;
  const anySuppressed = inScope.some((k) => k.extremePoorHouseholds === null);
  const top = provenLargest(inScope, priorityCodes);
  const group = extremePoverty.priorityGroups[0] ?? null;
  const groupAllZero = group ? group.total > 0 && group.atZero === group.total : false;

  return (
    <>
      <header className="page__header extreme-header">
        <h1 className="page__title">{pageTitle}</h1>
        <p className="page__subtitle">
          <span className="page__region">{placeName}</span>
          {scope.level === 'regency' && regency.parent && <span className="page__parent">{regency.parent.name}</span>}
          <span>{t('extremePoverty.subtitleNow')}</span>
        </p>
      </header>
      {scope.level !== 'regency' && (
        <nav className="breadcrumb" aria-label={t('extremePoverty.breadcrumb.label')}>
          <ol>
            <li>
              <Link to={linkTo(regency.code)}>{regency.name}</Link>
            </li>
            {scope.kecamatan && (
              <li>
                {scope.level === 'kecamatan' ? (
                  <span aria-current="location">{t('extremePoverty.kecamatanOf', { name: scope.kecamatan.name })}</span>
                ) : (
                  <Link to={linkTo(scope.kecamatan.code)}>{t('extremePoverty.kecamatanOf', { name: scope.kecamatan.name })}</Link>
                )}
              </li>
            )}
            {scope.kelurahan && (
              <li>
                <span aria-current="location">{scope.kelurahan.name}</span>
              </li>
            )}
          </ol>
          <Link className="breadcrumb__up" to={linkTo(scope.level === 'kelurahan' ? scope.kecamatan!.code : regency.code)}>
            <span aria-hidden="true">↑ </span>
            {t('extremePoverty.breadcrumb.up', {
              name: scope.level === 'kelurahan' ? t('extremePoverty.kecamatanOf', { name: scope.kecamatan!.name }) : regency.name,
            })}
          </Link>
        </nav>
      )}

      <div className="extreme-layout">
        <div className="stat-grid extreme-stats extreme-layout__stats">
          <StatCard
            label={t('extremePoverty.card.households')}
            value={place.extremePoorHouseholds === null ? t('extremePoverty.suppressed') : formatCount(place.extremePoorHouseholds)}
            footer={
              <Provenance
                provenance={
                  // The kabupaten/kota's total may be an official count over generated rows (Palembang's 10.644): say both.
                  scope.level === 'regency' ? registryProvenance(t('provenance.registry'), regency.extremePoorProvenance) : provenance
                }
              />
            }
          >
            <p>
              {scope.level === 'kelurahan'
                ? t('extremePoverty.card.householdsKelurahan', { kecamatan: scope.kecamatan!.name })
                : t('extremePoverty.card.householdsMeta', { count: inScope.length })}
            </p>
          </StatCard>
          {group ? (
            <StatCard
              label={t('extremePoverty.card.priority')}
              value={t('extremePoverty.card.priorityValue', { zero: group.atZero, total: group.total })}
            >
              <p className={groupAllZero ? 'zero-badge' : undefined}>
                {groupAllZero && <CheckIcon />}
                {t(groupAllZero ? 'extremePoverty.card.priorityAllZero' : 'extremePoverty.card.priorityMeta', { total: group.total })}
              </p>
            </StatCard>
          ) : (
            <StatCard
              label={t('extremePoverty.card.zeroPlaces')}
              value={t('extremePoverty.card.priorityValue', { zero: zeroCount, total: inScope.length })}
            >
              <p>{t('extremePoverty.card.zeroPlacesMeta', { place: placeName })}</p>
            </StatCard>
          )}
          <StatCard label={t('extremePoverty.card.top')} value={top ? top.name : '–'} valueIsText={!!top}>
            <p>
              {top
                ? t('extremePoverty.card.topMeta', {
                    value: formatCount(top.extremePoorHouseholds!),
                    kecamatan: top.kecamatan.name,
                  })
                : t(anySuppressed ? 'extremePoverty.card.topNone' : 'extremePoverty.card.topZero')}
            </p>
          </StatCard>
        </div>
        <div className="extreme-layout__map">
          <MapPanel
            tree={regency}
            scope={scope}
            bins={bins}
            priorityCodes={priorityCodes}
            hasBoundaries={withBoundaries}
            boundaries={boundaries}
            provenance={provenance}
            onSelect={(code) => onSelect(scope.level === 'regency' ? code.slice(0, 8) : code)}
            linkTo={linkTo}
          />
        </div>
        <div className="extreme-layout__table">
          <PlaceTable scope={scope} priorityCodes={priorityCodes} missingCodes={missingCodes} linkTo={linkTo} />
        </div>
      </div>

      <section className="extreme-priority" aria-label={t('extremePoverty.priority.title')}>
        <PriorityAreas
          groups={extremePoverty.priorityGroups}
          targets={regency.targets}
          regionName={regency.name}
          scopeCode={mapScopeCode(scope)}
          scopeName={placeName}
          kecamatanName={kecamatanName}
          linkTo={linkTo}
          selectedCode={scope.kelurahan?.code ?? null}
        />
      </section>
    </>
  );
}

function ExtremePovertySkeleton() {
  return (
    <div className="stack" aria-hidden="true">
      <div className="page__header">
        <div className="skeleton skeleton--title" />
        <div className="skeleton skeleton--line" />
      </div>
      <div className="extreme-layout">
        <div className="stat-grid extreme-stats extreme-layout__stats">
          {[0, 1, 2].map((i) => (
            <div key={i} className="card stat-card">
              <div className="skeleton skeleton--line" />
              <div className="skeleton skeleton--value" />
              <div className="skeleton skeleton--line" />
            </div>
          ))}
        </div>
        <div className="card panel extreme-layout__map">
          <div className="skeleton skeleton--line" />
          <div className="skeleton skeleton--chart" />
        </div>
        <div className="card panel extreme-layout__table">
          <div className="skeleton skeleton--line" />
          <div className="skeleton skeleton--chart" />
        </div>
      </div>
    </div>
  );
}
