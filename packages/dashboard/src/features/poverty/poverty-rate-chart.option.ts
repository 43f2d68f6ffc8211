// The P0 line chart's ECharts option, pure so it is tested without a browser.
import {
  axisTooltip,
  chartBase,
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
import { formatPercentValue } from '../../lib/format';
import { SERIES_START_YEAR } from './poverty-rate';
import { formatTick } from './target-progress';

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
  // A rate axis that starts at zero would flatten a 15 → 9 fall into a line: pad around the data,
  // with both bounds on the round step, or a lone bound ("8, 9 … 21, 22") crowds the axis.
  const axis = niceAxis([...points, ...targetPoints].map((p) => p.value));
  const target = input.target && targetPoints.length > 0 ? input.target : null;

  return {
    ...chartBase(theme, theme.palette),
    // The source sits in the chart itself: a screenshot pasted into a rakor slide keeps it.
    title: sourceTitle(theme, input.sourceLine, 640),
    grid: plotGrid({
      // Room for the last point's label ("10,48%") right of the plot.
      right: theme.fontSize * 4.5,
      // Room for the legend above the plot when a target is drawn.
      top: target ? theme.fontSize * 3.5 : theme.fontSize * 1.5,
      bottom: theme.smallFontSize * 2.5,
    }),
    legend: target ? topLegend(theme, { side: 'right' }) : { show: false },
    tooltip: axisTooltip(theme, {
      valueFormatter: (v: unknown) => (typeof v === 'number' ? formatPercentValue(v) : String(v ?? '')),
    }),
    xAxis: timeAxis(theme, years),
    yAxis: valueAxis(theme, { name: input.unitLabel, scale: axis, format: formatTick }),
    series: [
      {
        type: 'line',
        name: input.seriesName,
        data: values,
        lineStyle: { width: theme.lineWidth, color: theme.primary },
        itemStyle: { color: theme.primary },
        symbol: 'circle',
        symbolSize: theme.symbolSize,
        // The last point is the headline: label it on the chart, right of the point, or above it
        // when a target path runs on past it (right, it would sit on the next year's target marker).
        label: pointLabel(
          theme,
          (i) => (i === lastIndex ? formatPercentValue(values[i] ?? Number.NaN) : ''),
          lastIndex < years.length - 1 ? 'top' : 'right',
        ),
        markLine: years.includes(selected) ? yearMarker(theme, selected, theme.accent) : undefined,
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
