import { builder } from '../../builder.js';
import { extremePoorByPlace, extremePoorCount, type ShownPlace } from '../../disclosure/extreme-poor.js';
import { assertFigureRegion } from '../auth/scope.js';
import { registryProvenance } from '../settings/settings.service.js';
import { type AreaYear, type PriorityArea, priorityAreas } from './extreme-poverty.service.js';

const PlaceRef = builder.objectRef<ShownPlace>('ExtremePovertyPlace').implement({
  description: 'Active extreme-poor households in one child region.',
  fields: (t) => ({
    regionCode: t.exposeString('code', { description: 'Kemendagri code of the child region.' }),
    name: t.exposeString('name', { description: 'Name of the child region.' }),
    households: t.exposeInt('households', {
      nullable: true,
      description:
        'Extreme-poor households (KK); null when hidden for a role without household access (docs/privacy.md): a count of 1–4, or a second cell hidden so the first cannot be derived.',
    }),
    members: t.exposeInt('members', { nullable: true, description: 'Persons in those households; null when hidden.' }),
    suppressed: t.exposeBoolean('suppressed', { description: 'True when the count is hidden for privacy (docs/privacy.md).' }),
  }),
});

const AreaYearRef = builder.objectRef<AreaYear>('PriorityAreaYear').implement({
  description: "A priority area's extreme-poor households in one year.",
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'Year.' }),
    households: t.exposeFloat('households', { nullable: true, description: 'Extreme-poor households (KK); null when hidden for privacy.' }),
    sourceId: t.exposeString('sourceId', { description: 'Where the count comes from (a source id, or the registry).' }),
    synthetic: t.exposeBoolean('synthetic', { description: 'True when the count is synthetic demo data.' }),
  }),
});

const AreaRef = builder.objectRef<PriorityArea>('PriorityArea').implement({
  description: 'One place of a priority group and its way to zero extreme poverty.',
  fields: (t) => ({
    regionCode: t.exposeString('code', { description: 'Kemendagri code.' }),
    name: t.exposeString('name', { description: 'Name.' }),
    current: t.exposeInt('current', {
      nullable: true,
      description:
        'Extreme-poor households now in the registry (KK); null when hidden for a role without household access, like any other place (atZero still says whether it is at zero).',
    }),
    suppressed: t.boolean({
      description: 'True when the current count is hidden for privacy (docs/privacy.md).',
      resolve: (a) => a.current === null,
    }),
    atZero: t.exposeBoolean('atZero', { description: 'True when no extreme-poor household is left ("nol tercapai").' }),
    series: t.field({
      type: [AreaYearRef],
      description: 'Counts per year, oldest first; the last is the registry now.',
      resolve: (a) => a.series,
    }),
  }),
});

interface PriorityGroupFigure {
  groupId: number;
  areas: PriorityArea[];
}

const PriorityGroupRef = builder.objectRef<PriorityGroupFigure>('PriorityGroupProgress').implement({
  description: 'A group of priority places (lokasi intervensi prioritas) and how many have reached zero.',
  fields: (t) => ({
    group: t.prismaField({
      type: 'RegionGroup',
      description: 'The group as set by the region.',
      resolve: (query, p, _args, ctx) => ctx.db.prisma.regionGroup.findUniqueOrThrow({ ...query, where: { id: p.groupId } }),
    }),
    areas: t.field({ type: [AreaRef], description: 'Each place, in code order.', resolve: (p) => p.areas }),
    atZero: t.int({ description: 'Places with no extreme-poor household left.', resolve: (p) => p.areas.filter((a) => a.atZero).length }),
    total: t.int({ description: 'Places in the group.', resolve: (p) => p.areas.length }),
  }),
});

interface ExtremePovertyFigure {
  regionCode: string;
}

const ExtremePovertyRef = builder.objectRef<ExtremePovertyFigure>('ExtremePoverty').implement({
  description: 'Extreme poverty in a region from the household registry (rollups): totals, by place, and the priority areas.',
  fields: (t) => ({
    regionCode: t.exposeString('regionCode', { description: 'The region.' }),
    households: t.int({
      nullable: true,
      description: 'Active extreme-poor households (KK); null when hidden for a role without household access (docs/privacy.md).',
      resolve: async (f, _a, ctx) => (await extremePoorCount(ctx, f.regionCode)).households,
    }),
    members: t.int({
      nullable: true,
      description: 'Persons in those households; null when hidden.',
      resolve: async (f, _a, ctx) => (await extremePoorCount(ctx, f.regionCode)).members,
    }),
    suppressed: t.boolean({
      description: "True when the region's own count is hidden for privacy (docs/privacy.md).",
      resolve: async (f, _a, ctx) => (await extremePoorCount(ctx, f.regionCode)).suppressed,
    }),
    byPlace: t.field({
      type: [PlaceRef],
      description:
        'Per child region (kecamatan of a kota, kelurahan of a kecamatan), by code; small counts hidden for roles without household access.',
      resolve: (f, _a, ctx) => extremePoorByPlace(ctx, f.regionCode),
    }),
    priorityGroups: t.field({
      type: [PriorityGroupRef],
      description: 'Priority intervention groups set by this region (or the kabupaten/kota above it), newest first.',
      resolve: async (f, _a, ctx) => {
        const groups = await ctx.db.prisma.regionGroup.findMany({
          where: { regionCode: f.regionCode.slice(0, 5), kind: 'PRIORITY_INTERVENTION' },
          select: { id: true, members: { select: { regionCode: true }, orderBy: { regionCode: 'asc' } } },
          orderBy: { year: 'desc' },
        });
        return Promise.all(
          groups.map(async (g) => ({
            groupId: g.id,
            areas: await Promise.all(
              (
                await priorityAreas(
                  ctx.db,
                  g.members.map((m) => m.regionCode),
                  ctx.clock.today(),
                )
              ).map(async (area) => {
                if (!(await extremePoorCount(ctx, area.code)).suppressed) return area;
                // Hidden now: the registry's count goes from "now" and from the end of the series.
                return {
                  ...area,
                  current: null,
                  series: area.series.map((y, i) => (i === area.series.length - 1 ? { ...y, households: null } : y)),
                };
              }),
            ),
          })),
        );
      },
    }),
    sourceId: t.string({
      description: 'Source of the counts: the household registry.',
      resolve: async (f, _a, ctx) => (await registryProvenance(ctx.db, ctx.clock.today(), f.regionCode)).sourceId,
    }),
    synthetic: t.boolean({
      description: 'True when the registry is synthetic demo data.',
      resolve: async (f, _a, ctx) => (await registryProvenance(ctx.db, ctx.clock.today(), f.regionCode)).synthetic,
    }),
    vintage: t.string({
      description: 'What the registry describes.',
      resolve: async (f, _a, ctx) => (await registryProvenance(ctx.db, ctx.clock.today(), f.regionCode)).vintage,
    }),
  }),
});

builder.queryField('extremePoverty', (t) =>
  t.field({
    type: ExtremePovertyRef,
    description: 'Extreme-poor households of a region, by place, with its priority areas.',
    authScopes: { signedIn: true },
    args: { regionCode: t.arg({ type: 'RegionCode', required: true, description: 'Region code (kabupaten/kota or kecamatan).' }) },
    resolve: (_root, { regionCode }, ctx) => {
      assertFigureRegion(ctx.viewer, regionCode);
      return { regionCode };
    },
  }),
);
