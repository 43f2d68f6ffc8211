import { builder } from '../../builder.js';
import { assertRegionReadable, requireViewer } from '../auth/scope.js';
import { hiddenPlaces } from '../household/privacy.js';
import { minCellSize, registryProvenance } from '../settings/settings.service.js';
import {
  type AreaYear,
  extremePoorByChild,
  extremePoorTotal,
  type PlaceCount,
  type PriorityArea,
  priorityAreas,
} from './extreme-poverty.service.js';

interface PlaceFigure extends PlaceCount {
  suppressed: boolean;
}

const PlaceRef = builder.objectRef<PlaceFigure>('ExtremePovertyPlace').implement({
  description: 'Active extreme-poor households in one child region.',
  fields: (t) => ({
    regionCode: t.exposeString('code', { description: 'Kemendagri code of the child region.' }),
    name: t.exposeString('name', { description: 'Name of the child region.' }),
    households: t.int({
      nullable: true,
      description: 'Extreme-poor households (KK); null when suppressed because the count is small enough to single out a family.',
      resolve: (p) => (p.suppressed ? null : p.households),
    }),
    members: t.int({
      nullable: true,
      description: 'Persons in those households; null when suppressed.',
      resolve: (p) => (p.suppressed ? null : p.members),
    }),
    suppressed: t.exposeBoolean('suppressed', {
      description: 'True when the count is hidden for privacy (between 1 and the minimum cell size).',
    }),
  }),
});

const AreaYearRef = builder.objectRef<AreaYear>('PriorityAreaYear').implement({
  description: "A priority area's extreme-poor households in one year.",
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'Year.' }),
    households: t.exposeFloat('households', { description: 'Extreme-poor households (KK).' }),
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
      description:
        'Extreme-poor households now in the registry (KK). Not suppressed: priority areas are named by the government and tracked to zero.',
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
      description: 'Active extreme-poor households (KK).',
      resolve: async (f, _a, ctx) => (await extremePoorTotal(ctx.db, f.regionCode)).households,
    }),
    members: t.int({
      description: 'Persons in those households.',
      resolve: async (f, _a, ctx) => (await extremePoorTotal(ctx.db, f.regionCode)).members,
    }),
    byPlace: t.field({
      type: [PlaceRef],
      description: 'Per child region (kecamatan of a kota, kelurahan of a kecamatan), by code.',
      resolve: async (f, _a, ctx) => {
        const viewer = requireViewer(ctx.viewer);
        const [places, min, priority] = await Promise.all([
          extremePoorByChild(ctx.db, f.regionCode),
          minCellSize(ctx.db),
          ctx.loaders.priorityPlaces.load('all'),
        ]);
        const hidden = hiddenPlaces(viewer, places, min, priority);
        return places.map((p) => ({ ...p, suppressed: hidden.has(p.code) }));
      },
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
            areas: await priorityAreas(
              ctx.db,
              g.members.map((m) => m.regionCode),
            ),
          })),
        );
      },
    }),
    sourceId: t.string({
      description: 'Source of the counts: the household registry.',
      resolve: async (_f, _a, ctx) => (await registryProvenance(ctx.db)).sourceId,
    }),
    synthetic: t.boolean({
      description: 'True when the registry is synthetic demo data.',
      resolve: async (_f, _a, ctx) => (await registryProvenance(ctx.db)).synthetic,
    }),
    vintage: t.string({
      description: 'What the registry describes.',
      resolve: async (_f, _a, ctx) => (await registryProvenance(ctx.db)).vintage,
    }),
  }),
});

builder.queryField('extremePoverty', (t) =>
  t.field({
    type: ExtremePovertyRef,
    description: 'Extreme-poor households of a region, by place, with its priority areas.',
    authScopes: { signedIn: true },
    args: { regionCode: t.arg.string({ required: true, description: 'Region code (kabupaten/kota or kecamatan).' }) },
    resolve: (_root, { regionCode }, ctx) => {
      assertRegionReadable(ctx.viewer, regionCode);
      return { regionCode };
    },
  }),
);
