import { describe, expect, it } from 'vitest';
import { sortReports } from './report-order';

const r = (month: number, status: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED', code: string) => ({ month, status, program: { code } });

describe('sortReports', () => {
  it('puts the newest month first, then what needs attention, then by program code', () => {
    const sorted = sortReports([
      r(10, 'APPROVED', 'K1-SEMBAKO-2026'),
      r(11, 'APPROVED', 'K1-BLT-2026'),
      r(10, 'RETURNED', 'K4-AIR-2026'),
      r(10, 'APPROVED', 'K1-BLT-2026'),
    ]);
    expect(sorted.map((x) => `${x.month} ${x.status} ${x.program.code}`)).toEqual([
      '11 APPROVED K1-BLT-2026',
      '10 RETURNED K4-AIR-2026',
      '10 APPROVED K1-BLT-2026',
      '10 APPROVED K1-SEMBAKO-2026',
    ]);
  });
});
