// The OPD monthly progress report: save a draft, submit, approve or return (DESIGN.md, issue 4's
// one write path). Every write runs in one Prisma interactive transaction with its audit row;
// approval also refreshes the program's budget rollup in that transaction, so a dashboard read
// after the mutation shows the new realisasi, and a failure anywhere leaves nothing changed.
import type { Viewer } from '../../context.js';
import type { Database } from '../../db.js';
import {
  DomainError,
  REPORT_COMMENT_REQUIRED,
  REPORT_DECREASE_NEEDS_REASON,
  REPORT_MONTH_OUTSIDE_YEAR,
  REPORT_NEGATIVE_AMOUNT,
  REPORT_NOT_EDITABLE,
  REPORT_NOT_FOUND,
  REPORT_NOT_REVIEWER,
  REPORT_OTHER_OPD,
  REPORT_PROGRAM_NOT_FOUND,
  REPORT_REALISASI_ABOVE_LATER_MONTH,
  REPORT_REALISASI_DECREASES,
  REPORT_REALISASI_EXCEEDS_PAGU,
  REPORT_TEXT_TOO_LONG,
  REPORT_WRONG_STATUS,
} from '../../errors.js';
import type { Prisma, Program, ProgressReport } from '../../generated/prisma/client.js';
import type { ReportStatus } from '../../generated/prisma/enums.js';
import { assertFigureRegion, canReadRegion, forbidden, isUnder } from '../auth/scope.js';
import { assertMonth, assertRegencyCode, assertYear } from '../budget/budget.service.js';
import { refreshBudgetRollup, runnerFromPrisma } from '../rollup/rollup.service.js';

type Tx = Prisma.TransactionClient;

/** Longest problems, solutions or review comment, characters. */
export const MAX_TEXT = 4_000;

// Interactive transactions default to 5 s; PGlite under a loaded test run can be slower than that.
const TX_OPTIONS = { maxWait: 10_000, timeout: 30_000 } as const;

export interface SaveReportDraftInput {
  programId: number;
  month: number;
  realisasi: bigint;
  outputCumulative: number;
  beneficiariesCumulative: number;
  problems?: string | null | undefined;
  solutions?: string | null | undefined;
  /** Why output or beneficiaries fall below the last approved month; required then. */
  reason?: string | null | undefined;
}

// ───────────────────────────── who may do what ─────────────────────────────

/** ADMIN of the program's area, or CLUSTER_HEAD of the program's cluster. */
export function isReviewer(viewer: Viewer, program: Pick<Program, 'clusterId' | 'regionCode'>): boolean {
  if (viewer.role === 'ADMIN') return viewer.regionCode === null || isUnder(program.regionCode, viewer.regionCode);
  return viewer.role === 'CLUSTER_HEAD' && viewer.clusterId !== null && viewer.clusterId === program.clusterId;
}

/** OPD operator of the program's OPD, or ADMIN of its area. */
export function isReporter(viewer: Viewer, program: Pick<Program, 'opdId' | 'regionCode'>): boolean {
  if (viewer.role === 'ADMIN') return viewer.regionCode === null || isUnder(program.regionCode, viewer.regionCode);
  return viewer.role === 'OPD_OPERATOR' && viewer.opdId !== null && viewer.opdId === program.opdId;
}

function assertReporter(viewer: Viewer, program: Program, field: string): void {
  if (isReporter(viewer, program)) return;
  if (viewer.role === 'OPD_OPERATOR') {
    throw new DomainError(
      REPORT_OTHER_OPD,
      `Program ${program.code} belongs to another OPD; you may report on your own OPD's programs only`,
      field,
    );
  }
  // The schema lets only OPD operators and admins reach here; an admin of another area lands here.
  throw forbidden('Only the OPD running a program (or the secretariat) reports on it');
}

// ───────────────────────────── checks on the figures ─────────────────────────────

interface Figures {
  month: number;
  realisasi: bigint;
  outputCumulative: number;
  beneficiariesCumulative: number;
}

function checkMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new DomainError(REPORT_MONTH_OUTSIDE_YEAR, `Month must be 1–12 of the fiscal year, got ${month}`, 'month');
  }
}

function checkAmounts(program: Program, f: Figures): void {
  if (f.realisasi < 0n) throw new DomainError(REPORT_NEGATIVE_AMOUNT, 'Realisasi cannot be negative', 'realisasi');
  if (f.outputCumulative < 0) throw new DomainError(REPORT_NEGATIVE_AMOUNT, 'Output cannot be negative', 'outputCumulative');
  if (f.beneficiariesCumulative < 0) {
    throw new DomainError(REPORT_NEGATIVE_AMOUNT, 'Beneficiaries cannot be negative', 'beneficiariesCumulative');
  }
  if (f.realisasi > program.pagu) {
    throw new DomainError(
      REPORT_REALISASI_EXCEEDS_PAGU,
      `Realisasi Rp${f.realisasi} is above the program's pagu of Rp${program.pagu}`,
      'realisasi',
    );
  }
}

