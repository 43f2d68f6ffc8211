// Pagu against realisasi: per program of the chosen cluster (or per cluster for the whole
// TKPKD) beside the year's cumulative S-curve, with the totals in large type. Muba 2018 Klaster 1:
// Rp350 juta / Rp332 juta / 94,9%.
import type { ChartTheme } from '../../../lib/chart-theme';
import type { ChartOption } from '../../../lib/echarts';
import { formatCount, formatRate, formatRupiah } from '../../../lib/format';
import { graphql, type ResultOf } from '../../../lib/graphql';
import { type BudgetBarRow, buildBudgetBreakdownOption } from '../../budget/budget-breakdown.option';
import { buildBudgetCurveOption } from '../../budget/budget-curve.option';
import { budgetMonthNote } from '../../budget/budget-month';
import { budgetTotals } from '../../budget/budget-rows';
import { MONTHS, monthName } from '../../budget/months';
import { type DeckContext, deckEntry, type Fact, type Slide } from '../deck';
import { realSourceNames, STATUS_LOOK, scopedKicker, scopeName, statusOfGap, statusText } from './scope';

export const RakorBudgetQuery = graphql(`
  query RakorBudget($regionCode: RegionCode!, $year: Int!, $groupBy: BudgetGrouping!, $clusterId: Int) {
    budget(regionCode: $regionCode, year: $year, groupBy: $groupBy) {
      key
      label
      month
      pagu
      realisasi
      plannedCumulative
      absorptionRate
      plannedRate
      programCount
      reportedPrograms
      synthetic
      cluster { number }
      opd { shortName }
    }
    budgetCurve(regionCode: $regionCode, year: $year, clusterId: $clusterId) {
      month
      planned
      realised
      reported
    }
    programOutcomes(regionCode: $regionCode, year: $year, clusterId: $clusterId) {
      onTrackMaxGap
      atRiskMaxGap
    }
    programs(regionCode: $regionCode, year: $year, clusterId: $clusterId) {
      code
      synthetic
      sourceNote
      source { publisher }
    }
  }
`);

export type RakorBudgetData = ResultOf<typeof RakorBudgetQuery>;
type Row = RakorBudgetData['budget'][number];

/** Bars a slide holds and still reads from the back of the room; the rest are summed into one. */
export const MAX_BARS = 6;

/** The rows to draw, largest pagu first; beyond `max`, the smallest are summed into "N lainnya". */
export function barRows(rows: readonly Row[], othersLabel: (count: number) => string, max = MAX_BARS): BudgetBarRow[] {
  const bar = (r: Pick<Row, 'label' | 'pagu' | 'realisasi' | 'plannedCumulative'>): BudgetBarRow => ({
    label: r.label,
    pagu: r.pagu,
    realisasi: r.realisasi,
    plannedCumulative: r.plannedCumulative,
    absorptionRate: r.pagu > 0 ? r.realisasi / r.pagu : null,
    plannedRate: r.pagu > 0 ? r.plannedCumulative / r.pagu : null,
  });
  const sorted = [...rows].sort((a, b) => b.pagu - a.pagu || a.label.localeCompare(b.label, 'id-ID'));
  if (sorted.length <= max) return sorted.map(bar);
  const shown = sorted.slice(0, max - 1);
  const rest = sorted.slice(max - 1);
  const sum = budgetTotals(rest);
  return [...shown.map(bar), bar({ label: othersLabel(rest.length), ...sum })];
}

/**
 * The S-curve for a slide: the value axis ends at a round figure above the pagu rather than at the
 * pagu itself (Rp83,9 miliar printed just above Rp80 miliar is unreadable from the back of the
 * room), and the pagu is a labelled dotted line across the chart instead.
 */
export function withPaguLine(option: ChartOption, pagu: number, label: string, theme: ChartTheme): ChartOption {
  const axis = option.yAxis;
  const series = option.series;
  if (!axis || Array.isArray(axis) || !Array.isArray(series) || pagu <= 0) return option;
  const planned = series.length - 1;
  return {
    ...option,
    // Round steps of ECharts' own, not the screen's quarters of the pagu.
    yAxis: { ...axis, max: undefined, interval: undefined, splitNumber: 3, axisLabel: { ...axis.axisLabel, hideOverlap: true } },
    series: series.map((s, i) =>
      i === planned
        ? {
            ...s,
            markLine: {
              silent: true,
              symbol: 'none',
              animation: false,
              data: [{ yAxis: pagu }],
              lineStyle: { color: theme.mutedText, type: 'dotted', width: Math.max(1, theme.lineWidth / 2) },
              label: {
                position: 'insideStartTop',
                formatter: label,
                color: theme.text,
                fontSize: theme.fontSize,
                fontWeight: 'bold',
              },
            },
          }
        : s,
    ),
  } as ChartOption;
}

