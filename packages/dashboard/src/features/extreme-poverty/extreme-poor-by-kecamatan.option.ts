// The per-kecamatan bar chart's ECharts option, pure so it is tested without a browser.
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
  theme: ChartTheme;
}

/** Height in px that gives every kecamatan a readable bar. */
export function kecamatanChartHeight(rowCount: number, theme: ChartTheme): number {
  const bar = Math.round(theme.fontSize * 1.75);
  return Math.max(160, rowCount * bar + theme.fontSize * 2);
}

export function buildExtremePoorByKecamatanOption(input: ExtremePoorByKecamatanInput): ChartOption {
  const { theme, rows } = input;
  const textStyle = { color: theme.text, fontFamily: theme.fontFamily, fontSize: theme.fontSize };
  return {
    backgroundColor: theme.background,
    color: [...theme.palette],
    textStyle,
    animation: false,
    title: {
      show: input.sourceLine !== '',
      text: input.sourceLine,
      left: 0,
      bottom: 0,
      textStyle: {
        color: theme.mutedText,
        fontFamily: theme.fontFamily,
        fontSize: theme.smallFontSize,
        fontWeight: 'normal',
      },
    },
    // Long kecamatan names ("Seberang Ulu Dua") stay whole: the grid grows around its labels.
    grid: {
      left: 0,
      right: theme.fontSize * 4, // room for the value labels
      top: theme.fontSize * 0.5,
      bottom: input.sourceLine ? theme.smallFontSize * 2.5 : 0,
      outerBoundsMode: 'same',
      outerBoundsContain: 'all',
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      backgroundColor: theme.tooltipBackground,
      borderColor: theme.axisLine,
      textStyle,
      valueFormatter: (v) => (typeof v === 'number' ? `${formatCount(v)} ${input.unitLabel}` : String(v ?? '')),
    },
    // Every bar carries its value, so the value axis would only repeat them.
    xAxis: { type: 'value', show: false, name: input.unitLabel },
    yAxis: {
      type: 'category',
      // Most households at the top, as people read a ranking.
      inverse: true,
      data: rows.map((r) => r.name),
      axisLine: { lineStyle: { color: theme.axisLine } },
      axisTick: { show: false },
      axisLabel: { color: theme.text, fontSize: theme.fontSize },
    },
    series: [
      {
        type: 'bar',
        name: input.seriesName,
        data: rows.map((r) => r.extremePoorHouseholds),
        itemStyle: { color: theme.primary, borderRadius: [0, 3, 3, 0] },
        barMaxWidth: theme.fontSize * 1.6,
        label: {
          show: true,
          position: 'right',
          color: theme.text,
          fontSize: theme.fontSize,
          formatter: ({ value }: { value: unknown }) => (typeof value === 'number' ? formatCount(value) : ''),
        },
      },
    ],
  };
}
