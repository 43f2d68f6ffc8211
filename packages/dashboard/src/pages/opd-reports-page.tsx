import { useCallback, useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useViewer } from '../app/auth';
import { Panel } from '../components/panel';
import { EmptyState, QueryState } from '../components/query-state';
import '../features/overview/controls.css';
import { MONTH_NUMBERS, monthName, reportingMonth } from '../features/reports/months';
import { ReportForm, ReportForm_ProgramFragment, ReportForm_ProgressReportFragment } from '../features/reports/report-form';
import { ReportList, ReportList_ProgressReportFragment } from '../features/reports/report-list';
import { ReportingCompleteness_Fragment, ReportingCompletenessTable } from '../features/reports/reporting-completeness';
import { ReviewQueue, ReviewQueue_ProgressReportFragment } from '../features/reports/review-queue';
import { useCalendar } from '../lib/calendar';
import { useFilters } from '../lib/filters';
import { formatCount } from '../lib/format';
import { graphql } from '../lib/graphql';
import { useLanguage, useTranslation } from '../lib/i18n';
import type { Viewer } from '../lib/viewer';

export const OpdReportsOperatorQuery = graphql(
  `
  query OpdReportsOperator($regionCode: RegionCode!, $year: Int!, $opdId: Int!) {
    region(code: $regionCode) { code name }
    opds(regionCode: $regionCode) { id shortName name }
    programs(regionCode: $regionCode, year: $year, opdId: $opdId) {
      id
      ...ReportForm_ProgramFragment
    }
    reports(regionCode: $regionCode, year: $year, opdId: $opdId) {
      id
      ...ReportForm_ProgressReportFragment
      ...ReportList_ProgressReportFragment
    }
  }
`,
  [ReportForm_ProgramFragment, ReportForm_ProgressReportFragment, ReportList_ProgressReportFragment],
);

export const OpdReportsReviewQuery = graphql(
  `
  query OpdReportsReview($regionCode: RegionCode!, $year: Int!) {
    reviewQueue(regionCode: $regionCode, year: $year) {
      id
      ...ReviewQueue_ProgressReportFragment
    }
  }
`,
  [ReviewQueue_ProgressReportFragment],
);

export const OpdReportsMonthQuery = graphql(
  `
  query OpdReportsMonth($regionCode: RegionCode!, $year: Int!, $month: Int!) {
    region(code: $regionCode) { code name }
    reportingCompleteness(regionCode: $regionCode, year: $year, month: $month) { ...ReportingCompleteness_Fragment }
    reports(regionCode: $regionCode, year: $year, month: $month) {
      id
      ...ReportList_ProgressReportFragment
    }
  }
`,
  [ReportingCompleteness_Fragment, ReportList_ProgressReportFragment],
);

// A report's approval changes these lists even when a result holds no report (an empty queue):
// urql's document cache then drops them too, and the next read asks the server.
const REPORT_DEPENDENT = { additionalTypenames: ['ProgressReport'] };

/** `?bulan=10`: the month to open (Ringkasan links here with the month that is due). */
const MONTH_PARAM = 'bulan';

function useMonthParam(year: number): [number, (month: number) => void] {
  const [params, setParams] = useSearchParams();
  const { today } = useCalendar();
  const value = Number(params.get(MONTH_PARAM));
  const month = Number.isInteger(value) && value >= 1 && value <= 12 ? value : reportingMonth(year, today);
  const setMonth = (m: number) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set(MONTH_PARAM, String(m));
        return next;
      },
      { replace: true },
    );
  return [month, setMonth];
}

/**
 * Laporan OPD: an OPD operator fills the monthly progress report; a cluster head or the
 * secretariat approves or returns submitted ones; the mayor sees who has reported.
 */
export function OpdReportsPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const title = t('reports.title');
  if (viewer.role === 'REGION_OPERATOR') {
    return (
      <div className="page">
        <title>{`${title} · Pantau`}</title>
        <header className="page__header">
          <h1 className="page__title">{title}</h1>
        </header>
        <EmptyState title={t('reports.notForRole.title')}>
          <p>{t('reports.notForRole.body')}</p>
        </EmptyState>
      </div>
    );
  }
  return viewer.role === 'OPD_OPERATOR' ? <OperatorView viewer={viewer} /> : <ReviewerView viewer={viewer} />;
}

