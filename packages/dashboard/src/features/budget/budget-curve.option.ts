// The cumulative S-curve of a fiscal year: planned disbursement against approved realisasi,
// month by month. Pure, so it is tested without a browser.
import type { ChartTheme } from '../../lib/chart-theme';
import type { ChartOption } from '../../lib/echarts';
import { formatRate, formatRupiah } from '../../lib/format';
import { type CurvePoint, lastReportedMonth, realisedLine } from './budget-curve';
import { escapeHtml, tooltipLine } from './chart-text';

export interface BudgetCurveInput {
  /** Months 1–12 in order. */
  points: readonly CurvePoint[];
  /** Budget ceiling of the programs in the curve, for the rates in the tooltip. */
  pagu: number;
  /** Month names for the axis, indexed by month − 1. */
  monthLabels: readonly string[];
  names: { planned: string; realised: string };
  /** Axis name with the unit, e.g. "Rupiah, kumulatif". */
  unitLabel: string;
  theme: ChartTheme;
}

export function buildBudgetCurveOption(input: BudgetCurveInput): ChartOption {
  const { theme, points, names, pagu } = input;
  const textStyle = { color: theme.text, fontFamily: theme.fontFamily, fontSize: theme.fontSize };
  const months = points.map((p) => input.monthLabels[p.month - 1] ?? String(p.month));
  const realised = realisedLine(points);
  const last = lastReportedMonth(points);
  const lastIndex = last === null ? -1 : points.findIndex((p) => p.month === last);
  const rate = (v: number) => (pagu > 0 ? ` (${formatRate(v / pagu)})` : '');

  return {
    backgroundColor: theme.background,
    color: [theme.primary, theme.accent],
    textStyle,
    animation: false,
    legend: {
      show: true,
      top: 0,
      right: 0,
      itemWidth: theme.fontSize * 2,
      itemHeight: theme.fontSize * 0.75,
      textStyle: { color: theme.text, fontFamily: theme.fontFamily, fontSize: theme.fontSize },
    },
    grid: {
      left: 0,
      right: theme.fontSize * 2,
      top: theme.fontSize * 4,
      bottom: 0,
      outerBoundsMode: 'same',
      outerBoundsContain: 'all',
    },
    tooltip: {
      trigger: 'axis',
      backgroundColor: theme.tooltipBackground,
      borderColor: theme.axisLine,
      textStyle,
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params : [params])[0] as { dataIndex?: number } | undefined;
        const i = first?.dataIndex;
        const point = i === undefined ? undefined : points[i];
        if (i === undefined || !point) return '';
        const lines = [`<div><b>${escapeHtml(months[i] ?? '')}</b></div>`];
        lines.push(tooltipLine(theme.accent, names.planned, `${formatRupiah(point.planned)}${rate(point.planned)}`));
        const value = realised[i];
        if (value !== null && value !== undefined)
          lines.push(tooltipLine(theme.primary, names.realised, `${formatRupiah(value)}${rate(value)}`));
        return lines.join('');
      },
    },
    xAxis: {
      type: 'category',
      data: months,
      boundaryGap: false,
      axisLine: { lineStyle: { color: theme.axisLine } },
      axisTick: { alignWithLabel: true, lineStyle: { color: theme.axisLine } },
      axisLabel: { color: theme.text, fontSize: theme.fontSize, hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      name: input.unitLabel,
      nameLocation: 'end',
      nameGap: theme.fontSize,
      nameTextStyle: { color: theme.mutedText, fontSize: theme.fontSize, align: 'left' },
      min: 0,
      max: pagu > 0 ? pagu : undefined,
      splitLine: { lineStyle: { color: theme.gridLine } },
      axisLabel: { color: theme.text, fontSize: theme.smallFontSize, formatter: (v: number) => formatRupiah(v) },
    },
    series: [
      {
        type: 'line',
        name: names.realised,
        data: realised,
        lineStyle: { width: theme.lineWidth, color: theme.primary },
        itemStyle: { color: theme.primary },
        symbol: 'circle',
        symbolSize: theme.symbolSize,
        z: 3,
        // Where the year stands: the last reported month, labelled on the line.
        label: {
          show: true,
          position: 'bottom',
          distance: theme.symbolSize,
          color: theme.text,
          fontSize: theme.fontSize,
          fontWeight: 'bold',
          formatter: ({ dataIndex }: { dataIndex: number }) =>
            dataIndex === lastIndex ? formatRupiah(realised[dataIndex] ?? Number.NaN) : '',
        },
      },
      {
        // Dashed, with hollow squares: told apart from the realisasi without relying on colour.
        type: 'line',
        name: names.planned,
        data: points.map((p) => p.planned),
        lineStyle: { width: theme.lineWidth * 0.8, color: theme.accent, type: 'dashed' },
        itemStyle: { color: theme.accent, borderColor: theme.accent },
        symbol: 'emptyRect',
        symbolSize: theme.symbolSize * 0.9,
        z: 2,
      },
    ],
  };
}
