import { builder } from '../../builder.js';
import { isProtected } from '../../disclosure/policy.js';
import { privacySecret } from '../../disclosure/secret.js';
import { assertFigureRegion } from '../auth/scope.js';
import { TargetGroupEnum } from '../program/program.schema.js';
import { minCellSize } from '../settings/settings.service.js';
import { inclusionErrorRate, type ProgramTargeting, type RegionTargeting, rate, type Targeting, targeting } from './targeting.service.js';

const SUPPRESSED =
  "Null when hidden: between 1 and minCellSize − 1 households (setting privacy.minCellSize, default 5) in a kelurahan, for viewers who may not open that kelurahan's households (all but ADMIN and its own REGION_OPERATOR)";

const ExclusionRef = builder.objectRef<Targeting['exclusion']>('TargetingExclusion').implement({
  description:
    'Exclusion error: eligible households no program reached. Eligible means ACTIVE and EXTREME or desil 1; "reached" counts any program of the year, whatever the cluster or program filter (the household rollup does not say which program reached whom).',
  fields: (t) => ({
    eligible: t.int({
      nullable: true,
      description: `Eligible households in the region, households; list: households(filter: {regionCode, eligible: true}). ${SUPPRESSED}.`,
      resolve: (e) => e.eligible,
    }),
    unreached: t.int({
      nullable: true,
      description: `Of those, households no program reached in the year; list: households(filter: {regionCode, year, eligibleUnreached: true}). ${SUPPRESSED}.`,
      resolve: (e) => e.unreached,
    }),
    exclusionErrorRate: t.float({
      nullable: true,
      description: 'unreached / eligible, a fraction 0–1; null without eligible households or when a count is hidden.',
      resolve: (e) => rate(e.unreached, e.eligible),
    }),
  }),
});

const OverlapRef = builder.objectRef<Targeting['overlap']>('TargetingOverlap').implement({
  description:
    'The ego-sektoral picture: ACTIVE households reached by three or more programs in the year beside eligible ones reached by none; across all programs, whatever the cluster or program filter.',
  fields: (t) => ({
    households: t.int({
      nullable: true,
      description: `ACTIVE households reached by 3+ distinct programs, households; list: households(filter: {regionCode, year, reach: THREE_PLUS, lifecycle: ACTIVE}). ${SUPPRESSED}.`,
      resolve: (o) => o.households,
    }),
    reached: t.int({
      nullable: true,
      description: `ACTIVE households reached by at least one program, households (distinct); list: households(filter: {regionCode, year, reach: ANY, lifecycle: ACTIVE}). ${SUPPRESSED}.`,
      resolve: (o) => o.reached,
    }),
    shareOfReached: t.float({
      nullable: true,
      description: 'households / reached, a fraction 0–1; null when nobody was reached or a count is hidden.',
      resolve: (o) => rate(o.households, o.reached),
    }),
    eligibleUnreached: t.int({
      nullable: true,
      description: `Eligible households no program reached (as exclusion.unreached), households. ${SUPPRESSED}.`,
      resolve: (o) => o.eligibleUnreached,
    }),
  }),
});

const ProgramTargetingRef = builder.objectRef<ProgramTargeting>('ProgramTargeting').implement({
  description: 'Targeting accuracy of one program in the region, from the program reach rollup.',
  fields: (t) => ({
    programId: t.exposeInt('programId', { description: 'Program id.' }),
    code: t.exposeString('code', { description: 'Program code.' }),
    name: t.exposeString('name', { description: 'Program name.' }),
    clusterNumber: t.exposeInt('clusterNumber', { description: 'Cluster (klaster) number 1–4 of the program.' }),
    targetGroup: t.expose('targetGroup', { type: TargetGroupEnum, description: 'Who the program is meant for.' }),
    reached: t.int({
      nullable: true,
      description: `Households the program reached in the region, households (distinct); list: households(filter: {regionCode, programId}). ${SUPPRESSED}.`,
      resolve: (p) => p.reached,
    }),
    eligible: t.int({
      nullable: true,
      description: `Of those, households in its target group, households; list: households(filter: {regionCode, eligibleForProgram}). ${SUPPRESSED}.`,
      resolve: (p) => p.eligible,
    }),
    inclusionErrorRate: t.float({
      nullable: true,
      description:
        '(reached − eligible) / reached, a fraction 0–1: the share reached outside the target group; list: households(filter: {regionCode, notEligibleForProgram}). Null when it reached nobody or a count is hidden.',
      resolve: (p) => inclusionErrorRate(p.reached, p.eligible),
    }),
    overlapping: t.int({
      nullable: true,
      description: `Of the households reached, those reached by 3+ programs in the year (any lifecycle), households; list: households(filter: {regionCode, programId, reach: THREE_PLUS}). ${SUPPRESSED}.`,
      resolve: (p) => p.overlapping,
    }),
  }),
});

const RegionTargetingRef = builder.objectRef<RegionTargeting>('RegionTargeting').implement({
  description: 'Exclusion and overlap in one child region, from the household rollup (all programs of the year).',
  fields: (t) => ({
    regionCode: t.exposeString('code', { description: 'Kemendagri code of the child region.' }),
    name: t.exposeString('name', { description: 'Name of the child region.' }),
    eligible: t.int({
      nullable: true,
      description: `ACTIVE households that are EXTREME or desil 1, households. ${SUPPRESSED}.`,
      resolve: (r) => r.eligible,
    }),
    unreached: t.int({
      nullable: true,
      description: `Of those, households no program reached in the year, households. ${SUPPRESSED}.`,
      resolve: (r) => r.unreached,
    }),
    exclusionErrorRate: t.float({
      nullable: true,
      description: 'unreached / eligible, a fraction 0–1; null without eligible households or when a count is hidden.',
      resolve: (r) => rate(r.unreached, r.eligible),
    }),
    overlapping: t.int({
      nullable: true,
      description: `ACTIVE households reached by 3+ programs in the year, households. ${SUPPRESSED}.`,
      resolve: (r) => r.overlapping,
    }),
    suppressed: t.exposeBoolean('suppressed', {
      description: 'True when a count of this kelurahan is hidden from you (1 to minCellSize − 1 households); zero is never hidden.',
    }),
  }),
});

