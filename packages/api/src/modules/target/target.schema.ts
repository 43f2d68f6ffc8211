import { builder } from '../../builder.js';
import { TargetShape } from '../../generated/prisma/enums.js';
import { type TargetPoint, targetPath } from './target.service.js';

export const TargetShapeEnum = builder.enumType(TargetShape, {
  name: 'TargetShape',
  description:
    'How a target is set: ANNUAL_POINT_REDUCTION (percentage points a year), ANNUAL_RELATIVE_REDUCTION (share of last year), ANNUAL_COUNT_REDUCTION (a count a year), ZERO_BY_DATE (zero in named places by a date).',
  values: {
    ANNUAL_POINT_REDUCTION: { description: 'Cut a rate by a fixed number of percentage points a year (Padang Panjang: 0.5 a year).' },
    ANNUAL_RELATIVE_REDUCTION: { description: "Cut the value by a fixed share of last year's value (annualStep 0.005 = 0.5% a year)." },
    ANNUAL_COUNT_REDUCTION: { description: 'Cut a count by a fixed number a year (about 300 KK a year).' },
    ZERO_BY_DATE: {
      description: "Reach zero by a date in named places (Bontang's four priority kelurahan); a straight line to zero in the due year.",
    },
  },
});

export const TargetPointRef = builder.objectRef<TargetPoint>('TargetPoint').implement({
  description: 'The value a target asks for in one year.',
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'Year.' }),
    value: t.exposeFloat('value', { description: "Target value, in the indicator's unit." }),
  }),
});

export const TargetRef = builder.prismaObject('Target', {
  description: 'A target on an indicator for a region; its shape, baseline and step give the value per year.',
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'Identifier.' }),
    name: t.exposeString('name', { description: 'The target as the region states it.' }),
    shape: t.expose('shape', { type: TargetShapeEnum, description: 'How the target is set.' }),
    indicator: t.relation('indicator', { description: 'The indicator the target is on.' }),
    regionCode: t.exposeString('regionCode', { description: 'The region that set the target.' }),
    baselineYear: t.exposeInt('baselineYear', { description: 'Year of the baseline value.' }),
    baselineValue: t.exposeFloat('baselineValue', { description: "Baseline value, in the indicator's unit." }),
    annualStep: t.exposeFloat('annualStep', {
      nullable: true,
      description: 'Cut per year: percentage points, a fraction 0–1 of last year, or a count, by shape; null for ZERO_BY_DATE.',
    }),
    endYear: t.exposeInt('endYear', { description: 'Last year the target runs.' }),
    dueDate: t.expose('dueDate', { type: 'Date', nullable: true, description: 'For ZERO_BY_DATE: when the value must be zero.' }),
    regionGroup: t.relation('regionGroup', { nullable: true, description: 'For ZERO_BY_DATE: the named places.' }),
    source: t.relation('source', { nullable: true, description: 'Where the target is stated.' }),
    note: t.exposeString('note', { nullable: true, description: 'How the target was read from its source.' }),
    version: t.exposeInt('version', { description: 'Edit version: send it back with a change; a save from an older version is refused.' }),
    path: t.field({
      type: [TargetPointRef],
      description: 'Target value per year from the baseline year to the end year.',
      resolve: (target) => targetPath(target),
    }),
  }),
});

builder.prismaObjectField('Region', 'targets', (t) =>
  t.relation('targets', { description: 'Targets this region has set, by id.', query: { orderBy: { id: 'asc' } } }),
);
