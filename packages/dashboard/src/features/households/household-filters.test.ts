import { describe, expect, it } from 'vitest';
import { parseHouseholdFilters, toApiFilter, withHouseholdFilter } from './household-filters';

describe('household list filters', () => {
  it('reads known values from the URL and ignores the rest', () => {
    const f = parseHouseholdFilters(new URLSearchParams('status=EXTREME&desil=1&verifikasi=nope&jangkauan=NONE&belumTerjangkau=1'));
    expect(f).toEqual({ status: 'EXTREME', desil: 1, verification: null, reach: 'NONE', unreached: true });
    expect(parseHouseholdFilters(new URLSearchParams('desil=11')).desil).toBeNull();
  });

  it('builds the API filter for active households of a region and year', () => {
    const f = parseHouseholdFilters(new URLSearchParams('status=POOR&desil=2'));
    expect(toApiFilter('16.71.06.1001', 2026, f)).toEqual({
      regionCode: '16.71.06.1001',
      year: 2026,
      lifecycle: 'ACTIVE',
      povertyStatus: 'POOR',
      desil: [2],
    });
  });

  it('removes a filter set to empty', () => {
    expect(withHouseholdFilter(new URLSearchParams('status=POOR&tahun=2026'), 'status', '').toString()).toBe('tahun=2026');
  });
});
