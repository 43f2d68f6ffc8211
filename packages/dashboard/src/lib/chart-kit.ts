// The blocks every chart option shares, built from the theme: base, text, legend, tooltip, axes,
// bar labels, the source line, and how a hidden value is drawn. Each *.option.ts builder keeps
// only what is its own (its series, its data, its scale) and takes the rest from here, so the
// charts read alike and a change of look is made once.
import type { ChartTheme } from './chart-theme';

/**
 * A bar for a value the API hid for privacy (docs/privacy.md): no bar at all (never a zero bar),
 * the word written where the bar would start. ECharts draws no label for a null datum, so it is
 * a transparent zero-length bar that carries the label; tooltips must read the row, not `value`.
 */
export function hiddenBar(theme: ChartTheme, text: string) {
  return {
    value: 0,
    hidden: true,
    itemStyle: { opacity: 0 },
    label: {
      show: true,
      position: 'right' as const,
      formatter: text,
      color: theme.mutedText,
      fontStyle: 'italic' as const,
      fontSize: theme.smallFontSize,
    },
  };
}

// Text that goes into ECharts' HTML tooltips: names come from the API (program names may hold
// "&" or "<"), so they are escaped before ECharts sets them as innerHTML.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for a tooltip's HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** One tooltip line: a colour mark, a name and a value. */
export function tooltipLine(color: string, name: string, value: string): string {
  const mark = `<span style="display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px;background:${color}"></span>`;
  return `<div>${mark}${escapeHtml(name)}: <b>${escapeHtml(value)}</b></div>`;
}

/** The chart's base text: the theme's colour, family and size. */
export function chartText(theme: ChartTheme) {
  return { color: theme.text, fontFamily: theme.fontFamily, fontSize: theme.fontSize };
}

/** The tooltip's box: the theme's background and border around the base text. */
export function tooltipBox(theme: ChartTheme) {
  return { backgroundColor: theme.tooltipBackground, borderColor: theme.axisLine, textStyle: chartText(theme) };
}

/** What every chart starts from: the theme's background and text, no animation, optional colours. */
export function chartBase(theme: ChartTheme, color?: readonly string[]) {
  return {
    backgroundColor: theme.background,
    ...(color ? { color: [...color] } : {}),
    textStyle: chartText(theme),
    animation: false,
  };
}

/**
 * The plot's box. ECharts 6: the box holds the plot with its axis labels and axis name, whatever
 * their width (what `containLabel` estimated before); the caller gives the room its labels,
 * legend and source line need.
 */
export function plotGrid(room: { left?: number; right?: number; top?: number; bottom?: number }) {
  return { left: 0, right: 0, top: 0, bottom: 0, ...room, outerBoundsMode: 'same' as const, outerBoundsContain: 'all' as const };
}

/** The source line inside the chart (bottom left), so a copied image or a slide keeps it. */
export function sourceTitle(theme: ChartTheme, text: string, width?: number) {
  const fit = width === undefined ? {} : { width, overflow: 'truncate' as const };
  return {
    show: text !== '',
    text,
    left: 0,
    bottom: 0,
    textStyle: {
      color: theme.mutedText,
      fontFamily: theme.fontFamily,
      fontSize: theme.smallFontSize,
      fontWeight: 'normal' as const,
      ...fit,
    },
  };
}

/**
 * The legend above the plot. Marks are sized to the text: wide and flat for lines (a dash shows),
 * squarer for bars.
 */
export function topLegend(theme: ChartTheme, { side = 'left', marks = 'line', data }: LegendLook = {}) {
  return {
    show: true,
    top: 0,
    ...(side === 'left' ? { left: 0 } : { right: 0 }),
    itemWidth: theme.fontSize * (marks === 'line' ? 2 : 1.5),
    itemHeight: theme.fontSize * (marks === 'line' ? 0.75 : 0.8),
    textStyle: chartText(theme),
    ...(data ? { data: [...data] } : {}),
  };
}

