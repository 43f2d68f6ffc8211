import { useCallback } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, QueryState } from '../components/query-state';
import { FgtCalculator } from '../features/poverty/fgt-calculator';
import { IndicatorSeriesPanel, IndicatorSeriesPanel_IndicatorValueFragment } from '../features/poverty/indicator-series-panel';
import { PovertyHeadline, PovertyHeadline_IndicatorValueFragment } from '../features/poverty/poverty-headline';
import { annualSeries } from '../features/poverty/poverty-rate';
import {
  TargetProgressPanel,
  TargetProgressPanel_IndicatorValueFragment,
  TargetProgressPanel_TargetFragment,
} from '../features/poverty/target-progress-panel';
import { StuntingPsksSection } from '../features/stunting/stunting-psks-section';
import { useFilters } from '../lib/filters';
import { graphql } from '../lib/graphql';
import { useTranslation } from '../lib/i18n';
import '../features/poverty/poverty.css';

// BPS's kabupaten/kota series break in 2008 (see poverty-rate.ts): every series starts in 2010.
export const PovertyPageQuery = graphql(
  `
  query PovertyPage($regionCode: RegionCode!) {
    region(code: $regionCode) {
      code
      name
      level
      parent { code name }
      p0: indicatorSeries(code: "P0", fromYear: 2010) {
        year
        month
        value
        ...PovertyHeadline_IndicatorValueFragment
        ...IndicatorSeriesPanel_IndicatorValueFragment
        ...TargetProgressPanel_IndicatorValueFragment
      }
      p1: indicatorSeries(code: "P1", fromYear: 2010) {
        ...PovertyHeadline_IndicatorValueFragment
        ...IndicatorSeriesPanel_IndicatorValueFragment
      }
      p2: indicatorSeries(code: "P2", fromYear: 2010) {
        ...PovertyHeadline_IndicatorValueFragment
        ...IndicatorSeriesPanel_IndicatorValueFragment
      }
      povertyLine: indicatorSeries(code: "POVERTY_LINE", fromYear: 2010) {
        year
        month
        value
        ...PovertyHeadline_IndicatorValueFragment
        ...IndicatorSeriesPanel_IndicatorValueFragment
      }
      poorPopulation: indicatorSeries(code: "POOR_POPULATION", fromYear: 2010) {
        ...PovertyHeadline_IndicatorValueFragment
        ...IndicatorSeriesPanel_IndicatorValueFragment
      }
      targets {
        id
        shape
        indicator { code }
        progress { year target status }
        ...TargetProgressPanel_TargetFragment
      }
    }
  }
`,
  [
    PovertyHeadline_IndicatorValueFragment,
    IndicatorSeriesPanel_IndicatorValueFragment,
    TargetProgressPanel_IndicatorValueFragment,
    TargetProgressPanel_TargetFragment,
  ],
);

// Targets on extreme poverty (Bontang's zero in four kelurahan) are followed on their own page.
const EXTREME_POVERTY_INDICATORS = /^(P3KE_)?EXTREME_/;

/** The BPS figures live at kabupaten/kota level: a kecamatan or kelurahan in the URL reads its kabupaten/kota. */
export function seriesRegionCode(code: string): string {
  return code.length > 5 ? code.slice(0, 5) : code;
}

