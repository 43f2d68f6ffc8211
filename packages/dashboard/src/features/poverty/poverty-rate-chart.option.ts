// The P0 line chart's ECharts option, pure so it is tested without a browser.
import { type ChartTheme, yearCategoryAxis } from '../../lib/chart-theme';
import type { ChartOption } from '../../lib/echarts';
import { formatDecimal, formatPercentValue } from '../../lib/format';
import { SERIES_START_YEAR } from './poverty-rate';

export interface PovertyRateChartInput {
  /** Annual values, oldest first; values are percentages (10.5 means 10,5%). */
  points: readonly { year: number; value: number }[];
  /** The year chosen in the header, marked on the axis when it is in range. */
  selectedYear: number;
  /** Axis name with the unit, e.g. "Persen (%)". */
  unitLabel: string;
  /** The source line drawn inside the chart, so an exported image keeps it. */
  sourceLine: string;
  /** Series name in the tooltip. */
  seriesName: string;
  /** A target path to draw beside the actuals, dashed (Target.path of a P0 target). */
  target?: { name: string; points: readonly { year: number; value: number }[] } | undefined;
  theme: ChartTheme;
}

/** The points a chart draws: from 2010 on (see SERIES_START_YEAR). */
export function chartPoints<T extends { year: number }>(points: readonly T[]): T[] {
  return points.filter((p) => p.year >= SERIES_START_YEAR);
}

export function buildPovertyRateChartOption(input: PovertyRateChartInput): ChartOption {
  const { theme } = input;
  const points = chartPoints(input.points);
  const targetPoints = chartPoints(input.target?.points ?? []);
  // One category per year of either line: a target usually runs past the last published P0.
  const yearNumbers = [...new Set([...points, ...targetPoints].map((p) => p.year))].sort((a, b) => a - b);
  const years = yearNumbers.map(String);
  const selected = String(input.selectedYear);
  const byYear = (list: readonly { year: number; value: number }[]) => {
    const values = new Map(list.map((p) => [p.year, p.value]));
    return yearNumbers.map((y) => values.get(y) ?? null);
  };
  const values = byYear(points);
  const targetValues = byYear(targetPoints);
  const lastIndex = values.findLastIndex((v) => v !== null);
  const all = [...points, ...targetPoints].map((p) => p.value);
  const min = all.length ? Math.min(...all) : 0;
  const max = all.length ? Math.max(...all) : 1;
  // A rate axis that starts at zero would flatten a 15 → 9 fall into a line; pad around the data
  // instead, to whole points. On a range ECharts labels every 2 points, keep both ends even, or a
  // lone odd bound ("7" under "8") crowds the axis.
  let lo = Math.max(0, Math.floor(min - 1));
  let hi = Math.ceil(max + 1);
  if (hi - lo > 6) {
    lo -= lo % 2;
    hi += hi % 2;
  }
  const textStyle = { color: theme.text, fontFamily: theme.fontFamily, fontSize: theme.fontSize };
  const target = input.target && targetPoints.length > 0 ? input.target : null;

  return {
    backgroundColor: theme.background,
    color: [...theme.palette],
    textStyle,
    animation: false,
    title: {
      // The source sits in the chart itself: a screenshot pasted into a rakor slide keeps it.
      text: input.sourceLine,
      left: 0,
      bottom: 0,
      textStyle: {
        color: theme.mutedText,
        fontFamily: theme.fontFamily,
        fontSize: theme.smallFontSize,
        fontWeight: 'normal',
        width: 640,
        overflow: 'truncate',
      },
    },
    // ECharts 6: the box below holds the plot with its axis labels and axis name, whatever
    // their width (what `containLabel` estimated before); the bottom leaves room for the source.
    grid: {
      left: 0,
      // Room for the last point's label ("10,48%") right of the plot.
      right: theme.fontSize * 4.5,
      // Room for the legend above the plot when a target is drawn.
      top: target ? theme.fontSize * 3.5 : theme.fontSize * 1.5,
      bottom: theme.smallFontSize * 2.5,
      outerBoundsMode: 'same',
      outerBoundsContain: 'all',
    },
    legend: target
      ? {
          show: true,
          top: 0,
          right: 0,
          itemWidth: theme.fontSize * 2,
          itemHeight: theme.fontSize * 0.75,
          textStyle: { color: theme.text, fontFamily: theme.fontFamily, fontSize: theme.fontSize },
        }
      : { show: false },
    tooltip: {
      trigger: 'axis',
      backgroundColor: theme.tooltipBackground,
      borderColor: theme.axisLine,
      textStyle,
      valueFormatter: (v) => (typeof v === 'number' ? formatPercentValue(v) : String(v ?? '')),
    },
    xAxis: yearCategoryAxis(theme, years),
    yAxis: {
      type: 'value',
      name: input.unitLabel,
      nameLocation: 'end',
      nameGap: theme.fontSize,
      nameTextStyle: { color: theme.mutedText, fontSize: theme.fontSize, align: 'left' },
      min: lo,
      max: hi,
      splitLine: { lineStyle: { color: theme.gridLine } },
      axisLabel: {
        color: theme.text,
        fontSize: theme.fontSize,
        formatter: (v: number) => formatDecimal(v, 0),
      },
    },
    series: [
      {
        type: 'line',
        name: input.seriesName,
        data: values,
        lineStyle: { width: theme.lineWidth, color: theme.primary },
        itemStyle: { color: theme.primary },
        symbol: 'circle',
        symbolSize: theme.symbolSize,
        // The last point is the headline: label it on the chart.
        label: {
          show: true,
          // Right of the point: above or below it the label would sit on the line.
          position: 'right',
          distance: theme.symbolSize,
          color: theme.text,
          fontSize: theme.fontSize,
          fontWeight: 'bold',
          formatter: ({ dataIndex }: { dataIndex: number }) =>
            dataIndex === lastIndex ? formatPercentValue(values[dataIndex] ?? Number.NaN) : '',
        },
        markLine: years.includes(selected)
          ? {
              silent: true,
              symbol: 'none',
              lineStyle: { color: theme.accent, type: 'dashed', width: 1.5 },
              label: { show: true, formatter: selected, color: theme.accent, fontSize: theme.smallFontSize },
              data: [{ xAxis: selected }],
            }
          : undefined,
      },
      ...(target
        ? [
            {
              type: 'line' as const,
              name: target.name,
              data: targetValues,
              // Dashed and in the accent colour, with hollow squares: told apart from the actuals
              // without relying on colour.
              lineStyle: { width: theme.lineWidth * 0.8, color: theme.accent, type: 'dashed' as const },
              itemStyle: { color: theme.accent, borderColor: theme.accent },
              symbol: 'emptyRect',
              symbolSize: theme.symbolSize * 0.9,
              z: 1,
            },
          ]
        : []),
    ],
  };
}
