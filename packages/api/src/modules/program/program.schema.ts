import { builder } from '../../builder.js';
import { isProtected } from '../../disclosure/policy.js';
import { privacySecret } from '../../disclosure/secret.js';
import { TargetGroup } from '../../generated/prisma/enums.js';
import { requireViewer } from '../auth/scope.js';
import { budgetAmountFields } from '../budget/budget.schema.js';
import { assertBudgetRegionReadable } from '../budget/budget.service.js';
import { OpdRef } from '../organisation/organisation.schema.js';
import { minCellSize } from '../settings/settings.service.js';
import {
  costPerHousehold,
  type ProgramOutcome,
  type ProgramOutcomes,
  type ProgramStatusCounts,
  programOutcomes,
  programWhere,
  ratio,
} from './program.service.js';

export const TargetGroupEnum = builder.enumType(TargetGroup, {
  name: 'TargetGroup',
  description:
    'Which households a program is meant for: EXTREME_POOR, POOR (poor and extreme-poor), DESIL_1_2, DESIL_1_4, or ALL_REGISTERED; the base of inclusion and exclusion errors.',
  values: {
    EXTREME_POOR: { description: 'Extreme-poor households (miskin ekstrem) only.' },
    POOR: { description: 'Poor and extreme-poor households (miskin and miskin ekstrem).' },
    DESIL_1_2: { description: 'Households in national welfare deciles 1 and 2.' },
    DESIL_1_4: { description: 'Households in national welfare deciles 1 to 4 (what P3KE lists).' },
    ALL_REGISTERED: { description: 'Every household in the registry: no household counts as an inclusion error.' },
  },
});

const ProgramPlanMonthRef = builder.objectRef<{ month: number; plannedCumulative: bigint }>('ProgramPlanMonth').implement({
  description: 'Planned disbursement of a program to the end of one month.',
  fields: (t) => ({
    month: t.exposeInt('month', { description: 'Month 1–12 of the fiscal year.' }),
    plannedCumulative: t.expose('plannedCumulative', {
      type: 'Rupiah',
      description: 'Rupiah planned to be spent from January to the end of this month, cumulative, whole rupiah.',
    }),
  }),
});

export const ProgramRef = builder.prismaObject('Program', {
  description: 'A program of one OPD (with any partners) and one cluster in one fiscal year, with its budget ceiling and targets.',
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'Identifier.' }),
    code: t.exposeString('code', { description: 'Program code, unique per kabupaten/kota and year, e.g. K4-RTLH-2026.' }),
    name: t.exposeString('name', { description: 'Program name as the OPD states it.' }),
    fiscalYear: t.exposeInt('fiscalYear', { description: 'Fiscal year.' }),
    regionCode: t.exposeString('regionCode', { description: 'The kabupaten/kota running the program.' }),
    opd: t.relation('opd', { description: 'The OPD responsible for the program.' }),
    cluster: t.relation('cluster', { description: 'The cluster (klaster 1–4) the program belongs to.' }),
    pagu: t.expose('pagu', { type: 'Rupiah', description: 'Budget ceiling (pagu), whole rupiah.' }),
    outputUnit: t.exposeString('outputUnit', { description: 'What one unit of output is, e.g. "unit rumah", "KK dilatih".' }),
    outputTarget: t.exposeInt('outputTarget', { description: 'Output planned for the year, in outputUnit.' }),
    beneficiaryTarget: t.exposeInt('beneficiaryTarget', {
      description: 'Beneficiary households the program means to reach in the year, households.',
    }),
    targetGroup: t.expose('targetGroup', { type: TargetGroupEnum, description: 'Which households the program is meant for.' }),
    synthetic: t.exposeBoolean('synthetic', { description: 'True when the program is synthetic demo data.' }),
    sourceNote: t.exposeString('sourceNote', {
      nullable: true,
      description: 'Where a real program’s figures come from (source id and what it says).',
    }),
    partners: t.field({
      type: [OpdRef],
      description: 'Partners taking part (Baznas, TP PKK, BPJS, …), by short name.',
      select: { partners: { select: { opd: true }, orderBy: { opd: { shortName: 'asc' } } } },
      resolve: (program) => program.partners.map((p) => p.opd),
    }),
    plan: t.field({
      type: [ProgramPlanMonthRef],
      description: 'Planned disbursement, cumulative to the end of each month, January first; empty when no plan was set.',
      select: { plan: { select: { month: true, plannedCumulative: true }, orderBy: { month: 'asc' } } },
      resolve: (program) => program.plan,
    }),
    version: t.exposeInt('version', { description: 'Edit version: send it back with a change; a save from an older version is refused.' }),
  }),
});

