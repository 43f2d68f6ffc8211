// Numbers as the secretariat types them into set-up forms: rupiah with thousands dots
// (`350.000.000`), decimals with a comma (`0,5`), and the even monthly plan the program form
// offers as a start.
import { parseWholeNumber } from '../reports/number-input';

export { parseWholeNumber };

export type ParsedDecimal = { ok: true; value: number } | { ok: false; reason: 'empty' | 'invalid' };

/** A decimal typed the Indonesian way (`0,5`, `10,25`, `1.250,5`) or with a point (`0.5`). */
export function parseDecimal(text: string): ParsedDecimal {
  const t = text.replace(/[\u00a0\u202f\s]/g, '').replace(/%$/, '');
  if (t === '') return { ok: false, reason: 'empty' };
  let normal: string;
  // `1.250` alone could be 1,25 typed with a point or 1250 with a thousands dot: refused, not guessed.
  if (/^-?\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(t) || /^-?\d{1,3}(\.\d{3})+,\d+$/.test(t)) normal = t.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+(,\d+)?$/.test(t)) normal = t.replace(',', '.');
  else if (/^-?\d+\.\d+$/.test(t) && !/^-?\d{1,3}\.\d{3}$/.test(t)) normal = t;
  else return { ok: false, reason: 'invalid' };
  const value = Number(normal);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'invalid' };
}

/** A number for an input, the Indonesian way: `0,5`, `10,25` (no thousands dots, so it reads back). */
export function decimalText(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return String(Number(value.toPrecision(12))).replace('.', ',');
}

/**
 * A plan that spends the pagu evenly, cumulative month by month, whole rupiah, ending exactly at
 * the pagu: the start most OPDs adjust from.
 */
export function evenPlan(pagu: number): number[] {
  return Array.from({ length: 12 }, (_, i) => Math.round((pagu * (i + 1)) / 12));
}
