// What follows from Pantau's today (clock.ts) for the monthly report cycle. Reports for a month
// are filed after it ends, so on 20 November the October reports are due.

/**
 * The last month of `year` whose reports are due on `today`: 12 for a past year, the month
 * before today's in the current year, null when none is due yet (January, or a later year).
 */
export function dueReportMonth(year: number, today: Date): number | null {
  const todayYear = today.getUTCFullYear();
  if (year < todayYear) return 12;
  if (year > todayYear) return null;
  // getUTCMonth() is 0-based, so it is the previous month's 1-based number.
  return today.getUTCMonth() >= 1 ? today.getUTCMonth() : null;
}

/** The months of `year` whose reports are due on `today`, January first. */
export function dueReportMonths(year: number, today: Date): number[] {
  const last = dueReportMonth(year, today) ?? 0;
  return Array.from({ length: last }, (_, i) => i + 1);
}
