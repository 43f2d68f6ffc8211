import { builder } from '../../builder.js';
import { programScope, scopedProgramFilter } from '../auth/scope.js';
import {
  absorptionRate,
  assertBudgetRegionReadable,
  assertMonth,
  type BudgetCurvePoint,
  type BudgetFigure,
  type BudgetRow,
  budgetCurve,
  budgetRows,
  clusterBudget,
  type ReportingCompleteness,
  reportingCompleteness,
} from './budget.service.js';

/** An id no row has (serial ids start at 1). */
const NONE = 0;

const rate = (part: bigint, whole: bigint) => (whole > 0n ? Number(part) / Number(whole) : null);

export const BudgetFigureRef = builder.objectRef<BudgetFigure>('BudgetFigure').implement({
  description: 'Budget ceiling and approved realisation, read from the budget rollup.',
  fields: (t) => ({
    pagu: t.field({ type: 'Rupiah', description: 'Budget ceiling (pagu), whole rupiah.', resolve: (b) => b.pagu }),
    realisasi: t.field({
      type: 'Rupiah',
      description: 'Realised spending (realisasi) in approved reports, whole rupiah.',
      resolve: (b) => b.realisasi,
    }),
    absorptionRate: t.float({
      nullable: true,
      description: 'realisasi / pagu, a fraction 0–1; null without pagu.',
      resolve: absorptionRate,
    }),
  }),
});

builder.prismaObjectField('Cluster', 'budget', (t) =>
  t.field({
    type: BudgetFigureRef,
    description: "The cluster's programs of one fiscal year: pagu and approved realisasi at the end of a month.",
    args: {
      year: t.arg.int({ required: true, description: 'Fiscal year.' }),
      month: t.arg.int({ required: false, description: 'Month 1–12; default 12 (the year end).' }),
    },
    // The parent `clusters` list is open (names only); the figures need a viewer of the cluster's
    // region, and of the cluster itself when they work in one (a cluster head, an OPD operator's
    // programs): null for the others, so one list serves every role.
    authScopes: { signedIn: true },
    nullable: true,
    resolve: (cluster, { year, month }, ctx) => {
      const viewer = assertBudgetRegionReadable(ctx.viewer, cluster.regionCode);
      const scope = programScope(viewer);
      // A cluster's sum holds other OPDs' programs: not an OPD operator's to see.
      if (scope.opdId !== null || (scope.clusterId !== null && scope.clusterId !== cluster.id)) return null;
      assertMonth(month);
      return clusterBudget(ctx.db, cluster.id, year, month ?? 12);
    },
  }),
);

interface BudgetAmounts {
  pagu: bigint;
  realisasi: bigint;
  plannedCumulative: bigint;
}

type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/**
 * Pagu, plan, realisasi and their rates at a month's end: one definition for every type that
 * carries budget amounts (a budget row, a program outcome, the overview's headline).
 */
export function budgetAmountFields<T extends BudgetAmounts>(t: PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, T>) {
  return {
    pagu: t.field({ type: 'Rupiah', description: 'Budget ceiling (pagu), whole rupiah.', resolve: (r) => r.pagu }),
    plannedCumulative: t.field({
      type: 'Rupiah',
      description: 'Planned disbursement to the end of the month, cumulative, whole rupiah.',
      resolve: (r) => r.plannedCumulative,
    }),
    realisasi: t.field({
      type: 'Rupiah',
      description: 'Realised spending (realisasi) to the end of the month in approved reports, cumulative, whole rupiah.',
      resolve: (r) => r.realisasi,
    }),
    absorptionRate: t.float({
      nullable: true,
      description: 'realisasi / pagu, a fraction 0–1; null without pagu.',
      resolve: (r) => rate(r.realisasi, r.pagu),
    }),
    plannedRate: t.float({
      nullable: true,
      description: 'plannedCumulative / pagu, a fraction 0–1; null without pagu.',
      resolve: (r) => rate(r.plannedCumulative, r.pagu),
    }),
  };
}

export const BudgetGroupingEnum = builder.enumType('BudgetGrouping', {
  description: 'How budget rows are grouped.',
  values: {
    OPD: { description: 'One row per OPD that runs programs.' },
    CLUSTER: { description: 'One row per cluster (klaster 1–4).' },
    PROGRAM: { description: 'One row per program.' },
  } as const,
});