export const ProgramStatusEnum = builder.enumType('ProgramStatus', {
  description:
    'Whether spending keeps up with the plan at a month’s end: the gap (planned − realised) / planned against the configured thresholds (default on track ≤ 0, at risk < 25%, off track ≥ 25%).',
  values: {
    ON_TRACK: { description: 'Realised at or above plan (hijau).' },
    AT_RISK: { description: 'Behind plan by less than the at-risk threshold (kuning).' },
    OFF_TRACK: { description: 'Behind plan by the at-risk threshold or more (merah).' },
  } as const,
});

export const ReachSourceEnum = builder.enumType('ReachSource', {
  description: 'Where a count of households reached comes from.',
  values: {
    BENEFIT_RECORDS: { description: 'Distinct households in the year’s benefit records (program reach rollup).' },
    APPROVED_REPORTS: {
      description: 'Beneficiaries stated in the latest approved monthly report (budget rollup), for years without benefit records.',
    },
  } as const,
});

export const ProgramStatusCountsRef = builder.objectRef<ProgramStatusCounts>('ProgramStatusCounts').implement({
  description: 'How many programs are on track, at risk or off track at a month’s end.',
  fields: (t) => ({
    onTrack: t.exposeInt('onTrack', { description: 'Programs on track, programs.' }),
    atRisk: t.exposeInt('atRisk', { description: 'Programs at risk, programs.' }),
    offTrack: t.exposeInt('offTrack', { description: 'Programs off track, programs.' }),
    month: t.exposeInt('month', { description: 'The month (1–12) whose end the statuses are at.' }),
  }),
});

const ProgramOutcomeRef = builder.objectRef<ProgramOutcome>('ProgramOutcome').implement({
  description:
    'What one program achieved by a month’s end: households reached, output, spending against plan, cost per household and graduation, from the rollups.',
  fields: (t) => ({
    program: t.prismaField({
      type: 'Program',
      description: 'The program.',
      // findUnique calls of one tick are batched by Prisma into one query.
      resolve: (query, o, _args, ctx) => ctx.db.prisma.program.findUniqueOrThrow({ ...query, where: { id: o.programId } }),
    }),
    source: t.field({ type: ReachSourceEnum, description: 'Where beneficiariesReached comes from.', resolve: (o) => o.source }),
    beneficiariesReached: t.exposeInt('beneficiariesReached', {
      nullable: true,
      description:
        'Households reached, households (see source); null when hidden for a role without household access (a small count, or one that would give a hidden program back: docs/privacy.md).',
    }),
    suppressed: t.exposeBoolean('suppressed', {
      description:
        'True when the household counts of this program (reached, graduated, and the rates and cost built on them) are hidden for you.',
    }),
    beneficiaryTarget: t.exposeInt('beneficiaryTarget', { description: 'Households the program means to reach in the year, households.' }),
    reachRate: t.float({
      nullable: true,
      description: 'beneficiariesReached / beneficiaryTarget, a fraction (may pass 1); null without a target.',
      resolve: (o) => ratio(o.beneficiariesReached, o.beneficiaryTarget),
    }),
    outputCumulative: t.exposeInt('outputCumulative', {
      description: 'Output to the end of the month in approved reports, cumulative, in the program’s outputUnit.',
    }),
    outputTarget: t.exposeInt('outputTarget', { description: 'Output planned for the year, in the program’s outputUnit.' }),
    outputRate: t.float({
      nullable: true,
      description: 'outputCumulative / outputTarget, a fraction (may pass 1); null without a target.',
      resolve: (o) => ratio(o.outputCumulative, o.outputTarget),
    }),
    ...budgetAmountFields(t),
    costPerHousehold: t.field({
      type: 'Rupiah',
      nullable: true,
      description: 'realisasi / beneficiariesReached, whole rupiah per household; null when no household was reached.',
      resolve: (o) => costPerHousehold(o),
    }),
    householdsGraduated: t.exposeInt('householdsGraduated', {
      nullable: true,
      description: 'Households reached that have since graduated out of poverty, households; null when the reach comes from reports.',
    }),
    planGap: t.float({
      description:
        '(planned − realised) / planned at the month’s end, a fraction; 0 when nothing was planned yet, negative when ahead of plan.',
      resolve: (o) => o.gap,
    }),
    status: t.field({ type: ProgramStatusEnum, description: 'On track, at risk or off track by planGap.', resolve: (o) => o.status }),
  }),
});

