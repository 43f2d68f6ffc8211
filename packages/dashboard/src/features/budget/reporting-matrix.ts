// Reporting completeness as a matrix OPD × month, from one reportingCompleteness answer per
// month. Pure, for tests.

export interface CompletenessCounts {
  programs: number;
  approved: number;
  submitted: number;
  draftOrReturned: number;
  missing: number;
  complete: boolean;
}

export interface CompletenessRow extends CompletenessCounts {
  opd: { id: number; name: string; shortName: string };
}

/**
 * complete: every program's report approved; review: all in, some still waiting for the cluster
 * head; partial: some reports missing, in draft or returned; missing: no report at all.
 */
export type CellState = 'complete' | 'review' | 'partial' | 'missing';

export function cellState(c: CompletenessCounts): CellState {
  if (c.complete || (c.programs > 0 && c.approved >= c.programs)) return 'complete';
  if (c.missing >= c.programs) return 'missing';
  if (c.missing === 0 && c.draftOrReturned === 0) return 'review';
  return 'partial';
}

export interface MatrixCell extends CompletenessCounts {
  month: number;
  state: CellState;
}

export interface MatrixRow {
  opd: { id: number; name: string; shortName: string };
  /** One per month asked, in order; null when the OPD had no program that month. */
  cells: (MatrixCell | null)[];
  /** Months not complete. */
  behind: number;
}

export interface ReportingMatrix {
  months: number[];
  rows: MatrixRow[];
  /** Per month: OPDs complete and OPDs with programs. */
  totals: { month: number; complete: number; opds: number }[];
}

/**
 * OPD rows with a cell per month. OPDs furthest behind come first (the rakor asks about them),
 * then by name.
 */
export function buildReportingMatrix(byMonth: readonly { month: number; rows: readonly CompletenessRow[] }[]): ReportingMatrix {
  const months = byMonth.map((m) => m.month);
  const rows = new Map<number, MatrixRow>();
  byMonth.forEach(({ month, rows: monthRows }, index) => {
    for (const r of monthRows) {
      let row = rows.get(r.opd.id);
      if (!row) {
        row = { opd: r.opd, cells: months.map(() => null), behind: 0 };
        rows.set(r.opd.id, row);
      }
      const { opd: _opd, ...counts } = r;
      const cell: MatrixCell = { ...counts, month, state: cellState(r) };
      row.cells[index] = cell;
      if (cell.state !== 'complete') row.behind += 1;
    }
  });
  const sorted = [...rows.values()].sort((a, b) => b.behind - a.behind || a.opd.name.localeCompare(b.opd.name, 'id'));
  const totals = byMonth.map(({ month }, index) => {
    const cells = sorted.map((r) => r.cells[index]).filter((c): c is MatrixCell => c !== null);
    return { month, complete: cells.filter((c) => c.state === 'complete').length, opds: cells.length };
  });
  return { months, rows: sorted, totals };
}
