import { describe, expect, it } from 'vitest';
import { annualSeries, latestReading } from './poverty-rate';

const palembang = [
  { year: 2022, month: 0, value: 10.48 },
  { year: 2023, month: 0, value: 10.22 },
  { year: 2024, month: 0, value: 9.77 },
  { year: 2025, month: 0, value: 9.04 },
];

describe('annualSeries', () => {
  it('keeps the annual value, else the latest month, oldest first', () => {
    const series = annualSeries([
      { year: 2024, month: 9, value: 11.2 },
      { year: 2023, month: 3, value: 12 },
      { year: 2024, month: 3, value: 11.5 },
      { year: 2023, month: 0, value: 11.9 },
      { year: 2023, month: 9, value: 11.8 },
    ]);
    expect(series).toEqual([
      { year: 2023, month: 0, value: 11.9 },
      { year: 2024, month: 9, value: 11.2 },
    ]);
  });
});

describe('latestReading', () => {
  it('reads the chosen year against the year before', () => {
    const r = latestReading(palembang, 2024);
    expect(r).toMatchObject({ current: { year: 2024, value: 9.77 }, previous: { year: 2023 }, trend: 'down' });
    expect(r?.change).toBeCloseTo(-0.45, 10);
    expect(r?.isEarlierYear).toBe(false);
  });

  it('falls back to the newest year before the chosen one', () => {
    const r = latestReading(palembang, 2026);
    expect(r).toMatchObject({ current: { year: 2025 }, isEarlierYear: true, trend: 'down' });
  });

  it('has no trend when the year before is missing', () => {
    const r = latestReading(
      [
        { year: 2020, month: 0, value: 5 },
        { year: 2022, month: 0, value: 6 },
      ],
      2022,
    );
    expect(r).toMatchObject({ previous: null, change: null, trend: null });
  });

  it('says up and flat too', () => {
    expect(latestReading(palembang.slice(0, 1).concat({ year: 2023, month: 0, value: 11 }), 2023)?.trend).toBe('up');
    expect(
      latestReading(
        [
          { year: 2022, month: 0, value: 5 },
          { year: 2023, month: 0, value: 5 },
        ],
        2023,
      )?.trend,
    ).toBe('flat');
  });

  it('is null before the first value', () => {
    expect(latestReading(palembang, 2010)).toBeNull();
    expect(latestReading([], 2024)).toBeNull();
  });
});
