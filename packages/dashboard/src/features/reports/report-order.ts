// Order of the report list: the newest month first, then what needs the reader's attention
// (returned, draft, submitted before approved), then by program code.

const STATUS_ORDER = { RETURNED: 0, DRAFT: 1, SUBMITTED: 2, APPROVED: 3 } as const;

export interface Orderable {
  month: number;
  status: keyof typeof STATUS_ORDER;
  program: { code: string };
}

export function sortReports<T extends Orderable>(reports: readonly T[]): T[] {
  return [...reports].sort(
    (a, b) => b.month - a.month || STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.program.code.localeCompare(b.program.code, 'id-ID'),
  );
}
