import { describe, expect, it } from 'vitest';
import { defaultChartTheme } from '../../lib/chart-theme';
import { buildIndicatorSeriesChartOption } from './indicator-series-chart.option';

// biome-ignore lint/suspicious/noExplicitAny: option unions, narrowed loosely for assertions.
type Loose = Record<string, any>;

describe('buildIndicatorSeriesChartOption', () => {
  const build = (series: { name: string; points: { year: number; value: number }[] }[], padAxis = true) =>
    buildIndicatorSeriesChartOption({
      series,
      unitLabel: 'Indeks',
      padAxis,
      formatValue: (v) => String(v).replace('.', ','),
      formatTick: String,
      sourceLine: 'Sumber: BPS',
      selectedYear: 2023,
      theme: defaultChartTheme,
    }) as Loose;

  it('draws P1 and P2 on one axis of years, told apart by line and symbol', () => {
    const option = build([
      {
        name: 'P1',
        points: [
          { year: 2015, value: 0.54 },
          { year: 2023, value: 0.7 },
        ],
      },
      {
        name: 'P2',
        points: [
          { year: 2016, value: 0.2 },
          { year: 2023, value: 0.19 },
        ],
      },
    ]);
    expect(option.xAxis.data).toEqual(['2015', '2016', '2023']);
    expect(option.series[0].data).toEqual([0.54, null, 0.7]);
    expect(option.series[1].data).toEqual([null, 0.2, 0.19]);
    expect(option.series[0].lineStyle.type).not.toBe(option.series[1].lineStyle.type);
    expect(option.series[0].symbol).not.toBe(option.series[1].symbol);
    expect(option.legend.show).toBe(true);
  });

  it('labels the last value of each line and marks the chosen year once', () => {
    const option = build([
      {
        name: 'GK',
        points: [
          { year: 2022, value: 1 },
          { year: 2023, value: 2 },
        ],
      },
    ]);
    expect(option.series[0].label.formatter({ dataIndex: 1 })).toBe('2');
    expect(option.series[0].label.formatter({ dataIndex: 0 })).toBe('');
    expect(option.series[0].markLine.data).toEqual([{ xAxis: '2023' }]);
    expect(option.legend.show).toBe(false);
    expect(option.yAxis.name).toBe('Indeks');
    expect(option.title.text).toBe('Sumber: BPS');
  });

  it('anchors amounts at zero', () => {
    expect(build([{ name: 'GK', points: [{ year: 2022, value: 543609 }] }], false).yAxis.min).toBe(0);
  });
});
