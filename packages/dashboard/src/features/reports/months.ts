// Month names and the month whose report is due. Reports are monthly and cumulative over the
// fiscal year (January–December).
import type { Language } from '../../lib/i18n';

const MONTHS: Record<Language, Intl.DateTimeFormat> = {
  id: new Intl.DateTimeFormat('id-ID', { month: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }),
};

export const MONTH_NUMBERS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** `Oktober` (or `October`) for 10. */
export function monthName(month: number, lang: Language = 'id'): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) return '–';
  return MONTHS[lang].format(new Date(Date.UTC(2000, month - 1, 1)));
}

/**
 * The month an OPD reports on `today` (Pantau's, lib/calendar.ts): the one that ended last (on 20
 * November, October). For a past fiscal year, December; for a future one, or in January, January.
 */
export function reportingMonth(year: number, today: Date): number {
  const currentYear = today.getUTCFullYear();
  if (year < currentYear) return 12;
  if (year > currentYear) return 1;
  return Math.max(1, today.getUTCMonth());
}
