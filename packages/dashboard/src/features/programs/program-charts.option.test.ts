import { describe, expect, it } from 'vitest';
import { defaultChartTheme } from '../../lib/chart-theme';
import { buildAchievementOption, buildCostPerHouseholdOption, programChartHeight, rateAxisMax } from './program-charts.option';

// biome-ignore lint/suspicious/noExplicitAny: option unions, narrowed loosely for assertions.
type Loose = Record<string, any>;

const rows = [
  { label: 'Bedah rumah', reachRate: 1, outputRate: 1, absorptionRate: 332 / 350 },
  { label: 'BLT miskin ekstrem', reachRate: 0.87, outputRate: null, absorptionRate: 0.758 },
];

describe('buildAchievementOption', () => {
  const names = { reach: 'KK terjangkau', output: 'Output', absorption: 'Serapan anggaran', target: 'Target', hidden: 'disembunyikan' };
  const option = buildAchievementOption({ rows, names, unitLabel: 'Persen dari target', theme: defaultChartTheme }) as Loose;

  it('draws three bars per program, against a 100% target line', () => {
    expect(option.yAxis.data).toEqual(['Bedah rumah', 'BLT miskin ekstrem']);
    expect(option.series.map((s: Loose) => s.name)).toEqual(['KK terjangkau', 'Output', 'Serapan anggaran']);
    expect(option.series[1].data).toEqual([1, null]);
    expect(option.series[0].markLine.data).toEqual([{ xAxis: 1 }]);
  });

  it('writes rates the Indonesian way, a dash for a missing target', () => {
    expect(option.series[2].label.formatter({ value: 332 / 350 })).toBe('94,9%');
    expect(option.series[1].label.formatter({ value: null })).toBe('–');
    expect(option.xAxis.axisLabel.formatter(0.5)).toBe('50%');
    expect(option.xAxis.name).toBe('Persen dari target');
    expect(option.tooltip.formatter([{ dataIndex: 1 }])).toContain('87%');
  });

  it('gives the bars room on a phone: names cut, fewer axis steps', () => {
    const phone = buildAchievementOption({
      rows,
      names,
      unitLabel: 'Persen dari target',
      theme: defaultChartTheme,
      compact: true,
    }) as Loose;
    expect(phone.yAxis.axisLabel.overflow).toBe('truncate');
    expect(phone.xAxis.interval).toBe(0.5);
    expect(option.yAxis.axisLabel.overflow).toBe('break');
  });

  it('widens the axis past 100% when a program overshoots', () => {
    expect(rateAxisMax(rows)).toBe(1);
    expect(rateAxisMax([{ label: 'x', reachRate: 1.3, outputRate: null, absorptionRate: null }])).toBe(1.5);
    expect(programChartHeight(4, 3, defaultChartTheme)).toBeGreaterThan(programChartHeight(1, 3, defaultChartTheme));
  });
});

describe('buildCostPerHouseholdOption', () => {
  const option = buildCostPerHouseholdOption({
    rows: [
      { label: 'BLT', costPerHousehold: 805_866 },
      { label: 'Bedah rumah', costPerHousehold: 47_428_571 },
      { label: 'Belum menjangkau', costPerHousehold: null },
    ],
    seriesName: 'Biaya per KK',
    hiddenText: 'disembunyikan',
    unitLabel: 'Rupiah per KK',
    theme: defaultChartTheme,
  }) as Loose;

  it('puts the dearest program on top, in rupiah', () => {
    expect(option.yAxis.data).toEqual(['Bedah rumah', 'BLT', 'Belum menjangkau']);
    expect(option.series[0].data).toEqual([47_428_571, 805_866, null]);
    expect(option.series[0].label.formatter({ value: 47_428_571 })).toBe('Rp47,4 juta');
    expect(option.tooltip.formatter([{ dataIndex: 1 }])).toContain('Rp805,9 ribu / KK');
    expect(option.xAxis.name).toBe('Rupiah per KK');
  });
});

describe('hidden household counts', () => {
  it('draws no bar for a hidden reach or cost, and writes "disembunyikan" where it would start', () => {
    const names = { reach: 'KK terjangkau', output: 'Output', absorption: 'Serapan', target: 'Target', hidden: 'disembunyikan' };
    const achievement = buildAchievementOption({
      rows: [{ label: 'Kecil', reachRate: null, reachHidden: true, outputRate: 0.5, absorptionRate: 0.4 }],
      names,
      unitLabel: '%',
      theme: defaultChartTheme,
    }) as Loose;
    const reach = achievement.series[0].data[0];
    expect(reach).toMatchObject({ value: 0, itemStyle: { opacity: 0 }, label: { formatter: 'disembunyikan' } });
    expect(achievement.tooltip.formatter([{ dataIndex: 0 }])).toContain('disembunyikan');
    const cost = buildCostPerHouseholdOption({
      rows: [{ label: 'Kecil', costPerHousehold: null, hidden: true }],
      seriesName: 'Biaya',
      hiddenText: 'disembunyikan',
      unitLabel: 'Rp',
      theme: defaultChartTheme,
    }) as Loose;
    expect(cost.series[0].data[0]).toMatchObject({ itemStyle: { opacity: 0 }, label: { formatter: 'disembunyikan' } });
    expect(cost.tooltip.formatter([{ dataIndex: 0 }])).toContain('disembunyikan');
  });
});
