// One or more annual series of the same unit on one axis of years (P1 beside P2, the poverty
// line, the poor population), as a pure ECharts option.
import {
  axisTooltip,
  chartBase,
  labelRoom,
  niceAxis,
  plotGrid,
  pointLabel,
  sourceTitle,
  timeAxis,
  topLegend,
  valueAxis,
  yearMarker,
} from '../../lib/chart-kit';
import type { ChartTheme } from '../../lib/chart-theme';
import type { ChartOption } from '../../lib/echarts';

export interface SeriesLine {
  name: string;
  /** Annual values, oldest first, in the series' unit. */
  points: readonly { year: number; value: number }[];
}

export interface IndicatorSeriesChartInput {
  series: readonly SeriesLine[];
  /** Axis name with the unit, e.g. "Rupiah per kapita per bulan". */
  unitLabel: string;
  /** Rates and indices may start above zero; counts and amounts start at zero. */
  padAxis: boolean;
  formatValue: (v: number) => string;
  formatTick: (v: number) => string;
  sourceLine: string;
  selectedYear: number;
  theme: ChartTheme;
}

// Solid, dashed, dotted: a second line is told apart without colour.
const LINE_TYPES = ['solid', 'dashed', 'dotted'] as const;
const SYMBOLS = ['circle', 'emptyRect', 'triangle'] as const;

export function buildIndicatorSeriesChartOption(input: IndicatorSeriesChartInput): ChartOption {
  const { theme } = input;
  const years = [...new Set(input.series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  const categories = years.map(String);
  const columns = input.series.map((s) => {
    const byYear = new Map(s.points.map((p) => [p.year, p.value]));
    return years.map((y) => byYear.get(y) ?? null);
  });
  const all = columns.flat().filter((v): v is number => v !== null);
  const axis = niceAxis(all, !input.padAxis);
  const lastLabels = columns.map((c) => {
    const last = c.findLast((v) => v !== null);
    return last == null ? '' : input.formatValue(last);
  });
  const selected = String(input.selectedYear);
  const many = input.series.length > 1;

  return {
    ...chartBase(theme, theme.palette),
    title: sourceTitle(theme, input.sourceLine),
    grid: plotGrid({
      right: labelRoom(lastLabels, theme.fontSize),
      top: many ? theme.fontSize * 3.5 : theme.fontSize * 2,
      bottom: input.sourceLine ? theme.smallFontSize * 2.5 : 0,
    }),
    legend: many ? topLegend(theme) : { show: false },
    tooltip: axisTooltip(theme, { valueFormatter: (v: unknown) => (typeof v === 'number' ? input.formatValue(v) : '–') }),
    xAxis: timeAxis(theme, categories),
    yAxis: valueAxis(theme, { name: input.unitLabel, scale: axis, format: input.formatTick }),
    series: input.series.map((s, i) => {
      const data = columns[i] ?? [];
      const lastIndex = data.findLastIndex((v) => v !== null);
      const color = theme.palette[i % theme.palette.length] ?? theme.primary;
      return {
        type: 'line' as const,
        name: s.name,
        data,
        lineStyle: { width: theme.lineWidth, color, type: LINE_TYPES[i % LINE_TYPES.length] },
        itemStyle: { color },
        symbol: SYMBOLS[i % SYMBOLS.length],
        // Every point drawn on a narrow screen too: the last one carries the value label.
        showAllSymbol: true,
        symbolSize: theme.symbolSize,
        label: pointLabel(theme, (index) => {
          const v = data[index];
          return index === lastIndex && v != null ? input.formatValue(v) : '';
        }),
        markLine: i === 0 && categories.includes(selected) ? yearMarker(theme, selected) : undefined,
      };
    }),
  };
}