/**
 * Realisasi is cumulative over the fiscal year, so a month's figure may not fall below an earlier
 * approved month's nor rise above a later approved month's: the S-curve never goes down.
 */
async function checkAgainstApproved(tx: Tx, program: Program, f: Figures): Promise<void> {
  // One after the other: a transaction is one connection.
  const before = await tx.progressReport.findFirst({
    where: { programId: program.id, status: 'APPROVED', month: { lt: f.month } },
    orderBy: { realisasi: 'desc' },
    select: { month: true, realisasi: true },
  });
  const after = await tx.progressReport.findFirst({
    where: { programId: program.id, status: 'APPROVED', month: { gt: f.month } },
    orderBy: { realisasi: 'asc' },
    select: { month: true, realisasi: true },
  });
  if (before && f.realisasi < before.realisasi) {
    throw new DomainError(
      REPORT_REALISASI_DECREASES,
      `Realisasi is cumulative: Rp${f.realisasi} is below the Rp${before.realisasi} approved for month ${before.month}`,
      'realisasi',
    );
  }
  if (after && f.realisasi > after.realisasi) {
    throw new DomainError(
      REPORT_REALISASI_ABOVE_LATER_MONTH,
      `Realisasi is cumulative: Rp${f.realisasi} is above the Rp${after.realisasi} approved for the later month ${after.month}`,
      'realisasi',
    );
  }
}

/**
 * Output and beneficiaries are cumulative too, but a recount may lower them (duplicates removed,
 * a beneficiary found ineligible): allowed, with a written reason the reviewer reads. Returns the
 * reason to store, null when nothing falls.
 */
async function checkCumulativeDecrease(tx: Tx, program: Program, f: Figures, reason: string | null): Promise<string | null> {
  const last = await tx.progressReport.findFirst({
    where: { programId: program.id, status: 'APPROVED', month: { lt: f.month } },
    orderBy: { month: 'desc' },
    select: { month: true, outputCumulative: true, beneficiariesCumulative: true },
  });
  const falls: string[] = [];
  if (last && f.outputCumulative < last.outputCumulative) falls.push(`output ${f.outputCumulative} < ${last.outputCumulative}`);
  if (last && f.beneficiariesCumulative < last.beneficiariesCumulative) {
    falls.push(`beneficiaries ${f.beneficiariesCumulative} < ${last.beneficiariesCumulative}`);
  }
  if (falls.length === 0) return null;
  if (!reason) {
    throw new DomainError(
      REPORT_DECREASE_NEEDS_REASON,
      `Cumulative figures fall below month ${last!.month}'s approved report (${falls.join(', ')}); say why`,
      'reason',
    );
  }
  return reason;
}

function cleanText(value: string | null | undefined, field: string): string | null {
  const text = value?.trim() ?? '';
  if (text.length > MAX_TEXT) throw new DomainError(REPORT_TEXT_TOO_LONG, `At most ${MAX_TEXT} characters, got ${text.length}`, field);
  return text === '' ? null : text;
}

// ───────────────────────────── loading ─────────────────────────────

type ReportWithProgram = ProgressReport & { program: Program };

/** A report the viewer's area covers; one outside it is "not found", so ids do not leak across regions. */
async function loadReport(tx: Tx, viewer: Viewer, id: number): Promise<ReportWithProgram> {
  const report = await tx.progressReport.findUnique({ where: { id }, include: { program: true } });
  if (!report || !canReadRegion(viewer, report.program.regionCode)) throw new DomainError(REPORT_NOT_FOUND, `No report ${id}`, 'id');
  return report;
}

/** Moves a report from one of `from` to `data.status`; fails if another request moved it first. */
async function transition(tx: Tx, report: ProgressReport, from: ReportStatus[], data: Prisma.ProgressReportUncheckedUpdateManyInput) {
  const { count } = await tx.progressReport.updateMany({ where: { id: report.id, status: { in: from } }, data });
  if (count !== 1) throw wrongStatus(report, from);
}

function wrongStatus(report: ProgressReport, allowed: ReportStatus[]): DomainError {
  return new DomainError(
    REPORT_WRONG_STATUS,
    `The report for month ${report.month} is ${report.status}; this needs ${allowed.join(' or ')}`,
    'id',
  );
}

