import { describe, expect, it } from 'vitest';
import { outcomeSources, outcomeTotals } from './outcome-sources';

describe('outcomeSources', () => {
  it("names where each program's reach comes from, and the real programs' sources", () => {
    expect(
      outcomeSources([
        {
          source: 'APPROVED_REPORTS',
          program: {
            code: 'K1-2018-DINSOS',
            synthetic: false,
            sourceNote: 'article-004-muba',
            source: { publisher: 'Pemberitaan Pemkab Musi Banyuasin' },
          },
        },
        { source: 'BENEFIT_RECORDS', program: { code: 'K1-BLT', synthetic: true, sourceNote: null } },
      ]),
    ).toEqual({
      fromRecords: 1,
      fromReports: ['K1-2018-DINSOS'],
      synthetic: true,
      notes: ['K1-2018-DINSOS: Pemberitaan Pemkab Musi Banyuasin'],
    });
  });
});

describe('outcomeTotals', () => {
  it("sums Muba 2018's bedah rumah: Rp332 juta for 7 houses, Rp47,4 juta each", () => {
    const totals = outcomeTotals([{ pagu: 350_000_000, realisasi: 332_000_000, beneficiariesReached: 7, beneficiaryTarget: 7 }]);
    expect(totals).toMatchObject({ pagu: 350_000_000, realisasi: 332_000_000, reached: 7, target: 7, reachRate: 1 });
    expect(totals.costPerHousehold).toBe(47_428_571);
  });

  it('leaves hidden programs out of reach, rate and cost instead of counting them as zero', () => {
    const totals = outcomeTotals([
      { pagu: 100, realisasi: 80, beneficiariesReached: 40, beneficiaryTarget: 50 },
      { pagu: 300, realisasi: 60, beneficiariesReached: null, beneficiaryTarget: 10 },
    ]);
    expect(totals).toMatchObject({
      pagu: 400,
      realisasi: 140,
      reached: 40,
      target: 50,
      hiddenPrograms: 1,
      reachRate: 0.8,
      costPerHousehold: 2,
    });
    expect(outcomeTotals([{ pagu: 1, realisasi: 1, beneficiariesReached: null, beneficiaryTarget: 5 }])).toMatchObject({
      reached: null,
      reachRate: null,
      costPerHousehold: null,
    });
  });

  it('has no rates without targets', () => {
    expect(outcomeTotals([])).toMatchObject({ absorptionRate: null, reachRate: null, costPerHousehold: null });
  });
});
