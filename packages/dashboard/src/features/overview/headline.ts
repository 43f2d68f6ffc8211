// Pure helpers behind Ringkasan's headline cards: status tones, changes against the year before,
// and the budget meter's proportions.

/** TargetStatus as the API sends it: green, amber or red against a target path or a plan. */
export type TargetStatus = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK';

/** How a status is drawn: colour, icon and words always together, never colour alone. */
export type Tone = 'good' | 'warn' | 'bad' | 'neutral';

export function statusTone(status: TargetStatus | null | undefined): Tone {
  if (status === 'ON_TRACK') return 'good';
  if (status === 'AT_RISK') return 'warn';
  if (status === 'OFF_TRACK') return 'bad';
  return 'neutral';
}

export type Trend = 'down' | 'up' | 'flat';

export interface Change {
  /** current − previous, rounded to `digits` decimals. */
  change: number;
  trend: Trend;
}

/** The change from the value before, or null when there is none to compare with. */
export function changeFrom(current: number, previous: number | null | undefined, digits = 2): Change | null {
  if (previous === null || previous === undefined || !Number.isFinite(previous) || !Number.isFinite(current)) return null;
  const f = 10 ** digits;
  const change = Math.round((current - previous) * f) / f;
  return { change, trend: change < 0 ? 'down' : change > 0 ? 'up' : 'flat' };
}

export interface BudgetFigures {
  pagu: number;
  realisasi: number;
  plannedCumulative: number;
}

export interface BudgetMeter {
  /** realisasi / pagu, 0–1 (clamped), the filled bar's width. */
  realised: number;
  /** plannedCumulative / pagu, 0–1 (clamped), where the plan marker stands. */
  planned: number;
  /** realisasi − plannedCumulative, whole rupiah; negative when spending is behind plan. */
  gapToPlan: number;
  /** gapToPlan / pagu, a fraction; null without pagu. */
  gapToPlanRate: number | null;
}

const clamp01 = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);

/** Proportions of the absorption bar: realised against pagu, with the plan to date marked. */
export function budgetMeter({ pagu, realisasi, plannedCumulative }: BudgetFigures): BudgetMeter {
  const gapToPlan = realisasi - plannedCumulative;
  if (pagu <= 0) return { realised: 0, planned: 0, gapToPlan, gapToPlanRate: null };
  return {
    realised: clamp01(realisasi / pagu),
    planned: clamp01(plannedCumulative / pagu),
    gapToPlan,
    gapToPlanRate: gapToPlan / pagu,
  };
}

export interface ProgramCounts {
  onTrack: number;
  atRisk: number;
  offTrack: number;
}

/** Shares of the programs in each state, for a stacked bar; all zero without programs. */
export function programShares(counts: ProgramCounts): ProgramCounts & { total: number } {
  const total = counts.onTrack + counts.atRisk + counts.offTrack;
  if (total === 0) return { onTrack: 0, atRisk: 0, offTrack: 0, total };
  return { onTrack: counts.onTrack / total, atRisk: counts.atRisk / total, offTrack: counts.offTrack / total, total };
}
