// What Ringkasan's "Yang terlambat" panel lists, in the order the chair reads it.

export interface CompletenessRow {
  opd: { shortName: string; name: string };
  /** Programs with no report for the month at all. */
  missing: number;
  complete: boolean;
}

/**
 * OPDs that have not reported for the month: some program has no report at all (the API's
 * `late.opdsNotReported` counts the same). Most missing first, then by short name.
 */
export function opdsNotReported<T extends CompletenessRow>(rows: readonly T[]): T[] {
  return rows.filter((r) => r.missing > 0).sort((a, b) => b.missing - a.missing || a.opd.shortName.localeCompare(b.opd.shortName, 'id-ID'));
}

/** Latest first: the longest overdue heads the list. Ties by due date, then title. */
export function byDaysLate<T extends { daysLate: number; dueDate: string; title: string }>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => b.daysLate - a.daysLate || a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title, 'id-ID'),
  );
}
