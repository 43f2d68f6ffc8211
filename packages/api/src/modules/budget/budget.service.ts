// Budget figures from budget_rollup: pagu, planned disbursement and approved realisasi at a
// month's end, per program × month, kept current in the transaction of each report approval
// (modules/rollup). Every read here sums that table in SQL; none touches progress_report or
// household rows, except reportingCompleteness (see there).
import type { Viewer } from '../../context.js';
import type { Database } from '../../db.js';
import { READS_REPORT_STATES } from '../../read-tracking.js';
import { assertFigureRegion, inputError, type ProgramScope } from '../auth/scope.js';
import { dueReportMonth } from '../calendar/calendar.service.js';

export interface BudgetFigure {
  pagu: bigint;
  realisasi: bigint;
}

/** Sum over a cluster's programs of one fiscal year, at the end of `month` (default December). */
export async function clusterBudget(db: Database, clusterId: number, fiscalYear: number, month = 12): Promise<BudgetFigure> {
  // SUM(bigint) is numeric in PostgreSQL; cast back so the driver returns an exact integer string.
  const [row] = await db.raw<{ pagu: string | null; realisasi: string | null }>(
    `SELECT SUM(pagu)::bigint::text AS pagu, SUM(realisasi)::bigint::text AS realisasi
     FROM budget_rollup WHERE cluster_id = $1 AND fiscal_year = $2 AND month = $3`,
    [clusterId, fiscalYear, month],
  );
  return { pagu: BigInt(row?.pagu ?? 0), realisasi: BigInt(row?.realisasi ?? 0) };
}

/** realisasi / pagu as a fraction 0–1; null when there is no pagu. */
export function absorptionRate({ pagu, realisasi }: BudgetFigure): number | null {
  return pagu > 0n ? Number(realisasi) / Number(pagu) : null;
}

// ───────────────────────────── arguments ─────────────────────────────

/**
 * The WHERE fragment selecting a region's rows of a table with a kabupaten/kota `region_code`
 * (budget_rollup, program). Programs and budgets belong to a kabupaten/kota; a province sums its
 * kabupaten/kota. Below a kabupaten/kota there is no budget to show, so that is refused rather
 * than answered with an empty, misleading zero.
 */
export function regencyFilter(column: string, regionCode: string, param: number): string {
  // A province: its kabupaten/kota codes start with "16." ("16.71"), never "160".
  return assertRegencyCode(regionCode) === 'PROVINCE' ? `${column} LIKE $${param}::text || '.%'` : `${column} = $${param}`;
}

/** Checks that a code is a province or a kabupaten/kota, the levels budgets and programs are kept at. */
export function assertRegencyCode(regionCode: string): 'PROVINCE' | 'KABUPATEN_KOTA' {
  if (/^\d{2}$/.test(regionCode)) return 'PROVINCE';
  if (/^\d{2}\.\d{2}$/.test(regionCode)) return 'KABUPATEN_KOTA';
  throw inputError(
    /^\d{2}\.\d{2}\./.test(regionCode)
      ? `Budgets and programs are kept per kabupaten/kota; ${regionCode} lies below one (use ${regionCode.slice(0, 5)})`
      : `regionCode must be a province (16) or kabupaten/kota (16.71) code, got ${regionCode}`,
    'regionCode',
  );
}

/**
 * A viewer may read the budget of their own kabupaten/kota (or of any, without a region), and a
 * province's sum only when their area is the whole province: the sum would otherwise show the
 * OPDs and programs of neighbouring kabupaten/kota.
 */
export function assertBudgetRegionReadable(viewer: Viewer | null, regionCode: string): Viewer {
  return assertFigureRegion(viewer, regionCode);
}

export function assertMonth(month: number | null | undefined, field = 'month'): void {
  if (month !== null && month !== undefined && (!Number.isInteger(month) || month < 1 || month > 12)) {
    throw inputError(`${field} must be 1–12, got ${month}`, field);
  }
}

export function assertYear(year: number, field = 'year'): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw inputError(`${field} must be a fiscal year 2000–2100, got ${year}`, field);
}

/**
 * The month a year's budget figures stand at when none is asked for. One rule for every page, the
 * overview and the rakor deck (issue 8): the month whose reports are due today
 * (calendar.dueReportMonth: the month before today's in the current year, December for a past
 * year), whoever has or has not reported. A report not yet approved for that month is missing,
 * not estimated: the program's realisasi stays at its last approved month and `reportedPrograms`
 * says how many reported. Not "the latest month with an approved report": one early approval for
 * next month would move every figure onto a plan the other OPDs are not due on. A year with no
 * report due yet (January, or a later year) stands at January, before any report.
 */
export function budgetMonth(year: number, today: Date): number {
  return dueReportMonth(year, today) ?? 1;
}

/** The month asked for, checked, or the budget month of the rule above. */
export function resolveMonth(year: number, month: number | null | undefined, today: Date): number {
  assertMonth(month);
  return month ?? budgetMonth(year, today);
}

// ───────────────────────────── budget by OPD, cluster or program ─────────────────────────────

export type BudgetGrouping = 'OPD' | 'CLUSTER' | 'PROGRAM';

