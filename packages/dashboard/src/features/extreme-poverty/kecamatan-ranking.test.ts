import { describe, expect, it } from 'vitest';
import { rankKecamatan } from './kecamatan-ranking';

const rows = [
  { code: '16.71.01', name: 'Ilir Barat Dua', extremePoorHouseholds: 300 },
  { code: '16.71.06', name: 'Ilir Timur Dua', extremePoorHouseholds: 900 },
  { code: '16.71.02', name: 'Gandus', extremePoorHouseholds: 300 },
];

describe('rankKecamatan', () => {
  it('orders from most to fewest, ties by name, with shares of the region total', () => {
    const ranked = rankKecamatan(rows, 2_000);
    expect(ranked.map((r) => r.name)).toEqual(['Ilir Timur Dua', 'Gandus', 'Ilir Barat Dua']);
    expect(ranked[0]?.share).toBe(0.45);
  });

  it('uses the sum when the region total is zero, and null shares when all are zero', () => {
    expect(rankKecamatan(rows, 0)[0]?.share).toBe(0.6);
    expect(rankKecamatan([{ code: 'a', name: 'A', extremePoorHouseholds: 0 }], 0)[0]?.share).toBeNull();
  });

  it('does not reorder its input', () => {
    rankKecamatan(rows, 1_500);
    expect(rows[0]?.name).toBe('Ilir Barat Dua');
  });
});
