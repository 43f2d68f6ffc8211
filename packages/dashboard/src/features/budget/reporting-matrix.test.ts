import { describe, expect, it } from 'vitest';
import { buildReportingMatrix, cellState } from './reporting-matrix';

const counts = { programs: 2, approved: 0, submitted: 0, draftOrReturned: 0, missing: 0, complete: false };
const dinsos = { id: 33, name: 'Dinas Sosial', shortName: 'DINSOS' };
const dinkes = { id: 34, name: 'Dinas Kesehatan', shortName: 'DINKES' };
const pupr = { id: 41, name: 'Dinas Pekerjaan Umum', shortName: 'PUPR' };

describe('cellState', () => {
  it('tells complete, waiting for review, partial and missing apart', () => {
    expect(cellState({ ...counts, approved: 2, complete: true })).toBe('complete');
    expect(cellState({ ...counts, approved: 1, submitted: 1 })).toBe('review');
    expect(cellState({ ...counts, approved: 1, missing: 1 })).toBe('partial');
    expect(cellState({ ...counts, approved: 1, draftOrReturned: 1 })).toBe('partial');
    expect(cellState({ ...counts, missing: 2 })).toBe('missing');
  });
});

describe('buildReportingMatrix', () => {
  const matrix = buildReportingMatrix([
    {
      month: 9,
      rows: [
        { opd: dinsos, ...counts, approved: 2, complete: true },
        { opd: dinkes, ...counts, programs: 1, approved: 1, complete: true },
      ],
    },
    {
      month: 10,
      rows: [
        { opd: dinkes, ...counts, programs: 1, submitted: 1 },
        { opd: dinsos, ...counts, approved: 2, complete: true },
        { opd: pupr, ...counts, programs: 1, missing: 1 },
      ],
    },
  ]);

  it('puts the OPDs furthest behind first, then by name', () => {
    expect(matrix.months).toEqual([9, 10]);
    expect(matrix.rows.map((r) => r.opd.shortName)).toEqual(['DINKES', 'PUPR', 'DINSOS']);
  });

  it('gives a cell per month, and none where the OPD had no programs', () => {
    const pu = matrix.rows.find((r) => r.opd.id === 41);
    expect(pu?.cells[0]).toBeNull();
    expect(pu?.cells[1]).toMatchObject({ month: 10, state: 'missing', missing: 1 });
    const kes = matrix.rows.find((r) => r.opd.id === 34);
    expect(kes?.cells.map((c) => c?.state)).toEqual(['complete', 'review']);
  });

  it('counts complete OPDs per month', () => {
    expect(matrix.totals).toEqual([
      { month: 9, complete: 2, opds: 2 },
      { month: 10, complete: 1, opds: 3 },
    ]);
  });

  it('is empty without months', () => {
    expect(buildReportingMatrix([])).toEqual({ months: [], rows: [], totals: [] });
  });
});
