// Month names for budget months (1–12). Figures keep the Indonesian style in both languages
// (lib/format.ts); month names follow the interface language, as formatDate does.
import type { Language } from '../../lib/i18n';

type Style = 'long' | 'short';

const formats: Record<Language, Record<Style, Intl.DateTimeFormat>> = {
  id: {
    long: new Intl.DateTimeFormat('id-ID', { month: 'long', timeZone: 'UTC' }),
    short: new Intl.DateTimeFormat('id-ID', { month: 'short', timeZone: 'UTC' }),
  },
  en: {
    long: new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }),
    short: new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }),
  },
};

/** `Oktober` / `Okt` (or `October` / `Oct`); a dash outside 1–12. */
export function monthName(month: number, lang: Language = 'id', style: Style = 'long'): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) return '–';
  return formats[lang][style].format(Date.UTC(2020, month - 1, 1));
}

/** The twelve months, January first. */
export const MONTHS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/**
 * The months of `year` whose reports are due on `today` (Pantau's, lib/calendar.ts): a month's report is filed after it ends,
 * so all twelve for a past year, the months before the current one for the current year, none
 * for a year still to come.
 */
export function dueMonths(year: number, today: Date): number[] {
  const current = today.getUTCFullYear();
  if (year < current) return [...MONTHS];
  if (year > current) return [];
  return MONTHS.slice(0, today.getUTCMonth());
}
