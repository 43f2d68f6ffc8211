// The per-kecamatan bar chart's ECharts option, pure so it is tested without a browser.

import { barCategoryAxis, barLabel, chartBase, escapeHtml, hiddenBar, plotGrid, rowTooltip, sourceTitle } from '../../lib/chart-kit';
import type { ChartTheme } from '../../lib/chart-theme';
import type { ChartOption } from '../../lib/echarts';
import { formatCount } from '../../lib/format';

export interface ExtremePoorByKecamatanInput {
  /** Kecamatan from most to fewest households (see rankKecamatan). */
  rows: readonly { name: string; extremePoorHouseholds: number | null }[];
  /** Axis name with the unit, e.g. "KK". */
  unitLabel: string;
  /** The source line drawn inside the chart, so an exported image keeps it; '' for none. */
  sourceLine: string;
  seriesName: string;
  /** Written where a hidden count's bar would start ("disembunyikan"): no bar, never a zero. */
  hiddenText: string;
  theme: ChartTheme;
}

/** Height in px that gives every kecamatan a readable bar. */
export function kecamatanChartHeight(rowCount: number, theme: ChartTheme): number {
  const bar = Math.round(theme.fontSize * 1.75);
  return Math.max(160, rowCount * bar + theme.fontSize * 2);
}

export function buildExtremePoorByKecamatanOption(input: ExtremePoorByKecamatanInput): ChartOption {
  const { theme, rows } = input;
  return {
    ...chartBase(theme, theme.palette),
    title: sourceTitle(theme, input.sourceLine),
    // Long kecamatan names ("Seberang Ulu Dua") stay whole: the grid grows around its labels.
    grid: plotGrid({
      right: theme.fontSize * 4, // room for the value labels
      top: theme.fontSize * 0.5,
      bottom: input.sourceLine ? theme.smallFontSize * 2.5 : 0,
    }),
    tooltip: rowTooltip(theme, rows, (row) => {
      const value = row.extremePoorHouseholds === null ? input.hiddenText : `${formatCount(row.extremePoorHouseholds)} ${input.unitLabel}`;
      return `<div><b>${escapeHtml(row.name)}</b></div><div>${escapeHtml(input.seriesName)}: <b>${escapeHtml(value)}</b></div>`;
    }),
    // Every bar carries its value, so the value axis would only repeat them.
    xAxis: { type: 'value', show: false, name: input.unitLabel },
    // Most households at the top, as people read a ranking.
    yAxis: barCategoryAxis(
      theme,
      rows.map((r) => r.name),
      { color: theme.text, fontSize: theme.fontSize },
    ),
    series: [
      {
        type: 'bar',
        name: input.seriesName,
        data: rows.map((r) => (r.extremePoorHouseholds === null ? hiddenBar(theme, input.hiddenText) : r.extremePoorHouseholds)),
        itemStyle: { color: theme.primary, borderRadius: [0, 3, 3, 0] },
        barMaxWidth: theme.fontSize * 1.6,
        label: barLabel(theme, ({ value }) => (typeof value === 'number' ? formatCount(value) : '')),
      },
    ],
  };
}
