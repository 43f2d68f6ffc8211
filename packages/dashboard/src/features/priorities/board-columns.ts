// The 100-day priority board: one column per status, the late ones first in each.

export type PriorityStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED';

export interface BoardItem {
  status: PriorityStatus;
  daysLate: number;
  dueDate: string;
  title: string;
}

export interface BoardColumn<T> {
  status: PriorityStatus;
  items: T[];
}

// Belum mulai, Berjalan, Selesai; a cancelled priority gets its own column only when there is one.
const COLUMNS: readonly PriorityStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'DONE'];

/** True when a priority is past due and not done (the API's daysLate is 0 otherwise). */
export const isLate = (p: Pick<BoardItem, 'daysLate'>) => p.daysLate > 0;

/**
 * Columns in reading order, each sorted late first (longest overdue on top), then by due date.
 * With `lateOnly`, only late priorities are kept; the three main columns always stay, so the
 * board keeps its shape.
 */
export function boardColumns<T extends BoardItem>(items: readonly T[], { lateOnly = false } = {}): BoardColumn<T>[] {
  const kept = lateOnly ? items.filter(isLate) : [...items];
  const statuses = kept.some((i) => i.status === 'CANCELLED') ? [...COLUMNS, 'CANCELLED' as const] : COLUMNS;
  return statuses.map((status) => ({
    status,
    items: kept
      .filter((i) => i.status === status)
      .sort((a, b) => b.daysLate - a.daysLate || a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title, 'id-ID')),
  }));
}

/** Milestones done as a fraction 0–1; 0 without milestones. */
export function milestoneShare(done: number, total: number): number {
  return total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
}

/** The fields `inYear` reads. */
export interface Dated {
  status: PriorityStatus;
  startDate: string;
  dueDate: string;
  doneAt: string | null;
}

const yearOf = (date: string) => Number(date.slice(0, 4));

/**
 * Whether a priority belongs on the board of a year: its 100 days ran in that year, or it is
 * still open (a 2025 priority not yet done is still the mayor's business in 2026).
 */
export function inYear(p: Dated, year: number): boolean {
  if (yearOf(p.startDate) > year) return false;
  const open = p.status === 'NOT_STARTED' || p.status === 'IN_PROGRESS';
  if (open) return true;
  const end = p.doneAt ?? p.dueDate;
  return Math.max(yearOf(end), yearOf(p.dueDate)) >= year;
}
