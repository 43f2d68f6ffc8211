// Pantau's one clock for business dates: the report month, the fiscal year, lateness. Nothing
// else reads the machine's date for these (timestamps such as a session's expiry may). The clock
// is chosen once at start (server.ts) and handed to every request (context) and, through the
// `calendar` query, to the dashboard.
import { ConfigurationError } from './config.js';

/**
 * The demo data set is a snapshot of this day: October's reports are in, November's are due.
 * With the demo loaded and PANTAU_TODAY unset, Pantau's today is this date whatever the machine's
 * date, so the demo year is always complete.
 */
export const DEMO_TODAY = '2026-11-20';

/** Indonesia's western time zone (WIB): the day changes at midnight in Jakarta, not in UTC. */
export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

/** Where today comes from, shown to users beside the date. */
export type ClockSource = 'SETTING' | 'DEMO' | 'SYSTEM';

export interface Clock {
  /** Today as a date-only value (midnight UTC of the calendar day). */
  today(): Date;
  readonly source: ClockSource;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2026-11-20` as a date-only value; null when it is not a real calendar day of years 2000–2100. */
export function parseIsoDate(text: string): Date | null {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 2000 || year > 2100) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 30 February over into March: refuse instead.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

/** A clock that always says `isoDate`. */
export function fixedClock(isoDate: string, source: ClockSource = 'SETTING'): Clock {
  const date = parseIsoDate(isoDate);
  if (!date) throw new ConfigurationError(`not a date (YYYY-MM-DD between 2000 and 2100): "${isoDate}"`);
  return { today: () => new Date(date), source };
}

/** The machine's date, in `timeZone`. */
export function systemClock(timeZone = DEFAULT_TIME_ZONE): Clock {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return {
    // en-CA formats as YYYY-MM-DD.
    today: () => parseIsoDate(format.format(Date.now())) as Date,
    source: 'SYSTEM',
  };
}

/**
 * The clock of a server: PANTAU_TODAY when set; else the demo's own day when the database holds
 * the demo; else the machine's date. A malformed PANTAU_TODAY stops the start.
 */
export function clockFromEnv(env: NodeJS.ProcessEnv, { demo }: { demo: boolean }): Clock {
  const setting = env.PANTAU_TODAY?.trim();
  if (setting) {
    if (!parseIsoDate(setting)) {
      throw new ConfigurationError(`PANTAU_TODAY must be a date as YYYY-MM-DD (2000–2100), got "${env.PANTAU_TODAY}"`);
    }
    return fixedClock(setting, 'SETTING');
  }
  return demo ? fixedClock(DEMO_TODAY, 'DEMO') : systemClock();
}

/** `2026-11-20` for a date-only value. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
