// The chair's one screen: headline figures of a kabupaten/kota, each read from a rollup or a
// small table, each with its provenance. No household rows are read here.
import type { Database } from '../../db.js';
import { READS_SUBMITTED_REPORTS } from '../../read-tracking.js';
import { budgetTotals } from '../budget/budget.service.js';
import { dueReportMonth } from '../calendar/calendar.service.js';
import { actualsFor, statusFromGap, type TargetStatus, targetStatus } from '../poverty/poverty.service.js';
import { statusThresholds } from '../settings/settings.service.js';
import { targetPath } from '../target/target.service.js';

export interface PovertyRateHeadline {
  year: number;
  value: number;
  previousYear: number | null;
  previousValue: number | null;
  target: number | null;
  status: TargetStatus | null;
  targetName: string | null;
  sourceId: string;
  sourceTitle: string;
  vintage: string;
  synthetic: boolean;
}

/** The latest P0 at or before `year`, the one before it, and its status against the region's P0 target. */
export async function povertyRateHeadline(db: Database, regionCode: string, year: number): Promise<PovertyRateHeadline | null> {
  const [rows, target, thresholds] = await Promise.all([
    db.raw<{ year: number; value: number; source_id: string; title: string; vintage: string; synthetic: boolean }>(
      `SELECT v.year, v.value, v.source_id, s.title, v.vintage, v.synthetic
     FROM indicator_value v JOIN data_source s ON s.id = v.source_id
     WHERE v.indicator_code = 'P0' AND v.region_code = $1 AND v.year <= $2 AND v.month = 0
     ORDER BY v.year DESC LIMIT 2`,
      [regionCode, year],
    ),
    db.prisma.target.findFirst({ where: { regionCode, indicatorCode: 'P0' }, orderBy: { id: 'asc' } }),
    statusThresholds(db),
  ]);
  const [latest, previous] = rows;
  if (!latest) return null;
  let targetValue: number | null = null;
  let status: TargetStatus | null = null;
  if (target) {
    const point = targetPath(target).find((p) => p.year === latest.year);
    if (point) {
      targetValue = point.value;
      status = targetStatus(latest.value, point.value, thresholds).status;
    }
  }
  return {
    year: latest.year,
    value: latest.value,
    previousYear: previous?.year ?? null,
    previousValue: previous?.value ?? null,
    target: targetValue,
    status,
    targetName: target?.name ?? null,
    sourceId: latest.source_id,
    sourceTitle: latest.title,
    vintage: latest.vintage,
    synthetic: latest.synthetic,
  };
}

export interface BudgetHeadline {
  month: number;
  /** Programs of the year, and of those the ones with an approved report for `month`. */
  programCount: number;
  reportedPrograms: number;
  pagu: bigint;
  realisasi: bigint;
  plannedCumulative: bigint;
  status: TargetStatus | null;
  /** True when any program of the year is synthetic demo data. */
  synthetic: boolean;
}

/**
 * Budget absorption of a year at the end of the month whose reports are due on `asOf`, against
 * the planned disbursement at that month; null when none is due or the year has no program.
 */
export async function budgetHeadline(db: Database, regionCode: string, year: number, asOf: Date): Promise<BudgetHeadline | null> {
  // The month whose reports are due, not the latest with any approval: one early approval for
  // next month must not move the whole region onto a plan its other OPDs are not due on yet.
  const due = dueReportMonth(year, asOf);
  if (due === null) return null;
  const [totals, [flags]] = await Promise.all([
    budgetTotals(db, regionCode.slice(0, 5), year, due),
    db.raw<{ synthetic: boolean | null }>(
      'SELECT bool_or(synthetic) AS synthetic FROM program WHERE region_code = $1 AND fiscal_year = $2',
      [regionCode.slice(0, 5), year],
    ),
  ]);
  if (totals.programCount === 0) return null;
  const { pagu, realisasi, plannedCumulative: planned } = totals;
  // Behind plan is the gap: (planned − realised) / planned, judged like any target gap.
  const status = planned > 0n ? statusFromGap(Number(planned - realisasi) / Number(planned), await statusThresholds(db)) : null;
  return {
    month: totals.month,
    programCount: totals.programCount,
    reportedPrograms: totals.reportedPrograms,
    pagu,
    realisasi,
    plannedCumulative: planned,
    status,
    synthetic: flags?.synthetic ?? false,
  };
}

