import { builder } from '../../builder.js';
import { extremePoorCount } from '../../disclosure/extreme-poor.js';
import { assertFigureRegion } from '../auth/scope.js';
import { budgetAmountFields } from '../budget/budget.schema.js';
import { budgetMonth } from '../budget/budget.service.js';
import { TargetStatusEnum } from '../poverty/poverty.schema.js';
import { ProgramStatusCountsRef } from '../program/program.schema.js';
import { programStatusCounts } from '../program/program.service.js';
import { ExtremePoorProvenanceRef, extremePoorProvenance } from '../region/region.schema.js';
import { currentFiscalYear, registryProvenance } from '../settings/settings.service.js';
import {
  type BudgetHeadline,
  budgetHeadline,
  type ExtremePoorHeadline,
  extremePoorHeadline,
  type LateCounts,
  lateCounts,
  type PovertyRateHeadline,
  povertyRateHeadline,
} from './overview.service.js';

const PovertyRateRef = builder.objectRef<PovertyRateHeadline>('PovertyRateHeadline').implement({
  description: 'The latest poverty rate (P0) with the one before it and its status against the P0 target.',
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'Year of the latest P0 at or before the asked year.' }),
    value: t.exposeFloat('value', { description: 'P0, % of the population.' }),
    previousYear: t.exposeInt('previousYear', { nullable: true, description: 'Year of the value before.' }),
    previousValue: t.exposeFloat('previousValue', { nullable: true, description: 'P0 the year before, %.' }),
    target: t.exposeFloat('target', { nullable: true, description: "The target path's P0 for that year, %; null without a P0 target." }),
    status: t.expose('status', { type: TargetStatusEnum, nullable: true, description: 'Against the target; null without one.' }),
    targetName: t.exposeString('targetName', { nullable: true, description: 'The target as the region states it.' }),
    sourceId: t.exposeString('sourceId', { description: 'Source id of the P0 value.' }),
    sourceTitle: t.exposeString('sourceTitle', { description: 'Source title.' }),
    vintage: t.exposeString('vintage', { description: 'Vintage of the value, e.g. "Maret 2025".' }),
    synthetic: t.exposeBoolean('synthetic', { description: 'True when synthetic.' }),
  }),
});

const ExtremePoorRef = builder
  .objectRef<ExtremePoorHeadline & { sourceId: string; synthetic: boolean; vintage: string; regionCode: string }>('ExtremePoorHeadline')
  .implement({
    description: 'Extreme-poor households left, from the registry, and the priority areas at zero.',
    fields: (t) => ({
      households: t.exposeInt('households', {
        nullable: true,
        description:
          'Active extreme-poor households (KK) in the registry now; null when hidden for a role without household access (docs/privacy.md).',
      }),
      previousYear: t.exposeInt('previousYear', { nullable: true, description: 'Year of the last published count before now.' }),
      previousValue: t.exposeFloat('previousValue', { nullable: true, description: 'That count, households.' }),
      priorityAtZero: t.exposeInt('priorityAtZero', { description: 'Priority places with no extreme-poor household left.' }),
      priorityTotal: t.exposeInt('priorityTotal', { description: 'Priority places in the latest priority group (0 without one).' }),
      priorityGroupName: t.exposeString('priorityGroupName', { nullable: true, description: 'Name of that group.' }),
      sourceId: t.exposeString('sourceId', { description: 'Source of the count: the registry.' }),
      synthetic: t.exposeBoolean('synthetic', { description: 'True when the registry is synthetic demo data.' }),
      vintage: t.exposeString('vintage', { description: 'What the registry describes.' }),
      provenance: t.field({
        type: ExtremePoorProvenanceRef,
        description:
          'What the count is: an official count over generated rows (Palembang’s 10,644), generated, or from an imported registry; label the figure by this, not by `synthetic`, which speaks of the rows.',
        resolve: (h, _args, ctx) => extremePoorProvenance(ctx, h.regionCode),
      }),
    }),
  });

const BudgetHeadlineRef = builder.objectRef<BudgetHeadline>('BudgetHeadline').implement({
  description:
    'Budget absorption of the year at the end of the month whose reports are due (December for a past year), against plan; from the budget rollup, which holds approved reports only.',
  fields: (t) => ({
    month: t.exposeInt('month', {
      description:
        'Month the figures stand at, 1–12: the budget month, whose reports are due today (the same rule as budget and programOutcomes).',
    }),
    programCount: t.exposeInt('programCount', { description: 'Programs of the year, programs.' }),
    reportedPrograms: t.exposeInt('reportedPrograms', {
      description:
        "Of those, programs with an approved report for `month`, programs; the others' realisasi is their last approved month's (a missing report is not estimated).",
    }),
    ...budgetAmountFields(t),
    synthetic: t.exposeBoolean('synthetic', { description: 'True when any program of the year is synthetic demo data (sintetis).' }),
    sourceId: t.string({ description: 'Source of the figures: approved OPD progress reports.', resolve: () => 'progress-reports' }),
    status: t.expose('status', {
      type: TargetStatusEnum,
      nullable: true,
      description: 'Realised against planned: the gap (planned − realised) / planned against the thresholds.',
    }),
  }),
});