export interface BudgetRow extends BudgetFigure {
  grouping: BudgetGrouping;
  /** The OPD, cluster or program id, by grouping. */
  id: number;
  label: string;
  opdId: number | null;
  clusterId: number | null;
  programId: number | null;
  plannedCumulative: bigint;
  programCount: number;
  /** Programs of the row with an approved report for `month` itself. */
  reportedPrograms: number;
  synthetic: boolean;
  fiscalYear: number;
  month: number;
}

interface BudgetSqlRow {
  id: number;
  label: string;
  opd_id: number | null;
  cluster_id: number | null;
  program_id: number | null;
  programs: number;
  reported: number;
  pagu: string;
  realisasi: string;
  planned: string;
  synthetic: boolean;
}

const GROUPINGS: Record<BudgetGrouping, { select: string; join: string; groupBy: string; orderBy: string }> = {
  OPD: {
    select: 'b.opd_id AS id, o.name AS label, b.opd_id, NULL::int AS cluster_id, NULL::int AS program_id',
    join: 'JOIN opd o ON o.id = b.opd_id',
    groupBy: 'b.opd_id, o.name',
    orderBy: 'SUM(b.pagu) DESC, o.name',
  },
  CLUSTER: {
    select: `b.cluster_id AS id, 'Klaster ' || c.number AS label, NULL::int AS opd_id, b.cluster_id, NULL::int AS program_id`,
    join: 'JOIN cluster c ON c.id = b.cluster_id',
    groupBy: 'b.cluster_id, c.number, c.region_code',
    orderBy: 'c.region_code, c.number',
  },
  PROGRAM: {
    select: 'b.program_id AS id, p.name AS label, b.opd_id, b.cluster_id, b.program_id',
    join: 'JOIN cluster c ON c.id = b.cluster_id',
    groupBy: 'b.program_id, p.name, b.opd_id, b.cluster_id, c.region_code, c.number, p.code',
    orderBy: 'c.region_code, c.number, p.code',
  },
};

/** Pagu, planned and approved realisasi of a region's programs of one year at a month's end, grouped. */
export async function budgetRows(
  db: Database,
  regionCode: string,
  year: number,
  month: number | null | undefined,
  grouping: BudgetGrouping,
  today: Date,
  scope: ProgramScope = { clusterId: null, opdId: null },
): Promise<BudgetRow[]> {
  assertYear(year);
  const at = resolveMonth(year, month, today);
  const g = GROUPINGS[grouping];
  // The program join is for labels and the synthetic flag: one row per rollup row, by primary key.
  const rows = await db.raw<BudgetSqlRow>(
    `SELECT ${g.select}, COUNT(*)::int AS programs, (COUNT(*) FILTER (WHERE b.reported))::int AS reported,
            SUM(b.pagu)::bigint::text AS pagu, SUM(b.realisasi)::bigint::text AS realisasi,
            SUM(b.planned_cumulative)::bigint::text AS planned, bool_or(p.synthetic) AS synthetic
     FROM budget_rollup b
     JOIN program p ON p.id = b.program_id
     ${g.join}
     WHERE ${regencyFilter('b.region_code', regionCode, 1)} AND b.fiscal_year = $2 AND b.month = $3
       AND ($4::int IS NULL OR b.cluster_id = $4::int) AND ($5::int IS NULL OR b.opd_id = $5::int)
     GROUP BY ${g.groupBy}
     ORDER BY ${g.orderBy}`,
    [regionCode, year, at, scope.clusterId, scope.opdId],
  );
  return rows.map((r) => ({
    grouping,
    id: r.id,
    label: r.label,
    opdId: r.opd_id,
    clusterId: r.cluster_id,
    programId: r.program_id,
    programCount: r.programs,
    reportedPrograms: r.reported,
    pagu: BigInt(r.pagu),
    realisasi: BigInt(r.realisasi),
    plannedCumulative: BigInt(r.planned),
    synthetic: r.synthetic,
    fiscalYear: year,
    month: at,
  }));
}

export interface BudgetTotals extends BudgetFigure {
  plannedCumulative: bigint;
  programCount: number;
  /** Programs with an approved report for `month` itself. */
  reportedPrograms: number;
  fiscalYear: number;
  month: number;
}

/** One region's budget of one year at the end of `month`: for the overview. */
export async function budgetTotals(db: Database, regionCode: string, year: number, month: number): Promise<BudgetTotals> {
  assertMonth(month);
  const at = month;
  const [row] = await db.raw<{ programs: number; reported: number; pagu: string | null; realisasi: string | null; planned: string | null }>(
    `SELECT COUNT(*)::int AS programs, (COUNT(*) FILTER (WHERE reported))::int AS reported,
            SUM(pagu)::bigint::text AS pagu, SUM(realisasi)::bigint::text AS realisasi,
            SUM(planned_cumulative)::bigint::text AS planned
     FROM budget_rollup WHERE ${regencyFilter('region_code', regionCode, 1)} AND fiscal_year = $2 AND month = $3`,
    [regionCode, year, at],
  );
  return {
    programCount: row?.programs ?? 0,
    reportedPrograms: row?.reported ?? 0,
    pagu: BigInt(row?.pagu ?? 0),
    realisasi: BigInt(row?.realisasi ?? 0),
    plannedCumulative: BigInt(row?.planned ?? 0),
    fiscalYear: year,
    month: at,
  };
}