/** Kemiskinan: P0, P1, P2 against the target path, the poverty line, the poor, and FGT for any line. */
export function PovertyPage() {
  const { t } = useTranslation();
  const { regionCode: urlRegion, year, search } = useFilters();
  const regionCode = seriesRegionCode(urlRegion);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PovertyPageQuery, variables: { regionCode } });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const pageTitle = t('poverty.title');

  return (
    <div className="page poverty-page">
      <title>{`${pageTitle} · ${data?.region?.name ?? regionCode} · Pantau`}</title>
      <QueryState fetching={fetching} error={error} data={data} onRetry={retry} skeleton={<PovertySkeleton />}>
        {({ region }) => {
          if (!region) {
            return (
              <>
                <header className="page__header">
                  <h1 className="page__title">{pageTitle}</h1>
                </header>
                <EmptyState title={t('poverty.regionNotFound.title', { code: regionCode })}>
                  <p>{t('poverty.regionNotFound.body')}</p>
                </EmptyState>
              </>
            );
          }
          const povertyTargets = region.targets.filter((x) => !EXTREME_POVERTY_INDICATORS.test(x.indicator.code));
          const extremeTargets = region.targets.filter((x) => EXTREME_POVERTY_INDICATORS.test(x.indicator.code));
          const p0Target = povertyTargets.find((x) => x.indicator.code === 'P0') ?? null;
          const p0Status = (y: number) => {
            const p = p0Target?.progress.find((row) => row.year === y);
            return p?.status ? { status: p.status, target: p.target } : null;
          };
          const latestLine = annualSeries(region.povertyLine).at(-1) ?? null;
          const latestP0 = latestLine ? (annualSeries(region.p0).find((v) => v.year === latestLine.year) ?? null) : null;
          return (
            <>
              <header className="page__header">
                <h1 className="page__title">{pageTitle}</h1>
                <p className="page__subtitle">
                  <span className="page__region">{region.name}</span>
                  {region.parent && <span className="page__parent">{region.parent.name}</span>}
                  <span className="page__year">{t('poverty.subtitleYear', { year })}</span>
                </p>
              </header>
              {urlRegion !== regionCode && (
                <p className="notice notice--empty poverty-page__scope">{t('poverty.scopeNote', { region: region.name })}</p>
              )}

              <PovertyHeadline
                p0={region.p0}
                p1={region.p1}
                p2={region.p2}
                povertyLine={region.povertyLine}
                poorPopulation={region.poorPopulation}
                year={year}
                p0Status={p0Status}
              />

              <section className="poverty-section" aria-labelledby="poverty-targets">
                <h2 id="poverty-targets" className="section-title">
                  {t('poverty.targets.title')}
                </h2>
                {povertyTargets.length === 0 ? (
                  <EmptyState title={t('poverty.targets.empty.title', { region: region.name })}>
                    <p>{t('poverty.targets.empty.body')}</p>
                  </EmptyState>
                ) : (
                  povertyTargets.map((target) => (
                    <TargetProgressPanel
                      key={target.id}
                      target={target}
                      actuals={target.indicator.code === 'P0' ? region.p0 : undefined}
                      regionName={region.name}
                      year={year}
                    />
                  ))
                )}
                {extremeTargets.length > 0 && (
                  <p className="poverty-section__more">
                    {t('poverty.targets.extremeElsewhere', { count: extremeTargets.length })}{' '}
                    <Link to={{ pathname: '/kemiskinan-ekstrem', search }}>{t('poverty.targets.extremeLink')}</Link>
                  </p>
                )}
              </section>

              <section className="poverty-section" aria-labelledby="poverty-series">
                <h2 id="poverty-series" className="section-title">
                  {t('poverty.series.sectionTitle')}
                </h2>
                <div className="poverty-grid">
                  {!p0Target && (
                    <IndicatorSeriesPanel
                      title={t('poverty.series.p0')}
                      series={[{ name: 'P0', values: region.p0 }]}
                      regionName={region.name}
                      year={year}
                      note={t('poverty.series.break')}
                    />
                  )}
                  <IndicatorSeriesPanel
                    title={t('poverty.series.p1p2')}
                    series={[
                      { name: t('poverty.series.p1Name'), values: region.p1 },
                      { name: t('poverty.series.p2Name'), values: region.p2 },
                    ]}
                    regionName={region.name}
                    year={year}
                    note={t('poverty.series.p1p2Note')}
                  />
                  <IndicatorSeriesPanel
                    title={t('poverty.series.povertyLine')}
                    series={[{ name: t('poverty.series.povertyLineName'), values: region.povertyLine }]}
                    regionName={region.name}
                    year={year}
                  />
                  <IndicatorSeriesPanel
                    title={t('poverty.series.poorPopulation')}
                    series={[{ name: t('poverty.series.poorPopulationName'), values: region.poorPopulation }]}
                    regionName={region.name}
                    year={year}
                  />
                </div>
              </section>

              <FgtCalculator
                key={region.code}
                regionCode={region.code}
                regionName={region.name}
                bpsLine={latestLine ? { value: latestLine.value, year: latestLine.year } : null}
                bpsP0={latestP0 ? { value: latestP0.value, year: latestP0.year } : null}
              />
              <StuntingPsksSection regionCode={region.code} />
            </>
          );
        }}
      </QueryState>
    </div>
  );
}

function PovertySkeleton() {
  return (
    <div className="stack" aria-hidden="true">
      <div className="page__header">
        <div className="skeleton skeleton--title" />
        <div className="skeleton skeleton--line" />
      </div>
      <div className="stat-grid poverty-headline">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="card stat-card">
            <div className="skeleton skeleton--line" />
            <div className="skeleton skeleton--value" />
            <div className="skeleton skeleton--line" />
          </div>
        ))}
      </div>
      <div className="card panel">
        <div className="skeleton skeleton--line" />
        <div className="skeleton skeleton--chart" />
      </div>
      <div className="poverty-grid">
        {[0, 1, 2].map((i) => (
          <div key={i} className="card panel">
            <div className="skeleton skeleton--line" />
            <div className="skeleton skeleton--chart" />
          </div>
        ))}
      </div>
    </div>
  );
}
