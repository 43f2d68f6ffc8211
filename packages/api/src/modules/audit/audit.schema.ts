// The audit log for the ADMIN's Audit page (issue 11).
import { builder } from '../../builder.js';
import type { AuditLog } from '../../generated/prisma/client.js';
import { inputError } from '../auth/scope.js';
import { requireAdmin } from '../common/admin.js';
import { type AuditChange, auditChanges, auditShowsPersonalData, auditWhere } from './audit.service.js';

const AuditChangeRef = builder.objectRef<AuditChange>('AuditChange').implement({
  description: 'One field of an audited record, before and after the write.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The field, as the API names it (pagu, shortName, members, …); `value` for a setting.' }),
    before: t.exposeString('before', {
      nullable: true,
      description: 'The value before, as text (lists and objects as JSON, rupiah as whole numbers); null for a create or an empty field.',
    }),
    after: t.exposeString('after', { nullable: true, description: 'The value after, as text; null for a delete or an empty field.' }),
    changed: t.exposeBoolean('changed', { description: 'True when the write changed this field.' }),
    masked: t.exposeBoolean('masked', {
      description: 'True when the values are personal data of a household (NIK, names, address) hidden from you: shown as ••••.',
    }),
  }),
});

const detailsOf = (details: unknown) => (details && typeof details === 'object' ? (details as Record<string, unknown>) : {});

const AuditEntryRef = builder.prismaObject('AuditLog', {
  name: 'AuditEntry',
  description: 'One write in the audit log: who did what to which record, when, with the values before and after.',
  fields: (t) => ({
    id: t.string({ description: 'Identifier (a 64-bit number, as text).', resolve: (e) => e.id.toString() }),
    at: t.expose('at', { type: 'DateTime', description: 'When the write was committed.' }),
    user: t.relation('user', { nullable: true, description: 'Who wrote; null for the command line and the first-run set-up.' }),
    action: t.exposeString('action', {
      description:
        'What was done: create, update, delete, deactivate, reactivate, reset_password, change_password, login, import, approve, …',
    }),
    entity: t.exposeString('entity', {
      description: 'What kind of record: opd, cluster, program, target, region_group, setting, app_user, …',
    }),
    entityId: t.exposeString('entityId', { description: 'Which record of that kind (its id, a setting’s key).' }),
    regionCode: t.string({
      nullable: true,
      description: 'The region the record belongs to, when the entry names one.',
      resolve: (e) => {
        const code = detailsOf(e.details).regionCode;
        return typeof code === 'string' ? code : null;
      },
    }),
    note: t.string({
      nullable: true,
      description: 'Anything else the write recorded (a reason, sessions ended).',
      resolve: (e) => {
        const note = detailsOf(e.details).note;
        return typeof note === 'string' ? note : null;
      },
    }),
    changes: t.field({
      type: [AuditChangeRef],
      description: 'The record before and after, one row per field; personal data of households masked for readers without access to it.',
      resolve: (e, _args, ctx) => {
        const code = detailsOf(e.details).regionCode;
        const canRead = !!ctx.viewer && auditShowsPersonalData(ctx.viewer, typeof code === 'string' ? code : null);
        return auditChanges(e.entity, e.details, canRead);
      },
    }),
  }),
});

const AuditPageRef = builder.objectRef<{ entries: AuditLog[]; totalCount: number; nextBefore: string | null }>('AuditLogPage').implement({
  description: 'A page of the audit log, newest first.',
  fields: (t) => ({
    entries: t.field({ type: [AuditEntryRef], description: 'The entries on this page, newest first.', resolve: (p) => p.entries }),
    totalCount: t.exposeInt('totalCount', { description: 'Entries matching the filter across all pages, entries.' }),
    nextBefore: t.exposeString('nextBefore', {
      nullable: true,
      description: 'Pass as `before` for the next (older) page; null on the last page.',
    }),
  }),
});

/** At most this many entries a page. */
const AUDIT_PAGE_MAX = 200;

builder.queryFields((t) => ({
  auditLog: t.field({
    type: AuditPageRef,
    description:
      'The audit log, newest first, in your area (every entry for a deployment-wide ADMIN), filtered by user, record and date (WIB days). ADMIN.',
    authScopes: { admin: true },
    args: {
      userId: t.arg.int({ required: false, description: 'Only writes by this user.' }),
      entity: t.arg.string({ required: false, description: 'Only records of this kind (see auditEntities).' }),
      entityId: t.arg.string({ required: false, description: 'Only this record (with entity).' }),
      from: t.arg({ type: 'Date', required: false, description: 'From this day on (WIB), inclusive.' }),
      to: t.arg({ type: 'Date', required: false, description: 'Up to this day (WIB), inclusive.' }),
      first: t.arg.int({ required: false, description: `Page size, 1–${AUDIT_PAGE_MAX} entries (default 50).` }),
      before: t.arg.string({ required: false, description: 'Only entries older than this one: the nextBefore of the previous page.' }),
    },
    resolve: async (_root, args, ctx) => {
      const where = auditWhere(requireAdmin(ctx.viewer), args);
      const first = args.first ?? 50;
      if (!Number.isInteger(first) || first < 1 || first > AUDIT_PAGE_MAX) {
        throw inputError(`first must be 1–${AUDIT_PAGE_MAX} entries, got ${first}`, 'first');
      }
      if (args.before != null && !/^[1-9]\d{0,17}$/.test(args.before)) {
        throw inputError('before must be the nextBefore of an earlier page (an entry id)', 'before');
      }
      const paged = args.before ? { AND: [where, { id: { lt: BigInt(args.before) } }] } : where;
      // One after the other: a request's queries share the pool with other requests.
      const totalCount = await ctx.db.prisma.auditLog.count({ where });
      const rows = await ctx.db.prisma.auditLog.findMany({ where: paged, orderBy: { id: 'desc' }, take: first + 1 });
      const entries = rows.slice(0, first);
      return { entries, totalCount, nextBefore: rows.length > first ? entries.at(-1)!.id.toString() : null };
    },
  }),
  auditEntities: t.stringList({
    description: 'The kinds of record the audit log holds entries about, by name: the choices of the Audit page’s filter. ADMIN.',
    authScopes: { admin: true },
    resolve: async (_root, _args, ctx) => {
      requireAdmin(ctx.viewer);
      const rows = await ctx.db.raw<{ entity: string }>('SELECT DISTINCT entity FROM audit_log ORDER BY entity');
      return rows.map((r) => r.entity);
    },
  }),
}));
