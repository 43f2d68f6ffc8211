import { describe, expect, it } from 'vitest';
import { maskNik, parseDate, parseNik, parseNumber, parseRegionCode, parseRupiah, parseWhole, parseYesNo } from './values.js';

const value = <T>(p: { ok: true; value: T } | { ok: false }) => (p.ok ? p.value : 'error');
const code = (p: { ok: boolean; problem?: { code: string } }) => (p.ok ? 'ok' : p.problem!.code);

describe('numbers as an Indonesian office writes them', () => {
  it('reads thousands dots, decimal commas, Rp prefixes and plain numbers', () => {
    expect(value(parseNumber('1.250.000', { whole: true }))).toBe(1_250_000);
    expect(value(parseNumber('1.250', { whole: true }))).toBe(1_250);
    expect(value(parseNumber('Rp 7.480.000.000', { whole: true }))).toBe(7_480_000_000);
    expect(value(parseNumber('1,250,000', { whole: true }))).toBe(1_250_000);
    expect(value(parseNumber('1.250.000,50', { whole: false }))).toBe(1_250_000.5);
    expect(value(parseNumber('9,04', { whole: false }))).toBe(9.04);
    expect(value(parseNumber('9.04', { whole: false }))).toBe(9.04);
    expect(value(parseNumber('1.234', { whole: false }))).toBe(1.234);
    expect(value(parseNumber('1.5E-2', { whole: false }))).toBe(0.015);
    expect(value(parseNumber('(1.000)', { whole: true }))).toBe(-1000);
  });

  it('refuses what is not a number, or not whole where it must be', () => {
    expect(code(parseNumber('abc', { whole: true }))).toBe('import/not_a_number');
    expect(code(parseNumber('1,5', { whole: true }))).toBe('import/not_a_whole_number');
    expect(code(parseNumber('12.34.5', { whole: true }))).toBe('import/not_a_number');
    expect(code(parseNumber('1.2.3,4,5', { whole: false }))).toBe('import/not_a_number');
    expect(code(parseWhole('11', 1, 10))).toBe('import/out_of_range');
    expect(code(parseRupiah('-5'))).toBe('import/out_of_range');
  });
});

describe('NIK', () => {
  it('keeps 16 digits written as text, with Excel’s apostrophe or spaces', () => {
    expect(value(parseNik("'5371010101800001"))).toBe('5371010101800001');
    expect(value(parseNik('5371 0101 0180 0001'))).toBe('5371010101800001');
  });

  it("refuses Excel's scientific notation and short numbers, saying why", () => {
    expect(code(parseNik('3,57E+15'))).toBe('import/nik_scientific_notation');
    expect(code(parseNik('3.57101E+15'))).toBe('import/nik_scientific_notation');
    expect(code(parseNik('537101010180000'))).toBe('import/nik_invalid');
    const short = parseNik('537101010180000');
    expect(short.ok ? '' : short.problem.message).toBe('must be 16 digits, found 15');
  });

  it('is masked to its last two digits (the first 12 follow from the place and the birth date)', () => {
    expect(maskNik('5371010101800001')).toBe('**************01');
    expect(maskNik('537101010180000')).toBe('*************00');
    expect(maskNik('3,57E+15')).toBe('******15');
    expect(maskNik('1234')).toBe('****');
    expect(maskNik('53710101018000012345')).toBe('**************45');
  });
});

describe('region codes, dates and yes/no', () => {
  it('adds the dots a P3KE extract leaves out', () => {
    expect(value(parseRegionCode('5371011001'))).toBe('53.71.01.1001');
    expect(value(parseRegionCode('53.71.01'))).toBe('53.71.01');
    expect(value(parseRegionCode('5371'))).toBe('53.71');
    expect(code(parseRegionCode('53.71.1'))).toBe('import/region_code_invalid');
    expect(code(parseRegionCode('53.71%'))).toBe('import/region_code_invalid');
  });

  it('reads ISO dates, day-first dates and Excel serials, and refuses impossible ones', () => {
    const iso = (p: ReturnType<typeof parseDate>) => (p.ok ? p.value.toISOString().slice(0, 10) : 'error');
    expect(iso(parseDate('2025-12-01'))).toBe('2025-12-01');
    expect(iso(parseDate('01/12/2025'))).toBe('2025-12-01');
    expect(iso(parseDate('1-12-2025'))).toBe('2025-12-01');
    expect(iso(parseDate('45992'))).toBe('2025-12-01');
    expect(iso(parseDate('31/02/2025'))).toBe('error');
    expect(iso(parseDate('2025-02-30'))).toBe('error');
  });

  it('reads Ya/Tidak in the ways offices write them', () => {
    expect(['Ya', 'y', '1', 'TRUE', 'benar'].map((v) => value(parseYesNo(v)))).toEqual([true, true, true, true, true]);
    expect(['Tidak', 'T', '0', '', '-'].map((v) => value(parseYesNo(v)))).toEqual([false, false, false, false, false]);
    expect(code(parseYesNo('mungkin'))).toBe('import/unknown_value');
  });
});
