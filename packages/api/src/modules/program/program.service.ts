// Programs and their outcomes: reach against target, output against target, cost per household,
// graduation, and whether spending keeps up with the plan. Figures come from the rollups
// (budget_rollup, program_reach_rollup), summed in SQL; never from benefit or household rows.
import type { Viewer } from '../../context.js';
import type { Database } from '../../db.js';
import { programHidden, programReach, protectPrograms } from '../../disclosure/programs.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { programScope, scopedProgramFilter } from '../auth/scope.js';
import { assertMonth, assertRegencyCode, assertYear, regencyFilter, resolveMonth } from '../budget/budget.service.js';
import { type StatusThresholds, statusThresholds } from '../settings/settings.service.js';

export type ProgramStatus = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK';

export interface ProgramListFilter {
  regionCode: string;
  year: number;
  clusterId?: number | null | undefined;
  opdId?: number | null | undefined;
}

/** Prisma filter for `programs`: a kabupaten/kota (or province), a year, optionally a cluster or OPD, by role. */
export function programWhere(viewer: Viewer, filter: ProgramListFilter): Prisma.ProgramWhereInput {
  assertYear(filter.year);
  const level = assertRegencyCode(filter.regionCode);
  const { clusterId, opdId } = scopedProgramFilter(viewer, filter);
  return {
    regionCode: level === 'PROVINCE' ? { startsWith: `${filter.regionCode}.` } : filter.regionCode,
    fiscalYear: filter.year,
    ...(clusterId !== null ? { clusterId } : {}),
    ...(opdId !== null ? { opdId } : {}),
  };
}

// ───────────────────────────── status ─────────────────────────────

/**
 * Spending behind plan as a share of plan, at a month's end: (planned − realised) / planned;
 * 0 when nothing was planned yet. Computed in SQL so the list and the counts agree to the bit.
 */
const GAP = `(CASE WHEN b.planned_cumulative > 0
              THEN (b.planned_cumulative - b.realisasi)::float8 / b.planned_cumulative ELSE 0 END)`;

/** ON_TRACK / AT_RISK / OFF_TRACK by the configured thresholds (settings: targets.statusThresholds). */
const statusSql = (onTrackParam: number, atRiskParam: number) =>
  `(CASE WHEN ${GAP} <= $${onTrackParam}::float8 THEN 'ON_TRACK'
         WHEN ${GAP} < $${atRiskParam}::float8 THEN 'AT_RISK' ELSE 'OFF_TRACK' END)`;

export interface ProgramStatusCounts {
  onTrack: number;
  atRisk: number;
  offTrack: number;
  /** The month (1–12) whose end the statuses are at. */
  month: number;
}

export interface OutcomeFilter {
  clusterId?: number | null | undefined;
  opdId?: number | null | undefined;
}

function outcomeWhere(regionCode: string, filter: OutcomeFilter, params: unknown[]): string {
  const where = [regencyFilter('b.region_code', regionCode, 1), 'b.fiscal_year = $2', 'b.month = $3'];
  for (const [column, value] of [
    ['b.cluster_id', filter.clusterId],
    ['b.opd_id', filter.opdId],
  ] as const) {
    if (value !== null && value !== undefined) {
      params.push(value);
      where.push(`${column} = $${params.length}`);
    }
  }
  return where.join(' AND ');
}

/**
 * How many of a region's programs of a year are on track, at risk or off track at the end of
 * `month` (the overview asks for the budget month, budgetMonth), from budget_rollup.
 */
export async function programStatusCounts(
  db: Database,
  regionCode: string,
  year: number,
  month: number,
  filter: OutcomeFilter = {},
): Promise<ProgramStatusCounts> {
  assertYear(year);
  assertMonth(month);
  const at = month;
  const thresholds = await statusThresholds(db);
  const params: unknown[] = [regionCode, year, at, thresholds.onTrackMaxGap, thresholds.atRiskMaxGap];
  const where = outcomeWhere(regionCode, filter, params);
  const [row] = await db.raw<{ on_track: number; at_risk: number; off_track: number }>(
    `SELECT (COUNT(*) FILTER (WHERE s.status = 'ON_TRACK'))::int AS on_track,
            (COUNT(*) FILTER (WHERE s.status = 'AT_RISK'))::int AS at_risk,
            (COUNT(*) FILTER (WHERE s.status = 'OFF_TRACK'))::int AS off_track
     FROM (SELECT ${statusSql(4, 5)} AS status FROM budget_rollup b WHERE ${where}) s`,
    params,
  );
  return { onTrack: row?.on_track ?? 0, atRisk: row?.at_risk ?? 0, offTrack: row?.off_track ?? 0, month: at };
}

// ───────────────────────────── outcomes ─────────────────────────────

/** Where the count of households reached comes from. */
export type ReachSource = 'BENEFIT_RECORDS' | 'APPROVED_REPORTS';

export interface ProgramOutcome {
  programId: number;
  source: ReachSource;
  /** Null when hidden for a role without household access (src/disclosure). */
  beneficiariesReached: number | null;
  /** True when the household counts of this program are hidden for the viewer. */
  suppressed: boolean;
  beneficiaryTarget: number;
  outputCumulative: number;
  outputTarget: number;
  pagu: bigint;
  plannedCumulative: bigint;
  realisasi: bigint;
  /** Null when the reach comes from reports: graduation is known only for recorded beneficiaries. */
  householdsGraduated: number | null;
  gap: number;
  status: ProgramStatus;
}

