// Lateness of 100-day priorities and rakor follow-ups, relative to an "as of" date so a rakor
// can be replayed as it stood, and tests do not depend on today's date.

const DAY = 86_400_000;

/** Whole days an open item is past its due date on `asOf` (0 when not late or done). */
export function daysLate(dueDate: Date, done: boolean, asOf: Date): number {
  if (done) return 0;
  return Math.max(0, Math.floor((startOfDay(asOf) - startOfDay(dueDate)) / DAY));
}

const startOfDay = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());

/** Today as a date-only value (UTC). */
export function today(): Date {
  return new Date(startOfDay(new Date()));
}
