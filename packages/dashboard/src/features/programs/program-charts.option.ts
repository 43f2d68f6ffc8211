// The program page's two charts, pure so they are tested without a browser: each program's
// achievement against its targets (households reached, output, budget absorbed), and what one
// household reached cost.
import type { ChartTheme } from '../../lib/chart-theme';
import type { ChartOption } from '../../lib/echarts';
import { formatRate, formatRupiah } from '../../lib/format';
import { axisLabel, categoryLabel } from '../budget/budget-breakdown.option';
import { escapeHtml, tooltipLine } from '../budget/chart-text';

export interface AchievementRow {
  label: string;
  reachRate: number | null;
  outputRate: number | null;
  absorptionRate: number | null;
}

export interface AchievementInput {
  rows: readonly AchievementRow[];
  names: { reach: string; output: string; absorption: string; target: string };
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

export function buildAchievementOption(input: AchievementInput): ChartOption {
  const { theme, rows, names } = input;
  const textStyle = { color: theme.text, fontFamily: theme.fontFamily, fontSize: theme.fontSize };
  const colors = [theme.palette[0], theme.palette[2], theme.palette[3]];
  const bar = (name: string, pick: (r: AchievementRow) => number | null, color: string | undefined) => ({
    type: 'bar' as const,
    name,
    data: rows.map(pick),
    itemStyle: { color, borderRadius: [0, 2, 2, 0] as [number, number, number, number] },
    barMaxWidth: theme.fontSize * 0.9,
    label: {
      show: true,
      position: 'right' as const,
      color: theme.text,
      fontSize: theme.smallFontSize,
      formatter: ({ value }: { value: unknown }) => (typeof value === 'number' ? formatRate(value) : '–'),
    },
  });
  const series = [
    bar(names.reach, (r) => r.reachRate, colors[0]),
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
    backgroundColor: theme.background,
    textStyle,
    animation: false,
    legend: {
      show: true,
      top: 0,
      left: 0,
      itemWidth: theme.fontSize * 1.5,
      itemHeight: theme.fontSize * 0.8,
      textStyle: { color: theme.text, fontFamily: theme.fontFamily, fontSize: theme.fontSize },
    },
    grid: {
      left: 0,
      right: theme.fontSize * 3.5,
      top: theme.fontSize * 4,
      bottom: 0,
      outerBoundsMode: 'same',
      outerBoundsContain: 'all',
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      backgroundColor: theme.tooltipBackground,
      borderColor: theme.axisLine,
      textStyle,
      formatter: (params: unknown) => {
        const list = (Array.isArray(params) ? params : [params]) as { dataIndex?: number }[];
        const i = list[0]?.dataIndex;
        const row = i === undefined ? undefined : rows[i];
        if (!row) return '';
        const rate = (v: number | null) => (v === null ? '–' : formatRate(v));
        return [
          `<div><b>${escapeHtml(row.label)}</b></div>`,
          tooltipLine(colors[0] ?? theme.primary, names.reach, rate(row.reachRate)),
          tooltipLine(colors[1] ?? theme.primary, names.output, rate(row.outputRate)),
          tooltipLine(colors[2] ?? theme.primary, names.absorption, rate(row.absorptionRate)),
        ].join('');
      },
    },
    xAxis: {
      type: 'value',
      name: input.unitLabel,
      nameLocation: 'middle',
      nameGap: theme.fontSize * 2,
      nameTextStyle: { color: theme.mutedText, fontSize: theme.smallFontSize },
      min: 0,
      max: rateAxisMax(rows),
      interval: input.compact ? 0.5 : 0.25,
      splitLine: { lineStyle: { color: theme.gridLine } },
      axisLabel: { color: theme.mutedText, fontSize: theme.smallFontSize, formatter: (v: number) => formatRate(v) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => axisLabel(r.label, 40)),
      axisLine: { lineStyle: { color: theme.axisLine } },
      axisTick: { show: false },
      axisLabel: categoryLabel(theme, input.compact ?? false, 13),
    },
    series,
  };
}

export interface CostRow {
  label: string;
  /** Whole rupiah per household reached; null when nobody was reached. */
  costPerHousehold: number | null;
}

export interface CostInput {
  rows: readonly CostRow[];
  seriesName: string;
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
  const textStyle = { color: theme.text, fontFamily: theme.fontFamily, fontSize: theme.fontSize };
  return {
    backgroundColor: theme.background,
    textStyle,
    animation: false,
    grid: {
      left: 0,
      // Room for "Rp805,9 ribu" right of the longest bar.
      right: theme.fontSize * 7,
      top: theme.fontSize * 0.5,
      bottom: 0,
      outerBoundsMode: 'same',
      outerBoundsContain: 'all',
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      backgroundColor: theme.tooltipBackground,
      borderColor: theme.axisLine,
      textStyle,
      valueFormatter: (v) => (typeof v === 'number' ? `${formatRupiah(v)} / KK` : '–'),
    },
    xAxis: {
      type: 'value',
      name: input.unitLabel,
      nameLocation: 'middle',
      nameGap: theme.fontSize * 2,
      nameTextStyle: { color: theme.mutedText, fontSize: theme.smallFontSize },
      splitLine: { lineStyle: { color: theme.gridLine } },
      splitNumber: input.compact ? 2 : 4,
      axisLabel: { color: theme.mutedText, fontSize: theme.smallFontSize, hideOverlap: true, formatter: (v: number) => formatRupiah(v) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => axisLabel(r.label, 40)),
      axisLine: { lineStyle: { color: theme.axisLine } },
      axisTick: { show: false },
      axisLabel: categoryLabel(theme, input.compact ?? false, 13),
    },
    series: [
      {
        type: 'bar',
        name: input.seriesName,
        data: rows.map((r) => r.costPerHousehold),
        itemStyle: { color: theme.primary, borderRadius: [0, 3, 3, 0] },
        barMaxWidth: theme.fontSize * 1.4,
        label: {
          show: true,
          position: 'right',
          color: theme.text,
          fontSize: theme.fontSize,
          formatter: ({ value }: { value: unknown }) => (typeof value === 'number' ? formatRupiah(value) : '–'),
        },
      },
    ],
  };
}
