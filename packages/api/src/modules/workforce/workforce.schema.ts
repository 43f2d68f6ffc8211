import { builder } from '../../builder.js';
import { poorHouseholdsShown } from '../../disclosure/extreme-poor.js';
import { assertRegionReadable } from '../auth/scope.js';
import { type IndicatorFigure, latestYear, psksFigures, stuntingFigures } from './workforce.service.js';

export const IndicatorFigureRef = builder.objectRef<IndicatorFigure>('IndicatorFigure').implement({
  description: 'One indicator value for a region and year, with its name, unit and provenance.',
  fields: (t) => ({
    indicatorCode: t.exposeString('indicatorCode', { description: 'Indicator code, e.g. PSKS_TAGANA.' }),
    name: t.exposeString('name', { description: 'Indicator name in Bahasa Indonesia.' }),
    nameEn: t.exposeString('nameEn', { description: 'Indicator name in English.' }),
    unit: t.exposeString('unit', { description: 'Unit of the value.' }),
    regionCode: t.exposeString('regionCode', { description: 'Region code.' }),
    regionName: t.exposeString('regionName', { description: 'Region name.' }),
    year: t.exposeInt('year', { description: 'Reference year.' }),
    value: t.exposeFloat('value', { description: 'The value, in `unit`.' }),
    sourceId: t.exposeString('sourceId', { description: 'Source id.' }),
    sourceTitle: t.exposeString('sourceTitle', { description: 'Title of the source.' }),
    vintage: t.exposeString('vintage', { description: 'When the source published or drew the value.' }),
    synthetic: t.exposeBoolean('synthetic', { description: 'True when the value is synthetic demo data.' }),
    note: t.exposeString('note', { nullable: true, description: 'Caveats.' }),
  }),
});

interface PsksRow extends IndicatorFigure {
  poorHouseholds: number | null;
}

const PsksRowRef = builder.objectRef<PsksRow>('PsksCount').implement({
  description: 'One kind of PSKS (social-welfare workforce or organisation) in a region.',
  fields: (t) => ({
    figure: t.field({ type: IndicatorFigureRef, description: 'The count with its provenance.', resolve: (r) => r }),
    per1000PoorHouseholds: t.float({
      nullable: true,
      description:
        'Count per 1,000 active poor households (EXTREME and POOR) in the registry now; null without poor households, or when their count is hidden.',
      resolve: (r) => (r.poorHouseholds ? (r.value * 1000) / r.poorHouseholds : null),
    }),
  }),
});

interface PsksResult {
  regionCode: string;
  year: number | null;
  poorHouseholds: number | null;
  rows: PsksRow[];
}

const PsksRef = builder.objectRef<PsksResult>('Psks').implement({
  description: 'PSKS (potensi dan sumber kesejahteraan sosial) counts by type for a region and year.',
  fields: (t) => ({
    regionCode: t.exposeString('regionCode', { description: 'Region code.' }),
    year: t.exposeInt('year', { nullable: true, description: 'Year of the counts; null when the region has none.' }),
    poorHouseholds: t.exposeInt('poorHouseholds', {
      nullable: true,
      description:
        'Active poor households (KK) in the registry now: the base of the ratios. For roles without household access, per kabupaten/kota only and null when a small count would show (docs/privacy.md).',
    }),
    byType: t.field({ type: [PsksRowRef], description: 'Counts by type, by indicator code.', resolve: (r) => r.rows }),
  }),
});

builder.queryField('psks', (t) =>
  t.field({
    type: PsksRef,
    description: 'PSKS counts by type for a region, for a year or the latest year with counts.',
    authScopes: { signedIn: true },
    args: {
      regionCode: t.arg({ type: 'RegionCode', required: true, description: 'Region code.' }),
      year: t.arg.int({ required: false, description: 'Year; default the latest with counts.' }),
    },
    resolve: async (_root, { regionCode, year }, ctx) => {
      assertRegionReadable(ctx.viewer, regionCode);
      const resolvedYear = year ?? (await latestYear(ctx.db, 'PSKS', regionCode));
      const poor = await poorHouseholdsShown(ctx, regionCode);
      const rows = resolvedYear === null ? [] : await psksFigures(ctx.db, regionCode, resolvedYear);
      return { regionCode, year: resolvedYear, poorHouseholds: poor, rows: rows.map((r) => ({ ...r, poorHouseholds: poor })) };
    },
  }),
);

interface StuntingPlace {
  regionCode: string;
  regionName: string;
  cases: IndicatorFigure | null;
  prevalence: IndicatorFigure | null;
}

const StuntingPlaceRef = builder.objectRef<StuntingPlace>('StuntingPlace').implement({
  description: 'Stunting in one region: cases and prevalence.',
  fields: (t) => ({
    regionCode: t.exposeString('regionCode', { description: 'Region code.' }),
    regionName: t.exposeString('regionName', { description: 'Region name.' }),
    cases: t.field({
      type: IndicatorFigureRef,
      nullable: true,
      description: 'Stunting cases (children under five).',
      resolve: (p) => p.cases,
    }),
    prevalence: t.field({ type: IndicatorFigureRef, nullable: true, description: 'Stunting prevalence, %.', resolve: (p) => p.prevalence }),
  }),
});

interface StuntingResult {
  year: number | null;
  total: StuntingPlace | null;
  places: StuntingPlace[];
}

const StuntingRef = builder.objectRef<StuntingResult>('Stunting').implement({
  description: 'Stunting cases and prevalence for a region and each of its child regions (kecamatan of a kota).',
  fields: (t) => ({
    year: t.exposeInt('year', { nullable: true, description: 'Year of the figures; null when there are none.' }),
    total: t.field({ type: StuntingPlaceRef, nullable: true, description: 'The region itself.', resolve: (r) => r.total }),
    byPlace: t.field({ type: [StuntingPlaceRef], description: 'Each child region with figures, by code.', resolve: (r) => r.places }),
  }),
});

builder.queryField('stunting', (t) =>
  t.field({
    type: StuntingRef,
    description: 'Stunting for a region and its child regions, for a year or the latest with figures.',
    authScopes: { signedIn: true },
    args: {
      regionCode: t.arg({ type: 'RegionCode', required: true, description: 'Region code.' }),
      year: t.arg.int({ required: false, description: 'Year; default the latest with figures.' }),
    },
    resolve: async (_root, { regionCode, year }, ctx) => {
      assertRegionReadable(ctx.viewer, regionCode);
      const resolvedYear = year ?? (await latestYear(ctx.db, 'STUNTING', regionCode));
      if (resolvedYear === null) return { year: null, total: null, places: [] };
      const figures = await stuntingFigures(ctx.db, regionCode, resolvedYear);
      const byRegion = new Map<string, StuntingPlace>();
      for (const f of figures) {
        const place = byRegion.get(f.regionCode) ?? { regionCode: f.regionCode, regionName: f.regionName, cases: null, prevalence: null };
        if (f.indicatorCode === 'STUNTING_CASES') place.cases = f;
        else place.prevalence = f;
        byRegion.set(f.regionCode, place);
      }
      const total = byRegion.get(regionCode) ?? null;
      byRegion.delete(regionCode);
      return { year: resolvedYear, total, places: [...byRegion.values()] };
    },
  }),
);
