import { builder } from '../../builder.js';
import { DomainError } from '../../errors.js';
import { ReportStatus } from '../../generated/prisma/enums.js';
import { requireViewer } from '../auth/scope.js';
import {
  approveReport,
  isReporter,
  isReviewer,
  MAX_TEXT,
  reportWhere,
  returnReport,
  reviewQueueWhere,
  saveReportDraft,
  submitReport,
} from './report.service.js';

export const ReportStatusEnum = builder.enumType(ReportStatus, {
  name: 'ReportStatus',
  description:
    'Where a monthly report stands: DRAFT (being written by the OPD), SUBMITTED (awaiting review), APPROVED (counts in the budget figures), RETURNED (sent back with a comment).',
  values: {
    DRAFT: { description: 'Being written by the OPD; counts in no figure.' },
    SUBMITTED: { description: 'Sent for review by the cluster head or the secretariat.' },
    APPROVED: { description: 'Approved: its figures are in the budget rollup and every dashboard.' },
    RETURNED: { description: 'Sent back to the OPD with a comment saying what to correct.' },
  },
});

export const ProgressReportRef = builder.prismaObject('ProgressReport', {
  description:
    "An OPD's monthly progress report on one program: figures cumulative to the month's end, problems and solutions, and its review.",
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'Identifier.' }),
    program: t.relation('program', { description: 'The program reported on.' }),
    fiscalYear: t.int({
      description: 'Fiscal year of the program.',
      select: { program: { select: { fiscalYear: true } } },
      resolve: (report) => report.program.fiscalYear,
    }),
    month: t.exposeInt('month', { description: 'Month 1–12 whose end the figures are at.' }),
    realisasi: t.expose('realisasi', {
      type: 'Rupiah',
      description: 'Realised spending to the end of the month, cumulative over the fiscal year, whole rupiah.',
    }),
    outputCumulative: t.exposeInt('outputCumulative', {
      description: "Output to the end of the month, cumulative, in the program's outputUnit.",
    }),
    beneficiariesCumulative: t.exposeInt('beneficiariesCumulative', {
      description: 'Beneficiary households reached to the end of the month, cumulative, households.',
    }),
    problems: t.exposeString('problems', { nullable: true, description: 'Problems met (kendala), as the OPD writes them.' }),
    solutions: t.exposeString('solutions', { nullable: true, description: 'What the OPD does about them (solusi).' }),
    decreaseReason: t.exposeString('decreaseReason', {
      nullable: true,
      description:
        'Why cumulative output or beneficiaries fall below the last approved month, as the OPD wrote it; null when they do not fall.',
    }),
    status: t.expose('status', { type: ReportStatusEnum, description: 'Where the report stands in review.' }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true, description: 'When it was last submitted.' }),
    reviewedAt: t.expose('reviewedAt', { type: 'DateTime', nullable: true, description: 'When it was last approved or returned.' }),
    reviewComment: t.exposeString('reviewComment', {
      nullable: true,
      description: "The reviewer's comment: why it was returned, or a note on approval.",
    }),
    synthetic: t.exposeBoolean('synthetic', { description: 'True when the report is synthetic demo data.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the report last changed.' }),
    viewerCanEdit: t.boolean({
      description: 'True when the signed-in user may save and submit this report now (own OPD, draft or returned).',
      select: { program: { select: { opdId: true, regionCode: true } } },
      resolve: (report, _args, ctx) =>
        !!ctx.viewer && (report.status === 'DRAFT' || report.status === 'RETURNED') && isReporter(ctx.viewer, report.program),
    }),
    viewerCanReview: t.boolean({
      description:
        "True when the signed-in user may approve or return this report now (head of the program's cluster or secretariat, submitted).",
      select: { program: { select: { clusterId: true, regionCode: true } } },
      resolve: (report, _args, ctx) => !!ctx.viewer && report.status === 'SUBMITTED' && isReviewer(ctx.viewer, report.program),
    }),
  }),
});

const SaveReportDraftInput = builder.inputType('SaveReportDraftInput', {
  description: "A program's monthly figures, cumulative to the month's end, saved as a draft before submitting.",
  fields: (t) => ({
    programId: t.int({ required: true, description: 'The program reported on; it must belong to your OPD.' }),
    month: t.int({ required: true, description: 'Month 1–12 of the fiscal year.' }),
    realisasi: t.field({
      type: 'Rupiah',
      required: true,
      description: "Realised spending to the end of the month, cumulative, whole rupiah; 0 ≤ realisasi ≤ the program's pagu.",
    }),
    outputCumulative: t.int({
      required: true,
      description: "Output to the end of the month, cumulative, in the program's outputUnit; 0 or more.",
    }),
    beneficiariesCumulative: t.int({
      required: true,
      description: 'Beneficiary households reached to the end of the month, cumulative, households; 0 or more.',
    }),
    problems: t.string({ required: false, description: `Problems met (kendala), at most ${MAX_TEXT} characters.` }),
    solutions: t.string({ required: false, description: `What the OPD does about them (solusi), at most ${MAX_TEXT} characters.` }),
    reason: t.string({
      required: false,
      description: `Why output or beneficiaries fall below the last approved month (a recount, a correction); required then, at most ${MAX_TEXT} characters.`,
    }),
  }),
});

