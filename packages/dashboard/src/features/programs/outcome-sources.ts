// Where a cluster's outcome figures come from, for the footnote: realisasi and output always from
// approved monthly reports; households reached from the benefit records where the year has them,
// else from the reports. Pure, for tests.
import { realSourceNotes } from '../budget/budget-rows';

export interface OutcomeSourceInput {
  source: 'BENEFIT_RECORDS' | 'APPROVED_REPORTS';
  program: { code: string; synthetic: boolean; sourceNote: string | null };
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

/** Sums of a cluster's programs. Households are summed per program: one reached by two counts twice. */
export function outcomeTotals(
  rows: readonly { pagu: number; realisasi: number; beneficiariesReached: number; beneficiaryTarget: number }[],
) {
  const pagu = rows.reduce((s, r) => s + r.pagu, 0);
  const realisasi = rows.reduce((s, r) => s + r.realisasi, 0);
  const reached = rows.reduce((s, r) => s + r.beneficiariesReached, 0);
  const target = rows.reduce((s, r) => s + r.beneficiaryTarget, 0);
  return {
    pagu,
    realisasi,
    absorptionRate: pagu > 0 ? realisasi / pagu : null,
    reached,
    target,
    reachRate: target > 0 ? reached / target : null,
    costPerHousehold: reached > 0 ? Math.round(realisasi / reached) : null,
  };
}
