import { type ReactNode, useCallback, useId, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { useViewer } from '../app/auth';
import { Panel } from '../components/panel';
import { Provenance } from '../components/provenance';
import { EmptyState, QueryState } from '../components/query-state';
import { BudgetBreakdown, BudgetBreakdown_BudgetRowFragment } from '../features/budget/budget-breakdown';
import { BudgetCurveChart, BudgetCurveChart_BudgetCurvePointFragment } from '../features/budget/budget-curve-chart';
import { budgetMonthNote } from '../features/budget/budget-month';
import {
  GROUPING_PARAM,
  type Grouping,
  groupingParam,
  MONTH_PARAM,
  parseGrouping,
  parseMonth,
  realSourceNotes,
} from '../features/budget/budget-rows';
import { BudgetSummary, BudgetSummary_BudgetRowFragment } from '../features/budget/budget-summary';
import { dueMonths, MONTHS, monthName } from '../features/budget/months';
import { ReportingMatrix_ReportingCompletenessFragment, ReportingMatrixTable } from '../features/budget/reporting-matrix-table';
import { visibleClusters } from '../features/programs/cluster-choice';
import { useCalendar } from '../lib/calendar';
import { useFilters, useSearchParam } from '../lib/filters';
import { graphql } from '../lib/graphql';
import { useTranslation } from '../lib/i18n';
import type { Provenance as ProvenanceInfo } from '../lib/provenance';
import '../features/budget/tables.css';
import '../features/budget/budget.css';

export const BudgetPageQuery = graphql(
  `
  query BudgetPage($regionCode: RegionCode!, $year: Int!, $month: Int, $groupBy: BudgetGrouping!) {
    region(code: $regionCode) { code name parent { name } }
    budget(regionCode: $regionCode, year: $year, month: $month, groupBy: $groupBy) {
      key
      month
      programCount
      reportedPrograms
      synthetic
      ...BudgetSummary_BudgetRowFragment
      ...BudgetBreakdown_BudgetRowFragment
    }
    programs(regionCode: $regionCode, year: $year) { id code synthetic sourceNote source { publisher } }
  }
`,
  [BudgetSummary_BudgetRowFragment, BudgetBreakdown_BudgetRowFragment],
);

export const BudgetCurveFiltersQuery = graphql(`
  query BudgetCurveFilters($regionCode: RegionCode!, $year: Int!) {
    clusters(regionCode: $regionCode) { id number name }
    budget(regionCode: $regionCode, year: $year, groupBy: OPD) { key opd { id name shortName } }
  }
`);

export const BudgetCurveQuery = graphql(
  `
  query BudgetCurve($regionCode: RegionCode!, $year: Int!, $clusterId: Int, $opdId: Int) {
    budgetCurve(regionCode: $regionCode, year: $year, clusterId: $clusterId, opdId: $opdId) {
      ...BudgetCurveChart_BudgetCurvePointFragment
    }
  }
`,
  [BudgetCurveChart_BudgetCurvePointFragment],
);

// One request for the year's matrix: the API answers one month per field.
export const ReportingCompletenessQuery = graphql(
  `
  query ReportingCompletenessYear($regionCode: RegionCode!, $year: Int!) {
    m1: reportingCompleteness(regionCode: $regionCode, year: $year, month: 1) { ...ReportingMatrix_ReportingCompletenessFragment }
    m2: reportingCompleteness(regionCode: $regionCode, year: $year, month: 2) { ...ReportingMatrix_ReportingCompletenessFragment }
    m3: reportingCompleteness(regionCode: $regionCode, year: $year, month: 3) { ...ReportingMatrix_ReportingCompletenessFragment }
    m4: reportingCompleteness(regionCode: $regionCode, year: $year, month: 4) { ...ReportingMatrix_ReportingCompletenessFragment }
    m5: reportingCompleteness(regionCode: $regionCode, year: $year, month: 5) { ...ReportingMatrix_ReportingCompletenessFragment }
    m6: reportingCompleteness(regionCode: $regionCode, year: $year, month: 6) { ...ReportingMatrix_ReportingCompletenessFragment }
    m7: reportingCompleteness(regionCode: $regionCode, year: $year, month: 7) { ...ReportingMatrix_ReportingCompletenessFragment }
    m8: reportingCompleteness(regionCode: $regionCode, year: $year, month: 8) { ...ReportingMatrix_ReportingCompletenessFragment }
    m9: reportingCompleteness(regionCode: $regionCode, year: $year, month: 9) { ...ReportingMatrix_ReportingCompletenessFragment }
    m10: reportingCompleteness(regionCode: $regionCode, year: $year, month: 10) { ...ReportingMatrix_ReportingCompletenessFragment }
    m11: reportingCompleteness(regionCode: $regionCode, year: $year, month: 11) { ...ReportingMatrix_ReportingCompletenessFragment }
    m12: reportingCompleteness(regionCode: $regionCode, year: $year, month: 12) { ...ReportingMatrix_ReportingCompletenessFragment }
  }
`,
  [ReportingMatrix_ReportingCompletenessFragment],
);

/** Anggaran: pagu against realisasi by cluster, OPD and program; the S-curve; who has reported. */
export function BudgetPage() {
  const { t, lang } = useTranslation();
  const { regionCode, year } = useFilters();
  const [groupingText, setGrouping] = useSearchParam(GROUPING_PARAM);
  const [monthText, setMonth] = useSearchParam(MONTH_PARAM);
  const grouping = parseGrouping(groupingText);
  const month = parseMonth(monthText);
  const monthId = useId();

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: BudgetPageQuery,
    variables: { regionCode, year, month, groupBy: grouping },
  });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  const onGroupingChange = useCallback((g: Grouping) => setGrouping(groupingParam(g)), [setGrouping]);

  const region = data?.region;
  const rows = data?.budget ?? [];
  const shownMonth = rows[0]?.month ?? month;
  const provenance: ProvenanceInfo = {
    sources: [{ publisher: t('budget.source.publisher'), title: t('budget.source.title') }],
    vintage: shownMonth ? t('budget.source.vintage', { year, month: monthName(shownMonth, lang) }) : String(year),
    synthetic: rows.some((r) => r.synthetic),
  };
  const notes = realSourceNotes(data?.programs ?? []);
  const monthFacts = shownMonth
    ? {
        month: shownMonth,
        year,
        programCount: rows.reduce((s, r) => s + r.programCount, 0),
        reportedPrograms: rows.reduce((s, r) => s + r.reportedPrograms, 0),
        chosen: month !== null,
      }
    : null;
  const footer = (
    <Provenance provenance={provenance} note={notes.length ? t('budget.source.real', { notes: notes.join('; ') }) : undefined} />
  );
  // The curve covers every month of the year, not the month the table stands at.
  const curveFooter = <Provenance provenance={{ ...provenance, vintage: t('budget.year', { year }) }} />;
  const title = t('budget.title');

  return (
    <div className="page budget-page">
      <title>{`${title} · ${region?.name ?? regionCode} · Pantau`}</title>
      <header className="page__header budget-page__header">
        <div className="budget-page__heading">
          <h1 className="page__title">{title}</h1>
          <p className="page__subtitle">
            {region && <span className="page__region">{region.name}</span>}
            {region?.parent && <span className="page__parent">{region.parent.name}</span>}
            <span className="page__year">{t('budget.year', { year })}</span>
          </p>
        </div>
        <div className="field budget-page__month">
          <label htmlFor={monthId} className="field__label">
            {t('budget.month.label')}
          </label>
          <select
            id={monthId}
            className="field__control"
            value={month ?? ''}
            onChange={(e) => setMonth(e.target.value === '' ? null : e.target.value)}
          >
            <option value="">
              {month === null && shownMonth ? `${t('budget.month.due')} (${monthName(shownMonth, lang)})` : t('budget.month.due')}
            </option>
            {MONTHS.map((m) => (
              <option key={m} value={m}>
                {monthName(m, lang)}
              </option>
            ))}
          </select>
        </div>
      </header>

      <QueryState fetching={fetching} error={error} data={data} onRetry={retry} skeleton={<BudgetSkeleton />}>
        {(d) =>
          !d.region ? (
            <EmptyState title={t('budget.regionNotFound.title', { code: regionCode })}>
              <p>{t('budget.regionNotFound.body')}</p>
            </EmptyState>
          ) : d.budget.length === 0 ? (
            <EmptyState title={t('budget.empty.title', { region: d.region.name, year })}>
              <p>{t('budget.empty.body')}</p>
            </EmptyState>
          ) : (
            <>
              {monthFacts && (
                <p className="budget-rule" data-testid="budget-rule">
                  {budgetMonthNote(monthFacts, t, lang)}
                </p>
              )}
              <BudgetSummary rows={d.budget} />
              <BudgetBreakdown
                rows={d.budget}
                grouping={grouping}
                onGroupingChange={onGroupingChange}
                regionName={d.region.name}
                programCodes={new Map(d.programs.map((p) => [`program:${p.id}`, p.code]))}
                footer={footer}
              />
            </>
          )
        }
      </QueryState>

      <div className="budget-layout">
        <CurvePanel regionCode={regionCode} regionName={region?.name ?? regionCode} year={year} footer={curveFooter} />
        <ReportingPanel regionCode={regionCode} year={year} />
      </div>
    </div>
  );
}

