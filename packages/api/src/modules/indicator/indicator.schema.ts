import { builder } from '../../builder.js';

builder.prismaObject('DataSource', {
  description: 'Where a figure comes from: a BPS table, a news article, a registry, or the synthetic demo generator.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Stable source id, e.g. bps-p0-kabkota.' }),
    kind: t.exposeString('kind', { description: 'Kind of source, e.g. github-copy-of-official-table, news-article, synthetic.' }),
    publisher: t.exposeString('publisher', { description: 'Who published the figure.' }),
    title: t.exposeString('title', { description: 'Title of the table or article.' }),
    url: t.exposeString('url', { nullable: true, description: 'Address of the original, when known.' }),
    licence: t.exposeString('licence', { nullable: true, description: 'Licence of the source, when known.' }),
    synthetic: t.exposeBoolean('synthetic', { description: 'True for figures made by the demo generator (sintetis).' }),
  }),
});

builder.prismaObject('Indicator', {
  description: 'A measurable figure: P0, P1, P2, poverty line, stunting cases, PSKS counts, …',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable code, e.g. P0, STUNTING_CASES, PSKS_TAGANA.' }),
    group: t.exposeString('group', { description: 'POVERTY, EXTREME_POVERTY, STUNTING, PSKS or OTHER.' }),
    name: t.exposeString('name', { description: 'Name in Bahasa Indonesia.' }),
    nameEn: t.exposeString('nameEn', { description: 'Name in English.' }),
    unit: t.exposeString('unit', {
      description: 'Unit of the values: percent, index, households, persons, rupiah per capita per month, …',
    }),
    description: t.exposeString('description', { description: 'What the indicator measures.' }),
  }),
});

builder.prismaObject('IndicatorValue', {
  description: 'The value of an indicator for one region and period, with its provenance.',
  fields: (t) => ({
    indicator: t.relation('indicator', { description: 'What is measured.' }),
    regionCode: t.exposeString('regionCode', { description: 'Kemendagri code of the region.' }),
    year: t.exposeInt('year', { description: 'Reference year.' }),
    month: t.exposeInt('month', { description: 'Reference month 1–12, or 0 for an annual figure.' }),
    value: t.exposeFloat('value', { description: "The value, in the indicator's unit." }),
    source: t.relation('source', { description: 'Where the value comes from.' }),
    vintage: t.exposeString('vintage', { description: 'When the source published or drew the value, as the source says it.' }),
    synthetic: t.exposeBoolean('synthetic', { description: 'True when the value is synthetic demo data (sintetis).' }),
    note: t.exposeString('note', { nullable: true, description: 'Caveats: approximations, assumed years, spelling in the source.' }),
  }),
});

builder.prismaObjectField('Region', 'indicatorSeries', (t) =>
  t.relation('indicatorValues', {
    description: 'Values of one indicator for this region, oldest first (annual figures first within a year).',
    args: {
      code: t.arg.string({ required: true, description: 'Indicator code, e.g. P0.' }),
      fromYear: t.arg.int({ required: false, description: 'Only values from this year on.' }),
    },
    query: ({ code, fromYear }) => ({
      where: { indicatorCode: code, ...(fromYear ? { year: { gte: fromYear } } : {}) },
      orderBy: [{ year: 'asc' }, { month: 'asc' }],
    }),
  }),
);

builder.queryField('indicators', (t) =>
  t.prismaField({
    type: ['Indicator'],
    description: 'Every indicator Pantau knows, by code.',
    authScopes: { signedIn: true },
    resolve: (query, _root, _args, ctx) => ctx.db.prisma.indicator.findMany({ ...query, orderBy: { code: 'asc' } }),
  }),
);
