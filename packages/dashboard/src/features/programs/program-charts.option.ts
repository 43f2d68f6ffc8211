// The program page's two charts, pure so they are tested without a browser: each program's
// achievement against its targets (households reached, output, budget absorbed), and what one
// household reached cost.

import {
  barLabel,
  barValueAxis,
  chartBase,
  escapeHtml,
  hiddenBar,
  plotGrid,
  roundStep,
  rowTooltip,
  tooltipLine,
  topLegend,
  valueAxis,
} from '../../lib/chart-kit';
import type { ChartTheme } from '../../lib/chart-theme';
import type { ChartOption } from '../../lib/echarts';
import { formatRate, formatRupiah } from '../../lib/format';
import { nameAxis } from '../budget/budget-breakdown.option';

export interface AchievementRow {
  label: string;
  reachRate: number | null;
  /** True when the API hid the program's household counts: its reach is "disembunyikan", not 0. */
  reachHidden?: boolean;
  outputRate: number | null;
  absorptionRate: number | null;
}

export interface AchievementInput {
  rows: readonly AchievementRow[];
  names: { reach: string; output: string; absorption: string; target: string; hidden: string };
  /** Axis name with the unit, e.g. "Persen dari target". */
  unitLabel: string;
  theme: ChartTheme;
  /** A phone: names cut to one line, so the bars keep their room. */
  compact?: boolean;
}

/** Height in px for `rowCount` programs of `barsPerRow` bars each. */
export function programChartHeight(rowCount: number, barsPerRow: number, theme: ChartTheme): number {
  // At least two lines of a wrapped name per program.
  const perRow = Math.round(theme.fontSize * Math.max(2.8, 0.9 + barsPerRow * 0.9));
  return Math.max(180, rowCount * perRow + theme.fontSize * 6);
}

/** The axis end: 100% at least, else the largest rate rounded up to a quarter. */
export function rateAxisMax(rows: readonly AchievementRow[]): number {
  const rates = rows.flatMap((r) => [r.reachRate, r.outputRate, r.absorptionRate]).filter((v): v is number => v !== null);
  const max = Math.max(1, ...rates);
  return Math.ceil(max * 4) / 4;
}

/** About four steps up to `max` (a quarter, a half, a whole), two on a phone: never 0, 25%, 50% … 350%. */
export function rateAxisStep(max: number, compact: boolean): number {
  return Math.max(0.25, roundStep(max / (compact ? 2 : 4)));
}

export function buildAchievementOption(input: AchievementInput): ChartOption {
  const { theme, rows, names } = input;
  const step = rateAxisStep(rateAxisMax(rows), input.compact ?? false);
  // The end on a whole step too, or a lone "350%" crowds "300%".
  const max = Math.ceil(rateAxisMax(rows) / step - 1e-9) * step;
  const colors = [theme.palette[0], theme.palette[2], theme.palette[3]];
  const bar = (
    name: string,
    pick: (r: AchievementRow) => number | null,
    color: string | undefined,
    hidden?: (r: AchievementRow) => boolean,
  ) => ({
    type: 'bar' as const,
    name,
    data: rows.map((r) => (hidden?.(r) ? hiddenBar(theme, names.hidden) : pick(r))),
    itemStyle: { color, borderRadius: [0, 2, 2, 0] as [number, number, number, number] },
    barMaxWidth: theme.fontSize * 0.9,
    label: barLabel(theme, ({ value }) => (typeof value === 'number' ? formatRate(value) : '–'), { small: true }),
  });
  const series = [
    bar(
      names.reach,
      (r) => r.reachRate,
      colors[0],
      (r) => r.reachHidden === true,
    ),
    bar(names.output, (r) => r.outputRate, colors[1]),
    bar(names.absorption, (r) => r.absorptionRate, colors[2]),
  ];
  const first = series[0];
  if (first) {
    // The target: 100% of each, a dashed line across all programs.
    Object.assign(first, {
      markLine: {
        silent: true,
        symbol: 'none',
        lineStyle: { color: theme.accent, type: 'dashed', width: 1.5 },
        // Above the plot, not on the axis labels below it.
        label: { show: true, position: 'start', formatter: names.target, color: theme.accent, fontSize: theme.smallFontSize },
        data: [{ xAxis: 1 }],
      },
    });
  }
  return {
    ...chartBase(theme),
    legend: topLegend(theme, { marks: 'bar' }),
    grid: plotGrid({ right: theme.fontSize * 3.5, top: theme.fontSize * 4 }),
    tooltip: rowTooltip(theme, rows, (row) => {
      const rate = (v: number | null) => (v === null ? '–' : formatRate(v));
      return [
        `<div><b>${escapeHtml(row.label)}</b></div>`,
        tooltipLine(colors[0] ?? theme.primary, names.reach, row.reachHidden ? names.hidden : rate(row.reachRate)),
        tooltipLine(colors[1] ?? theme.primary, names.output, rate(row.outputRate)),
        tooltipLine(colors[2] ?? theme.primary, names.absorption, rate(row.absorptionRate)),
      ].join('');
    }),
    xAxis: valueAxis(theme, {
      name: input.unitLabel,
      horizontal: true,
      scale: { min: 0, max, interval: step },
      format: formatRate,
    }),
    yAxis: nameAxis(theme, rows, input.compact ?? false, 13),
    series,
  };
}

export interface CostRow {
  label: string;
  /** Whole rupiah per household reached; null when nobody was reached or the count is hidden. */
  costPerHousehold: number | null;
  /** True when the API hid the program's household counts. */
  hidden?: boolean;
}

export interface CostInput {
  rows: readonly CostRow[];
  seriesName: string;
  /** The word for a hidden value, "disembunyikan". */
  hiddenText: string;
  /** Axis name with the unit, e.g. "Rupiah per KK". */
  unitLabel: string;
  theme: ChartTheme;
  /** A phone: names cut to one line, so the bars keep their room. */
  compact?: boolean;
}

/** Cost per household reached, the dearest program on top. */
export function buildCostPerHouseholdOption(input: CostInput): ChartOption {
  const { theme } = input;
  const rows = [...input.rows].sort((a, b) => (b.costPerHousehold ?? -1) - (a.costPerHousehold ?? -1));
  return {
    ...chartBase(theme),
    // Room for "Rp805,9 ribu" right of the longest bar.
    grid: plotGrid({ right: theme.fontSize * 7, top: theme.fontSize * 0.5 }),
    tooltip: rowTooltip(theme, rows, (row) => {
      const value = row.hidden ? input.hiddenText : row.costPerHousehold === null ? '–' : `${formatRupiah(row.costPerHousehold)} / KK`;
      return [`<div><b>${escapeHtml(row.label)}</b></div>`, tooltipLine(theme.primary, input.seriesName, value)].join('');
    }),
    xAxis: barValueAxis(theme, input.unitLabel, formatRupiah, input.compact),
    yAxis: nameAxis(theme, rows, input.compact ?? false, 13),
    series: [
      {
        type: 'bar',
        name: input.seriesName,
        data: rows.map((r) => (r.hidden ? hiddenBar(theme, input.hiddenText) : r.costPerHousehold)),
        itemStyle: { color: theme.primary, borderRadius: [0, 3, 3, 0] },
        barMaxWidth: theme.fontSize * 1.4,
        label: barLabel(theme, ({ value }) => (typeof value === 'number' ? formatRupiah(value) : '–')),
      },
    ],
  };
}
