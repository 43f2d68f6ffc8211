// Pagu against realisasi per OPD, cluster or program as horizontal bars: the pagu a light bar,
// the realisasi a dark bar over it, the plan to date a tick. Pure, so it is tested without a browser.
import {
  barCategoryAxis,
  barLabel,
  barValueAxis,
  chartBase,
  escapeHtml,
  plotGrid,
  rowTooltip,
  tooltipLine,
  topLegend,
} from '../../lib/chart-kit';
import type { ChartTheme } from '../../lib/chart-theme';
import type { ChartOption } from '../../lib/echarts';
import { formatRate, formatRupiah } from '../../lib/format';

export interface BudgetBarRow {
  label: string;
  pagu: number;
  realisasi: number;
  plannedCumulative: number;
  absorptionRate: number | null;
  plannedRate: number | null;
}

export interface BudgetBreakdownInput {
  rows: readonly BudgetBarRow[];
  names: { pagu: string; realisasi: string; planned: string; absorption: string };
  /** Axis name with the unit, e.g. "Rupiah". */
  unitLabel: string;
  theme: ChartTheme;
  /** A phone: names cut to one line, so the bars keep their room. */
  compact?: boolean;
}

// The pagu bar: a light tint of the primary blue, told apart from the realisasi by lightness, not hue.
export const PAGU_COLOR = '#b9d3e6';

function barWidth(theme: ChartTheme): number {
  return Math.round(theme.fontSize * 1.3);
}

/** Height in px that gives every row a readable bar, with room for the legend and the axis. */
export function budgetBreakdownHeight(rowCount: number, theme: ChartTheme): number {
  // Room for a name wrapped onto two lines.
  const perRow = Math.round(theme.fontSize * 3);
  return Math.max(180, rowCount * perRow + theme.fontSize * 6);
}

/** Category labels: wrapped onto two lines on a wide screen, cut to one on a phone. */
export function categoryLabel(theme: ChartTheme, compact: boolean, widthInEm: number) {
  return {
    color: theme.text,
    fontSize: theme.fontSize,
    width: theme.fontSize * (compact ? 7.5 : widthInEm),
    overflow: compact ? ('truncate' as const) : ('break' as const),
    ellipsis: '…',
    lineHeight: Math.round(theme.fontSize * 1.15),
  };
}

/** Long program names are cut on the axis; the table and the tooltip keep them whole. */
export function axisLabel(label: string, max = 28): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // At a word boundary when there is one in the second half; mid-word otherwise.
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The names down the side: long program names cut at a word on the axis (the table and the
 * tooltip keep them whole), then wrapped onto a second line rather than cut to look alike
 * ("Pendampingan keluarga…" twice).
 */
export function nameAxis(theme: ChartTheme, rows: readonly { label: string }[], compact: boolean, widthInEm: number) {
  return barCategoryAxis(
    theme,
    rows.map((r) => axisLabel(r.label, 40)),
    categoryLabel(theme, compact, widthInEm),
  );
}

export function buildBudgetBreakdownOption(input: BudgetBreakdownInput): ChartOption {
  const { theme, rows, names } = input;
  const width = barWidth(theme);
  return {
    ...chartBase(theme),
    legend: topLegend(theme, { marks: 'bar', data: [names.pagu, names.realisasi, names.planned] }),
    // Room right for the absorption labels, above for the legend.
    grid: plotGrid({ right: theme.fontSize * 4, top: theme.fontSize * 2.5 }),
    tooltip: rowTooltip(theme, rows, (row) =>
      [
        `<div><b>${escapeHtml(row.label)}</b></div>`,
        tooltipLine(PAGU_COLOR, names.pagu, formatRupiah(row.pagu)),
        tooltipLine(theme.primary, names.realisasi, formatRupiah(row.realisasi)),
        tooltipLine(theme.accent, names.planned, formatRupiah(row.plannedCumulative)),
        `<div>${escapeHtml(names.absorption)}: <b>${row.absorptionRate === null ? '–' : formatRate(row.absorptionRate)}</b></div>`,
      ].join(''),
    ),
    xAxis: barValueAxis(theme, input.unitLabel, formatRupiah, input.compact),
    yAxis: nameAxis(theme, rows, input.compact ?? false, 14),
    series: [
      {
        type: 'bar',
        name: names.pagu,
        data: rows.map((r) => r.pagu),
        barWidth: width,
        itemStyle: { color: PAGU_COLOR, borderRadius: [0, 3, 3, 0] },
        label: barLabel(
          theme,
          ({ dataIndex }) => {
            const rate = rows[dataIndex]?.absorptionRate;
            return rate === null || rate === undefined ? '' : formatRate(rate);
          },
          { bold: true },
        ),
      },
      {
        type: 'bar',
        name: names.realisasi,
        data: rows.map((r) => r.realisasi),
        barWidth: width,
        // Over the pagu bar, not beside it: the share of the bar filled is the absorption.
        barGap: '-100%',
        itemStyle: { color: theme.primary, borderRadius: [0, 3, 3, 0] },
      },
      {
        // The plan to date as a tick across the bar: a line series that draws only its symbols.
        type: 'line',
        name: names.planned,
        data: rows.map((r) => r.plannedCumulative),
        symbol: 'rect',
        symbolSize: [Math.max(3, Math.round(theme.lineWidth * 1.2)), width + theme.fontSize * 0.6],
        lineStyle: { width: 0, opacity: 0 },
        itemStyle: { color: theme.accent },
        z: 5,
      },
    ],
  };
}
