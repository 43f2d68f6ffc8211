import { describe, expect, it } from 'vitest';
import { trendBars, trendChange } from './priority-trend';

// Lok Tuan: 6 KK reported in 2024 (suarakaltim), then the registry (synthetic in the demo).
const lokTuan = [
  { year: 2026, households: 2, synthetic: true },
  { year: 2024, households: 6, synthetic: false },
  { year: 2025, households: 4, synthetic: true },
];

describe('trendBars', () => {
  it('orders the years and scales the bars to the tallest', () => {
    expect(trendBars(lokTuan).map((b) => [b.year, b.height, b.synthetic])).toEqual([
      [2024, 100, false],
      [2025, 67, true],
      [2026, 33, true],
    ]);
  });

  it('keeps zero-height bars when every year is zero', () => {
    expect(trendBars([{ year: 2026, households: 0, synthetic: true }])[0]?.height).toBe(0);
  });
});

describe('trendChange', () => {
  it('gives the change from the first year to the last', () => {
    expect(trendChange(lokTuan)).toMatchObject({ change: -4, from: { year: 2024 }, to: { year: 2026 } });
    expect(trendChange([lokTuan[0]!])).toBeNull();
  });
});

describe('hidden years', () => {
  // Lok Tuan for the mayor: the 2024 news count is public, the registry's 2 now is hidden.
  const hidden = [
    { year: 2024, households: 6, synthetic: false },
    { year: 2026, households: null, synthetic: true },
  ];

  it('draws no bar for a hidden year, not a zero', () => {
    expect(trendBars(hidden).map((b) => [b.year, b.height])).toEqual([
      [2024, 100],
      [2026, null],
    ]);
  });

  it('gives no change when an end is hidden', () => {
    expect(trendChange(hidden)).toBeNull();
  });
});
