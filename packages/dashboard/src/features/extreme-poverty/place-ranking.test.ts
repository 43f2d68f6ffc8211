import { describe, expect, it } from 'vitest';
import { provenLargest, rankPlaces } from './place-ranking';

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

describe('provenLargest', () => {
  const place = (code: string, extremePoorHouseholds: number | null) => ({ code, name: code, extremePoorHouseholds });

  it('names the largest shown count when nothing is hidden, none when all are zero', () => {
    expect(provenLargest([place('64.74.01.1001', 2), place('64.74.01.1002', 7)], new Set())?.code).toBe('64.74.01.1002');
    expect(provenLargest([place('64.74.01.1001', 0)], new Set())).toBeUndefined();
  });

  it('names it beside hidden counts only when it is 5 or more and each such kecamatan shows an ordinary count', () => {
    const rows = [place('64.74.01.1001', null), place('64.74.01.1002', null), place('64.74.01.1003', 6), place('64.74.02.1001', 9)];
    expect(provenLargest(rows, new Set())?.code).toBe('64.74.02.1001');
    // 64.74.01 shows only a priority place: its hidden pair may hold more than 9.
    expect(provenLargest(rows, new Set(['64.74.01.1003']))).toBeUndefined();
    expect(provenLargest([place('64.74.01.1001', null), place('64.74.01.1003', 4)], new Set())).toBeUndefined();
  });
});