const BudgetRowRef = builder.objectRef<BudgetRow>('BudgetRow').implement({
  description:
    'Pagu, planned disbursement and approved realisasi of one OPD, cluster or program at the end of a month, from the budget rollup.',
  fields: (t) => ({
    key: t.string({
      description: 'Stable key of the row within its grouping, e.g. "opd:12", "cluster:3", "program:45".',
      resolve: (r) => `${r.grouping.toLowerCase()}:${r.id}`,
    }),
    label: t.exposeString('label', { description: 'What the row is: the OPD name, "Klaster 1", or the program name.' }),
    grouping: t.field({ type: BudgetGroupingEnum, description: 'The grouping the row belongs to.', resolve: (r) => r.grouping }),
    // findUnique calls of one tick are batched by Prisma into one query per type. A row of
    // another grouping looks up id 0, which never exists: the plugin wants its query used.
    opd: t.prismaField({
      type: 'Opd',
      nullable: true,
      description: 'The OPD, when grouped by OPD or program.',
      resolve: (query, r, _args, ctx) => ctx.db.prisma.opd.findUnique({ ...query, where: { id: r.opdId ?? NONE } }),
    }),
    cluster: t.prismaField({
      type: 'Cluster',
      nullable: true,
      description: 'The cluster, when grouped by cluster or program.',
      resolve: (query, r, _args, ctx) => ctx.db.prisma.cluster.findUnique({ ...query, where: { id: r.clusterId ?? NONE } }),
    }),
    program: t.prismaField({
      type: 'Program',
      nullable: true,
      description: 'The program, when grouped by program.',
      resolve: (query, r, _args, ctx) => ctx.db.prisma.program.findUnique({ ...query, where: { id: r.programId ?? NONE } }),
    }),
    programCount: t.exposeInt('programCount', { description: 'Programs summed in the row, programs.' }),
    reportedPrograms: t.exposeInt('reportedPrograms', {
      description:
        "Of those, programs with an approved report for `month` itself, programs; the others' realisasi is their last approved month's (a missing report is not estimated).",
    }),
    fiscalYear: t.exposeInt('fiscalYear', { description: 'Fiscal year.' }),
    month: t.exposeInt('month', { description: 'The month (1–12) whose end the figures are at.' }),
    ...budgetAmountFields(t),
    synthetic: t.exposeBoolean('synthetic', { description: 'True when any program in the row is synthetic demo data.' }),
  }),
});

const BudgetCurvePointRef = builder.objectRef<BudgetCurvePoint>('BudgetCurvePoint').implement({
  description: 'One month of the cumulative budget S-curve: planned disbursement against approved realisation, from the budget rollup.',
  fields: (t) => ({
    month: t.exposeInt('month', { description: 'Month 1–12.' }),
    pagu: t.field({
      type: 'Rupiah',
      description: 'Budget ceiling (pagu) of the programs in the curve, whole rupiah.',
      resolve: (p) => p.pagu,
    }),
    planned: t.field({
      type: 'Rupiah',
      description: 'Planned disbursement to the end of the month, cumulative, whole rupiah.',
      resolve: (p) => p.planned,
    }),
    realised: t.field({
      type: 'Rupiah',
      description: 'Approved realisasi to the end of the month, cumulative, whole rupiah (carried forward from the last approved report).',
      resolve: (p) => p.realised,
    }),
    plannedRate: t.float({
      nullable: true,
      description: 'planned / pagu, a fraction 0–1; null without pagu.',
      resolve: (p) => rate(p.planned, p.pagu),
    }),
    realisedRate: t.float({
      nullable: true,
      description: 'realised / pagu, a fraction 0–1; null without pagu.',
      resolve: (p) => rate(p.realised, p.pagu),
    }),
    reported: t.exposeBoolean('reported', {
      description: 'True when at least one program has an approved report for this very month; later months only carry figures forward.',
    }),
    reportedPrograms: t.exposeInt('reportedPrograms', { description: 'Programs with an approved report for this month, programs.' }),
    programCount: t.exposeInt('programCount', { description: 'Programs in the curve, programs.' }),
  }),
});

