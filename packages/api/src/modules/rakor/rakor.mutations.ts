// Writes of the rakor: schedule and edit a meeting, record its decisions and their follow-ups, and
// the owner OPD's progress on a follow-up. Thin: every rule is in rakor.service.ts.
import { builder } from '../../builder.js';
import { requireViewer } from '../auth/scope.js';
import { deleteResult, writeResult } from '../common/mutation-result.js';
import { FollowUpRef, FollowUpStatusEnum, RakorDecisionRef, RakorRef, RakorStatusEnum } from './rakor.schema.js';
import {
  addFollowUp,
  deleteFollowUp,
  deleteRakor,
  deleteRakorDecision,
  MAX_AGENDA,
  MAX_ATTENDEES,
  MAX_FOLLOW_UPS,
  MAX_TEXT,
  MAX_TITLE,
  recordRakorDecision,
  scheduleRakor,
  updateFollowUp,
  updateFollowUpProgress,
  updateRakor,
  updateRakorDecision,
} from './rakor.service.js';

const RakorAgendaItemInput = builder.inputType('RakorAgendaItemInput', {
  description: 'An agenda item as the form shows it; the list replaces the rakor’s agenda, in order.',
  fields: (t) => ({
    id: t.int({ required: false, description: 'The item edited (keeps the figures frozen on it); absent for a new one.' }),
    title: t.string({ required: true, description: `The item; 1–${MAX_TITLE} characters.` }),
    presenterOpdId: t.int({ required: false, description: 'The OPD presenting it, one of the kabupaten/kota’s; absent for none.' }),
  }),
});

const rakorFields = {
  title: `Title of the meeting; 1–${MAX_TITLE} characters.`,
  heldOn: 'Date of the meeting.',
  location: `Where it is held; 1–${MAX_TITLE} characters.`,
  chair: `Office of the chair (e.g. Wakil Wali Kota, Ketua Klaster); 1–${MAX_TITLE} characters.`,
  clusterId: 'The cluster meeting; absent for the whole TKPKD (the secretariat’s only). A cluster head gives their own.',
  agenda: `Agenda items, in order; at most ${MAX_AGENDA}.`,
  attendeeOpdIds: `OPDs and partners invited, of the kabupaten/kota; at most ${MAX_ATTENDEES}.`,
};

const ScheduleRakorInput = builder.inputType('ScheduleRakorInput', {
  description: 'A rakor to schedule (PLANNED).',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', required: true, description: 'The kabupaten/kota whose TKPKD meets, e.g. 16.71.' }),
    clusterId: t.int({ required: false, description: rakorFields.clusterId }),
    title: t.string({ required: true, description: rakorFields.title }),
    heldOn: t.field({ type: 'Date', required: true, description: rakorFields.heldOn }),
    location: t.string({ required: true, description: rakorFields.location }),
    chair: t.string({ required: true, description: rakorFields.chair }),
    agenda: t.field({ type: [RakorAgendaItemInput], required: true, description: rakorFields.agenda }),
    attendeeOpdIds: t.intList({ required: true, description: rakorFields.attendeeOpdIds }),
  }),
});

const UpdateRakorInput = builder.inputType('UpdateRakorInput', {
  description: 'A rakor as edited: every field as the form shows it.',
  fields: (t) => ({
    id: t.int({ required: true, description: 'The rakor.' }),
    version: t.int({ required: true, description: 'The version the form was opened at.' }),
    status: t.field({
      type: RakorStatusEnum,
      required: false,
      description: 'PLANNED or HELD (HELD from its day on; back to PLANNED only without decisions); absent keeps it.',
    }),
    clusterId: t.int({ required: false, description: rakorFields.clusterId }),
    title: t.string({ required: true, description: rakorFields.title }),
    heldOn: t.field({ type: 'Date', required: true, description: rakorFields.heldOn }),
    location: t.string({ required: true, description: rakorFields.location }),
    chair: t.string({ required: true, description: rakorFields.chair }),
    agenda: t.field({ type: [RakorAgendaItemInput], required: true, description: rakorFields.agenda }),
    attendeeOpdIds: t.intList({ required: true, description: rakorFields.attendeeOpdIds }),
  }),
});

const followUpFields = {
  title: `What is to be done; 1–${MAX_TITLE} characters.`,
  ownerOpdId: 'The OPD responsible, one of the kabupaten/kota’s.',
  dueDate: 'When it is due; on or after the day of the rakor.',
};