/** Who did what to which report; figures and states only — never free text, which may name people. */
function audit(tx: Tx, viewer: Viewer, action: string, report: ProgressReport, from: ReportStatus | null, to: ReportStatus) {
  return tx.auditLog.create({
    data: {
      userId: viewer.id,
      action,
      entity: 'progress_report',
      entityId: String(report.id),
      details: {
        programId: report.programId,
        month: report.month,
        realisasi: report.realisasi.toString(),
        outputCumulative: report.outputCumulative,
        beneficiariesCumulative: report.beneficiariesCumulative,
        from,
        to,
      },
    },
  });
}

// ───────────────────────────── the four writes ─────────────────────────────

/** Creates the DRAFT report of a program-month, or updates its DRAFT or RETURNED one. */
export function saveReportDraft(db: Database, viewer: Viewer, input: SaveReportDraftInput): Promise<ProgressReport> {
  return db.prisma.$transaction(async (tx) => {
    const program = await tx.program.findUnique({ where: { id: input.programId } });
    if (!program || !canReadRegion(viewer, program.regionCode)) {
      throw new DomainError(REPORT_PROGRAM_NOT_FOUND, `No program ${input.programId}`, 'programId');
    }
    assertReporter(viewer, program, 'programId');
    checkMonth(input.month);
    const existing = await tx.progressReport.findUnique({ where: { programId_month: { programId: program.id, month: input.month } } });
    if (existing && existing.status !== 'DRAFT' && existing.status !== 'RETURNED') {
      throw new DomainError(
        REPORT_NOT_EDITABLE,
        `The report for month ${input.month} is ${existing.status} and can no longer be edited`,
        'month',
      );
    }
    checkAmounts(program, input);
    await checkAgainstApproved(tx, program, input);
    const decreaseReason = await checkCumulativeDecrease(tx, program, input, cleanText(input.reason, 'reason'));
    const data = {
      realisasi: input.realisasi,
      outputCumulative: input.outputCumulative,
      beneficiariesCumulative: input.beneficiariesCumulative,
      problems: cleanText(input.problems, 'problems'),
      solutions: cleanText(input.solutions, 'solutions'),
      decreaseReason,
    };
    // A RETURNED report keeps its status (and the reviewer's comment) until it is submitted again.
    const report = existing
      ? await tx.progressReport.update({ where: { id: existing.id }, data })
      : await tx.progressReport.create({ data: { ...data, programId: program.id, month: input.month, status: 'DRAFT' } });
    await audit(tx, viewer, existing ? 'report.update_draft' : 'report.create_draft', report, existing?.status ?? null, report.status);
    return report;
  }, TX_OPTIONS);
}

/** DRAFT or RETURNED → SUBMITTED, by the program's OPD; the figures are checked again. */
export function submitReport(db: Database, viewer: Viewer, id: number): Promise<ProgressReport> {
  return db.prisma.$transaction(async (tx) => {
    const report = await loadReport(tx, viewer, id);
    assertReporter(viewer, report.program, 'id');
    const from: ReportStatus[] = ['DRAFT', 'RETURNED'];
    if (!from.includes(report.status)) throw wrongStatus(report, from);
    // An earlier month may have been approved, or the pagu cut, since the draft was saved.
    checkAmounts(report.program, report);
    await checkAgainstApproved(tx, report.program, report);
    await checkCumulativeDecrease(tx, report.program, report, report.decreaseReason);
    await transition(tx, report, from, { status: 'SUBMITTED', submittedAt: new Date(), submittedById: viewer.id });
    const submitted = await tx.progressReport.findUniqueOrThrow({ where: { id } });
    await audit(tx, viewer, 'report.submit', submitted, report.status, 'SUBMITTED');
    return submitted;
  }, TX_OPTIONS);
}

/**
 * SUBMITTED → APPROVED, by the head of the program's cluster or the secretariat. In the same
 * transaction the program's budget rollup is recomputed and the audit row written: the
 * dashboards read the new figure at once, or nothing changed at all.
 */
export function approveReport(db: Database, viewer: Viewer, id: number, comment?: string | null): Promise<ProgressReport> {
  return db.prisma.$transaction(async (tx) => {
    const report = await loadReport(tx, viewer, id);
    assertReviewer(viewer, report);
    if (report.status !== 'SUBMITTED') throw wrongStatus(report, ['SUBMITTED']);
    const reviewComment = cleanText(comment, 'comment');
    checkAmounts(report.program, report);
    await checkAgainstApproved(tx, report.program, report);
    await checkCumulativeDecrease(tx, report.program, report, report.decreaseReason);
    await transition(tx, report, ['SUBMITTED'], { status: 'APPROVED', reviewedAt: new Date(), reviewedById: viewer.id, reviewComment });
    await refreshBudgetRollup(runnerFromPrisma(tx), report.programId);
    const approved = await tx.progressReport.findUniqueOrThrow({ where: { id } });
    await audit(tx, viewer, 'report.approve', approved, 'SUBMITTED', 'APPROVED');
    return approved;
  }, TX_OPTIONS);
}