export interface LegendLook {
  side?: 'left' | 'right';
  marks?: 'line' | 'bar';
  /** Series names in the legend's order; all series when absent. */
  data?: readonly string[];
}

/** The row an axis tooltip stands on: ECharts hands a list of the series' points there, or one. */
export function pointedIndex(params: unknown): number | undefined {
  const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
  return first?.dataIndex;
}

/** The tooltip of a chart read by category: the box, and a shadow over the bar's row when asked. */
export function axisTooltip<F extends object>(theme: ChartTheme, text: F, { shadow = false } = {}) {
  return { trigger: 'axis' as const, ...(shadow ? { axisPointer: { type: 'shadow' as const } } : {}), ...tooltipBox(theme), ...text };
}

/**
 * The tooltip of a chart with one row of data per category: the row pointed at, described by the
 * builder (read from the row, never from `value`, which is 0 for a hidden bar).
 */
export function rowTooltip<R>(theme: ChartTheme, rows: readonly R[], describe: (row: R, index: number) => string, { shadow = true } = {}) {
  return axisTooltip(
    theme,
    {
      formatter: (params: unknown) => {
        const i = pointedIndex(params);
        const row = i === undefined ? undefined : rows[i];
        return i === undefined || row === undefined ? '' : describe(row, i);
      },
    },
    { shadow },
  );
}

/**
 * A category axis of years or months along the bottom: points on the ticks, labels that drop
 * rather than overlap. Shared by every series-over-time chart so they read alike.
 */
export function timeAxis(theme: ChartTheme, labels: readonly (string | number)[]) {
  return {
    type: 'category' as const,
    data: labels.map(String),
    boundaryGap: false,
    axisLine: { lineStyle: { color: theme.axisLine } },
    axisTick: { alignWithLabel: true, lineStyle: { color: theme.axisLine } },
    axisLabel: { color: theme.text, fontSize: theme.fontSize, hideOverlap: true, margin: theme.fontSize * 0.75 },
  };
}

/** The names down the side of a horizontal bar chart, the first row on top as in the table beside it. */
export function barCategoryAxis<L>(theme: ChartTheme, names: readonly string[], axisLabel: L) {
  return {
    type: 'category' as const,
    inverse: true,
    data: [...names],
    axisLine: { lineStyle: { color: theme.axisLine } },
    axisTick: { show: false },
    axisLabel,
  };
}

export interface ValueScale {
  min?: number;
  max?: number;
  /** A fixed step; without it ECharts picks round steps, about `splitNumber` of them. */
  interval?: number;
  splitNumber?: number;
  /** The smallest step: 1 for counts, so an axis never reads "0,5 KK". */
  minInterval?: number;
}

/**
 * A value axis with its unit as the name: at the top of a vertical axis, under a horizontal one.
 * Labels drop rather than overlap, and a scale from niceAxis puts no odd tick at either end.
 */
export function valueAxis(
  theme: ChartTheme,
  {
    name,
    format,
    scale = {},
    horizontal = false,
  }: { name: string; format: (v: number) => string; scale?: ValueScale; horizontal?: boolean },
) {
  const nameLook = horizontal
    ? {
        nameLocation: 'middle' as const,
        nameGap: theme.fontSize * 2,
        nameTextStyle: { color: theme.mutedText, fontSize: theme.smallFontSize },
      }
    : {
        nameLocation: 'end' as const,
        nameGap: theme.fontSize,
        nameTextStyle: { color: theme.mutedText, fontSize: theme.fontSize, align: 'left' as const },
      };
  return {
    type: 'value' as const,
    name,
    ...nameLook,
    ...scale,
    splitLine: { lineStyle: { color: theme.gridLine } },
    axisLabel: {
      color: horizontal ? theme.mutedText : theme.text,
      fontSize: horizontal ? theme.smallFontSize : theme.fontSize,
      hideOverlap: true,
      formatter: (v: number) => format(v),
    },
  };
}

/**
 * The value axis under horizontal bars: from zero, about four round steps, two on a phone, where
 * "Rp20 miliar" labels would run into each other.
 */