interface CurvePanelProps {
  regionCode: string;
  regionName: string;
  year: number;
  footer: ReactNode;
}

/** The S-curve with its own cluster and OPD filters. */
function CurvePanel({ regionCode, regionName, year, footer }: CurvePanelProps) {
  const { t } = useTranslation();
  const clusterFieldId = useId();
  const opdFieldId = useId();
  const viewer = useViewer();
  // A cluster head's figures are their cluster's: the curve opens on it, and no other is offered.
  const ownCluster = viewer.role === 'CLUSTER_HEAD' ? viewer.clusterId : null;
  const [clusterId, setClusterId] = useState<number | null>(ownCluster);
  const [opdId, setOpdId] = useState<number | null>(null);
  const [filters] = useQuery({ query: BudgetCurveFiltersQuery, variables: { regionCode, year } });
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: BudgetCurveQuery,
    variables: { regionCode, year, clusterId, opdId },
  });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const clusters = visibleClusters(filters.data?.clusters ?? [], viewer);
  const opds = useMemo(
    () => (filters.data?.budget ?? []).flatMap((r) => (r.opd ? [r.opd] : [])).sort((a, b) => a.shortName.localeCompare(b.shortName, 'id')),
    [filters.data],
  );
  const cluster = clusters.find((c) => c.id === clusterId);
  const opd = opds.find((o) => o.id === opdId);
  const scope =
    [cluster && t('budget.curve.scopeCluster', { number: cluster.number }), opd?.shortName].filter(Boolean).join(' · ') || regionName;

  const controls = (
    <div className="budget-curve__filters">
      <div className="field">
        <label htmlFor={clusterFieldId} className="field__label">
          {t('budget.curve.cluster')}
        </label>
        <select
          id={clusterFieldId}
          className="field__control"
          value={clusterId ?? ''}
          onChange={(e) => setClusterId(e.target.value === '' ? null : Number(e.target.value))}
        >
          {ownCluster === null && <option value="">{t('budget.curve.allClusters')}</option>}
          {clusters.map((c) => (
            <option key={c.id} value={c.id}>
              {t('budget.curve.clusterOption', { number: c.number, name: c.name })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={opdFieldId} className="field__label">
          {t('budget.curve.opd')}
        </label>
        <select
          id={opdFieldId}
          className="field__control"
          value={opdId ?? ''}
          onChange={(e) => setOpdId(e.target.value === '' ? null : Number(e.target.value))}
        >
          <option value="">{t('budget.curve.allOpds')}</option>
          {opds.map((o) => (
            <option key={o.id} value={o.id}>
              {o.shortName} — {o.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );

  return (
    <Panel title={t('budget.curve.title', { year })} footer={footer} className="budget-layout__curve">
      {controls}
      <QueryState fetching={fetching} error={error} data={data} onRetry={retry} skeleton={<div className="skeleton skeleton--chart" />}>
        {(d) => <BudgetCurveChart points={d.budgetCurve} scope={scope} year={year} />}
      </QueryState>
    </Panel>
  );
}

/** Reporting completeness per OPD and month, for the months of the year so far. */
function ReportingPanel({ regionCode, year }: { regionCode: string; year: number }) {
  const { t } = useTranslation();
  const months = dueMonths(year, useCalendar().today);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ReportingCompletenessQuery,
    variables: { regionCode, year },
    pause: months.length === 0,
  });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const provenance: ProvenanceInfo = {
    sources: [{ publisher: t('budget.reporting.source'), title: '' }],
    vintage: null,
    synthetic: null,
  };

  return (
    <Panel
      title={t('budget.reporting.title', { year })}
      footer={<Provenance provenance={provenance} note={t('budget.reporting.note')} />}
      className="budget-layout__reporting"
    >
      {months.length === 0 ? (
        <EmptyState title={t('budget.reporting.future.title', { year })}>
          <p>{t('budget.reporting.future.body')}</p>
        </EmptyState>
      ) : (
        <QueryState fetching={fetching} error={error} data={data} onRetry={retry} skeleton={<div className="skeleton skeleton--chart" />}>
          {(d) => <ReportingMatrixTable year={year} months={months.map((m) => ({ month: m, rows: d[`m${m}` as keyof typeof d] ?? [] }))} />}
        </QueryState>
      )}
    </Panel>
  );
}

/** The page's shape while it loads. */
function BudgetSkeleton() {
  return (
    <div className="stack" aria-hidden="true">
      <div className="stat-grid budget-summary">
        {[0, 1, 2].map((i) => (
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
    </div>
  );
}
