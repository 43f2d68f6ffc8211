import { describe, expect, it } from 'vitest';
import { rankPlaces } from './place-ranking';

describe('rankPlaces', () => {
  const rows = [
    { code: '64.74.01.1001', name: 'Bontang Kuala', extremePoorHouseholds: 0 },
    { code: '64.74.01.1002', name: 'Bontang Baru', extremePoorHouseholds: null },
    { code: '64.74.01.1003', name: 'Lok Tuan', extremePoorHouseholds: 2 },
    { code: '64.74.02.1002', name: 'Berbas Tengah', extremePoorHouseholds: 5 },
  ];

  it('puts a hidden count (1–4) between the shown counts and the zeros', () => {
    expect(rankPlaces(rows, 12).map((r) => r.name)).toEqual(['Berbas Tengah', 'Lok Tuan', 'Bontang Baru', 'Bontang Kuala']);
  });

  it('gives shares of the parent total, none for hidden counts', () => {
    const ranked = rankPlaces(rows, 10);
    expect(ranked[0]?.share).toBe(0.5);
    expect(ranked[2]?.share).toBeNull();
    expect(rankPlaces(rows, 0)[0]?.share).toBeCloseTo(5 / 7);
  });
});
