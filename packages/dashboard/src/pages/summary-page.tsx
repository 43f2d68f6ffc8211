import { useCallback, useMemo } from 'react';
import { useQuery } from 'urql';
import { BUILT_NAV_ITEMS, type NavId } from '../app/nav';
import { EmptyState, QueryState } from '../components/query-state';
import {
  BudgetAbsorption,
  BudgetAbsorption_BudgetHeadlineFragment,
  BudgetAbsorption_ProgramStatusCountsFragment,
} from '../features/overview/budget-absorption';
import { BudgetHeadline, BudgetHeadline_BudgetHeadlineFragment } from '../features/overview/budget-headline';
import { ExtremePoorHeadline, ExtremePoorHeadline_ExtremePoorHeadlineFragment } from '../features/overview/extreme-poor-headline';
import { KecamatanPanel, KecamatanPanel_RegionFragment } from '../features/overview/kecamatan-panel';
import {
  LatePanel,
  LatePanel_FollowUpFragment,
  LatePanel_LateCountsFragment,
  LatePanel_PriorityFragment,
  LatePanel_ReportingCompletenessFragment,
} from '../features/overview/late-panel';
import { PovertyRateHeadline, PovertyRateHeadline_PovertyRateHeadlineFragment } from '../features/overview/poverty-rate-headline';
import { PovertyTargetChart, PovertyTargetChart_RegionFragment } from '../features/overview/poverty-target-chart';
import '../features/overview/overview.css';
import { useFilters } from '../lib/filters';
import { graphql } from '../lib/graphql';
import { useTranslation } from '../lib/i18n';

export const SummaryPageQuery = graphql(
  `
  query SummaryPage($regionCode: RegionCode!, $year: Int!) {
    region(code: $regionCode) {
      code
      name
      level
      parent { code name }
      ...KecamatanPanel_RegionFragment
      ...PovertyTargetChart_RegionFragment
    }
    overview(regionCode: $regionCode, year: $year) {
      povertyRate { ...PovertyRateHeadline_PovertyRateHeadlineFragment }
      extremePoor { ...ExtremePoorHeadline_ExtremePoorHeadlineFragment }
      budget {
        ...BudgetHeadline_BudgetHeadlineFragment
        ...BudgetAbsorption_BudgetHeadlineFragment
      }
      programs { ...BudgetAbsorption_ProgramStatusCountsFragment }
      late {
        reportMonth
        ...LatePanel_LateCountsFragment
      }
    }
    followUps(regionCode: $regionCode, overdueOnly: true) { ...LatePanel_FollowUpFragment }
    priorities(regionCode: $regionCode, lateOnly: true) { ...LatePanel_PriorityFragment }
  }
`,
  [
    KecamatanPanel_RegionFragment,
    PovertyTargetChart_RegionFragment,
    PovertyRateHeadline_PovertyRateHeadlineFragment,
    ExtremePoorHeadline_ExtremePoorHeadlineFragment,
    BudgetHeadline_BudgetHeadlineFragment,
    BudgetAbsorption_BudgetHeadlineFragment,
    BudgetAbsorption_ProgramStatusCountsFragment,
    LatePanel_LateCountsFragment,
    LatePanel_FollowUpFragment,
    LatePanel_PriorityFragment,
  ],
);

/** OPDs' reporting for the month now due; asked once the overview has said which month that is. */
export const SummaryLateReportsQuery = graphql(
  `
  query SummaryLateReports($regionCode: RegionCode!, $year: Int!, $month: Int!) {
    reportingCompleteness(regionCode: $regionCode, year: $year, month: $month) { ...LatePanel_ReportingCompletenessFragment }
  }
`,
  [LatePanel_ReportingCompletenessFragment],
);

// The overview's budget and late counts change when a report is approved (urql's document cache
// drops results that name a type a mutation returned): name ProgressReport so those results go too.
const REPORT_DEPENDENT = { additionalTypenames: ['ProgressReport'] };

