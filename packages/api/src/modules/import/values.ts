// Cell values as an office writes them: `1.250.000` and `1,5` (Indonesian separators), `Rp 350
// juta` no, but `Rp350.000.000` yes, Excel date serials, NIKs that Excel kept as text or ruined
// into `3,57E+15`, region codes with or without their dots. Each parser returns the value or a
// CellProblem that says why, in English (the dashboard translates by code).
import { parseIsoDate } from '../../clock.js';
import { stripControlCharacters } from '../../text.js';

export interface CellProblem {
  code: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: CellProblem };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const bad = (code: string, message: string): Parsed<never> => ({ ok: false, problem: { code, message } });

export const IMPORT_REQUIRED = 'import/required';
export const IMPORT_NOT_A_NUMBER = 'import/not_a_number';
export const IMPORT_NOT_WHOLE = 'import/not_a_whole_number';
export const IMPORT_OUT_OF_RANGE = 'import/out_of_range';
export const IMPORT_NIK_SCIENTIFIC = 'import/nik_scientific_notation';
export const IMPORT_NIK_INVALID = 'import/nik_invalid';
export const IMPORT_REGION_CODE_INVALID = 'import/region_code_invalid';
export const IMPORT_UNKNOWN_VALUE = 'import/unknown_value';
export const IMPORT_NOT_A_DATE = 'import/not_a_date';
export const IMPORT_TOO_LONG = 'import/too_long';

const SCIENTIFIC = /^[+-]?\d+([.,]\d+)?e[+-]?\d+$/i;

/**
 * A number with Indonesian or plain separators. `whole`: counts and rupiah, where a dot or comma
 * followed by three digits groups thousands (`1.250.000`, `1,250,000`). Otherwise a lone dot or
 * comma is the decimal mark (`9,04` and `9.04` alike), and with both, the last one is.
 */
export function parseNumber(raw: string, { whole }: { whole: boolean }): Parsed<number> {
  let text = raw.replace(/^rp\.?\s*/i, '').replace(/[\s\u00a0]/g, '');
  if (text === '' || text === '-') return bad(IMPORT_NOT_A_NUMBER, `not a number`);
  // Accounting negatives: (1.000)
  if (/^\(.*\)$/.test(text)) text = `-${text.slice(1, -1)}`;
  if (SCIENTIFIC.test(text)) {
    const value = Number(text.replace(',', '.'));
    if (!Number.isFinite(value)) return bad(IMPORT_NOT_A_NUMBER, 'not a number');
    if (whole && !Number.isInteger(value)) return bad(IMPORT_NOT_WHOLE, 'must be a whole number');
    return ok(value);
  }
  if (!/^[+-]?[\d.,]+$/.test(text) || !/\d/.test(text)) return bad(IMPORT_NOT_A_NUMBER, 'not a number');
  const dots = (text.match(/\./g) ?? []).length;
  const commas = (text.match(/,/g) ?? []).length;
  let normalised: string;
  if (dots > 0 && commas > 0) {
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    if ((text.match(new RegExp(`\\${decimal}`, 'g')) ?? []).length > 1) return bad(IMPORT_NOT_A_NUMBER, 'not a number');
    normalised = text.split(group).join('').replace(decimal, '.');
  } else if (dots + commas === 0) {
    normalised = text;
  } else {
    const mark = dots > 0 ? '.' : ',';
    const groups = text.replace(/^[+-]/, '').split(mark);
    const grouped = groups.length > 1 && groups.slice(1).every((g) => g.length === 3) && groups[0]!.length <= 3 && groups[0] !== '';
    if (groups.length > 2 || (whole && grouped)) {
      if (!grouped) return bad(IMPORT_NOT_A_NUMBER, 'not a number (separators in the wrong places)');
      normalised = text.split(mark).join('');
    } else normalised = text.replace(mark, '.');
  }
  const value = Number(normalised);
  if (!Number.isFinite(value)) return bad(IMPORT_NOT_A_NUMBER, 'not a number');
  if (whole && !Number.isInteger(value)) return bad(IMPORT_NOT_WHOLE, 'must be a whole number');
  return ok(value);
}

/** A whole number in [min, max]. */
export function parseWhole(raw: string, min: number, max: number): Parsed<number> {
  const parsed = parseNumber(raw, { whole: true });
  if (!parsed.ok) return parsed;
  if (parsed.value < min || parsed.value > max) return bad(IMPORT_OUT_OF_RANGE, `must be between ${min} and ${max}`);
  return parsed;
}

/** Whole rupiah, 0 up to Rp100 triliun (a kabupaten's whole budget is far below). */
export function parseRupiah(raw: string): Parsed<bigint> {
  const parsed = parseNumber(raw, { whole: true });
  if (!parsed.ok) return parsed;
  if (parsed.value < 0) return bad(IMPORT_OUT_OF_RANGE, 'must not be negative');
  if (parsed.value > 100_000_000_000_000) return bad(IMPORT_OUT_OF_RANGE, 'is above Rp100 triliun');
  return ok(BigInt(Math.round(parsed.value)));
}