export interface ExtremePoorHeadline {
  /** Null when hidden for the viewer (src/disclosure). */
  households: number | null;
  previousYear: number | null;
  previousValue: number | null;
  priorityAtZero: number;
  priorityTotal: number;
  priorityGroupName: string | null;
}

export async function extremePoorHeadline(
  db: Database,
  regionCode: string,
  currentYear: number,
  today: Date,
): Promise<ExtremePoorHeadline> {
  const [actuals, group] = await Promise.all([
    actualsFor(db, 'EXTREME_POOR_HOUSEHOLDS', [regionCode], currentYear, today),
    db.prisma.regionGroup.findFirst({
      where: { regionCode: regionCode.slice(0, 5), kind: 'PRIORITY_INTERVENTION' },
      orderBy: { year: 'desc' },
      select: { name: true, members: { select: { regionCode: true } } },
    }),
  ]);
  const now = actuals.find((a) => a.year === currentYear);
  const previous = actuals.filter((a) => a.year < currentYear).at(-1);
  let atZero = 0;
  if (group) {
    const [row] = await db.raw<{ at_zero: number }>(
      `SELECT COUNT(*) FILTER (WHERE n = 0)::int AS at_zero FROM (
         SELECT c.code, COALESCE(SUM(r.households), 0) AS n
         FROM unnest($1::text[]) AS c(code)
         LEFT JOIN household_rollup r ON (r.kelurahan_code = c.code OR r.kelurahan_code LIKE c.code || '.%')
           AND r.poverty_status = 'EXTREME' AND r.lifecycle = 'ACTIVE'
         GROUP BY c.code) t`,
      [group.members.map((m) => m.regionCode)],
    );
    atZero = row?.at_zero ?? 0;
  }
  return {
    households: now?.value ?? 0,
    previousYear: previous?.year ?? null,
    previousValue: previous?.value ?? null,
    priorityAtZero: atZero,
    priorityTotal: group?.members.length ?? 0,
    priorityGroupName: group?.name ?? null,
  };
}

export interface LateCounts {
  overdueFollowUps: number;
  latePriorities: number;
  /** OPDs with at least one program that has no approved or submitted report for `month`. */
  opdsNotReported: number;
  reportMonth: number | null;
}

export async function lateCounts(db: Database, regionCode: string, year: number, asOf: Date): Promise<LateCounts> {
  const regency = regionCode.slice(0, 5);
  const [followUps, priorities] = await Promise.all([
    db.prisma.followUp.count({
      where: { decision: { rakor: { regionCode: regency } }, status: { in: ['OPEN', 'IN_PROGRESS'] }, dueDate: { lt: asOf } },
    }),
    db.prisma.priority.count({ where: { regionCode: regency, status: { in: ['NOT_STARTED', 'IN_PROGRESS'] }, dueDate: { lt: asOf } } }),
  ]);
  const reportMonth = dueReportMonth(year, asOf);
  let opdsNotReported = 0;
  if (reportMonth) {
    // progress_report is small (programs × 12); this count reads it directly, submitted and
    // approved reports only, so a draft being saved keeps cached overviews.
    const [row] = await db.raw<{ n: number }>(
      `${READS_SUBMITTED_REPORTS}
       SELECT COUNT(DISTINCT p.opd_id)::int AS n FROM program p
       WHERE p.region_code = $1 AND p.fiscal_year = $2 AND NOT EXISTS (
         SELECT 1 FROM progress_report r WHERE r.program_id = p.id AND r.month = $3 AND r.status IN ('SUBMITTED', 'APPROVED'))`,
      [regency, year, reportMonth],
    );
    opdsNotReported = row?.n ?? 0;
  }
  return { overdueFollowUps: followUps, latePriorities: priorities, opdsNotReported, reportMonth };
}
