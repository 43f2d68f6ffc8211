// Checks on what a set-up form sends, each failing with a DomainError that names the field, so
// the form shows the message beside it. The dashboard translates by code (locales: error.<code>).
import { DomainError } from '../../errors.js';
import { assertVersion, type Tx } from './write.js';

/** A required text left empty (or only spaces). */
export const WRITE_REQUIRED = 'write/required';
/** A text longer than its field allows. */
export const WRITE_TOO_LONG = 'write/too_long';
/** A number outside what the field accepts (negative, too large, not whole). */
export const WRITE_OUT_OF_RANGE = 'write/out_of_range';
/** A value the field does not accept (a reference to another region's record, a bad choice). */
export const WRITE_INVALID = 'write/invalid';

/** Trimmed text of 1–max characters. */
export function requiredText(value: string | null | undefined, field: string, max: number): string {
  const text = value?.trim() ?? '';
  if (text === '') throw new DomainError(WRITE_REQUIRED, 'Fill this in', field);
  if (text.length > max) throw new DomainError(WRITE_TOO_LONG, `At most ${max} characters, got ${text.length}`, field);
  return text;
}

/** Trimmed text of at most max characters; null when empty. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const text = value?.trim() ?? '';
  if (text.length > max) throw new DomainError(WRITE_TOO_LONG, `At most ${max} characters, got ${text.length}`, field);
  return text === '' ? null : text;
}

/** A whole number in [min, max]. */
export function wholeNumber(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new DomainError(WRITE_OUT_OF_RANGE, `A whole number from ${min} to ${max}, got ${value}`, field);
  }
  return value;
}

/** A finite number in [min, max]. */
export function numberIn(value: number, field: string, min: number, max: number): number {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new DomainError(WRITE_OUT_OF_RANGE, `A number from ${min} to ${max}, got ${value}`, field);
  }
  return value;
}

/**
 * After `updateMany({ where: { id, version } })`: no row means someone saved between the check
 * and the update (two saves at once); the second hears who and when, like assertVersion says.
 */
export async function assertUpdated(tx: Tx, entity: string, id: number, count: number, expected: number): Promise<void> {
  if (count === 1) return;
  await assertVersion(tx, entity, id, Number.NaN, expected);
}
