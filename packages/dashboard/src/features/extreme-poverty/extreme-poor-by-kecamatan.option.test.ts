import { describe, expect, it } from 'vitest';
import { defaultChartTheme } from '../../lib/chart-theme';
import { buildExtremePoorByKecamatanOption, kecamatanChartHeight } from './extreme-poor-by-kecamatan.option';

const rows = [
  { name: 'Ilir Timur Dua', extremePoorHouseholds: 1_234 },
  { name: 'Gandus', extremePoorHouseholds: 567 },
];

// biome-ignore lint/suspicious/noExplicitAny: option unions, narrowed loosely for assertions.
type Loose = Record<string, any>;

const option = buildExtremePoorByKecamatanOption({
  rows,
  unitLabel: 'KK',
  sourceLine: 'Sumber: Registri KK Pantau',
  seriesName: 'KK miskin ekstrem',
  hiddenText: 'disembunyikan',
  theme: defaultChartTheme,
}) as Loose;

describe('buildExtremePoorByKecamatanOption', () => {
  it('draws one horizontal bar per kecamatan, the largest on top', () => {
    expect(option.yAxis.type).toBe('category');
    expect(option.yAxis.inverse).toBe(true);
    expect(option.yAxis.data).toEqual(['Ilir Timur Dua', 'Gandus']);
    expect(option.series[0]).toMatchObject({ type: 'bar', data: [1_234, 567] });
  });

  it('labels bars and the tooltip with counts in the house style', () => {
    expect(option.series[0].label.formatter({ value: 1_234 })).toBe('1.234');
    expect(option.tooltip.formatter([{ dataIndex: 0 }])).toContain('1.234 KK');
  });

  it('names the unit and the source', () => {
    expect(option.xAxis.name).toBe('KK');
    expect(option.title).toMatchObject({ show: true, text: 'Sumber: Registri KK Pantau' });
  });

  it('leaves the source line out when there is none', () => {
    const bare = buildExtremePoorByKecamatanOption({
      rows,
      unitLabel: 'KK',
      sourceLine: '',
      seriesName: 'KK miskin ekstrem',
      hiddenText: 'disembunyikan',
      theme: defaultChartTheme,
    }) as Loose;
    expect(bare.title.show).toBe(false);
    expect(bare.grid.bottom).toBe(0);
  });

  it('draws no bar for a hidden count, and says "disembunyikan" where it would be', () => {
    const hidden = buildExtremePoorByKecamatanOption({
      rows: [...rows, { name: 'Bontang Barat', extremePoorHouseholds: null }],
      unitLabel: 'KK',
      sourceLine: '',
      seriesName: 'KK miskin ekstrem',
      hiddenText: 'disembunyikan',
      theme: defaultChartTheme,
    }) as Loose;
    expect(hidden.series[0].data[2]).toMatchObject({ value: 0, itemStyle: { opacity: 0 }, label: { formatter: 'disembunyikan' } });
    expect(hidden.tooltip.formatter([{ dataIndex: 2 }])).toContain('disembunyikan');
  });

  it('grows with the number of kecamatan', () => {
    expect(kecamatanChartHeight(18, defaultChartTheme)).toBeGreaterThan(kecamatanChartHeight(3, defaultChartTheme));
    expect(kecamatanChartHeight(0, defaultChartTheme)).toBe(160);
  });
});
