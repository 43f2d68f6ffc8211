// Writes of the 100-day priorities: the mayor's office and the secretariat keep the list, the
// owner OPD reports progress. Thin: every rule is in priority.service.ts.
import { builder } from '../../builder.js';
import { requireViewer } from '../auth/scope.js';
import { deleteResult, writeResult } from '../common/mutation-result.js';
import { PriorityRef, PriorityStatusEnum } from './priority.schema.js';
import {
  createPriority,
  deletePriority,
  MAX_DESCRIPTION,
  MAX_MILESTONES,
  MAX_TITLE,
  updatePriority,
  updatePriorityProgress,
} from './priority.service.js';

const PriorityMilestoneInput = builder.inputType('PriorityMilestoneInput', {
  description: 'A milestone as the form shows it; the list replaces the priority’s milestones, in order.',
  fields: (t) => ({
    id: t.int({ required: false, description: 'The milestone edited (keeps the day it was done); absent for a new one.' }),
    title: t.string({ required: true, description: `What the step is; 1–${MAX_TITLE} characters.` }),
    dueDate: t.field({ type: 'Date', required: true, description: 'When the step is due; between the priority’s start and due dates.' }),
    done: t.boolean({ required: true, description: 'Whether the step is done (it is dated the day it is first marked).' }),
  }),
});

const CreatePriorityInput = builder.inputType('CreatePriorityInput', {
  description: 'A new 100-day priority of a kabupaten/kota.',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', required: true, description: 'The kabupaten/kota whose list it joins, e.g. 16.71.' }),
    title: t.string({ required: true, description: `The commitment; 1–${MAX_TITLE} characters.` }),
    description: t.string({ required: false, description: `What it means in practice; at most ${MAX_DESCRIPTION} characters.` }),
    ownerOpdId: t.int({ required: true, description: 'The OPD responsible; one of the kabupaten/kota’s.' }),
    startDate: t.field({ type: 'Date', required: true, description: 'Start of the 100 days.' }),
    dueDate: t.field({ type: 'Date', required: true, description: 'When it is due; on or after the start date.' }),
    status: t.field({ type: PriorityStatusEnum, required: true, description: 'Where it stands; DONE only with every milestone done.' }),
    milestones: t.field({
      type: [PriorityMilestoneInput],
      required: true,
      description: `Its steps, in order; at most ${MAX_MILESTONES}.`,
    }),
  }),
});

const UpdatePriorityInput = builder.inputType('UpdatePriorityInput', {
  description: 'A 100-day priority as edited: every field as the form shows it.',
  fields: (t) => ({
    id: t.int({ required: true, description: 'The priority.' }),
    version: t.int({ required: true, description: 'The version the form was opened at.' }),
    title: t.string({ required: true, description: `The commitment; 1–${MAX_TITLE} characters.` }),
    description: t.string({ required: false, description: `What it means in practice; at most ${MAX_DESCRIPTION} characters.` }),
    ownerOpdId: t.int({ required: true, description: 'The OPD responsible; one of the kabupaten/kota’s.' }),
    startDate: t.field({ type: 'Date', required: true, description: 'Start of the 100 days.' }),
    dueDate: t.field({ type: 'Date', required: true, description: 'When it is due; on or after the start date.' }),
    status: t.field({ type: PriorityStatusEnum, required: true, description: 'Where it stands; DONE only with every milestone done.' }),
    milestones: t.field({
      type: [PriorityMilestoneInput],
      required: true,
      description: `Its steps, in order, replacing the stored ones; at most ${MAX_MILESTONES}.`,
    }),
  }),
});

const UpdatePriorityProgressInput = builder.inputType('UpdatePriorityProgressInput', {
  description: 'The owner OPD’s update: where the priority stands and which milestones are done.',
  fields: (t) => ({
    id: t.int({ required: true, description: 'The priority.' }),
    version: t.int({ required: true, description: 'The version the form was opened at.' }),
    status: t.field({
      type: PriorityStatusEnum,
      required: true,
      description: 'Where it stands; DONE only with every milestone done, CANCELLED only by the mayor’s office or the secretariat.',
    }),
    doneMilestoneIds: t.intList({ required: true, description: 'The milestones done now; the others are open.' }),
  }),
});

const MANAGERS = { admin: true, executive: true } as const;

builder.mutationFields((t) => ({
  createPriority: t.field({
    type: PriorityRef,
    description:
      'Adds a 100-day priority with its milestones. The mayor’s office (EXECUTIVE) or the secretariat (ADMIN) of the kabupaten/kota.',
    authScopes: MANAGERS,
    errors: writeResult('The new priority'),
    args: { input: t.arg({ type: CreatePriorityInput, required: true, description: 'The priority.' }) },
    resolve: (_root, { input }, ctx) => createPriority(ctx.db, requireViewer(ctx.viewer), input, ctx.clock.today()),
  }),
  updatePriority: t.field({
    type: PriorityRef,
    description: 'Edits a 100-day priority and replaces its milestones. The mayor’s office or the secretariat of its kabupaten/kota.',
    authScopes: MANAGERS,
    errors: writeResult('The edited priority'),
    args: { input: t.arg({ type: UpdatePriorityInput, required: true, description: 'The priority as edited.' }) },
    resolve: (_root, { input }, ctx) => updatePriority(ctx.db, requireViewer(ctx.viewer), input, ctx.clock.today()),
  }),
  deletePriority: t.field({
    type: 'Int',
    description: 'Removes a 100-day priority and its milestones. The mayor’s office or the secretariat of its kabupaten/kota.',
    authScopes: MANAGERS,
    errors: deleteResult('priority'),
    args: {
      id: t.arg.int({ required: true, description: 'The priority.' }),
      version: t.arg.int({ required: true, description: 'The version the confirmation was shown at.' }),
    },
    resolve: (_root, { id, version }, ctx) => deletePriority(ctx.db, requireViewer(ctx.viewer), id, version),
  }),
  updatePriorityProgress: t.field({
    type: PriorityRef,
    description:
      'Reports where a 100-day priority stands and which milestones are done. The owner OPD’s operator, the mayor’s office or the secretariat.',
    authScopes: { admin: true, executive: true, opdOperator: true },
    errors: writeResult('The updated priority'),
    args: { input: t.arg({ type: UpdatePriorityProgressInput, required: true, description: 'The update.' }) },
    resolve: (_root, { input }, ctx) => updatePriorityProgress(ctx.db, requireViewer(ctx.viewer), input, ctx.clock.today()),
  }),
}));
