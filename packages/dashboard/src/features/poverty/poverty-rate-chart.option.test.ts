import { describe, expect, it } from 'vitest';
import { defaultChartTheme } from '../../lib/chart-theme';
import { buildPovertyRateChartOption, chartPoints } from './poverty-rate-chart.option';

const points = [
  { year: 2007, value: 8.98 },
  { year: 2008, value: 16.66 },
  { year: 2010, value: 15 },
  { year: 2015, value: 12.85 },
  { year: 2024, value: 9.77 },
  { year: 2025, value: 9.04 },
];

const build = (selectedYear = 2024) =>
  buildPovertyRateChartOption({
    points,
    selectedYear,
    unitLabel: 'Persen (%)',
    sourceLine: 'Sumber: Badan Pusat Statistik',
    seriesName: 'P0',
    theme: defaultChartTheme,
  });

// Narrow the option's union types for assertions.
// biome-ignore lint/suspicious/noExplicitAny: option unions, narrowed loosely for assertions.
type Loose = Record<string, any>;

describe('buildPovertyRateChartOption', () => {
  it('starts at 2010, after the 2008 series break', () => {
    expect(chartPoints(points).map((p) => p.year)).toEqual([2010, 2015, 2024, 2025]);
    const option = build() as Loose;
    expect(option.xAxis.data).toEqual(['2010', '2015', '2024', '2025']);
    expect(option.series[0].data).toEqual([15, 12.85, 9.77, 9.04]);
  });

  it('names the unit on the axis and the source in the chart', () => {
    const option = build() as Loose;
    expect(option.yAxis.name).toBe('Persen (%)');
    expect(option.title.text).toBe('Sumber: Badan Pusat Statistik');
  });

  it('pads the value axis around the data instead of starting at zero', () => {
    const option = build() as Loose;
    expect(option.yAxis.min).toBe(8);
    expect(option.yAxis.max).toBe(16);
    expect(option.yAxis.axisLabel.formatter(12)).toBe('12');
  });

  it('formats values the house way and labels only the last point', () => {
    const option = build() as Loose;
    expect(option.tooltip.valueFormatter(9.77)).toBe('9,77%');
    const label = option.series[0].label.formatter;
    expect(label({ dataIndex: 3 })).toBe('9,04%');
    expect(label({ dataIndex: 0 })).toBe('');
  });

  it('marks the chosen year when it is on the axis', () => {
    expect((build(2024) as Loose).series[0].markLine.data).toEqual([{ xAxis: '2024' }]);
    expect((build(2012) as Loose).series[0].markLine).toBeUndefined();
  });

  it('takes its colours from the theme', () => {
    const option = build() as Loose;
    expect(option.series[0].lineStyle.color).toBe(defaultChartTheme.primary);
    expect(option.color).toEqual([...defaultChartTheme.palette]);
  });

  it('copes with an empty series', () => {
    const option = buildPovertyRateChartOption({
      points: [],
      selectedYear: 2024,
      unitLabel: '%',
      sourceLine: '',
      seriesName: 'P0',
      theme: defaultChartTheme,
    }) as Loose;
    expect(option.series[0].data).toEqual([]);
  });

  it('draws a target path beside the actuals on one axis of years', () => {
    const option = buildPovertyRateChartOption({
      points,
      selectedYear: 2025,
      unitLabel: '%',
      sourceLine: '',
      seriesName: 'P0',
      target: {
        name: 'Target',
        points: [
          { year: 2020, value: 10.89 },
          { year: 2025, value: 8.43 },
          { year: 2026, value: 8.01 },
        ],
      },
      theme: defaultChartTheme,
    }) as Loose;
    expect(option.xAxis.data).toEqual(['2010', '2015', '2020', '2024', '2025', '2026']);
    expect(option.series[0].data).toEqual([15, 12.85, null, 9.77, 9.04, null]);
    expect(option.series[1].data).toEqual([null, null, 10.89, null, 8.43, 8.01]);
    expect(option.series[1].lineStyle.type).toBe('dashed');
    expect(option.legend.show).toBe(true);
    // The label sits on the last actual value, not on the last category.
    expect(option.series[0].label.formatter({ dataIndex: 4 })).toBe('9,04%');
    expect(option.series[0].label.formatter({ dataIndex: 5 })).toBe('');
    // 7,005 → 7 would sit alone under 8 on an axis labelled every 2 points: the bound is even.
    expect(option.yAxis.min).toBe(6);
    expect(option.yAxis.max).toBe(16);
  });
});
