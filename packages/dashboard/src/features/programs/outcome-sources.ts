// Where a cluster's outcome figures come from, for the footnote: realisasi and output always from
// approved monthly reports; households reached from the benefit records where the year has them,
// else from the reports. Pure, for tests.
import { realSourceNotes } from '../budget/budget-rows';

export interface OutcomeSourceInput {
  source: 'BENEFIT_RECORDS' | 'APPROVED_REPORTS';
  program: { code: string; synthetic: boolean; sourceNote: string | null; source?: { publisher: string } | null };
}

export interface OutcomeSources {
  /** Programs whose reach comes from the benefit records (registry). */
  fromRecords: number;
  /** Codes of programs whose reach comes from their reports. */
  fromReports: string[];
  synthetic: boolean;
  /** Source notes of real programs. */
  notes: string[];
}

export function outcomeSources(rows: readonly OutcomeSourceInput[]): OutcomeSources {
  return {
    fromRecords: rows.filter((r) => r.source === 'BENEFIT_RECORDS').length,
    fromReports: rows.filter((r) => r.source === 'APPROVED_REPORTS').map((r) => r.program.code),
    synthetic: rows.some((r) => r.program.synthetic),
    notes: realSourceNotes(rows.map((r) => r.program)),
  };
}

/**
 * Sums of a cluster's programs. Households are summed per program: one reached by two counts twice.
 * Budget is never hidden; households reached are summed over the programs whose count is shown
 * (the API hides a program's reach for privacy with null), and the rates and the cost per
 * household are taken over those same programs, so a hidden program is never counted as zero.
 */
export function outcomeTotals(
  rows: readonly { pagu: number; realisasi: number; beneficiariesReached: number | null; beneficiaryTarget: number }[],
) {
  const pagu = rows.reduce((s, r) => s + r.pagu, 0);
  const realisasi = rows.reduce((s, r) => s + r.realisasi, 0);
  const shown = rows.filter((r): r is typeof r & { beneficiariesReached: number } => r.beneficiariesReached !== null);
  const hiddenPrograms = rows.length - shown.length;
  const reached = shown.length > 0 || rows.length === 0 ? shown.reduce((s, r) => s + r.beneficiariesReached, 0) : null;
  const target = shown.reduce((s, r) => s + r.beneficiaryTarget, 0);
  const shownRealisasi = shown.reduce((s, r) => s + r.realisasi, 0);
  return {
    pagu,
    realisasi,
    absorptionRate: pagu > 0 ? realisasi / pagu : null,
    /** Households reached by the programs shown; null when every program's count is hidden. */
    reached,
    /** Target of the programs whose reach is shown. */
    target,
    /** Programs whose household counts are hidden, left out of reached, reachRate and cost. */
    hiddenPrograms,
    reachRate: reached !== null && target > 0 ? reached / target : null,
    costPerHousehold: reached !== null && reached > 0 ? Math.round(shownRealisasi / reached) : null,
  };
}
