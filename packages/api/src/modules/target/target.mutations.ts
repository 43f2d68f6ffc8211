// The secretariat's set-up of targets (issue 11), and the live preview of a target's path that the
// form draws before saving: ADMIN of the kabupaten/kota.
import { builder } from '../../builder.js';
import { DomainError } from '../../errors.js';
import { requireAdmin } from '../common/admin.js';
import { deleteResult, writeResult } from '../common/mutation-result.js';
import { TargetPointRef, TargetRef, TargetShapeEnum } from './target.schema.js';
import { createTarget, deleteTarget, previewTargetPath, updateTarget } from './target-write.service.js';

const versionDescription = 'The version the form was opened at (Target.version); a save over a newer one is refused.';

const PathDescriptions = {
  shape: 'How the target is set; decides what annualStep means and whether dueDate and regionGroupId are needed.',
  baselineYear: 'Year of the baseline value, 2000–2100.',
  baselineValue: "Baseline value in the indicator's unit, 0 or more (P0 in percent, a count of households, …).",
  annualStep:
    'Cut per year: percentage points (ANNUAL_POINT_REDUCTION, above 0 up to 100), a fraction of last year (ANNUAL_RELATIVE_REDUCTION, above 0 up to 0.99) or a count (ANNUAL_COUNT_REDUCTION, above 0); null for ZERO_BY_DATE.',
  endYear: 'Last year the target runs, 1–30 years after the baseline year.',
  dueDate: 'For ZERO_BY_DATE: the day by which the value must be zero, after the baseline year and by the end year; null otherwise.',
};

const TargetPathInput = builder.inputType('TargetPathInput', {
  description: 'What a target path is computed from: the same values a target is saved with.',
  fields: (t) => ({
    shape: t.field({ type: TargetShapeEnum, required: true, description: PathDescriptions.shape }),
    baselineYear: t.int({ required: true, description: PathDescriptions.baselineYear }),
    baselineValue: t.float({ required: true, description: PathDescriptions.baselineValue }),
    annualStep: t.float({ required: false, description: PathDescriptions.annualStep }),
    endYear: t.int({ required: true, description: PathDescriptions.endYear }),
    dueDate: t.field({ type: 'Date', required: false, description: PathDescriptions.dueDate }),
  }),
});

const TargetFieldDescriptions = {
  indicatorCode: 'The indicator the target is on, e.g. P0 or EXTREME_POOR_HOUSEHOLDS (see the indicators query).',
  name: 'The target as the region states it, 1–200 characters.',
  regionGroupId: 'For ZERO_BY_DATE: the places (a region group of the same kabupaten/kota) that must reach zero; null otherwise.',
  note: 'How the target was read from its source, at most 1,000 characters.',
};

const CreateTargetInput = builder.inputType('CreateTargetInput', {
  description: 'A new target of a kabupaten/kota.',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', required: true, description: 'The kabupaten/kota that sets the target, e.g. 16.71.' }),
    indicatorCode: t.string({ required: true, description: TargetFieldDescriptions.indicatorCode }),
    name: t.string({ required: true, description: TargetFieldDescriptions.name }),
    shape: t.field({ type: TargetShapeEnum, required: true, description: PathDescriptions.shape }),
    baselineYear: t.int({ required: true, description: PathDescriptions.baselineYear }),
    baselineValue: t.float({ required: true, description: PathDescriptions.baselineValue }),
    annualStep: t.float({ required: false, description: PathDescriptions.annualStep }),
    endYear: t.int({ required: true, description: PathDescriptions.endYear }),
    dueDate: t.field({ type: 'Date', required: false, description: PathDescriptions.dueDate }),
    regionGroupId: t.int({ required: false, description: TargetFieldDescriptions.regionGroupId }),
    note: t.string({ required: false, description: TargetFieldDescriptions.note }),
  }),
});

const UpdateTargetInput = builder.inputType('UpdateTargetInput', {
  description: 'New values for a target; its kabupaten/kota stays.',
  fields: (t) => ({
    id: t.int({ required: true, description: 'The target.' }),
    version: t.int({ required: true, description: versionDescription }),
    indicatorCode: t.string({ required: true, description: TargetFieldDescriptions.indicatorCode }),
    name: t.string({ required: true, description: TargetFieldDescriptions.name }),
    shape: t.field({ type: TargetShapeEnum, required: true, description: PathDescriptions.shape }),
    baselineYear: t.int({ required: true, description: PathDescriptions.baselineYear }),
    baselineValue: t.float({ required: true, description: PathDescriptions.baselineValue }),
    annualStep: t.float({ required: false, description: PathDescriptions.annualStep }),
    endYear: t.int({ required: true, description: PathDescriptions.endYear }),
    dueDate: t.field({ type: 'Date', required: false, description: PathDescriptions.dueDate }),
    regionGroupId: t.int({ required: false, description: TargetFieldDescriptions.regionGroupId }),
    note: t.string({ required: false, description: TargetFieldDescriptions.note }),
  }),
});

builder.queryField('previewTargetPath', (t) =>
  t.field({
    type: [TargetPointRef],
    description:
      'The path a target would have, year by year, computed by the same function and checks as a saved target: the live preview of the target form. ADMIN.',
    authScopes: { admin: true },
    errors: {
      types: [DomainError],
      union: { description: 'The target path, or a DomainError naming the input field at fault.' },
      result: { description: 'The target path.' },
      dataField: { description: 'Target value per year from the baseline year to the end year.' },
    },
    args: { input: t.arg({ type: TargetPathInput, required: true, description: 'The values of the target form.' }) },
    resolve: (_root, { input }) => previewTargetPath(input),
  }),
);

builder.mutationFields((t) => ({
  createTarget: t.field({
    type: TargetRef,
    description: 'Adds a target; its path and status show on Kemiskinan (or Kemiskinan ekstrem) at once. ADMIN of the kabupaten/kota.',
    authScopes: { admin: true },
    errors: writeResult('The new target'),
    args: { input: t.arg({ type: CreateTargetInput, required: true, description: 'The target.' }) },
    resolve: (_root, { input }, ctx) => createTarget(ctx.db, requireAdmin(ctx.viewer), input),
  }),
  updateTarget: t.field({
    type: TargetRef,
    description: 'Changes a target. ADMIN of its kabupaten/kota.',
    authScopes: { admin: true },
    errors: writeResult('The target as now stored'),
    args: { input: t.arg({ type: UpdateTargetInput, required: true, description: 'The new values.' }) },
    resolve: (_root, { input }, ctx) => updateTarget(ctx.db, requireAdmin(ctx.viewer), input),
  }),
  deleteTarget: t.int({
    description: 'Removes a target. ADMIN of its kabupaten/kota.',
    authScopes: { admin: true },
    errors: deleteResult('target'),
    args: {
      id: t.arg.int({ required: true, description: 'The target.' }),
      version: t.arg.int({ required: true, description: versionDescription }),
    },
    resolve: (_root, { id, version }, ctx) => deleteTarget(ctx.db, requireAdmin(ctx.viewer), id, version),
  }),
}));