const TargetingRef = builder.objectRef<Targeting>('Targeting').implement({
  description:
    'Targeting accuracy (tepat sasaran) of a region in a fiscal year: inclusion error, exclusion error and overlap, read from the household and program reach rollups. Every count names the households(filter) list behind it, for roles that may list households.',
  fields: (t) => ({
    regionCode: t.exposeString('regionCode', { description: 'Kemendagri code of the region.' }),
    regionName: t.exposeString('regionName', { description: 'Name of the region.' }),
    year: t.exposeInt('year', { description: 'Fiscal year asked for.' }),
    clusterId: t.exposeInt('clusterId', { nullable: true, description: 'Cluster filter of the program figures, when given.' }),
    programId: t.exposeInt('programId', { nullable: true, description: 'Program filter of the program figures, when given.' }),
    hasData: t.exposeBoolean('hasData', {
      description:
        'False when the rollups hold no figures for this year and region (they hold one fiscal year, rollupYear); then every count is 0.',
    }),
    rollupYear: t.exposeInt('rollupYear', { description: 'The fiscal year the rollups were last refreshed for.' }),
    reached: t.int({
      nullable: true,
      description: `Households reached by the selected programs, summed per program, households: a household two selected programs reached counts twice, so inclusionErrorRate weighs each program's households alike. One program: distinct households. ${SUPPRESSED}.`,
      resolve: (x) => x.reached,
    }),
    eligibleReached: t.int({
      nullable: true,
      description: `Of reached, those in their program's target group, summed per program like reached, households. ${SUPPRESSED}.`,
      resolve: (x) => x.eligibleReached,
    }),
    distinctReached: t.int({
      nullable: true,
      description: `Distinct households reached by at least one selected program, households: with one program it equals reached, with no filter it is households(filter: {regionCode, year, reach: ANY}).totalCount; null for a cluster's several programs, which the rollups cannot count distinctly. ${SUPPRESSED}.`,
      resolve: (x) => x.distinctReached,
    }),
    inclusionErrorRate: t.float({
      nullable: true,
      description:
        '(reached − eligibleReached) / reached, a fraction 0–1: the share of reached households outside their program’s target group; null when nobody was reached or a count is hidden.',
      resolve: (x) => inclusionErrorRate(x.reached, x.eligibleReached),
    }),
    exclusion: t.field({ type: ExclusionRef, description: 'Exclusion error.', resolve: (x) => x.exclusion }),
    overlap: t.field({ type: OverlapRef, description: 'Overlap of programs (ego sektoral).', resolve: (x) => x.overlap }),
    byProgram: t.field({
      type: [ProgramTargetingRef],
      description:
        'Each selected program of the kabupaten/kota in that year, by cluster and code; zeros for programs that reached nobody here.',
      resolve: (x) => x.byProgram,
    }),
    byChildRegion: t.field({
      type: [RegionTargetingRef],
      description:
        'Exclusion and overlap per child region (kecamatan of a kota, kelurahan of a kecamatan), by code; empty for a kelurahan.',
      resolve: (x) => x.byChildRegion,
    }),
    suppressed: t.exposeBoolean('suppressed', {
      description: 'True when the region is a kelurahan and one of its own counts is hidden from you (1 to minCellSize − 1 households).',
    }),
    sourceId: t.exposeString('sourceId', { description: 'Source of the counts: the household registry (pantau-synthetic for the demo).' }),
    synthetic: t.exposeBoolean('synthetic', { description: 'True when the registry is synthetic demo data (sintetis).' }),
    vintage: t.exposeString('vintage', { description: 'What the counts describe: the registry and the fiscal year of the benefits.' }),
  }),
});

builder.queryField('targeting', (t) =>
  t.field({
    type: TargetingRef,
    description:
      'Targeting accuracy of a region in a fiscal year, optionally for one cluster’s or one program’s programs. Any signed-in role, for regions in its area.',
    authScopes: { signedIn: true },
    args: {
      regionCode: t.arg({
        type: 'RegionCode',
        required: true,
        description: 'Kemendagri code of a kabupaten/kota, kecamatan or kelurahan.',
      }),
      year: t.arg.int({ required: true, description: 'Fiscal year.' }),
      clusterId: t.arg.int({ required: false, description: 'Only the programs of this cluster (reached, eligibleReached, byProgram).' }),
      programId: t.arg.int({
        required: false,
        description: 'Only this program (reached, eligibleReached, byProgram); it must be of `year`.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const viewer = assertFigureRegion(ctx.viewer, args.regionCode);
      const [k, secret] = await Promise.all([minCellSize(ctx.db), privacySecret(ctx.db)]);
      return targeting(ctx.db, viewer, args, ctx.clock.today(), {
        protected: isProtected(viewer, args.regionCode),
        k,
        secret,
        extremePoor: async () => {
          const view = await ctx.loaders.extremePoorView.load(args.regionCode.slice(0, 5));
          return { counts: new Map([...view.cells.values()].map((c) => [c.code, c.households])), hidden: view.hidden };
        },
      });
    },
  }),
);
