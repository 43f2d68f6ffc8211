import { builder } from '../../builder.js';
import { PriorityStatus } from '../../generated/prisma/enums.js';
import { assertFigureRegion } from '../auth/scope.js';
import { canManagePriorities, canUpdatePriorityProgress, daysLate } from './priority.service.js';

export const PriorityStatusEnum = builder.enumType(PriorityStatus, {
  name: 'PriorityStatus',
  description: 'Where a 100-day priority stands.',
  values: {
    NOT_STARTED: { description: 'Not started yet (belum mulai).' },
    IN_PROGRESS: { description: 'Under way (berjalan).' },
    DONE: { description: 'Done (selesai); every milestone is done.' },
    CANCELLED: { description: 'Dropped by the mayor’s office (dibatalkan); never late.' },
  },
});

builder.prismaObject('PriorityMilestone', {
  description: 'A step of a 100-day priority.',
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'Identifier.' }),
    position: t.exposeInt('position', { description: 'Order within the priority, from 1.' }),
    title: t.exposeString('title', { description: 'What the step is.' }),
    dueDate: t.expose('dueDate', { type: 'Date', description: 'When the step is due.' }),
    doneAt: t.expose('doneAt', { type: 'Date', nullable: true, description: 'When it was done; null while open.' }),
  }),
});

export const PriorityRef = builder.prismaObject('Priority', {
  description: "One of the mayor's 100-day priorities, with its owner OPD, due date and milestones.",
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'Identifier.' }),
    version: t.exposeInt('version', {
      description: 'Bumped on every save; send the version the form was opened at, a save from an older one is refused.',
    }),
    regionCode: t.exposeString('regionCode', { description: 'The kabupaten/kota whose list it is on.' }),
    title: t.exposeString('title', { description: 'The commitment.' }),
    description: t.exposeString('description', { description: 'What it means in practice.' }),
    ownerOpd: t.relation('ownerOpd', { description: 'The OPD responsible.' }),
    startDate: t.expose('startDate', { type: 'Date', description: 'Start of the 100 days.' }),
    dueDate: t.expose('dueDate', { type: 'Date', description: 'When it is due.' }),
    status: t.expose('status', { type: PriorityStatusEnum, description: 'Where it stands.' }),
    doneAt: t.expose('doneAt', { type: 'Date', nullable: true, description: 'When it was done.' }),
    synthetic: t.exposeBoolean('synthetic', { description: 'True for synthetic demo data.' }),
    milestones: t.relation('milestones', { description: 'Steps, in order.', query: { orderBy: { position: 'asc' } } }),
    milestonesDone: t.relationCount('milestones', { description: 'Milestones done.', where: { doneAt: { not: null } } }),
    viewerCanEdit: t.boolean({
      description: 'True when the signed-in user may edit or remove it: the mayor’s office or the secretariat of its kabupaten/kota.',
      resolve: (p, _args, ctx) => canManagePriorities(ctx.viewer, p.regionCode),
    }),
    viewerCanUpdateProgress: t.boolean({
      description: 'True when the signed-in user may report its progress: the owner OPD, the mayor’s office or the secretariat.',
      resolve: (p, _args, ctx) => canUpdatePriorityProgress(ctx.viewer, p),
    }),
    daysLate: t.int({
      description: 'Whole days past the due date on the as-of date (0 when done, cancelled or not yet due).',
      args: { asOf: t.arg({ type: 'Date', required: false, description: 'Date to judge lateness on; default today.' }) },
      resolve: (p, { asOf }, ctx) => daysLate(p.dueDate, p.status === 'DONE' || p.status === 'CANCELLED', asOf ?? ctx.clock.today()),
    }),
  }),
});

builder.queryField('priorities', (t) =>
  t.prismaField({
    type: ['Priority'],
    description: 'The 100-day priorities of a kabupaten/kota, by due date; `lateOnly` keeps those past due and not done on `asOf`.',
    authScopes: { signedIn: true },
    args: {
      regionCode: t.arg({ type: 'RegionCode', required: true, description: 'Kabupaten/kota code.' }),
      lateOnly: t.arg.boolean({ required: false, description: 'Only priorities past due and not done.' }),
      asOf: t.arg({ type: 'Date', required: false, description: 'Date to judge lateness on; default today.' }),
    },
    resolve: (query, _root, { regionCode, lateOnly, asOf }, ctx) => {
      assertFigureRegion(ctx.viewer, regionCode);
      return ctx.db.prisma.priority.findMany({
        ...query,
        where: {
          regionCode: regionCode.slice(0, 5),
          ...(lateOnly ? { status: { in: ['NOT_STARTED', 'IN_PROGRESS'] }, dueDate: { lt: asOf ?? ctx.clock.today() } } : {}),
        },
        orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
      });
    },
  }),
);