/** SUBMITTED → RETURNED with a comment saying what to fix, by the same reviewers. */
export function returnReport(db: Database, viewer: Viewer, id: number, comment: string): Promise<ProgressReport> {
  return db.prisma.$transaction(async (tx) => {
    const report = await loadReport(tx, viewer, id);
    assertReviewer(viewer, report);
    if (report.status !== 'SUBMITTED') throw wrongStatus(report, ['SUBMITTED']);
    const reviewComment = cleanText(comment, 'comment');
    if (!reviewComment) throw new DomainError(REPORT_COMMENT_REQUIRED, 'Say what the OPD should correct', 'comment');
    // A submitted report is not in the budget rollup (only approved ones are), so there is nothing to refresh.
    await transition(tx, report, ['SUBMITTED'], { status: 'RETURNED', reviewedAt: new Date(), reviewedById: viewer.id, reviewComment });
    const returned = await tx.progressReport.findUniqueOrThrow({ where: { id } });
    await audit(tx, viewer, 'report.return', returned, 'SUBMITTED', 'RETURNED');
    return returned;
  }, TX_OPTIONS);
}

function assertReviewer(viewer: Viewer, report: ReportWithProgram): void {
  if (!isReviewer(viewer, report.program)) {
    throw new DomainError(REPORT_NOT_REVIEWER, 'Only the head of the program’s cluster or the TKPKD secretariat reviews its reports', 'id');
  }
}

// ───────────────────────────── reads ─────────────────────────────

export interface ReportFilter {
  regionCode: string;
  year: number;
  month?: number | null | undefined;
  status?: ReportStatus | null | undefined;
  opdId?: number | null | undefined;
  clusterId?: number | null | undefined;
}

/**
 * Reports a viewer may list: an OPD operator their OPD's, a cluster head their cluster's, the
 * secretariat and the mayor all of the region's. A filter outside one's own OPD or cluster is
 * refused, not silently emptied.
 */
export function reportWhere(viewer: Viewer, filter: ReportFilter): Prisma.ProgressReportWhereInput {
  assertFigureRegion(viewer, filter.regionCode);
  assertYear(filter.year);
  assertMonth(filter.month);
  const level = assertRegencyCode(filter.regionCode);
  let { opdId, clusterId } = filter;
  if (viewer.role === 'OPD_OPERATOR') {
    if (viewer.opdId === null || (opdId != null && opdId !== viewer.opdId))
      throw forbidden('OPD operators see their own OPD’s reports only');
    opdId = viewer.opdId;
  } else if (viewer.role === 'CLUSTER_HEAD') {
    if (viewer.clusterId === null || (clusterId != null && clusterId !== viewer.clusterId)) {
      throw forbidden('Cluster heads see their own cluster’s reports only');
    }
    clusterId = viewer.clusterId;
  } else if (viewer.role !== 'ADMIN' && viewer.role !== 'EXECUTIVE') {
    throw forbidden('Progress reports are for the secretariat, executives, cluster heads and OPDs');
  }
  return {
    ...(filter.month != null ? { month: filter.month } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    program: {
      regionCode: level === 'PROVINCE' ? { startsWith: `${filter.regionCode}.` } : filter.regionCode,
      fiscalYear: filter.year,
      ...(opdId != null ? { opdId } : {}),
      ...(clusterId != null ? { clusterId } : {}),
    },
  };
}

/** Submitted reports this viewer may approve or return; null when they review none. */
export function reviewQueueWhere(viewer: Viewer, regionCode?: string | null, year?: number | null): Prisma.ProgressReportWhereInput | null {
  if (regionCode) {
    assertFigureRegion(viewer, regionCode);
    assertRegencyCode(regionCode);
  }
  if (year != null) assertYear(year);
  const program: Prisma.ProgramWhereInput = {
    ...(year != null ? { fiscalYear: year } : {}),
    ...(regionCode ? { regionCode: regionCode.includes('.') ? regionCode : { startsWith: `${regionCode}.` } } : {}),
  };
  if (viewer.role === 'CLUSTER_HEAD' && viewer.clusterId !== null) {
    return { status: 'SUBMITTED', program: { ...program, clusterId: viewer.clusterId } };
  }
  if (viewer.role === 'ADMIN') {
    const area =
      viewer.regionCode === null
        ? {}
        : { OR: [{ regionCode: viewer.regionCode }, { regionCode: { startsWith: `${viewer.regionCode}.` } }] };
    return { status: 'SUBMITTED', program: { ...program, ...area } };
  }
  return null;
}