export function buildBudgetSlides(data: RakorBudgetData, ctx: DeckContext): Slide[] {
  const { t, lang, year } = ctx;
  const byCluster = ctx.clusterNumber === null;
  const rows = byCluster ? data.budget : data.budget.filter((r) => r.cluster?.number === ctx.clusterNumber);
  const totals = budgetTotals(rows);
  const scope = scopeName(ctx);
  const common = {
    id: 'budget',
    kicker: scopedKicker(ctx, t('rakor.budget.kicker')),
    title: t('rakor.budget.title', { year }),
  };
  const month = rows[0]?.month ?? 12;
  const monthText = monthName(month, lang);
  const sourceIds = realSourceNames(data.programs);
  const source = [
    t('rakor.budget.source'),
    budgetMonthNote(
      {
        month,
        year,
        programCount: rows.reduce((s, r) => s + r.programCount, 0),
        reportedPrograms: rows.reduce((s, r) => s + r.reportedPrograms, 0),
        chosen: false,
      },
      t,
      lang,
    ),
    ...(sourceIds.length > 0 ? [t('rakor.budget.sourceReal', { ids: sourceIds.join(', ') })] : []),
  ].join(' · ');
  const synthetic = rows.some((r) => r.synthetic) || data.programs.some((p) => p.synthetic);

  if (rows.length === 0 || totals.pagu <= 0) {
    return [
      {
        ...common,
        lead: t('rakor.budget.leadEmpty', { scope, year }),
        body: { kind: 'message', tone: 'neutral', text: t('rakor.budget.empty', { scope, year }) },
        source,
        synthetic,
      },
    ];
  }

  const programCount = rows.reduce((s, r) => s + r.programCount, 0);
  const status = statusOfGap(totals.planGap, data.programOutcomes);
  const look = STATUS_LOOK[status];
  const absorption = formatRate(totals.absorptionRate ?? 0);
  const planned = formatRate(totals.plannedRate ?? 0);
  const facts: Fact[] = [
    {
      label: t('rakor.budget.factPagu'),
      value: formatRupiah(totals.pagu),
      note: t('rakor.budget.factPaguNote', { count: formatCount(programCount) }),
    },
    {
      label: t('rakor.budget.factRealisasi'),
      value: formatRupiah(totals.realisasi),
      note: t('rakor.budget.factRealisasiNote', { month: monthText, year }),
    },
    {
      label: t('rakor.budget.factAbsorption'),
      value: absorption,
      note: t('rakor.budget.factAbsorptionNote', { status: statusText(ctx, status), month: monthText, planned }),
      tone: look.tone,
    },
  ];
  const lead = t('rakor.budget.lead', {
    realisasi: formatRupiah(totals.realisasi),
    pagu: formatRupiah(totals.pagu),
    rate: absorption,
    month: monthText,
    year,
    planned,
  });

  const bars = barRows(rows, (count) => t(byCluster ? 'rakor.budget.otherClusters' : 'rakor.budget.otherPrograms', { count }));
  const curve = data.budgetCurve.map((p) => ({ month: p.month, planned: p.planned, realised: p.realised, reported: p.reported }));
  const plannedName = t('rakor.budget.planned', { month: monthName(month, lang, 'short') });
  return [
    {
      ...common,
      lead,
      body: {
        kind: 'charts',
        facts,
        charts: [
          {
            heading: t(byCluster ? 'rakor.budget.byCluster' : 'rakor.budget.byProgram'),
            chart: {
              label: t(byCluster ? 'rakor.budget.byCluster' : 'rakor.budget.byProgram'),
              summary: lead,
              build: (theme) =>
                buildBudgetBreakdownOption({
                  rows: bars,
                  names: {
                    pagu: t('budget.pagu'),
                    realisasi: t('budget.realisasi'),
                    planned: plannedName,
                    absorption: t('rakor.budget.factAbsorption'),
                  },
                  unitLabel: t('budget.unit.rupiah'),
                  theme,
                }),
            },
          },
          ...(curve.length > 0
            ? [
                {
                  heading: t('rakor.budget.curve'),
                  chart: {
                    label: t('rakor.budget.curve'),
                    summary: lead,
                    build: (theme: ChartTheme) =>
                      withPaguLine(
                        buildBudgetCurveOption({
                          points: curve,
                          pagu: totals.pagu,
                          monthLabels: MONTHS.map((m) => monthName(m, lang, 'short')),
                          names: { planned: t('rakor.budget.curvePlanned'), realised: t('budget.realisasi') },
                          unitLabel: t('budget.unit.rupiahCumulative'),
                          theme,
                        }),
                        totals.pagu,
                        t('rakor.budget.paguLine', { pagu: formatRupiah(totals.pagu) }),
                        theme,
                      ),
                  },
                },
              ]
            : []),
        ],
      },
      source,
      synthetic,
    },
  ];
}

export const budgetEntry = deckEntry({
  id: 'budget',
  query: RakorBudgetQuery,
  byCluster: true,
  variables: ({ regionCode, year, clusterNumber, clusterId }) => ({
    regionCode,
    year,
    // The budget query has no cluster filter: a cluster's programs are its PROGRAM rows.
    groupBy: clusterNumber === null ? ('CLUSTER' as const) : ('PROGRAM' as const),
    clusterId,
  }),
  build: buildBudgetSlides,
});