/** Ringkasan: the chair's one screen for a kabupaten/kota (DESIGN.md, "Who uses it"). */
export function SummaryPage() {
  const { t } = useTranslation();
  const { regionCode, year, search } = useFilters();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SummaryPageQuery,
    variables: { regionCode, year },
    context: REPORT_DEPENDENT,
  });
  const reportMonth = data?.overview.late.reportMonth ?? null;
  const [late, reexecuteLate] = useQuery({
    query: SummaryLateReportsQuery,
    variables: { regionCode, year, month: reportMonth ?? 1 },
    pause: reportMonth === null,
    context: REPORT_DEPENDENT,
  });
  const retry = useCallback(() => {
    reexecute({ requestPolicy: 'network-only' });
    if (reportMonth !== null) reexecuteLate({ requestPolicy: 'network-only' });
  }, [reexecute, reexecuteLate, reportMonth]);
  const pageTitle = t('summary.title');

  const links = useMemo(() => {
    const to = (id: NavId, extra?: Record<string, string>) => {
      const item = BUILT_NAV_ITEMS.find((i) => i.id === id);
      if (!item) return null;
      const params = new URLSearchParams(search);
      for (const [k, v] of Object.entries(extra ?? {})) params.set(k, v);
      return { pathname: item.path, search: `?${params.toString()}` };
    };
    return {
      followUps: to('followUps', { status: 'terlambat' }),
      priorities: to('priorities', { terlambat: '1' }),
      reports: to('opdReports', reportMonth ? { bulan: String(reportMonth) } : undefined),
      budget: to('budget'),
    };
  }, [search, reportMonth]);

  return (
    <div className="page">
      <title>{`${pageTitle} · ${data?.region?.name ?? regionCode} · Pantau`}</title>
      <QueryState fetching={fetching} error={error} data={data} onRetry={retry} skeleton={<SummarySkeleton />}>
        {({ region, overview, followUps, priorities }) =>
          region ? (
            <>
              <header className="page__header">
                <h1 className="page__title">{pageTitle}</h1>
                <p className="page__subtitle">
                  <span className="page__region">{region.name}</span>
                  {region.parent && <span className="page__parent">{region.parent.name}</span>}
                  <span className="page__year">{t('summary.year', { year })}</span>
                </p>
              </header>
              <div className="overview-layout">
                <div className="stat-grid overview-layout__stats">
                  <ExtremePoorHeadline headline={overview.extremePoor} />
                  <PovertyRateHeadline headline={overview.povertyRate} year={year} />
                  <BudgetHeadline headline={overview.budget} year={year} />
                </div>
                <div className="overview-layout__late">
                  <LatePanel
                    counts={overview.late}
                    followUps={followUps}
                    priorities={priorities}
                    completeness={reportMonth === null ? null : late.data?.reportingCompleteness}
                    year={year}
                    links={links}
                  />
                </div>
                <div className="overview-layout__trend">
                  <PovertyTargetChart region={region} year={year} />
                </div>
                <div className="overview-layout__budget">
                  <BudgetAbsorption budget={overview.budget} programs={overview.programs} year={year} budgetLink={links.budget} />
                </div>
                <div className="overview-layout__kecamatan">
                  <KecamatanPanel region={region} />
                </div>
              </div>
            </>
          ) : (
            <>
              <header className="page__header">
                <h1 className="page__title">{pageTitle}</h1>
              </header>
              <EmptyState title={t('summary.regionNotFound.title', { code: regionCode })}>
                <p>{t('summary.regionNotFound.body')}</p>
              </EmptyState>
            </>
          )
        }
      </QueryState>
    </div>
  );
}

/** The page's shape while it loads, so nothing jumps when the data arrives. */
function SummarySkeleton() {
  return (
    <div className="stack" aria-hidden="true">
      <div className="page__header">
        <div className="skeleton skeleton--title" />
        <div className="skeleton skeleton--line" />
      </div>
      <div className="overview-layout">
        <div className="stat-grid overview-layout__stats">
          {[0, 1, 2].map((i) => (
            <div key={i} className="card stat-card">
              <div className="skeleton skeleton--line" />
              <div className="skeleton skeleton--value" />
              <div className="skeleton skeleton--line" />
            </div>
          ))}
        </div>
        {['late', 'trend', 'budget', 'kecamatan'].map((area) => (
          <div key={area} className={`card panel overview-layout__${area}`}>
            <div className="skeleton skeleton--line" />
            <div className="skeleton skeleton--chart" />
          </div>
        ))}
      </div>
    </div>
  );
}