const ReportingCompletenessRef = builder.objectRef<ReportingCompleteness>('ReportingCompleteness').implement({
  description: "One OPD's monthly reports for a month: how many of its programs reported, by status, and which did not.",
  fields: (t) => ({
    opd: t.prismaField({
      type: 'Opd',
      description: 'The OPD.',
      resolve: (query, r, _args, ctx) => ctx.db.prisma.opd.findUniqueOrThrow({ ...query, where: { id: r.opdId } }),
    }),
    programs: t.exposeInt('programs', { description: 'Programs of the OPD in the fiscal year, programs.' }),
    approved: t.exposeInt('approved', { description: 'Programs whose report for the month is approved, programs.' }),
    submitted: t.exposeInt('submitted', { description: 'Programs whose report is submitted and awaits review, programs.' }),
    draftOrReturned: t.exposeInt('draftOrReturned', {
      description: 'Programs whose report is a draft or was returned for correction, programs.',
    }),
    missing: t.exposeInt('missing', { description: 'Programs with no report for the month at all, programs.' }),
    complete: t.boolean({
      description: 'True when every program of the OPD has an approved report for the month.',
      resolve: (r) => r.approved === r.programs,
    }),
    missingPrograms: t.prismaField({
      type: ['Program'],
      description: 'The programs with no report for the month, by code.',
      resolve: (query, r, _args, ctx) =>
        r.missingProgramIds.length === 0
          ? []
          : ctx.db.prisma.program.findMany({ ...query, where: { id: { in: r.missingProgramIds } }, orderBy: { code: 'asc' } }),
    }),
  }),
});

builder.queryFields((t) => ({
  budget: t.field({
    type: [BudgetRowRef],
    description:
      'Pagu, planned disbursement, approved realisasi and absorption of a kabupaten/kota (or a province, summed) for a fiscal year at the end of a month, grouped by OPD, cluster or program. Read from the budget rollup.',
    authScopes: { signedIn: true },
    args: {
      regionCode: t.arg({
        type: 'RegionCode',
        required: true,
        description: 'Kabupaten/kota code (16.71), or a province code (16) to sum its kabupaten/kota.',
      }),
      year: t.arg.int({ required: true, description: 'Fiscal year.' }),
      month: t.arg.int({
        required: false,
        description:
          'Month 1–12 whose end the figures are at; default the budget month: the month whose reports are due today (calendar.dueReportMonth; 12 for a past year, 1 when none is due yet). Programs without an approved report for it keep their last approved realisasi; reportedPrograms says how many reported.',
      }),
      groupBy: t.arg({ type: BudgetGroupingEnum, required: true, description: 'One row per OPD, cluster or program.' }),
    },
    resolve: (_root, { regionCode, year, month, groupBy }, ctx) => {
      const viewer = assertBudgetRegionReadable(ctx.viewer, regionCode);
      return budgetRows(ctx.db, regionCode, year, month, groupBy, ctx.clock.today(), programScope(viewer));
    },
  }),
  budgetCurve: t.field({
    type: [BudgetCurvePointRef],
    description:
      'The cumulative S-curve of a fiscal year, months 1–12: planned disbursement against approved realisasi, optionally for one cluster, OPD or program. Read from the budget rollup.',
    authScopes: { signedIn: true },
    args: {
      regionCode: t.arg({ type: 'RegionCode', required: true, description: 'Kabupaten/kota code (16.71), or a province code (16).' }),
      year: t.arg.int({ required: true, description: 'Fiscal year.' }),
      clusterId: t.arg.int({ required: false, description: 'Only the programs of this cluster.' }),
      opdId: t.arg.int({ required: false, description: 'Only the programs of this OPD.' }),
      programId: t.arg.int({ required: false, description: 'Only this program.' }),
    },
    resolve: (_root, { regionCode, year, clusterId, opdId, programId }, ctx) => {
      const viewer = assertBudgetRegionReadable(ctx.viewer, regionCode);
      return budgetCurve(ctx.db, regionCode, year, { ...scopedProgramFilter(viewer, { clusterId, opdId }), programId });
    },
  }),
  reportingCompleteness: t.field({
    type: [ReportingCompletenessRef],
    description:
      'Per OPD, how many of its programs have reported for a month and in which state; OPDs with the most programs not yet approved first.',
    authScopes: { signedIn: true },
    args: {
      regionCode: t.arg({ type: 'RegionCode', required: true, description: 'Kabupaten/kota code (16.71), or a province code (16).' }),
      year: t.arg.int({ required: true, description: 'Fiscal year.' }),
      month: t.arg.int({ required: true, description: 'Month 1–12 of the reports.' }),
    },
    resolve: (_root, { regionCode, year, month }, ctx) => {
      const viewer = assertBudgetRegionReadable(ctx.viewer, regionCode);
      return reportingCompleteness(ctx.db, regionCode, year, month, programScope(viewer));
    },
  }),
}));