function OperatorView({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const { regionCode, year } = useFilters();
  const [month] = useMonthParam(year);
  const [selection, setSelection] = useState<{ programId: number; month: number; at: number } | null>(null);
  const opdId = viewer.opdId;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: OpdReportsOperatorQuery,
    variables: { regionCode, year, opdId: opdId ?? 0 },
    pause: opdId === null,
    context: REPORT_DEPENDENT,
  });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const opd = data?.opds.find((o) => o.id === opdId) ?? null;
  const title = t('reports.title');

  return (
    <div className="page">
      <title>{`${title} · ${opd?.shortName ?? ''} · Pantau`}</title>
      <header className="page__header">
        <h1 className="page__title">{title}</h1>
        <p className="page__subtitle">
          {opd && <span className="page__region">{opd.name}</span>}
          {data?.region && <span>{data.region.name}</span>}
          <span>{t('summary.year', { year })}</span>
        </p>
      </header>
      {opdId === null ? (
        <EmptyState title={t('reports.noOpd.title')}>
          <p>{t('reports.noOpd.body')}</p>
        </EmptyState>
      ) : (
        <QueryState fetching={fetching} error={error} data={data} onRetry={retry} skeleton={<ReportsSkeleton />}>
          {({ programs, reports }) =>
            programs.length === 0 ? (
              <EmptyState title={t('reports.noPrograms.title', { year })}>
                <p>{t('reports.noPrograms.body')}</p>
              </EmptyState>
            ) : (
              <>
                <Panel title={t('reports.form.title')}>
                  <ReportForm programs={programs} reports={reports} year={year} initialMonth={month} selection={selection} />
                </Panel>
                <Panel title={t('reports.list.titleOpd', { opd: opd?.shortName ?? '', year })}>
                  <ReportList
                    reports={reports}
                    year={year}
                    month={null}
                    showOpd={false}
                    onOpen={(programId, m) => setSelection({ programId, month: m, at: Date.now() })}
                  />
                </Panel>
              </>
            )
          }
        </QueryState>
      )}
    </div>
  );
}

function ReviewerView({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { regionCode, year } = useFilters();
  const [month, setMonth] = useMonthParam(year);
  const monthId = useId();
  const reviews = viewer.role === 'CLUSTER_HEAD' || viewer.role === 'ADMIN';
  const [queue, reexecuteQueue] = useQuery({
    query: OpdReportsReviewQuery,
    variables: { regionCode, year },
    pause: !reviews,
    context: REPORT_DEPENDENT,
  });
  const [monthly, reexecuteMonthly] = useQuery({
    query: OpdReportsMonthQuery,
    variables: { regionCode, year, month },
    context: REPORT_DEPENDENT,
  });
  const retryQueue = useCallback(() => reexecuteQueue({ requestPolicy: 'network-only' }), [reexecuteQueue]);
  const retryMonthly = useCallback(() => reexecuteMonthly({ requestPolicy: 'network-only' }), [reexecuteMonthly]);
  const title = t('reports.title');
  const monthLabel = `${monthName(month, lang)} ${year}`;
  const region = monthly.data?.region;

  return (
    <div className="page">
      <title>{`${title} · ${region?.name ?? regionCode} · Pantau`}</title>
      <header className="page__header">
        <h1 className="page__title">{title}</h1>
        <p className="page__subtitle">
          {region && <span className="page__region">{region.name}</span>}
          <span>{t('summary.year', { year })}</span>
        </p>
      </header>
      {reviews && (
        <Panel
          title={
            queue.data ? t('reports.review.titleCount', { count: formatCount(queue.data.reviewQueue.length) }) : t('reports.review.title')
          }
        >
          <p className="panel__intro">{t(viewer.role === 'CLUSTER_HEAD' ? 'reports.review.introCluster' : 'reports.review.introAdmin')}</p>
          <QueryState
            fetching={queue.fetching}
            error={queue.error}
            data={queue.data}
            onRetry={retryQueue}
            skeleton={<div className="skeleton skeleton--chart" />}
          >
            {({ reviewQueue }) => <ReviewQueue reports={reviewQueue} />}
          </QueryState>
        </Panel>
      )}
      <div className="filter-bar">
        <div className="field field--light">
          <label className="field__label" htmlFor={monthId}>
            {t('reports.form.month')}
          </label>
          <select id={monthId} className="field__control" value={month} onChange={(e) => setMonth(Number(e.target.value))}>
            {MONTH_NUMBERS.map((m) => (
              <option key={m} value={m}>
                {monthName(m, lang)} {year}
              </option>
            ))}
          </select>
        </div>
      </div>
      <QueryState
        fetching={monthly.fetching}
        error={monthly.error}
        data={monthly.data}
        onRetry={retryMonthly}
        skeleton={<ReportsSkeleton />}
      >
        {({ reportingCompleteness, reports }) => (
          <>
            <Panel title={t('reports.completeness.title', { month: monthLabel })}>
              <ReportingCompletenessTable rows={reportingCompleteness} month={month} year={year} />
            </Panel>
            <Panel title={t('reports.list.titleMonth', { month: monthLabel })}>
              <ReportList reports={reports} year={year} month={month} showOpd />
            </Panel>
          </>
        )}
      </QueryState>
    </div>
  );
}

function ReportsSkeleton() {
  return (
    <div className="stack" aria-hidden="true">
      {[0, 1].map((i) => (
        <div key={i} className="card panel">
          <div className="skeleton skeleton--line" />
          <div className="skeleton skeleton--chart" />
        </div>
      ))}
    </div>
  );
}
