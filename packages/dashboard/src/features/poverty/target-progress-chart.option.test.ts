import { describe, expect, it } from 'vitest';
import { defaultChartTheme } from '../../lib/chart-theme';
import type { ProgressYear } from './target-progress';
import { buildTargetProgressChartOption } from './target-progress-chart.option';

// biome-ignore lint/suspicious/noExplicitAny: option unions, narrowed loosely for assertions.
type Loose = Record<string, any>;

// Padang Panjang's P0 target: 0,5 points a year from 5,24% in 2020 (the demo data).
const progress: ProgressYear[] = [
  { year: 2020, target: 5.24, actual: 5.24, gap: 0, status: 'ON_TRACK', actualSource: 'bps-p0-kabkota', actualSynthetic: false },
  { year: 2021, target: 4.74, actual: 5.92, gap: 0.249, status: 'AT_RISK', actualSource: 'bps-p0-kabkota', actualSynthetic: false },
  { year: 2024, target: 3.24, actual: 5.31, gap: 0.639, status: 'OFF_TRACK', actualSource: 'bps-p0-kabkota', actualSynthetic: false },
  { year: 2025, target: 2.74, actual: null, gap: null, status: null, actualSource: null, actualSynthetic: null },
];

const build = (actuals?: { year: number; value: number }[]) =>
  buildTargetProgressChartOption({
    actuals,
    progress,
    actualName: 'P0 (realisasi)',
    targetName: 'Jalur target',
    statusLabels: { ON_TRACK: 'Sesuai target', AT_RISK: 'Berisiko', OFF_TRACK: 'Tertinggal' },
    unitLabel: 'Persen (%)',
    padAxis: true,
    formatValue: (v) => `${String(v).replace('.', ',')}%`,
    formatTick: String,
    sourceLine: 'Sumber: BPS',
    selectedYear: 2024,
    theme: defaultChartTheme,
  }) as Loose;

describe('buildTargetProgressChartOption', () => {
  it('puts the history before the baseline and the path on one axis of years', () => {
    const option = build([
      { year: 2018, value: 5.88 },
      { year: 2020, value: 5.24 },
      { year: 2021, value: 5.92 },
      { year: 2024, value: 5.31 },
    ]);
    expect(option.xAxis.data).toEqual(['2018', '2020', '2021', '2024', '2025']);
    expect(option.series[0].data.map((d: Loose) => d.value)).toEqual([5.88, 5.24, 5.92, 5.31, null]);
    expect(option.series[1].data).toEqual([null, 5.24, 4.74, 3.24, 2.74]);
    expect(option.series[1].lineStyle.type).toBe('dashed');
  });

  it('marks each status year by shape and colour', () => {
    const data = build().series[0].data as Loose[];
    expect(data.map((d) => d.symbol)).toEqual(['circle', 'triangle', 'diamond', undefined]);
    expect(data[1]?.itemStyle.color).toBe('#E69F00');
    expect(data[2]?.itemStyle.color).toBe('#D55E00');
  });

  it('uses the actuals of the progress when no series is given', () => {
    expect(build().series[0].data.map((d: Loose) => d.value)).toEqual([5.24, 5.92, 5.31, null]);
  });

  it('says year, actual, target and status in the tooltip', () => {
    const text = build().tooltip.formatter([{ dataIndex: 1 }]);
    expect(text).toContain('2021');
    expect(text).toContain('5,92%');
    expect(text).toContain('4,74%');
    expect(text).toContain('Berisiko');
  });

  it('labels the last actual, marks the chosen year, and names unit and source', () => {
    const option = build();
    expect(option.series[0].label.formatter({ dataIndex: 2 })).toBe('5,31%');
    expect(option.series[0].label.formatter({ dataIndex: 0 })).toBe('');
    expect(option.series[0].markLine.data).toEqual([{ xAxis: '2024' }]);
    expect(option.yAxis.name).toBe('Persen (%)');
    expect(option.title.text).toBe('Sumber: BPS');
  });

  it('bounds the rate axis on round ticks around the data', () => {
    const { min, max, interval } = build().yAxis;
    expect(min).toBeLessThanOrEqual(2.74);
    expect(max).toBeGreaterThanOrEqual(5.92);
    expect(Number.isInteger(Math.round(((max - min) / interval) * 1e9) / 1e9)).toBe(true);
  });
});
