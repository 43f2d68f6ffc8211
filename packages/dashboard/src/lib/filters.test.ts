import { describe, expect, it } from 'vitest';
import { isCanonical, parseFilters, selectableYears, withFilters, withParam } from './filters';

const now = { today: new Date(Date.UTC(2026, 10, 23)), fiscalYear: 2026 };
const parse = (search: string) => parseFilters(new URLSearchParams(search), now);

describe('filters', () => {
  it('defaults to Kota Palembang and the current year', () => {
    expect(parse('')).toEqual({ regionCode: '16.71', year: 2026 });
  });

  it("defaults to the viewer's region when one is given", () => {
    expect(parseFilters(new URLSearchParams(''), now, '64.74')).toEqual({ regionCode: '64.74', year: 2026 });
    expect(parseFilters(new URLSearchParams('?wilayah=16.71'), now, '64.74').regionCode).toBe('16.71');
  });

  it('reads the region and year from the URL', () => {
    expect(parse('?wilayah=64.74&tahun=2024')).toEqual({ regionCode: '64.74', year: 2024 });
  });

  it('ignores malformed or out-of-range values', () => {
    expect(parse('?wilayah=64-74&tahun=20x4')).toEqual({ regionCode: '16.71', year: 2026 });
    expect(parse('?wilayah=<script>&tahun=1999')).toEqual({ regionCode: '16.71', year: 2026 });
    expect(parse('?tahun=2099').year).toBe(2026);
  });

  it('sets filters and keeps other params', () => {
    const next = withFilters(new URLSearchParams('?x=1&wilayah=13.74'), { year: 2023 });
    expect(next.toString()).toBe('x=1&wilayah=13.74&tahun=2023');
    expect(isCanonical(next, { regionCode: '13.74', year: 2023 })).toBe(true);
    expect(isCanonical(new URLSearchParams(''), { regionCode: '16.71', year: 2026 })).toBe(false);
  });

  it('offers years from now back to 2010, newest first', () => {
    const years = selectableYears(now);
    expect(years[0]).toBe(2026);
    expect(years.at(-1)).toBe(2010);
    expect(years).toHaveLength(17);
  });
});

describe('filters follow the calendar, not the machine', () => {
  it('opens on the fiscal year the server names, even when today is in the next year', () => {
    const january = { today: new Date(Date.UTC(2027, 0, 4)), fiscalYear: 2026 };
    expect(parseFilters(new URLSearchParams(''), january).year).toBe(2026);
    expect(selectableYears(january)[0]).toBe(2027);
    expect(parseFilters(new URLSearchParams('?tahun=2028'), january).year).toBe(2028);
    expect(parseFilters(new URLSearchParams('?tahun=2029'), january).year).toBe(2026);
  });
});

describe('withParam', () => {
  it("sets or removes a page's own filter and keeps the region and year", () => {
    const params = new URLSearchParams('?wilayah=16.71&tahun=2026&bulan=10');
    expect(withParam(params, 'klaster', '2').toString()).toBe('wilayah=16.71&tahun=2026&bulan=10&klaster=2');
    expect(withParam(params, 'bulan', null).toString()).toBe('wilayah=16.71&tahun=2026');
    expect(params.get('bulan')).toBe('10');
  });
});
