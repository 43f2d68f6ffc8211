import { describe, expect, it } from 'vitest';
import { defaultChartTheme } from '../../lib/chart-theme';
import { axisLabel, budgetBreakdownHeight, buildBudgetBreakdownOption, PAGU_COLOR } from './budget-breakdown.option';

// biome-ignore lint/suspicious/noExplicitAny: option unions, narrowed loosely for assertions.
type Loose = Record<string, any>;

const rows = [
  {
    label: 'Klaster 1',
    pagu: 350_000_000,
    realisasi: 332_000_000,
    plannedCumulative: 350_000_000,
    absorptionRate: 332 / 350,
    plannedRate: 1,
  },
  { label: 'Klaster <2> & co', pagu: 1_200_000_000, realisasi: 0, plannedCumulative: 600_000_000, absorptionRate: 0, plannedRate: 0.5 },
];
const names = { pagu: 'Pagu', realisasi: 'Realisasi', planned: 'Rencana s.d. bulan', absorption: 'Penyerapan' };
const option = buildBudgetBreakdownOption({ rows, names, unitLabel: 'Rupiah', theme: defaultChartTheme }) as Loose;

describe('buildBudgetBreakdownOption', () => {
  it('draws the realisasi over the pagu, row by row, first row on top', () => {
    expect(option.yAxis).toMatchObject({ type: 'category', inverse: true, data: ['Klaster 1', 'Klaster <2> & co'] });
    const [pagu, realisasi, plan] = option.series;
    expect(pagu).toMatchObject({ type: 'bar', name: 'Pagu', data: [350_000_000, 1_200_000_000] });
    expect(pagu.itemStyle.color).toBe(PAGU_COLOR);
    expect(realisasi).toMatchObject({ type: 'bar', name: 'Realisasi', data: [332_000_000, 0], barGap: '-100%' });
    expect(plan).toMatchObject({ type: 'line', name: 'Rencana s.d. bulan', data: [350_000_000, 600_000_000], symbol: 'rect' });
    expect(plan.lineStyle.width).toBe(0);
  });

  it('labels each bar with its absorption and the axis in rupiah, the house style', () => {
    expect(option.series[0].label.formatter({ dataIndex: 0 })).toBe('94,9%');
    expect(option.xAxis.name).toBe('Rupiah');
    expect(option.xAxis.axisLabel.formatter(1_200_000_000)).toBe('Rp1,2 miliar');
  });

  it('explains a row in the tooltip, with names escaped', () => {
    const html: string = option.tooltip.formatter([{ dataIndex: 1 }]);
    expect(html).toContain('Klaster &lt;2&gt; &amp; co');
    expect(html).toContain('Rp1,2 miliar');
    expect(html).toContain('Rp600 juta');
    expect(html).toContain('0%');
    const first: string = option.tooltip.formatter([{ dataIndex: 0 }]);
    expect(first).toContain('Rp350 juta');
    expect(first).toContain('Rp332 juta');
    expect(first).toContain('94,9%');
  });

  it('cuts names to one line on a phone, so the bars keep their room', () => {
    const phone = buildBudgetBreakdownOption({ rows, names, unitLabel: 'Rupiah', theme: defaultChartTheme, compact: true }) as Loose;
    expect(phone.yAxis.axisLabel).toMatchObject({ overflow: 'truncate', ellipsis: '…' });
    expect(phone.yAxis.axisLabel.width).toBeLessThan(option.yAxis.axisLabel.width);
  });

  it('grows with the rows and cuts long names on the axis only', () => {
    expect(budgetBreakdownHeight(10, defaultChartTheme)).toBeGreaterThan(budgetBreakdownHeight(4, defaultChartTheme));
    expect(axisLabel('Pelatihan keterampilan kerja (menjahit, bengkel)')).toBe('Pelatihan keterampilan…');
    expect(axisLabel('Pendampingan keluarga berbasis RT (Tengok Tetangga)', 40)).toBe('Pendampingan keluarga berbasis RT…');
    expect(option.yAxis.axisLabel.overflow).toBe('break');
    expect(axisLabel('Klaster 1')).toBe('Klaster 1');
  });
});
