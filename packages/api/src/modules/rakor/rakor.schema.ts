import { builder } from '../../builder.js';
import { FollowUpStatus, RakorStatus } from '../../generated/prisma/enums.js';
import { assertFigureRegion } from '../auth/scope.js';
import { OpdRef } from '../organisation/organisation.schema.js';
import { daysLate } from '../priority/priority.service.js';
import { canManageRakor, canUpdateFollowUpProgress } from './rakor.service.js';

export const RakorStatusEnum = builder.enumType(RakorStatus, {
  name: 'RakorStatus',
  description: 'Whether a rakor has taken place.',
  values: {
    PLANNED: { description: 'Scheduled (dijadwalkan); no decisions yet.' },
    HELD: { description: 'Held (terlaksana); its decisions are recorded.' },
  },
});
export const FollowUpStatusEnum = builder.enumType(FollowUpStatus, {
  name: 'FollowUpStatus',
  description: 'Where a follow-up (tindak lanjut) stands.',
  values: {
    OPEN: { description: 'Not started (belum ditindaklanjuti).' },
    IN_PROGRESS: { description: 'Under way (dalam proses).' },
    DONE: { description: 'Done (selesai).' },
    DROPPED: { description: 'No longer pursued, by decision of the rakor (dibatalkan); never late.' },
  },
});

export const RakorRef = builder.prismaObject('Rakor', {
  description: 'A coordination meeting (rakor) of the whole TKPKD or one cluster.',
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'Identifier.' }),
    version: t.exposeInt('version', {
      description: 'Bumped on every save; send the version the form was opened at, a save from an older one is refused.',
    }),
    title: t.exposeString('title', { description: 'Title of the meeting.' }),
    heldOn: t.expose('heldOn', { type: 'Date', description: 'Date of the meeting.' }),
    location: t.exposeString('location', { description: 'Where it is held.' }),
    chair: t.exposeString('chair', { description: 'Office of the chair.' }),
    status: t.expose('status', { type: RakorStatusEnum, description: 'Planned or held.' }),
    regionCode: t.exposeString('regionCode', { description: 'The region whose TKPKD meets.' }),
    cluster: t.relation('cluster', { nullable: true, description: 'The cluster; null for the whole TKPKD.' }),
    synthetic: t.exposeBoolean('synthetic', { description: 'True for synthetic demo data.' }),
    sourceNote: t.exposeString('sourceNote', { nullable: true, description: 'Where the meeting is documented.' }),
    attendees: t.field({
      type: [OpdRef],
      description: 'Organisations that attended, by short name.',
      select: { attendees: { select: { opd: true }, orderBy: { opd: { shortName: 'asc' } } } },
      resolve: (r) => r.attendees.map((a) => a.opd),
    }),
    agenda: t.relation('agenda', { description: 'Agenda items, in order.', query: { orderBy: { position: 'asc' } } }),
    decisions: t.relation('decisions', { description: 'Decisions, in order.', query: { orderBy: { position: 'asc' } } }),
    viewerCanManage: t.boolean({
      description:
        'True when the signed-in user may edit it, record its decisions and follow-ups, or remove it: the secretariat of its kabupaten/kota, or the head of its cluster.',
      resolve: (r, _args, ctx) => canManageRakor(ctx.viewer, r),
    }),
  }),
});

builder.prismaObject('RakorAgendaItem', {
  description: 'An agenda item of a rakor, with the figures presented, frozen as shown.',
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'Identifier.' }),
    position: t.exposeInt('position', { description: 'Order, from 1.' }),
    title: t.exposeString('title', { description: 'The item.' }),
    presenterOpd: t.relation('presenterOpd', { nullable: true, description: 'The OPD presenting.' }),
    figuresJson: t.string({
      description: 'Figures presented, as JSON: [{ label, value, unit, source }].',
      resolve: (a) => JSON.stringify(a.figures),
    }),
  }),
});

export const RakorDecisionRef = builder.prismaObject('RakorDecision', {
  description: 'A decision of a rakor; its follow-ups are tracked to the next rakor.',
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'Identifier.' }),
    version: t.exposeInt('version', {
      description: 'Bumped on every save; send the version the form was opened at, a save from an older one is refused.',
    }),
    position: t.exposeInt('position', { description: 'Order, from 1.' }),
    text: t.exposeString('text', { description: 'The decision.' }),
    followUps: t.relation('followUps', {
      description: 'What the decision asks of OPDs, in the order recorded.',
      query: { orderBy: { id: 'asc' } },
    }),
  }),
});