export function barValueAxis(theme: ChartTheme, name: string, format: (v: number) => string, compact = false) {
  return valueAxis(theme, { name, format, horizontal: true, scale: { min: 0, splitNumber: compact ? 2 : 4 } });
}

/**
 * A value axis around the data: bounds on whole multiples of a round interval (1, 2, 2,5 or 5 ×
 * 10ⁿ), so no odd extra tick sits at either end ("8, 9 … 21, 22"), about five steps, padded so a
 * fall from 0,9 to 0,5 is not flattened. `fromZero` keeps counts and amounts anchored at zero.
 */
export function niceAxis(values: readonly number[], fromZero = false): { min: number; max: number; interval: number } {
  if (values.length === 0) return { min: 0, max: 1, interval: 0.25 };
  const lo = fromZero ? 0 : Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || Math.abs(hi) || 1;
  const padded = fromZero ? { lo: 0, hi: hi + span * 0.05 } : { lo: lo - span * 0.12, hi: hi + span * 0.12 };
  const interval = roundStep((padded.hi - padded.lo) / 5);
  const round = (n: number) => Number(n.toPrecision(12));
  return {
    min: round(Math.max(0, Math.floor(padded.lo / interval) * interval)),
    max: round(Math.ceil(padded.hi / interval) * interval),
    interval: round(interval),
  };
}

/** The round step (1, 2, 2,5 or 5 × 10ⁿ) nearest, on a log scale, to `raw`. */
export function roundStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const candidates = [1, 2, 2.5, 5, 10].map((m) => m * magnitude);
  const step = candidates.reduce((best, c) => (Math.abs(Math.log(c / raw)) < Math.abs(Math.log(best / raw)) ? c : best));
  return Number(step.toPrecision(12));
}

/** Room right of the plot for the last point's label ("Rp660.705"), px. */
export function labelRoom(labels: readonly string[], fontSize: number): number {
  const longest = Math.max(0, ...labels.map((l) => l.length));
  // Bold digits run about 0,7 em wide.
  return Math.round(longest * fontSize * 0.7 + fontSize);
}

/**
 * The value written on a line's last point, right of it, clear of the marker (a symbol's width
 * away) and haloed in white so a crossing line or a target marker does not run through it.
 */
export function pointLabel(theme: ChartTheme, text: (dataIndex: number) => string, position: 'right' | 'top' | 'bottom' = 'right') {
  return {
    show: true,
    position,
    distance: theme.symbolSize * 1.5,
    color: theme.text,
    fontSize: theme.fontSize,
    fontWeight: 'bold' as const,
    textBorderColor: '#ffffff',
    textBorderWidth: 3,
    formatter: ({ dataIndex }: { dataIndex: number }) => text(dataIndex),
  };
}

/**
 * The value written right of a bar, haloed in white so a target line or a plan tick crossing the
 * bar's end does not run through it.
 */
export function barLabel(
  theme: ChartTheme,
  text: (item: { value: unknown; dataIndex: number }) => string,
  { small = false, bold = false } = {},
) {
  return {
    show: true,
    position: 'right' as const,
    color: theme.text,
    fontSize: small ? theme.smallFontSize : theme.fontSize,
    ...(bold ? { fontWeight: 'bold' as const } : {}),
    textBorderColor: '#ffffff',
    textBorderWidth: 3,
    formatter: (item: { value: unknown; dataIndex: number }) => text(item),
  };
}

/** The year chosen in the header, a vertical line labelled above the plot, clear of the points. */
export function yearMarker(theme: ChartTheme, year: string, color = theme.mutedText) {
  return {
    silent: true,
    symbol: 'none',
    lineStyle: { color, type: 'dotted' as const, width: 1.5 },
    label: {
      show: true,
      position: 'end' as const,
      distance: theme.smallFontSize * 0.4,
      formatter: year,
      color,
      fontSize: theme.smallFontSize,
    },
    data: [{ xAxis: year }],
  };
}