const NewFollowUpInput = builder.inputType('NewFollowUpInput', {
  description: 'A follow-up recorded with its decision.',
  fields: (t) => ({
    title: t.string({ required: true, description: followUpFields.title }),
    ownerOpdId: t.int({ required: true, description: followUpFields.ownerOpdId }),
    dueDate: t.field({ type: 'Date', required: true, description: followUpFields.dueDate }),
  }),
});

const RecordRakorDecisionInput = builder.inputType('RecordRakorDecisionInput', {
  description: 'A decision taken at a rakor, with the follow-ups it asks of OPDs.',
  fields: (t) => ({
    rakorId: t.int({ required: true, description: 'The rakor; on or after its day (a planned one becomes held).' }),
    text: t.string({ required: true, description: `The decision; 1–${MAX_TEXT} characters.` }),
    followUps: t.field({ type: [NewFollowUpInput], required: true, description: `Its follow-ups; at most ${MAX_FOLLOW_UPS}.` }),
  }),
});

const UpdateRakorDecisionInput = builder.inputType('UpdateRakorDecisionInput', {
  description: 'A decision’s wording as corrected.',
  fields: (t) => ({
    id: t.int({ required: true, description: 'The decision.' }),
    version: t.int({ required: true, description: 'The version the form was opened at.' }),
    text: t.string({ required: true, description: `The decision; 1–${MAX_TEXT} characters.` }),
  }),
});

const AddFollowUpInput = builder.inputType('AddFollowUpInput', {
  description: 'A follow-up added to a decision already recorded.',
  fields: (t) => ({
    decisionId: t.int({ required: true, description: 'The decision it follows from.' }),
    title: t.string({ required: true, description: followUpFields.title }),
    ownerOpdId: t.int({ required: true, description: followUpFields.ownerOpdId }),
    dueDate: t.field({ type: 'Date', required: true, description: followUpFields.dueDate }),
  }),
});

const UpdateFollowUpInput = builder.inputType('UpdateFollowUpInput', {
  description: 'A follow-up as the rakor’s chair or secretariat edits it.',
  fields: (t) => ({
    id: t.int({ required: true, description: 'The follow-up.' }),
    version: t.int({ required: true, description: 'The version the form was opened at.' }),
    title: t.string({ required: true, description: followUpFields.title }),
    ownerOpdId: t.int({ required: true, description: followUpFields.ownerOpdId }),
    dueDate: t.field({ type: 'Date', required: true, description: followUpFields.dueDate }),
    status: t.field({
      type: FollowUpStatusEnum,
      required: true,
      description: 'Where it stands; DROPPED when the rakor no longer pursues it.',
    }),
  }),
});

const UpdateFollowUpProgressInput = builder.inputType('UpdateFollowUpProgressInput', {
  description: 'The owner OPD’s report on a follow-up.',
  fields: (t) => ({
    id: t.int({ required: true, description: 'The follow-up.' }),
    version: t.int({ required: true, description: 'The version the form was opened at.' }),
    status: t.field({
      type: FollowUpStatusEnum,
      required: true,
      description: 'OPEN, IN_PROGRESS or DONE (DROPPED is the rakor’s to decide).',
    }),
    note: t.string({ required: true, description: `What was done, or what holds it up; 1–${MAX_TEXT} characters.` }),
  }),
});

// Cluster heads only for their own cluster; the service checks the cluster.
const RUNNERS = { admin: true, clusterHead: true } as const;