/** The union a report mutation returns: the report, or a DomainError naming the code and the field at fault. */
function reportResult(what: string) {
  return {
    types: [DomainError],
    union: { description: `${what}, or a DomainError with the code and the input field at fault.` },
    result: { description: `${what}.` },
    dataField: { description: 'The progress report as now stored.' },
  };
}

builder.mutationFields((t) => ({
  saveReportDraft: t.field({
    type: ProgressReportRef,
    description:
      "Saves a program's monthly report as a draft: creates it, or updates the DRAFT or RETURNED one of that program and month. OPD operators of the program's OPD (or the secretariat).",
    authScopes: { opdOperator: true, admin: true },
    errors: reportResult('The saved draft'),
    args: { input: t.arg({ type: SaveReportDraftInput, required: true, description: 'The figures and notes.' }) },
    resolve: (_root, { input }, ctx) => saveReportDraft(ctx.db, requireViewer(ctx.viewer), input),
  }),
  submitReport: t.field({
    type: ProgressReportRef,
    description:
      "Submits a DRAFT or RETURNED report for review by the program's cluster head. OPD operators of the program's OPD (or the secretariat).",
    authScopes: { opdOperator: true, admin: true },
    errors: reportResult('The submitted report'),
    args: { id: t.arg.int({ required: true, description: 'The report.' }) },
    resolve: (_root, { id }, ctx) => submitReport(ctx.db, requireViewer(ctx.viewer), id),
  }),
  approveReport: t.field({
    type: ProgressReportRef,
    description:
      "Approves a SUBMITTED report: its figures enter the budget rollup in the same transaction, so every dashboard shows them at once. The head of the program's cluster or the secretariat.",
    authScopes: { signedIn: true },
    errors: reportResult('The approved report'),
    args: {
      id: t.arg.int({ required: true, description: 'The report.' }),
      comment: t.arg.string({ required: false, description: `An optional note to the OPD, at most ${MAX_TEXT} characters.` }),
    },
    resolve: (_root, { id, comment }, ctx) => approveReport(ctx.db, requireViewer(ctx.viewer), id, comment),
  }),
  returnReport: t.field({
    type: ProgressReportRef,
    description:
      "Returns a SUBMITTED report to its OPD with a comment saying what to correct. The head of the program's cluster or the secretariat.",
    authScopes: { signedIn: true },
    errors: reportResult('The returned report'),
    args: {
      id: t.arg.int({ required: true, description: 'The report.' }),
      comment: t.arg.string({ required: true, description: `What the OPD should correct; not empty, at most ${MAX_TEXT} characters.` }),
    },
    resolve: (_root, { id, comment }, ctx) => returnReport(ctx.db, requireViewer(ctx.viewer), id, comment),
  }),
}));

builder.queryFields((t) => ({
  reports: t.prismaField({
    type: ['ProgressReport'],
    description:
      "Monthly progress reports of a kabupaten/kota's programs in a fiscal year, by month, cluster and program. OPD operators see their own OPD's, cluster heads their own cluster's, the secretariat and executives all.",
    authScopes: { admin: true, executive: true, clusterHead: true, opdOperator: true },
    args: {
      regionCode: t.arg({ type: 'RegionCode', required: true, description: 'Kabupaten/kota code (16.71), or a province code (16).' }),
      year: t.arg.int({ required: true, description: 'Fiscal year.' }),
      month: t.arg.int({ required: false, description: 'Only reports of this month, 1–12.' }),
      status: t.arg({ type: ReportStatusEnum, required: false, description: 'Only reports in this state.' }),
      opdId: t.arg.int({ required: false, description: 'Only the reports of this OPD.' }),
      clusterId: t.arg.int({ required: false, description: 'Only the reports of this cluster.' }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.db.prisma.progressReport.findMany({
        ...query,
        where: reportWhere(requireViewer(ctx.viewer), args),
        orderBy: [{ month: 'desc' }, { program: { cluster: { number: 'asc' } } }, { program: { code: 'asc' } }],
      }),
  }),
  reviewQueue: t.prismaField({
    type: ['ProgressReport'],
    description:
      'Submitted reports the signed-in user may approve or return, oldest submission first: for a cluster head their cluster’s, for the secretariat all in their area; empty for other roles.',
    authScopes: { signedIn: true },
    args: {
      regionCode: t.arg({ type: 'RegionCode', required: false, description: 'Only this kabupaten/kota (or province).' }),
      year: t.arg.int({ required: false, description: 'Only this fiscal year.' }),
    },
    resolve: (query, _root, { regionCode, year }, ctx) =>
      ctx.db.prisma.progressReport.findMany({
        ...query,
        // Roles that review nothing get a filter matching nothing (the query must still be spread).
        where: reviewQueueWhere(requireViewer(ctx.viewer), regionCode, year) ?? { id: { in: [] } },
        orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      }),
  }),
}));