export const FollowUpRef = builder.prismaObject('FollowUp', {
  description: 'A follow-up (tindak lanjut) of a rakor decision: owner OPD, due date, status.',
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'Identifier.' }),
    version: t.exposeInt('version', {
      description: 'Bumped on every save; send the version the form was opened at, a save from an older one is refused.',
    }),
    title: t.exposeString('title', { description: 'What is to be done.' }),
    ownerOpd: t.relation('ownerOpd', { description: 'The OPD responsible.' }),
    dueDate: t.expose('dueDate', { type: 'Date', description: 'When it is due.' }),
    status: t.expose('status', { type: FollowUpStatusEnum, description: 'Where it stands.' }),
    doneAt: t.expose('doneAt', { type: 'Date', nullable: true, description: 'When it was done.' }),
    progressNote: t.exposeString('progressNote', { nullable: true, description: "The owner's latest note." }),
    decision: t.relation('decision', { description: 'The decision it follows from.' }),
    rakor: t.field({
      type: RakorRef,
      description: 'The rakor that decided it.',
      select: { decision: { select: { rakor: true } } },
      resolve: (f) => f.decision.rakor,
    }),
    daysLate: t.int({
      description: 'Whole days past the due date on the as-of date (0 when done, dropped or not yet due).',
      args: { asOf: t.arg({ type: 'Date', required: false, description: 'Date to judge lateness on; default today.' }) },
      resolve: (f, { asOf }, ctx) => daysLate(f.dueDate, f.status === 'DONE' || f.status === 'DROPPED', asOf ?? ctx.clock.today()),
    }),
    viewerCanManage: t.boolean({
      description: 'True when the signed-in user may edit, drop or remove it: whoever runs its rakor.',
      select: { decision: { select: { rakor: { select: { regionCode: true, clusterId: true } } } } },
      resolve: (f, _args, ctx) => canManageRakor(ctx.viewer, f.decision.rakor),
    }),
    viewerCanUpdateProgress: t.boolean({
      description: 'True when the signed-in user may mark it in progress or done with a note: the owner OPD, or the secretariat.',
      select: { decision: { select: { rakor: { select: { regionCode: true } } } } },
      resolve: (f, _args, ctx) => canUpdateFollowUpProgress(ctx.viewer, f, f.decision.rakor.regionCode),
    }),
  }),
});

builder.queryFields((t) => ({
  rakors: t.prismaField({
    type: ['Rakor'],
    description: 'Rakor of a kabupaten/kota (or province), newest first; optionally of one cluster.',
    authScopes: { signedIn: true },
    args: {
      regionCode: t.arg({ type: 'RegionCode', required: true, description: 'Region code.' }),
      clusterId: t.arg.int({ required: false, description: 'Only this cluster’s rakor.' }),
    },
    resolve: (query, _root, { regionCode, clusterId }, ctx) => {
      assertFigureRegion(ctx.viewer, regionCode);
      return ctx.db.prisma.rakor.findMany({
        ...query,
        where: { regionCode, ...(clusterId ? { clusterId } : {}) },
        orderBy: [{ heldOn: 'desc' }, { id: 'desc' }],
      });
    },
  }),
  followUps: t.prismaField({
    type: ['FollowUp'],
    description:
      'Follow-ups of the rakor of a kabupaten/kota, by due date; `openOnly` keeps those not done or dropped, `overdueOnly` those past due on `asOf`.',
    authScopes: { signedIn: true },
    args: {
      regionCode: t.arg({ type: 'RegionCode', required: true, description: 'Kabupaten/kota code.' }),
      clusterId: t.arg.int({ required: false, description: 'Only follow-ups of this cluster’s rakor.' }),
      openOnly: t.arg.boolean({ required: false, description: 'Only follow-ups not done or dropped.' }),
      overdueOnly: t.arg.boolean({ required: false, description: 'Only open follow-ups past their due date.' }),
      asOf: t.arg({ type: 'Date', required: false, description: 'Date to judge lateness on; default today.' }),
    },
    resolve: (query, _root, { regionCode, clusterId, openOnly, overdueOnly, asOf }, ctx) => {
      assertFigureRegion(ctx.viewer, regionCode);
      const open = openOnly || overdueOnly;
      return ctx.db.prisma.followUp.findMany({
        ...query,
        where: {
          decision: { rakor: { regionCode: regionCode.slice(0, 5), ...(clusterId ? { clusterId } : {}) } },
          ...(open ? { status: { in: ['OPEN', 'IN_PROGRESS'] } } : {}),
          ...(overdueOnly ? { dueDate: { lt: asOf ?? ctx.clock.today() } } : {}),
        },
        orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
      });
    },
  }),
}));
