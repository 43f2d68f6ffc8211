// The audit log as the ADMIN's Audit page reads it (issue 11): filtered by user, entity and date,
// scoped to the ADMIN's area, each entry's before and after split into one row per field, and
// personal fields of households masked for anyone who may not read them.
import type { Viewer } from '../../context.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { forbidden, isUnder } from '../auth/scope.js';

export interface AuditFilter {
  userId?: number | null | undefined;
  entity?: string | null | undefined;
  entityId?: string | null | undefined;
  /** First day, inclusive, in WIB. */
  from?: Date | null | undefined;
  /** Last day, inclusive, in WIB. */
  to?: Date | null | undefined;
}

/** Pantau's days are WIB days (clock.ts): 00:00 WIB is 17:00 UTC the day before. */
const WIB_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/**
 * The entries an ADMIN may read, filtered: a deployment-wide ADMIN reads every entry; an ADMIN of
 * a kabupaten/kota reads the entries about records of their area (details.regionCode) and those
 * made by users of their area (sign-ins and older entries name no region).
 */
export function auditWhere(viewer: Viewer, filter: AuditFilter): Prisma.AuditLogWhereInput {
  if (viewer.role !== 'ADMIN') throw forbidden('Only the TKPKD secretariat (ADMIN) reads the audit log');
  const and: Prisma.AuditLogWhereInput[] = [];
  const area = viewer.regionCode;
  if (area !== null) {
    // Users of an area write only records of it, so an entry by one of them needs no region of its own.
    and.push({
      OR: [
        { details: { path: ['regionCode'], equals: area } },
        { details: { path: ['regionCode'], string_starts_with: `${area}.` } },
        { user: { OR: [{ regionCode: area }, { regionCode: { startsWith: `${area}.` } }] } },
      ],
    });
  }
  if (filter.userId != null) and.push({ userId: filter.userId });
  if (filter.entity) and.push({ entity: filter.entity });
  if (filter.entityId) and.push({ entityId: filter.entityId });
  if (filter.from) and.push({ at: { gte: new Date(filter.from.getTime() - WIB_OFFSET_MS) } });
  if (filter.to) and.push({ at: { lt: new Date(filter.to.getTime() + DAY_MS - WIB_OFFSET_MS) } });
  return and.length > 0 ? { AND: and } : {};
}

export interface AuditChange {
  field: string;
  before: string | null;
  after: string | null;
  /** True when before and after differ (always for a create or a delete). */
  changed: boolean;
  /** True when the values are hidden from this reader (personal data). */
  masked: boolean;
}

/** Fields of household records that are personal data (UU 27/2022); other entities' `name` is an office or a program. */
const PERSONAL_FIELDS = new Set(['nik', 'kkNumber', 'kk_number', 'headName', 'head_name', 'name', 'address', 'memberNik', 'members']);
const isHouseholdEntity = (entity: string) => entity.startsWith('household');

const text = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
};

/** A personal value as a reader without access sees it: not at all, not even its length (a NIK's first 12 digits follow from place and birth date, so no part of it is shown). */
const MASK = '••••';
const masked = (value: string | null): string | null => (value === null ? null : MASK);

/**
 * One row per field of an entry's before and after. Entries written by common/write.ts hold
 * `{ before, after, note }`; older ones (reports, imports, sign-ins) hold their figures directly,
 * shown as "after".
 */
export function auditChanges(entity: string, details: unknown, canReadPersonal: boolean): AuditChange[] {
  const d = (details && typeof details === 'object' ? details : {}) as Record<string, unknown>;
  const shaped = 'before' in d || 'after' in d;
  const before = shaped ? d.before : null;
  const after = shaped ? d.after : Object.fromEntries(Object.entries(d).filter(([k]) => k !== 'note' && k !== 'regionCode'));
  const asObject = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
  const b = asObject(before);
  const a = asObject(after);
  // A setting's value (a number, a list) is one field.
  if ((before !== null && !b) || (after !== null && !a)) {
    const bt = text(before);
    const at = text(after);
    return [{ field: 'value', before: bt, after: at, changed: bt !== at, masked: false }];
  }
  const fields = [...new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])];
  return fields.map((field) => {
    const hide = !canReadPersonal && isHouseholdEntity(entity) && PERSONAL_FIELDS.has(field);
    const bt = text(b?.[field]);
    const at = text(a?.[field]);
    return {
      field,
      before: hide ? masked(bt) : bt,
      after: hide ? masked(at) : at,
      changed: b === null || a === null || bt !== at,
      masked: hide,
    };
  });
}

/** Whether a reader sees personal fields in an entry: an ADMIN whose area covers the record. */
export function auditShowsPersonalData(viewer: Viewer, regionCode: string | null): boolean {
  if (viewer.role !== 'ADMIN') return false;
  if (viewer.regionCode === null) return true;
  return regionCode !== null && isUnder(regionCode, viewer.regionCode);
}