const ProgramOutcomesRef = builder.objectRef<ProgramOutcomes>('ProgramOutcomes').implement({
  description: 'Outcomes of a region’s programs of one fiscal year at a month’s end, with how many are on or off track.',
  fields: (t) => ({
    fiscalYear: t.exposeInt('fiscalYear', { description: 'Fiscal year.' }),
    month: t.exposeInt('month', { description: 'The month (1–12) whose end the figures are at.' }),
    onTrackMaxGap: t.float({
      description: 'Threshold in use: a plan gap at or below this is on track, a fraction.',
      resolve: (o) => o.thresholds.onTrackMaxGap,
    }),
    atRiskMaxGap: t.float({
      description: 'Threshold in use: a plan gap below this (and above onTrackMaxGap) is at risk, at or above it off track, a fraction.',
      resolve: (o) => o.thresholds.atRiskMaxGap,
    }),
    programs: t.field({ type: [ProgramOutcomeRef], description: 'One row per program, by cluster and code.', resolve: (o) => o.programs }),
    statusCounts: t.field({
      type: ProgramStatusCountsRef,
      description: 'How many of these programs are on track, at risk or off track.',
      resolve: (o) => o.statusCounts,
    }),
  }),
});

builder.queryFields((t) => ({
  programs: t.prismaField({
    type: ['Program'],
    description:
      'Programs of a kabupaten/kota (or a province) in a fiscal year, by cluster and code. OPD operators see their own OPD’s only.',
    authScopes: { signedIn: true },
    args: {
      regionCode: t.arg({ type: 'RegionCode', required: true, description: 'Kabupaten/kota code (16.71), or a province code (16).' }),
      year: t.arg.int({ required: true, description: 'Fiscal year.' }),
      clusterId: t.arg.int({ required: false, description: 'Only the programs of this cluster.' }),
      opdId: t.arg.int({ required: false, description: 'Only the programs of this OPD.' }),
    },
    resolve: (query, _root, args, ctx) => {
      const viewer = assertBudgetRegionReadable(ctx.viewer, args.regionCode);
      return ctx.db.prisma.program.findMany({
        ...query,
        where: programWhere(viewer, args),
        orderBy: [{ regionCode: 'asc' }, { cluster: { number: 'asc' } }, { code: 'asc' }],
      });
    },
  }),
  programOutcomes: t.field({
    type: ProgramOutcomesRef,
    description:
      'Per program: households reached against target, output against target, cost per household reached, households graduated and spending status; with counts on/off track. From the rollups. OPD operators see their own OPD’s programs only.',
    authScopes: { signedIn: true },
    args: {
      regionCode: t.arg({ type: 'RegionCode', required: true, description: 'Kabupaten/kota code (16.71), or a province code (16).' }),
      year: t.arg.int({ required: true, description: 'Fiscal year.' }),
      month: t.arg.int({
        required: false,
        description:
          'Month 1–12 whose end the figures are at; default the budget month: the month whose reports are due today (calendar.dueReportMonth; 12 for a past year, 1 when none is due yet).',
      }),
      clusterId: t.arg.int({ required: false, description: 'Only the programs of this cluster.' }),
      opdId: t.arg.int({ required: false, description: 'Only the programs of this OPD.' }),
    },
    resolve: async (_root, { regionCode, year, month, clusterId, opdId }, ctx) => {
      const viewer = assertBudgetRegionReadable(requireViewer(ctx.viewer), regionCode);
      const [k, secret] = await Promise.all([minCellSize(ctx.db), privacySecret(ctx.db)]);
      return programOutcomes(
        ctx.db,
        viewer,
        regionCode,
        year,
        month,
        { clusterId, opdId },
        { protected: isProtected(viewer, regionCode), k, secret },
        ctx.clock.today(),
      );
    },
  }),
}));