// ───────────────────────────── the S-curve ─────────────────────────────

export interface BudgetCurvePoint {
  month: number;
  pagu: bigint;
  planned: bigint;
  realised: bigint;
  reported: boolean;
  reportedPrograms: number;
  programCount: number;
}

export interface BudgetCurveFilter {
  clusterId?: number | null | undefined;
  opdId?: number | null | undefined;
  programId?: number | null | undefined;
}

/** Cumulative planned and approved realisasi for months 1–12 of a year; months without programs are zero. */
export async function budgetCurve(
  db: Database,
  regionCode: string,
  year: number,
  filter: BudgetCurveFilter = {},
): Promise<BudgetCurvePoint[]> {
  assertYear(year);
  const params: unknown[] = [regionCode, year];
  const where = [regencyFilter('region_code', regionCode, 1), 'fiscal_year = $2'];
  for (const [column, value] of [
    ['cluster_id', filter.clusterId],
    ['opd_id', filter.opdId],
    ['program_id', filter.programId],
  ] as const) {
    if (value !== null && value !== undefined) {
      params.push(value);
      where.push(`${column} = $${params.length}`);
    }
  }
  const rows = await db.raw<{
    month: number;
    programs: number;
    reported: number;
    pagu: string;
    planned: string;
    realised: string;
  }>(
    `SELECT month, COUNT(*)::int AS programs, (COUNT(*) FILTER (WHERE reported))::int AS reported,
            SUM(pagu)::bigint::text AS pagu, SUM(planned_cumulative)::bigint::text AS planned,
            SUM(realisasi)::bigint::text AS realised
     FROM budget_rollup WHERE ${where.join(' AND ')}
     GROUP BY month ORDER BY month`,
    params,
  );
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return Array.from({ length: 12 }, (_, i) => {
    const r = byMonth.get(i + 1);
    return {
      month: i + 1,
      pagu: BigInt(r?.pagu ?? 0),
      planned: BigInt(r?.planned ?? 0),
      realised: BigInt(r?.realised ?? 0),
      reported: (r?.reported ?? 0) > 0,
      reportedPrograms: r?.reported ?? 0,
      programCount: r?.programs ?? 0,
    };
  });
}

// ───────────────────────────── reporting completeness ─────────────────────────────

export interface ReportingCompleteness {
  opdId: number;
  programs: number;
  approved: number;
  submitted: number;
  draftOrReturned: number;
  missing: number;
  missingProgramIds: number[];
}

/**
 * Per OPD: how many of its programs of the year have a report for the month, by status. This
 * one reads progress_report rather than a rollup, on purpose: it counts workflow states the
 * budget rollup does not keep (submitted, returned, missing), and the table is small — one row
 * per program × month, a few thousand a year even for a province — and indexed by program.
 */
export async function reportingCompleteness(
  db: Database,
  regionCode: string,
  year: number,
  month: number,
  scope: ProgramScope = { clusterId: null, opdId: null },
): Promise<ReportingCompleteness[]> {
  assertYear(year);
  assertMonth(month);
  const rows = await db.raw<{
    opd_id: number;
    programs: number;
    approved: number;
    submitted: number;
    draft_or_returned: number;
    missing: number;
    missing_ids: number[] | null;
  }>(
    `${READS_REPORT_STATES}
     SELECT p.opd_id, COUNT(*)::int AS programs,
            (COUNT(*) FILTER (WHERE r.status = 'APPROVED'))::int AS approved,
            (COUNT(*) FILTER (WHERE r.status = 'SUBMITTED'))::int AS submitted,
            (COUNT(*) FILTER (WHERE r.status IN ('DRAFT', 'RETURNED')))::int AS draft_or_returned,
            (COUNT(*) FILTER (WHERE r.id IS NULL))::int AS missing,
            array_agg(p.id ORDER BY p.code) FILTER (WHERE r.id IS NULL) AS missing_ids
     FROM program p
     JOIN opd o ON o.id = p.opd_id
     LEFT JOIN progress_report r ON r.program_id = p.id AND r.month = $3
     WHERE ${regencyFilter('p.region_code', regionCode, 1)} AND p.fiscal_year = $2
       AND ($4::int IS NULL OR p.cluster_id = $4::int) AND ($5::int IS NULL OR p.opd_id = $5::int)
     GROUP BY p.opd_id, o.name
     ORDER BY (COUNT(*) FILTER (WHERE r.status IS DISTINCT FROM 'APPROVED')) DESC, o.name`,
    [regionCode, year, month, scope.clusterId, scope.opdId],
  );
  return rows.map((r) => ({
    opdId: r.opd_id,
    programs: r.programs,
    approved: r.approved,
    submitted: r.submitted,
    draftOrReturned: r.draft_or_returned,
    missing: r.missing,
    missingProgramIds: r.missing_ids ?? [],
  }));
}
