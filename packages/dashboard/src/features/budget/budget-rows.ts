// Sums and words over budget rows (BudgetRow of the budget query), pure for tests.
import { namedSourceNote } from '../../lib/provenance';

export interface BudgetAmounts {
  pagu: number;
  realisasi: number;
  plannedCumulative: number;
}

export interface BudgetTotals extends BudgetAmounts {
  /** realisasi / pagu; null without pagu. */
  absorptionRate: number | null;
  /** plannedCumulative / pagu; null without pagu. */
  plannedRate: number | null;
  /**
   * (plannedCumulative − realisasi) / plannedCumulative, the share of the plan not yet spent; 0
   * when nothing was planned yet, negative when ahead of plan.
   */
  planGap: number;
}

/**
 * The totals of a set of rows. Each grouping (OPD, cluster, program) splits the same programs, so
 * the totals are the same whichever grouping is on screen.
 */
export function budgetTotals(rows: readonly BudgetAmounts[]): BudgetTotals {
  const sum = (pick: (r: BudgetAmounts) => number) => rows.reduce((s, r) => s + pick(r), 0);
  const pagu = sum((r) => r.pagu);
  const realisasi = sum((r) => r.realisasi);
  const plannedCumulative = sum((r) => r.plannedCumulative);
  return {
    pagu,
    realisasi,
    plannedCumulative,
    absorptionRate: pagu > 0 ? realisasi / pagu : null,
    plannedRate: pagu > 0 ? plannedCumulative / pagu : null,
    planGap: plannedCumulative > 0 ? (plannedCumulative - realisasi) / plannedCumulative : 0,
  };
}

export type Grouping = 'OPD' | 'CLUSTER' | 'PROGRAM';

export const GROUPINGS: readonly Grouping[] = ['CLUSTER', 'OPD', 'PROGRAM'];

/** The `?kelompok=` values, Indonesian as the other URL parameters. */
const GROUPING_PARAMS: Record<Grouping, string> = { CLUSTER: 'klaster', OPD: 'opd', PROGRAM: 'program' };

export const GROUPING_PARAM = 'kelompok';

/** The grouping named in the URL; by cluster when absent or unknown (how the TKPKD is organised). */
export function parseGrouping(value: string | null): Grouping {
  const found = GROUPINGS.find((g) => GROUPING_PARAMS[g] === value);
  return found ?? 'CLUSTER';
}

export function groupingParam(grouping: Grouping): string {
  return GROUPING_PARAMS[grouping];
}

export const MONTH_PARAM = 'bulan';

/** `?bulan=` as a month 1–12, or null for "the latest month with approved reports". */
export function parseMonth(value: string | null): number | null {
  if (!value || !/^\d{1,2}$/.test(value)) return null;
  const month = Number(value);
  return month >= 1 && month <= 12 ? month : null;
}

/**
 * The distinct source notes of the real (not synthetic) programs behind the figures, by code,
 * each naming its source by publisher (Program.source), never by id.
 */
export function realSourceNotes(
  programs: readonly { code: string; synthetic: boolean; sourceNote: string | null; source?: { publisher: string } | null }[],
): string[] {
  const notes = new Set<string>();
  for (const p of programs) if (!p.synthetic && p.sourceNote) notes.add(`${p.code}: ${namedSourceNote(p.sourceNote, p.source)}`);
  return [...notes];
}