export interface ProgramOutcomes {
  fiscalYear: number;
  month: number;
  thresholds: StatusThresholds;
  programs: ProgramOutcome[];
  statusCounts: ProgramStatusCounts;
}

/**
 * Outcomes of a region's programs of a year at a month's end. Households reached are the distinct
 * households in the year's benefit records (program_reach_rollup), or, for programs without
 * benefit records (years before the registry was loaded), the beneficiaries of the latest
 * approved report (budget_rollup); `source` says which.
 */
export async function programOutcomes(
  db: Database,
  viewer: Viewer,
  regionCode: string,
  year: number,
  month: number | null | undefined,
  filter: OutcomeFilter,
  disclosure: { protected: boolean; k: number; secret: string },
  today: Date,
): Promise<ProgramOutcomes> {
  assertYear(year);
  const scope = scopedProgramFilter(viewer, filter);
  const at = resolveMonth(year, month, today);
  const thresholds = await statusThresholds(db);
  const params: unknown[] = [regionCode, year, at, thresholds.onTrackMaxGap, thresholds.atRiskMaxGap];
  const where = outcomeWhere(regionCode, scope, params);
  // Households reached are counts of households: for a role without household access, through
  // the program tree it shares with targeting (src/disclosure/programs.ts); a province has none.
  let hidden: (programId: number) => boolean = () => false;
  if (disclosure.protected) {
    if (regionCode.includes('.')) {
      const scopeOfViewer = programScope(viewer);
      const cells = protectPrograms(await programReach(db, regionCode, year, scopeOfViewer), disclosure.k, disclosure.secret, regionCode);
      hidden = (id) => programHidden(cells, id);
    } else hidden = () => true;
  }
  const rows = await db.raw<{
    program_id: number;
    pagu: string;
    planned: string;
    realisasi: string;
    output_cumulative: number;
    beneficiaries_cumulative: number;
    beneficiary_target: number;
    output_target: number;
    reached: number | null;
    graduated: number | null;
    gap: number;
    status: ProgramStatus;
  }>(
    `WITH b AS (SELECT * FROM budget_rollup b WHERE ${where}),
     reach AS (
       -- One rollup row per program × kelurahan × status × desil, each household in exactly one:
       -- the sum is the count of distinct households the program reached.
       SELECT r.program_id, SUM(r.households)::int AS reached, SUM(r.graduated)::int AS graduated
       FROM program_reach_rollup r JOIN b ON b.program_id = r.program_id
       GROUP BY r.program_id
     )
     SELECT b.program_id, b.pagu::text AS pagu, b.planned_cumulative::text AS planned, b.realisasi::text AS realisasi,
            b.output_cumulative, b.beneficiaries_cumulative, p.beneficiary_target, p.output_target,
            reach.reached, reach.graduated, ${GAP} AS gap, ${statusSql(4, 5)} AS status
     FROM b
     JOIN program p ON p.id = b.program_id
     JOIN cluster c ON c.id = b.cluster_id
     LEFT JOIN reach ON reach.program_id = b.program_id
     ORDER BY c.region_code, c.number, p.code`,
    params,
  );
  const programs = rows.map((r): ProgramOutcome => {
    const fromBenefits = r.reached !== null;
    const suppressed = fromBenefits && hidden(r.program_id);
    return {
      programId: r.program_id,
      source: fromBenefits ? 'BENEFIT_RECORDS' : 'APPROVED_REPORTS',
      beneficiariesReached: suppressed ? null : fromBenefits ? r.reached! : r.beneficiaries_cumulative,
      suppressed,
      beneficiaryTarget: r.beneficiary_target,
      outputCumulative: r.output_cumulative,
      outputTarget: r.output_target,
      pagu: BigInt(r.pagu),
      plannedCumulative: BigInt(r.planned),
      realisasi: BigInt(r.realisasi),
      householdsGraduated: fromBenefits && !suppressed ? r.graduated : null,
      gap: r.gap,
      status: r.status,
    };
  });
  const count = (status: ProgramStatus) => programs.filter((p) => p.status === status).length;
  return {
    fiscalYear: year,
    month: at,
    thresholds,
    programs,
    statusCounts: { onTrack: count('ON_TRACK'), atRisk: count('AT_RISK'), offTrack: count('OFF_TRACK'), month: at },
  };
}

/** realisasi / households reached, whole rupiah; null when nobody was reached. */
export function costPerHousehold(outcome: Pick<ProgramOutcome, 'realisasi' | 'beneficiariesReached'>): bigint | null {
  if (outcome.beneficiariesReached === null || outcome.beneficiariesReached <= 0) return null;
  const reached = BigInt(outcome.beneficiariesReached);
  // Round half up in integer arithmetic: rupiah sums can pass 2^53 in a province.
  return (outcome.realisasi * 2n + reached) / (reached * 2n);
}

/** part / whole as a fraction; null when the whole is 0. */
export const ratio = (part: number | null, whole: number): number | null => (part !== null && whole > 0 ? part / whole : null);
