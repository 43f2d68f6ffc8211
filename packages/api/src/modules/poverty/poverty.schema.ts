import { builder } from '../../builder.js';
import { extremePoorCount } from '../../disclosure/extreme-poor.js';
import { protectedFgt } from '../../disclosure/fgt.js';
import { assertFigureRegion, inputError } from '../auth/scope.js';
import { currentFiscalYear, registryProvenance, statusThresholds } from '../settings/settings.service.js';
import { actualsFor, fgtForRegion, type TargetYear, targetProgress } from './poverty.service.js';

export const TargetStatusEnum = builder.enumType('TargetStatus', {
  description:
    'How an actual compares with its target: the gap (actual − target) / target against the configured thresholds (default on track ≤ 0, at risk < 25%, off track ≥ 25%).',
  values: {
    ON_TRACK: { description: 'At or better than the target (hijau).' },
    AT_RISK: { description: 'Behind, within the at-risk threshold (kuning).' },
    OFF_TRACK: { description: 'Behind by the at-risk threshold or more (merah).' },
  } as const,
});

const TargetYearRef = builder.objectRef<TargetYear>('TargetYear').implement({
  description: 'One year of a target: the value the path asks for, the actual beside it, and the status.',
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'Year.' }),
    target: t.exposeFloat('target', { description: "Target value, in the indicator's unit." }),
    actual: t.exposeFloat('actual', {
      nullable: true,
      description: "Actual value, in the indicator's unit; null when none is published for the year.",
    }),
    gap: t.exposeFloat('gap', {
      nullable: true,
      description: '(actual − target) / target, a fraction; positive is behind. Null without an actual or for a zero target.',
    }),
    status: t.expose('status', {
      type: TargetStatusEnum,
      nullable: true,
      description: 'On track, at risk or off track; null without an actual.',
    }),
    actualSource: t.exposeString('actualSource', {
      nullable: true,
      description: 'Source id(s) of the actual, or "registry"/"pantau-synthetic" for a count from the household registry.',
    }),
    actualSynthetic: t.exposeBoolean('actualSynthetic', { nullable: true, description: 'True when the actual is synthetic demo data.' }),
  }),
});

builder.prismaObjectFields('Target', (t) => ({
  progress: t.field({
    type: [TargetYearRef],
    description: 'Target path beside the actuals, year by year from the baseline to the end year, with a status where both exist.',
    select: { regionGroup: { select: { members: { select: { regionCode: true } } } } },
    resolve: async (target, _args, ctx) => {
      const places = target.regionGroup ? target.regionGroup.members.map((m) => m.regionCode) : [target.regionCode];
      const year = await currentFiscalYear(ctx.db, ctx.clock.today());
      const [actuals, thresholds] = await Promise.all([
        actualsFor(ctx.db, target.indicatorCode, places, year, ctx.clock.today()),
        statusThresholds(ctx.db),
      ]);
      // A registry count of a region (not a named priority group, which is published) reaches a
      // role without household access only as the extreme-poverty view shows it.
      const fromRegistry = target.indicatorCode === 'EXTREME_POOR_HOUSEHOLDS' && !target.regionGroup;
      const hidden = fromRegistry && (await extremePoorCount(ctx, target.regionCode).catch(() => ({ suppressed: true }))).suppressed;
      return targetProgress(target, hidden ? actuals.filter((a) => a.year !== year) : actuals, thresholds);
    },
  }),
}));

interface FgtFigure {
  regionCode: string;
  povertyLine: number;
  p0: number;
  p1: number;
  p2: number;
  persons: number;
  poorPersons: number;
  households: number;
  rounded: boolean;
  sourceId: string;
  synthetic: boolean;
  vintage: string;
}

const FgtRef = builder.objectRef<FgtFigure>('Fgt').implement({
  description:
    'Foster–Greer–Thorbecke indices computed from the household registry for one poverty line, per person (households weighted by members). The registry lists desil 1–4 households, so P0 is a share of registered persons, not of the whole population as BPS measures it.',
  fields: (t) => ({
    regionCode: t.exposeString('regionCode', { description: 'The region computed over.' }),
    povertyLine: t.exposeFloat('povertyLine', {
      description: 'Poverty line used, Rp per capita per month: for roles without household access, the one asked snapped to Rp10.000.',
    }),
    rounded: t.exposeBoolean('rounded', {
      description:
        'True when, for a role without household access, the line was snapped and the results rounded (indices to 0.001, people and households to 10) so that no sequence of calls isolates a household (docs/privacy.md).',
    }),
    p0: t.exposeFloat('p0', { description: 'Headcount ratio P0: share of persons below the line, a fraction 0–1.' }),
    p1: t.exposeFloat('p1', { description: 'Poverty gap index P1: mean normalised shortfall, a fraction 0–1 (BPS publishes ×100).' }),
    p2: t.exposeFloat('p2', {
      description: 'Poverty severity index P2: mean squared normalised shortfall, a fraction 0–1 (BPS publishes ×100).',
    }),
    persons: t.exposeFloat('persons', { description: 'Persons in the active registry households of the region.' }),
    poorPersons: t.exposeFloat('poorPersons', { description: 'Of those, persons below the line.' }),
    households: t.exposeInt('households', { description: 'Active registry households computed over.' }),
    sourceId: t.exposeString('sourceId', { description: 'Source of the microdata.' }),
    synthetic: t.exposeBoolean('synthetic', { description: 'True when the registry is synthetic demo data.' }),
    vintage: t.exposeString('vintage', { description: 'What the registry describes.' }),
  }),
});

builder.queryField('fgt', (t) =>
  t.field({
    type: FgtRef,
    description: 'P0, P1 and P2 from household per-capita expenditure for a region and any poverty line.',
    authScopes: { signedIn: true },
    args: {
      regionCode: t.arg({
        type: 'RegionCode',
        required: true,
        description:
          'Region code: any level for those who may read the households; a kabupaten/kota or kecamatan with enough households for other roles.',
      }),
      povertyLine: t.arg.float({ required: true, description: 'Poverty line, Rp per capita per month (e.g. the BPS garis kemiskinan).' }),
    },
    resolve: async (_root, { regionCode, povertyLine }, ctx) => {
      assertFigureRegion(ctx.viewer, regionCode);
      if (!(povertyLine > 0 && povertyLine < 100_000_000)) {
        throw inputError(`povertyLine must be more than 0 and below Rp100.000.000 per capita per month, got ${povertyLine}`, 'povertyLine');
      }
      const [result, provenance] = await Promise.all([
        protectedFgt(ctx, regionCode, povertyLine, (line) => fgtForRegion(ctx.db, regionCode, line)),
        registryProvenance(ctx.db, ctx.clock.today(), regionCode),
      ]);
      return {
        regionCode,
        ...result,
        sourceId: provenance.sourceId,
        synthetic: provenance.synthetic,
        vintage: provenance.vintage,
      };
    },
  }),
);
