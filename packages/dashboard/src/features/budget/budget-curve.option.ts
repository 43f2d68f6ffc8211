// The cumulative S-curve of a fiscal year: planned disbursement against approved realisasi,
// month by month. Pure, so it is tested without a browser.
import { chartBase, escapeHtml, plotGrid, pointLabel, rowTooltip, timeAxis, tooltipLine, topLegend, valueAxis } from '../../lib/chart-kit';
import type { ChartTheme } from '../../lib/chart-theme';
import type { ChartOption } from '../../lib/echarts';
import { formatRate, formatRupiah } from '../../lib/format';
import { type CurvePoint, lastReportedMonth, realisedLine } from './budget-curve';

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
  const months = points.map((p) => input.monthLabels[p.month - 1] ?? String(p.month));
  const realised = realisedLine(points);
  const last = lastReportedMonth(points);
  const lastIndex = last === null ? -1 : points.findIndex((p) => p.month === last);
  const rate = (v: number) => (pagu > 0 ? ` (${formatRate(v / pagu)})` : '');

  return {
    ...chartBase(theme, [theme.primary, theme.accent]),
    legend: topLegend(theme, { side: 'right' }),
    // Room under the months: the axis labels alone reach the box's lower edge, where a slide cuts them.
    grid: plotGrid({ right: theme.fontSize * 2, top: theme.fontSize * 4, bottom: theme.fontSize }),
    tooltip: rowTooltip(
      theme,
      points,
      (point, i) => {
        const lines = [`<div><b>${escapeHtml(months[i] ?? '')}</b></div>`];
        lines.push(tooltipLine(theme.accent, names.planned, `${formatRupiah(point.planned)}${rate(point.planned)}`));
        const value = realised[i];
        if (value !== null && value !== undefined)
          lines.push(tooltipLine(theme.primary, names.realised, `${formatRupiah(value)}${rate(value)}`));
        return lines.join('');
      },
      { shadow: false },
    ),
    xAxis: timeAxis(theme, months),
    // Up to the pagu, in quarters of it: no odd tick crowds the top ("Rp300 juta" under "Rp350 juta").
    yAxis: valueAxis(theme, {
      name: input.unitLabel,
      scale: pagu > 0 ? { min: 0, max: pagu, interval: pagu / 4 } : { min: 0, splitNumber: 4 },
      format: formatRupiah,
    }),
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
        // Where the year stands: the last reported month, labelled below its point (the plan's
        // dashed line runs above a curve that lags it); near the year's end the label ends at its
        // point instead of centring on it, or the plot's edge cuts it ("Rp85,5 milia").
        label: {
          ...pointLabel(theme, (i) => (i === lastIndex ? formatRupiah(realised[i] ?? Number.NaN) : ''), 'bottom'),
          ...(lastIndex >= points.length - 2 ? { align: 'right' as const } : {}),
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
