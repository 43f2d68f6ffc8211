import { builder } from '../../builder.js';
import type { Viewer } from '../../context.js';
import { RegionLevel } from '../../generated/prisma/enums.js';
import { assertRegionReadable, canReadRegion, regionScope } from '../auth/scope.js';
import { hiddenPlaces, suppressesSmallCounts } from '../household/privacy.js';
import { minCellSize, type RegistryProvenance } from '../settings/settings.service.js';

/** Codes of a region and of every region above it: "16.71.06" → 16, 16.71, 16.71.06. */
export function selfAndAncestors(code: string): string[] {
  const parts = code.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}

/** Prisma filter for the regions a viewer may see: their area, below it and above it. */
export function regionWhereReadable(viewer: Viewer) {
  const scope = regionScope(viewer);
  if (scope === null) return {};
  return { OR: [{ code: { in: selfAndAncestors(scope) } }, { code: { startsWith: `${scope}.` } }] };
}

export const RegionLevelEnum = builder.enumType(RegionLevel, {
  name: 'RegionLevel',
  description: 'Administrative level of a region in the Kemendagri code list.',
});

const RegistryProvenanceRef = builder.objectRef<RegistryProvenance>('RegistryProvenance').implement({
  description: 'Where counts from the household registry come from.',
  fields: (t) => ({
    sourceId: t.exposeString('sourceId', {
      description: 'Source id: "registry" for imported P3KE/DTSEN data, "pantau-synthetic" for the demo.',
    }),
    synthetic: t.exposeBoolean('synthetic', { description: 'True when the registry is synthetic demo data (sintetis).' }),
    vintage: t.exposeString('vintage', { description: 'What the registry describes, e.g. "registri KK sintetis, 2026".' }),
  }),
});

export const RegionRef = builder.prismaObject('Region', {
  description: 'A province, kabupaten/kota, kecamatan or kelurahan/desa with its Kemendagri code.',
  // Figures of a region are for signed-in users whose area it is (or lies under or above).
  authScopes: (region, ctx) => !!ctx.viewer && canReadRegion(ctx.viewer, region.code),
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Kemendagri code with dots, e.g. 64.74.01.1003.' }),
    name: t.exposeString('name', { description: 'Official name (Kepmendagri 2025).' }),
    level: t.expose('level', { type: RegionLevelEnum, description: 'Administrative level.' }),
    isDesa: t.boolean({
      description: 'True for a desa (rural village), false for a kelurahan or a higher level.',
      resolve: (region) => region.villageType === 'DESA',
    }),
    population: t.exposeInt('population', {
      nullable: true,
      description: 'Population, persons (Kemendagri 2025); kabupaten/kota and provinces only.',
    }),
    areaKm2: t.exposeFloat('areaKm2', { nullable: true, description: 'Area, km² (BIG); kabupaten/kota and provinces only.' }),
    parent: t.relation('parent', { nullable: true, description: 'The region one level up.' }),
    children: t.relation('children', {
      description: 'Regions one level down, by code.',
      query: { orderBy: { code: 'asc' } },
    }),
    registry: t.field({
      type: RegistryProvenanceRef,
      description: 'Provenance of the counts this region takes from the household registry (extremePoorHouseholds).',
      resolve: (_region, _args, ctx) => ctx.loaders.registry.load('registry'),
    }),
    extremePoorHouseholds: t.int({
      nullable: true,
      description:
        'Extreme-poor households (KK) still active in the registry under this region; from the household rollup. Null for a kelurahan whose count (1–4) could single out a family, for roles without household access — except named priority places — and for the one sibling hidden with it when it is the only one, so the kecamatan total cannot give it back.',
      resolve: async (region, _args, ctx) => {
        const [count, priority] = await Promise.all([ctx.loaders.extremePoor.load(region.code), ctx.loaders.priorityPlaces.load('all')]);
        if (
          region.level !== 'KELURAHAN' ||
          priority.has(region.code) ||
          !region.parentCode ||
          !suppressesSmallCounts(ctx.viewer, region.code)
        ) {
          return count;
        }
        // Hidden or not is decided over the siblings, as extremePoverty.byPlace decides it.
        const [siblings, min] = await Promise.all([ctx.loaders.extremePoorPlaces.load(region.parentCode), minCellSize(ctx.db)]);
        return hiddenPlaces(ctx.viewer, siblings, min, priority).has(region.code) ? null : count;
      },
    }),
  }),
});

builder.queryFields((t) => ({
  regions: t.prismaField({
    type: ['Region'],
    description: 'Regions of one level and/or with one parent, by code.',
    args: {
      level: t.arg({ type: RegionLevelEnum, required: false, description: 'Only regions of this level.' }),
      parentCode: t.arg.string({ required: false, description: 'Only the children of this region.' }),
    },
    authScopes: { signedIn: true },
    resolve: (query, _root, args, ctx) =>
      ctx.db.prisma.region.findMany({
        ...query,
        where: {
          ...(args.level ? { level: args.level } : {}),
          ...(args.parentCode ? { parentCode: args.parentCode } : {}),
          ...(ctx.viewer ? regionWhereReadable(ctx.viewer) : {}),
        },
        orderBy: { code: 'asc' },
      }),
  }),
  region: t.prismaField({
    type: 'Region',
    nullable: true,
    description: 'One region by Kemendagri code; null when there is none.',
    args: { code: t.arg.string({ required: true, description: 'Kemendagri code, e.g. 16.71.' }) },
    authScopes: { signedIn: true },
    resolve: (query, _root, { code }, ctx) => {
      assertRegionReadable(ctx.viewer, code);
      return ctx.db.prisma.region.findUnique({ ...query, where: { code } });
    },
  }),
}));

builder.prismaObject('RegionGroup', {
  description: 'A named set of regions for a year, such as priority intervention areas.',
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'Identifier.' }),
    name: t.exposeString('name', { description: 'Name of the group.' }),
    kind: t.exposeString('kind', { description: 'PRIORITY_INTERVENTION or OTHER.' }),
    year: t.exposeInt('year', { description: 'Year the group was set for.' }),
    reason: t.exposeString('reason', { description: 'Why these places were chosen.' }),
    source: t.relation('source', { nullable: true, description: 'Where the group is documented.' }),
    regions: t.field({
      type: [RegionRef],
      description: 'Member regions, by code.',
      select: { members: { select: { region: true }, orderBy: { regionCode: 'asc' } } },
      resolve: (group) => group.members.map((m) => m.region),
    }),
  }),
});

builder.queryField('regionGroups', (t) =>
  t.prismaField({
    type: ['RegionGroup'],
    description: 'Region groups (e.g. priority kelurahan) set by a kabupaten/kota.',
    args: {
      regionCode: t.arg.string({ required: true, description: 'The kabupaten/kota that set the groups.' }),
      year: t.arg.int({ required: false, description: 'Only groups set for this year.' }),
    },
    authScopes: { signedIn: true },
    resolve: (query, _root, { regionCode, year }, ctx) => {
      assertRegionReadable(ctx.viewer, regionCode);
      return ctx.db.prisma.regionGroup.findMany({ ...query, where: { regionCode, ...(year ? { year } : {}) }, orderBy: { year: 'desc' } });
    },
  }),
);