const LateRef = builder.objectRef<LateCounts>('LateCounts').implement({
  description: 'What is late on the as-of date.',
  fields: (t) => ({
    overdueFollowUps: t.exposeInt('overdueFollowUps', { description: 'Rakor follow-ups open and past due.' }),
    latePriorities: t.exposeInt('latePriorities', { description: '100-day priorities not done and past due.' }),
    opdsNotReported: t.exposeInt('opdsNotReported', {
      description: 'OPDs with a program lacking a submitted or approved report for `reportMonth`.',
    }),
    reportMonth: t.exposeInt('reportMonth', {
      nullable: true,
      description: 'The month whose reports are due by the as-of date; null when none is due yet.',
    }),
  }),
});

interface OverviewArgs {
  regionCode: string;
  year: number;
  asOf: Date;
}

const OverviewRef = builder.objectRef<OverviewArgs>('Overview').implement({
  description: "The chair's one screen for a kabupaten/kota and year: each headline read from rollups, with provenance.",
  fields: (t) => ({
    regionCode: t.exposeString('regionCode', { description: 'Kabupaten/kota code.' }),
    year: t.exposeInt('year', { description: 'Fiscal year.' }),
    asOf: t.expose('asOf', { type: 'Date', description: 'Date lateness is judged on.' }),
    povertyRate: t.field({
      type: PovertyRateRef,
      nullable: true,
      description: 'Latest P0 at or before the year, with target status.',
      resolve: (o, _a, ctx) => povertyRateHeadline(ctx.db, o.regionCode, o.year),
    }),
    extremePoor: t.field({
      type: ExtremePoorRef,
      description: 'Extreme-poor households left and priority areas at zero.',
      resolve: async (o, _a, ctx) => {
        const [headline, provenance, shown] = await Promise.all([
          extremePoorHeadline(ctx.db, o.regionCode, await currentFiscalYear(ctx.db, ctx.clock.today()), ctx.clock.today()),
          registryProvenance(ctx.db, ctx.clock.today(), o.regionCode),
          extremePoorCount(ctx, o.regionCode),
        ]);
        return {
          ...headline,
          households: shown.suppressed ? null : headline.households,
          regionCode: o.regionCode,
          sourceId: provenance.sourceId,
          synthetic: provenance.synthetic,
          vintage: provenance.vintage,
        };
      },
    }),
    budget: t.field({
      type: BudgetHeadlineRef,
      nullable: true,
      description: 'Budget absorption at the due month; null when no report is due yet or the year has no program.',
      resolve: (o, _a, ctx) => budgetHeadline(ctx.db, o.regionCode, o.year, o.asOf),
    }),
    programs: t.field({
      type: ProgramStatusCountsRef,
      description: "Programs of the year on track, at risk and off track against their planned disbursement, at the budget's month.",
      resolve: (o, _a, ctx) => programStatusCounts(ctx.db, o.regionCode, o.year, budgetMonth(o.year, o.asOf)),
    }),
    late: t.field({
      type: LateRef,
      description: 'Overdue follow-ups, late priorities and missing reports.',
      resolve: (o, _a, ctx) => lateCounts(ctx.db, o.regionCode, o.year, o.asOf),
    }),
  }),
});

builder.queryField('overview', (t) =>
  t.field({
    type: OverviewRef,
    description: 'Headline figures of a kabupaten/kota for a fiscal year.',
    authScopes: { signedIn: true },
    args: {
      regionCode: t.arg({ type: 'RegionCode', required: true, description: 'Kabupaten/kota code, e.g. 16.71.' }),
      year: t.arg.int({ required: false, description: 'Fiscal year; default the current one.' }),
      asOf: t.arg({ type: 'Date', required: false, description: 'Date to judge lateness on; default today.' }),
    },
    resolve: async (_root, { regionCode, year, asOf }, ctx) => {
      assertFigureRegion(ctx.viewer, regionCode);
      return {
        regionCode: regionCode.slice(0, 5),
        year: year ?? (await currentFiscalYear(ctx.db, ctx.clock.today())),
        asOf: asOf ?? ctx.clock.today(),
      };
    },
  }),
);
