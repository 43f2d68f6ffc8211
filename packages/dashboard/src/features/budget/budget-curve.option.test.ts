import { describe, expect, it } from 'vitest';
import { defaultChartTheme } from '../../lib/chart-theme';
import { buildBudgetCurveOption } from './budget-curve.option';
import { MONTHS, monthName } from './months';

// biome-ignore lint/suspicious/noExplicitAny: option unions, narrowed loosely for assertions.
type Loose = Record<string, any>;

// Muba 2018, Klaster 1: Rp350 juta planned by December, Rp332 juta realised.
const points = MONTHS.map((month) => ({
  month,
  planned: Math.round((350_000_000 * month) / 12),
  realised: month <= 10 ? Math.round((300_000_000 * month) / 12) : 250_000_000,
  reported: month <= 10,
}));
const option = buildBudgetCurveOption({
  points,
  pagu: 350_000_000,
  monthLabels: MONTHS.map((m) => monthName(m, 'id', 'short')),
  names: { planned: 'Rencana', realised: 'Realisasi' },
  unitLabel: 'Rupiah, kumulatif',
  theme: defaultChartTheme,
}) as Loose;

describe('buildBudgetCurveOption', () => {
  it('draws twelve months, plan against realisasi', () => {
    expect(option.xAxis.data).toHaveLength(12);
    expect(option.xAxis.data[4]).toBe('Mei');
    const [realised, planned] = option.series;
    expect(planned).toMatchObject({ type: 'line', name: 'Rencana' });
    expect(planned.lineStyle.type).toBe('dashed');
    expect(planned.data[11]).toBe(350_000_000);
    expect(realised).toMatchObject({ type: 'line', name: 'Realisasi' });
  });

  it('stops the realisasi at the last reported month and labels it', () => {
    const realised = option.series[0];
    expect(realised.data[9]).toBe(250_000_000);
    expect(realised.data[10]).toBeNull();
    expect(realised.label.formatter({ dataIndex: 9 })).toBe('Rp250 juta');
    expect(realised.label.formatter({ dataIndex: 3 })).toBe('');
    // October is not near the plot's right edge: the label centres below its point.
    expect(realised.label.align).toBeUndefined();
  });

  it("ends a December label at its point, so the plot's edge does not cut it", () => {
    const december = buildBudgetCurveOption({
      points: points.map((p) => ({ ...p, reported: true })),
      pagu: 350_000_000,
      monthLabels: MONTHS.map((m) => monthName(m, 'id', 'short')),
      names: { planned: 'Rencana', realised: 'Realisasi' },
      unitLabel: 'Rupiah, kumulatif',
      theme: defaultChartTheme,
    }) as Loose;
    const realised = december.series[0];
    expect(realised.label.formatter({ dataIndex: 11 })).not.toBe('');
    expect(realised.label).toMatchObject({ position: 'bottom', align: 'right' });
  });

  it('names the unit, tops the axis at the pagu, and gives rates in the tooltip', () => {
    expect(option.yAxis).toMatchObject({ name: 'Rupiah, kumulatif', min: 0, max: 350_000_000 });
    expect(option.yAxis.axisLabel.formatter(350_000_000)).toBe('Rp350 juta');
    const html: string = option.tooltip.formatter([{ dataIndex: 11 }]);
    expect(html).toContain('Des');
    expect(html).toContain('Rp350 juta (100%)');
    expect(html).not.toContain('Realisasi');
  });
});