/**
 * A 16-digit NIK or KK number. Excel shows a long number as `3,57E+15` and keeps only 15
 * significant digits: that value cannot be repaired, only exported again with the column as text.
 */
export function parseNik(raw: string): Parsed<string> {
  const text = raw.replace(/^'/, '').replace(/[\s.-]/g, '');
  if (SCIENTIFIC.test(raw.trim())) {
    return bad(
      IMPORT_NIK_SCIENTIFIC,
      'Excel turned it into scientific notation and dropped digits; format the column as Text and export again',
    );
  }
  if (!/^\d+$/.test(text)) return bad(IMPORT_NIK_INVALID, 'must be 16 digits');
  if (text.length !== 16) return bad(IMPORT_NIK_INVALID, `must be 16 digits, found ${text.length}`);
  return ok(text);
}

/** The NIK as errors and previews show it: Pantau's one mask (auth/scope.ts), its last 2 digits. */
export { maskNik } from '../auth/scope.js';

/** A name or address as errors may show it: first letters only ("S. W."). */
export function maskText(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.length === 0 ? '' : words.map((w) => `${w[0]}.`).join(' ');
}

const LEVEL_PATTERNS = [/^\d{2}$/, /^\d{2}\.\d{2}$/, /^\d{2}\.\d{2}\.\d{2}$/, /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/];

/**
 * A Kemendagri code, dotted as in the decree (`53.71.01.1001`). P3KE and SIPD extracts often
 * write it without dots (`5371011001`): the dots follow from the length.
 */
export function parseRegionCode(raw: string): Parsed<string> {
  const text = raw.replace(/^'/, '').replace(/\s/g, '');
  if (LEVEL_PATTERNS.some((p) => p.test(text))) return ok(text);
  if (/^\d+$/.test(text) && [2, 4, 6, 10].includes(text.length)) {
    const parts = [text.slice(0, 2), text.slice(2, 4), text.slice(4, 6), text.slice(6)].filter(Boolean);
    return ok(parts.join('.'));
  }
  return bad(IMPORT_REGION_CODE_INVALID, 'not a Kemendagri code (e.g. 53.71, 53.71.01 or 53.71.01.1001)');
}

/** 1 province, 2 kabupaten/kota, 3 kecamatan, 4 kelurahan/desa. */
export const regionCodeDepth = (code: string) => code.split('.').length;

/** Lower case, one space, no punctuation: how headers and enum words are compared. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A value named by any of its aliases (case, spaces and punctuation ignored). */
export function parseChoice<T>(raw: string, choices: ReadonlyMap<string, T>, what: string): Parsed<T> {
  const value = choices.get(normalise(raw));
  if (value === undefined) return bad(IMPORT_UNKNOWN_VALUE, `not a known ${what}`);
  return ok(value);
}

/** Builds the alias map parseChoice reads: value → every way of writing it. */
export function choices<T>(entries: readonly (readonly [T, readonly string[]])[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, aliases] of entries) for (const alias of aliases) map.set(normalise(alias), value);
  return map;
}

const YES = new Set(['ya', 'y', 'yes', '1', 'true', 'benar', 'v', 'x']);
const NO = new Set(['tidak', 't', 'no', 'n', '0', 'false', 'salah', '-']);

export function parseYesNo(raw: string): Parsed<boolean> {
  const key = normalise(raw);
  if (key === '' || NO.has(key)) return ok(false);
  if (YES.has(key)) return ok(true);
  return bad(IMPORT_UNKNOWN_VALUE, 'must be Ya or Tidak');
}

/** Excel's day 0 is 30 December 1899 (its 1900 leap-year bug is before every serial that matters). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** `2025-12-01`, `01/12/2025` or `1-12-2025` (day first, as in Indonesia), or an Excel date serial. */
export function parseDate(raw: string): Parsed<Date> {
  const text = raw.trim();
  const iso = parseIsoDate(text.slice(0, 10));
  if (iso && (text.length === 10 || /^\d{4}-\d{2}-\d{2}[ T]/.test(text))) return ok(iso);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (dmy) {
    const date = parseIsoDate(`${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`);
    if (date) return ok(date);
  }
  if (/^\d{5}(\.\d+)?$/.test(text)) {
    const date = new Date(EXCEL_EPOCH + Math.floor(Number(text)) * 86_400_000);
    const checked = parseIsoDate(date.toISOString().slice(0, 10));
    if (checked) return ok(checked);
  }
  return bad(IMPORT_NOT_A_DATE, 'not a date (write 2025-12-01 or 01/12/2025)');
}

/** Free text up to `max` characters, without control characters. */
export function parseText(raw: string, max: number): Parsed<string> {
  const text = stripControlCharacters(raw).trim();
  if (text.length > max) return bad(IMPORT_TOO_LONG, `is longer than ${max} characters`);
  return ok(text);
}
