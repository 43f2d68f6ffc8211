// Every number, amount and date the dashboard shows goes through these formatters, built once.
// House style (DESIGN.md): `10.644`, `Rp332 juta`, `Rp1,2 miliar`, `94,9%`, `2 Mei 2019`.
// Figures keep the Indonesian style in the English interface too: they are quoted as-is in
// rakor slides and letters. Only month names follow the interface language.

import type { Language } from './i18n';

const whole = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
// compactDisplay 'long' gives "ribu"/"juta"/"miliar"/"triliun" in id-ID.
const compact = new Intl.NumberFormat('id-ID', {
  notation: 'compact',
  compactDisplay: 'long',
  maximumFractionDigits: 1,
});
const decimals = [0, 1, 2, 3].map(
  (digits) => new Intl.NumberFormat('id-ID', { minimumFractionDigits: digits, maximumFractionDigits: digits }),
);
const upTo = [0, 1, 2, 3].map((digits) => new Intl.NumberFormat('id-ID', { maximumFractionDigits: digits }));
const upToOne = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });
const upToTwo = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
// Clock times the Indonesian way, 24-hour with a dot: `09.05`, `14.30` (used in both languages,
// like the figures).
const clock = new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
// Moments (when data was fetched, when a rakor starts) are shown in the user's own time zone.
const localDays: Record<Language, Intl.DateTimeFormat> = {
  id: new Intl.DateTimeFormat('id-ID', { dateStyle: 'long' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }),
};
const days: Record<Language, Intl.DateTimeFormat> = {
  // Date-only values arrive as midnight UTC; formatting in local time would show the day before
  // west of Greenwich.
  id: new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
};

// ICU versions differ between Node and browsers in which space they put before a unit
// ("332 juta"); some use U+00A0 or U+202F. The house style is a plain space, and no space
// after "Rp".
const plainSpaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
// Intl writes U+2212 or "-" depending on the ICU build; one minus everywhere.
const plainMinus = (s: string) => s.replace(/\u2212/g, '-');
const clean = (s: string) => plainMinus(plainSpaces(s));

const isNumber = (n: number) => Number.isFinite(n);
const DASH = '–';

/** A count of people, households, cases: `10.644`. */
export function formatCount(n: number): string {
  return isNumber(n) ? clean(whole.format(n)) : DASH;
}

/**
 * An amount in whole rupiah, short form: `Rp332 juta`, `Rp1,2 miliar`, `Rp900 ribu`,
 * `Rp2,5 triliun`; below a thousand in full (`Rp750`). Negative amounts: `-Rp5 juta`.
 */
export function formatRupiah(n: number): string {
  if (!isNumber(n)) return DASH;
  const sign = n < 0 ? '-' : '';
  return `${sign}Rp${clean(compact.format(Math.abs(n)))}`;
}

/** A ratio as a fraction 0–1, shown as a percentage with one decimal at most: `94,9%`. */
export function formatRate(r: number): string {
  return isNumber(r) ? `${clean(upToOne.format(r * 100))}%` : DASH;
}

/**
 * A value that is already a percentage (BPS publishes P0 as 12.5 meaning 12,5%): `12,5%`,
 * `9,77%`, `15%`. Up to two decimals, as BPS publishes them.
 */
export function formatPercentValue(v: number, maxDigits = 2): string {
  if (!isNumber(v)) return DASH;
  const f = upTo[maxDigits] ?? upToTwo;
  return `${clean(f.format(v))}%`;
}

/** A difference in percentage points with its sign: `-0,45`, `+1,20`, `0,00`. */
export function formatPointChange(delta: number, digits = 2): string {
  if (!isNumber(delta)) return DASH;
  const rounded = Number(delta.toFixed(digits));
  const sign = rounded > 0 ? '+' : rounded < 0 ? '-' : '';
  return `${sign}${formatDecimal(Math.abs(rounded), digits)}`;
}

/** A plain decimal with a comma and a fixed number of decimals: `10,50`. */
export function formatDecimal(n: number, digits = 1): string {
  if (!isNumber(n)) return DASH;
  const f = decimals[digits] ?? new Intl.NumberFormat('id-ID', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return clean(f.format(n));
}

/** A calendar date: `2 Mei 2019` (or `2 May 2019` in English). Accepts `YYYY-MM-DD` strings. */
export function formatDate(d: Date | string, lang: Language = 'id'): string {
  const date = typeof d === 'string' ? new Date(d) : d;
  return Number.isNaN(date.getTime()) ? DASH : clean(days[lang].format(date));
}

/** The local clock time of a moment: `14.05`. */
export function formatTime(d: Date): string {
  return Number.isNaN(d.getTime()) ? DASH : clean(clock.format(d)).replace(':', '.');
}

/** The local calendar date of a moment (not a date-only value): `23 November 2026`. */
export function formatLocalDate(d: Date, lang: Language = 'id'): string {
  return Number.isNaN(d.getTime()) ? DASH : clean(localDays[lang].format(d));
}

/**
 * A file's size: `850 KB`, `1,2 MB`. Units of 1024 bytes, as Windows Explorer counts them (and the
 * API's "at most 64 MB"), so the size matches what the person sees beside the file.
 */
export function formatFileSize(bytes: number): string {
  if (!isNumber(bytes) || bytes < 0) return DASH;
  if (bytes < 1024) return `${clean(whole.format(bytes))} B`;
  if (bytes < 1024 ** 2) return `${clean(upToOne.format(bytes / 1024))} KB`;
  if (bytes < 1024 ** 3) return `${clean(upToOne.format(bytes / 1024 ** 2))} MB`;
  return `${clean(upToOne.format(bytes / 1024 ** 3))} GB`;
}