builder.mutationFields((t) => ({
  scheduleRakor: t.field({
    type: RakorRef,
    description: 'Schedules a rakor with its agenda and invited OPDs. The secretariat (ADMIN), or a cluster head for their cluster.',
    authScopes: RUNNERS,
    errors: writeResult('The scheduled rakor'),
    args: { input: t.arg({ type: ScheduleRakorInput, required: true, description: 'The rakor.' }) },
    resolve: (_root, { input }, ctx) => scheduleRakor(ctx.db, requireViewer(ctx.viewer), input),
  }),
  updateRakor: t.field({
    type: RakorRef,
    description: 'Edits a rakor, its agenda and invited OPDs, or marks it held. Whoever runs it.',
    authScopes: RUNNERS,
    errors: writeResult('The edited rakor'),
    args: { input: t.arg({ type: UpdateRakorInput, required: true, description: 'The rakor as edited.' }) },
    resolve: (_root, { input }, ctx) => updateRakor(ctx.db, requireViewer(ctx.viewer), input, ctx.clock.today()),
  }),
  deleteRakor: t.field({
    type: 'Int',
    description: 'Removes a rakor with its agenda; refused while it has decisions. Whoever runs it.',
    authScopes: RUNNERS,
    errors: deleteResult('rakor'),
    args: {
      id: t.arg.int({ required: true, description: 'The rakor.' }),
      version: t.arg.int({ required: true, description: 'The version the confirmation was shown at.' }),
    },
    resolve: (_root, { id, version }, ctx) => deleteRakor(ctx.db, requireViewer(ctx.viewer), id, version),
  }),
  recordRakorDecision: t.field({
    type: RakorDecisionRef,
    description:
      'Records a decision of a rakor with its follow-ups, on or after the rakor’s day; a planned rakor becomes held. Whoever runs it.',
    authScopes: RUNNERS,
    errors: writeResult('The recorded decision'),
    args: { input: t.arg({ type: RecordRakorDecisionInput, required: true, description: 'The decision.' }) },
    resolve: (_root, { input }, ctx) => recordRakorDecision(ctx.db, requireViewer(ctx.viewer), input, ctx.clock.today()),
  }),
  updateRakorDecision: t.field({
    type: RakorDecisionRef,
    description: 'Corrects a decision’s wording. Whoever runs its rakor.',
    authScopes: RUNNERS,
    errors: writeResult('The corrected decision'),
    args: { input: t.arg({ type: UpdateRakorDecisionInput, required: true, description: 'The decision as corrected.' }) },
    resolve: (_root, { input }, ctx) => updateRakorDecision(ctx.db, requireViewer(ctx.viewer), input),
  }),
  deleteRakorDecision: t.field({
    type: 'Int',
    description: 'Removes a decision; refused while it has follow-ups. Whoever runs its rakor.',
    authScopes: RUNNERS,
    errors: deleteResult('decision'),
    args: {
      id: t.arg.int({ required: true, description: 'The decision.' }),
      version: t.arg.int({ required: true, description: 'The version the confirmation was shown at.' }),
    },
    resolve: (_root, { id, version }, ctx) => deleteRakorDecision(ctx.db, requireViewer(ctx.viewer), id, version),
  }),
  addFollowUp: t.field({
    type: FollowUpRef,
    description: 'Adds a follow-up to a recorded decision. Whoever runs its rakor.',
    authScopes: RUNNERS,
    errors: writeResult('The new follow-up'),
    args: { input: t.arg({ type: AddFollowUpInput, required: true, description: 'The follow-up.' }) },
    resolve: (_root, { input }, ctx) => addFollowUp(ctx.db, requireViewer(ctx.viewer), input),
  }),
  updateFollowUp: t.field({
    type: FollowUpRef,
    description: 'Edits a follow-up (what, who, by when) or drops it. Whoever runs its rakor.',
    authScopes: RUNNERS,
    errors: writeResult('The edited follow-up'),
    args: { input: t.arg({ type: UpdateFollowUpInput, required: true, description: 'The follow-up as edited.' }) },
    resolve: (_root, { input }, ctx) => updateFollowUp(ctx.db, requireViewer(ctx.viewer), input, ctx.clock.today()),
  }),
  deleteFollowUp: t.field({
    type: 'Int',
    description: 'Removes a follow-up recorded by mistake. Whoever runs its rakor.',
    authScopes: RUNNERS,
    errors: deleteResult('follow-up'),
    args: {
      id: t.arg.int({ required: true, description: 'The follow-up.' }),
      version: t.arg.int({ required: true, description: 'The version the confirmation was shown at.' }),
    },
    resolve: (_root, { id, version }, ctx) => deleteFollowUp(ctx.db, requireViewer(ctx.viewer), id, version),
  }),
  updateFollowUpProgress: t.field({
    type: FollowUpRef,
    description: 'Marks a follow-up open, in progress or done, with a note on what was done. The owner OPD’s operator, or the secretariat.',
    authScopes: { admin: true, opdOperator: true },
    errors: writeResult('The updated follow-up'),
    args: { input: t.arg({ type: UpdateFollowUpProgressInput, required: true, description: 'The report.' }) },
    resolve: (_root, { input }, ctx) => updateFollowUpProgress(ctx.db, requireViewer(ctx.viewer), input, ctx.clock.today()),
  }),
}));
