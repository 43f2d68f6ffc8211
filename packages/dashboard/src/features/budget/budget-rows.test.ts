import { describe, expect, it } from 'vitest';
import { budgetTotals, groupingParam, parseGrouping, parseMonth, realSourceNotes } from './budget-rows';

describe('budgetTotals', () => {
  it("sums Muba 2018's Klaster 1 to Rp350 juta / Rp332 juta, 94,9%", () => {
    const totals = budgetTotals([{ pagu: 350_000_000, realisasi: 332_000_000, plannedCumulative: 350_000_000 }]);
    expect(totals.absorptionRate).toBeCloseTo(0.9486, 4);
    expect(totals.plannedRate).toBe(1);
    expect(totals.planGap).toBeCloseTo(18 / 350, 6);
  });

  it('sums several rows', () => {
    const totals = budgetTotals([
      { pagu: 100, realisasi: 40, plannedCumulative: 50 },
      { pagu: 300, realisasi: 160, plannedCumulative: 150 },
    ]);
    expect(totals).toMatchObject({ pagu: 400, realisasi: 200, plannedCumulative: 200, absorptionRate: 0.5, plannedRate: 0.5, planGap: 0 });
  });

  it('has no rates without pagu and no gap without a plan', () => {
    expect(budgetTotals([])).toEqual({
      pagu: 0,
      realisasi: 0,
      plannedCumulative: 0,
      absorptionRate: null,
      plannedRate: null,
      planGap: 0,
    });
  });
});

describe('grouping and month in the URL', () => {
  it('reads the Indonesian parameter values and falls back to clusters', () => {
    expect(parseGrouping('opd')).toBe('OPD');
    expect(parseGrouping('program')).toBe('PROGRAM');
    expect(parseGrouping('klaster')).toBe('CLUSTER');
    expect(parseGrouping(null)).toBe('CLUSTER');
    expect(parseGrouping('OPD')).toBe('CLUSTER');
    expect(groupingParam('OPD')).toBe('opd');
  });

  it('reads a month 1–12, else null (the latest reported month)', () => {
    expect(parseMonth('6')).toBe(6);
    expect(parseMonth('12')).toBe(12);
    expect(parseMonth('0')).toBeNull();
    expect(parseMonth('13')).toBeNull();
    expect(parseMonth('juni')).toBeNull();
    expect(parseMonth(null)).toBeNull();
  });
});

describe('realSourceNotes', () => {
  it('names the source of each real program once, by publisher, and none for synthetic ones', () => {
    expect(
      realSourceNotes([
        {
          code: 'K1-2018-DINSOS',
          synthetic: false,
          sourceNote: 'article-004-muba: pagu Rp350 juta',
          source: { publisher: 'Pemberitaan Pemkab Musi Banyuasin' },
        },
        {
          code: 'K1-2018-DINSOS',
          synthetic: false,
          sourceNote: 'article-004-muba: pagu Rp350 juta',
          source: { publisher: 'Pemberitaan Pemkab Musi Banyuasin' },
        },
        { code: 'K4-RTLH', synthetic: true, sourceNote: 'made up' },
        { code: 'K2-X', synthetic: false, sourceNote: null },
      ]),
    ).toEqual(['K1-2018-DINSOS: Pemberitaan Pemkab Musi Banyuasin: pagu Rp350 juta']);
  });

  it('never shows a source id, even when the API names no source', () => {
    expect(realSourceNotes([{ code: 'K1', synthetic: false, sourceNote: 'article-002-bontang (tanggal sesuai cetakan)' }])).toEqual([
      'K1: tanggal sesuai cetakan',
    ]);
  });
});
