// One or more annual series of the same unit on one axis of years (P1 beside P2, the poverty
// line, the poor population), as a pure ECharts option.
import { type ChartTheme, yearCategoryAxis } from '../../lib/chart-theme';
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

/**
 * A value axis around the data: bounds on whole multiples of a round interval (1, 2, 2,5 or 5 ×
 * 10ⁿ), so no odd extra tick sits at either end, padded so a fall from 0,9 to 0,5 is not flattened.
 * `fromZero` keeps counts and amounts anchored at zero.
 */
export function niceAxis(values: readonly number[], fromZero = false): { min: number; max: number; interval: number } {
  if (values.length === 0) return { min: 0, max: 1, interval: 0.25 };
  const lo = fromZero ? 0 : Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || Math.abs(hi) || 1;
  const padded = fromZero ? { lo: 0, hi: hi + span * 0.05 } : { lo: lo - span * 0.12, hi: hi + span * 0.12 };
  // About five steps; the round interval nearest (on a log scale) to a fifth of the range.
  const raw = (padded.hi - padded.lo) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const candidates = [1, 2, 2.5, 5, 10].map((m) => m * magnitude);
  const interval = candidates.reduce((best, c) => (Math.abs(Math.log(c / raw)) < Math.abs(Math.log(best / raw)) ? c : best));
  const round = (n: number) => Number(n.toPrecision(12));
  return {
    min: round(Math.max(0, Math.floor(padded.lo / interval) * interval)),
    max: round(Math.ceil(padded.hi / interval) * interval),
    interval: round(interval),
  };
}

/** Room right of the plot for the last point's label ("Rp660.705"), px. */
export function labelRoom(labels: readonly string[], fontSize: number): number {
  const longest = Math.max(0, ...labels.map((l) => l.length));
  // Bold digits run about 0,7 em wide.
  return Math.round(longest * fontSize * 0.7 + fontSize);
}

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
  const textStyle = { color: theme.text, fontFamily: theme.fontFamily, fontSize: theme.fontSize };
  const selected = String(input.selectedYear);
  const many = input.series.length > 1;

  return {
    backgroundColor: theme.background,
    color: [...theme.palette],
    textStyle,
    animation: false,
    title: {
      text: input.sourceLine,
      show: input.sourceLine !== '',
      left: 0,
      bottom: 0,
      textStyle: { color: theme.mutedText, fontFamily: theme.fontFamily, fontSize: theme.smallFontSize, fontWeight: 'normal' },
    },
    grid: {
      left: 0,
      right: labelRoom(lastLabels, theme.fontSize),
      top: many ? theme.fontSize * 3.5 : theme.fontSize * 2,
      bottom: input.sourceLine ? theme.smallFontSize * 2.5 : 0,
      outerBoundsMode: 'same',
      outerBoundsContain: 'all',
    },
    legend: many
      ? {
          show: true,
          top: 0,
          left: 0,
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
      valueFormatter: (v) => (typeof v === 'number' ? input.formatValue(v) : '–'),
    },
    xAxis: yearCategoryAxis(theme, categories),
    yAxis: {
      type: 'value',
      name: input.unitLabel,
      nameLocation: 'end',
      nameGap: theme.fontSize,
      nameTextStyle: { color: theme.mutedText, fontSize: theme.fontSize, align: 'left' },
      min: axis.min,
      max: axis.max,
      interval: axis.interval,
      splitLine: { lineStyle: { color: theme.gridLine } },
      axisLabel: { color: theme.text, fontSize: theme.fontSize, hideOverlap: true, formatter: (v: number) => input.formatTick(v) },
    },
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
        label: {
          show: true,
          position: 'right' as const,
          distance: theme.symbolSize,
          color: theme.text,
          fontSize: theme.fontSize,
          fontWeight: 'bold' as const,
          formatter: ({ dataIndex }: { dataIndex: number }) => {
            const v = data[dataIndex];
            return dataIndex === lastIndex && v != null ? input.formatValue(v) : '';
          },
        },
        markLine:
          i === 0 && categories.includes(selected)
            ? {
                silent: true,
                symbol: 'none',
                lineStyle: { color: theme.mutedText, type: 'dotted' as const, width: 1.5 },
                label: { show: true, formatter: selected, color: theme.mutedText, fontSize: theme.smallFontSize },
                data: [{ xAxis: selected }],
              }
            : undefined,
      };
    }),
  };
}
