// A target path beside the actuals, each year's status marked by colour AND shape, as a pure
// ECharts option (tested without a browser).
import {
  chartBase,
  escapeHtml,
  labelRoom,
  niceAxis,
  plotGrid,
  pointLabel,
  rowTooltip,
  sourceTitle,
  timeAxis,
  topLegend,
  valueAxis,
  yearMarker,
} from '../../lib/chart-kit';
import type { ChartTheme } from '../../lib/chart-theme';
import type { ChartOption } from '../../lib/echarts';
import { type ProgressYear, STATUS_LOOK, type TargetStatus } from './target-progress';

export interface TargetProgressChartInput {
  /** The published series (P0 from 2010), oldest first; without it the actuals of `progress` are drawn. */
  actuals?: readonly { year: number; value: number }[] | undefined;
  progress: readonly ProgressYear[];
  actualName: string;
  targetName: string;
  /** Status words for the tooltip. */
  statusLabels: Readonly<Record<TargetStatus, string>>;
  /** Axis name with the unit, e.g. "Persen (%)". */
  unitLabel: string;
  /** Whether the value axis may start above zero (rates) or must start at zero (counts). */
  padAxis: boolean;
  /** A value in its unit, for the tooltip and the last point's label. */
  formatValue: (v: number) => string;
  /** An axis tick. */
  formatTick: (v: number) => string;
  /** The source line inside the chart, so a copied image keeps it. */
  sourceLine: string;
  selectedYear: number;
  theme: ChartTheme;
}

interface PointItem {
  value: number | null;
  symbol?: string;
  symbolSize?: number;
  itemStyle?: { color: string; borderColor: string; borderWidth: number };
}

export function buildTargetProgressChartOption(input: TargetProgressChartInput): ChartOption {
  const { theme, progress } = input;
  const actualPoints = input.actuals ?? progress.filter((p) => p.actual !== null).map((p) => ({ year: p.year, value: p.actual! }));
  const years = [...new Set([...actualPoints.map((p) => p.year), ...progress.map((p) => p.year)])].sort((a, b) => a - b);
  const categories = years.map(String);
  const actualByYear = new Map(actualPoints.map((p) => [p.year, p.value]));
  const progressByYear = new Map(progress.map((p) => [p.year, p]));

  const actualData: PointItem[] = years.map((year) => {
    const value = actualByYear.get(year) ?? progressByYear.get(year)?.actual ?? null;
    const status = progressByYear.get(year)?.status ?? null;
    if (value === null || !status) return { value };
    const look = STATUS_LOOK[status];
    // A bigger marker with a white rim: the status years stand out from the history before them.
    return {
      value,
      symbol: look.symbol,
      symbolSize: theme.symbolSize * 2,
      itemStyle: { color: look.color, borderColor: '#ffffff', borderWidth: 1.5 },
    };
  });
  const targetData = years.map((year) => progressByYear.get(year)?.target ?? null);
  const lastIndex = actualData.findLastIndex((p) => p.value !== null);

  const all = [...actualData.map((p) => p.value), ...targetData].filter((v): v is number => v !== null);
  const axis = niceAxis(all, !input.padAxis);
  const lastActual = actualData[lastIndex]?.value;
  const selected = String(input.selectedYear);

  return {
    ...chartBase(theme, [theme.primary, theme.text]),
    title: sourceTitle(theme, input.sourceLine),
    grid: plotGrid({
      right: labelRoom([lastActual != null ? input.formatValue(lastActual) : ''], theme.fontSize),
      top: theme.fontSize * 3.5,
      bottom: input.sourceLine ? theme.smallFontSize * 2.5 : 0,
    }),
    legend: topLegend(theme, { data: [input.actualName, input.targetName] }),
    tooltip: rowTooltip(
      theme,
      years,
      (year, index) => {
        const actual = actualData[index]?.value ?? null;
        const target = targetData[index] ?? null;
        const status = progressByYear.get(year)?.status ?? null;
        const lines = [`<strong>${year}</strong>`];
        if (actual !== null) lines.push(`${escapeHtml(input.actualName)}: <strong>${escapeHtml(input.formatValue(actual))}</strong>`);
        if (target !== null) lines.push(`${escapeHtml(input.targetName)}: ${escapeHtml(input.formatValue(target))}`);
        if (status) lines.push(`${STATUS_LOOK[status].icon} ${escapeHtml(input.statusLabels[status])}`);
        return lines.join('<br/>');
      },
      { shadow: false },
    ),
    xAxis: timeAxis(theme, categories),
    yAxis: valueAxis(theme, { name: input.unitLabel, scale: axis, format: input.formatTick }),
    series: [
      {
        type: 'line',
        name: input.actualName,
        data: actualData,
        connectNulls: true,
        lineStyle: { width: theme.lineWidth, color: theme.primary },
        itemStyle: { color: theme.primary },
        symbol: 'circle',
        symbolSize: theme.symbolSize,
        z: 3,
        // Every point drawn on a narrow screen too: the last one carries the value label.
        showAllSymbol: true,
        // Above the last actual when the target path runs on past it, clear of its next marker.
        label: pointLabel(
          theme,
          (index) => {
            const v = actualData[index]?.value;
            return index === lastIndex && v != null ? input.formatValue(v) : '';
          },
          lastIndex < years.length - 1 ? 'top' : 'right',
        ),
        markLine: categories.includes(selected) ? yearMarker(theme, selected) : undefined,
      },
      {
        type: 'line',
        name: input.targetName,
        data: targetData,
        // Dashed, dark and with hollow squares: the path reads apart from the actuals in grey print too.
        lineStyle: { width: theme.lineWidth * 0.8, color: theme.text, type: 'dashed' },
        itemStyle: { color: theme.text, borderColor: theme.text },
        symbol: 'emptyRect',
        symbolSize: theme.symbolSize * 0.9,
        z: 2,
      },
    ],
  };
}
