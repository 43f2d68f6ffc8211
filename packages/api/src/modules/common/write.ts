// Every write of the secretariat's write side goes through here: one transaction that checks the
// version the form was opened at, makes the change, and records who did what with the values
// before and after in the audit log, or does nothing and says why (a DomainError naming the field).
import type { Viewer } from '../../context.js';
import type { Database } from '../../db.js';
import { DomainError } from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';

/** The transaction a write runs in. */
export type Tx = Prisma.TransactionClient;

export const WRITE_STALE = 'write/stale_version';
export const WRITE_NOT_FOUND = 'write/not_found';
export const WRITE_IN_USE = 'write/in_use';
export const WRITE_DUPLICATE = 'write/duplicate';

export interface AuditRecord {
  /** The table's name, e.g. `program`, `follow_up`. */
  entity: string;
  entityId: string | number;
  /** create, update, delete, deactivate, or a domain verb (approve, verify, …). */
  action: string;
  /** The record as it was and as it is now (plain JSON; bigint as text). */
  before?: unknown;
  after?: unknown;
  /** Anything else worth keeping (a reason, the fields changed). */
  note?: string;
  /** The kabupaten/kota (or kelurahan) the record belongs to: the audit page of a regional ADMIN shows it. */
  regionCode?: string | null;
}

/** JSON-safe copy of a record for the audit log: bigint as text, dates as ISO strings. */
export function auditValue(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null, (_key, v) => (typeof v === 'bigint' ? v.toString() : v)));
}

/** Records an audit entry in the write's transaction. */
export async function audit(tx: Tx, viewer: Viewer | null, record: AuditRecord): Promise<void> {
  await tx.auditLog.create({
    data: {
      userId: viewer?.id ?? null,
      action: record.action,
      entity: record.entity,
      entityId: String(record.entityId),
      details: auditValue({
        before: record.before ?? null,
        after: record.after ?? null,
        ...(record.note ? { note: record.note } : {}),
        ...(record.regionCode ? { regionCode: record.regionCode } : {}),
      }) as Prisma.InputJsonValue,
    },
  });
}

/**
 * Runs `work` in one transaction. Expected refusals are DomainErrors thrown by `work`; a unique
 * or foreign-key violation the checks did not foresee (two saves at once) becomes one too.
 */
export async function write<T>(db: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.prisma.$transaction(work, { timeout: 30_000 });
  } catch (error) {
    const code = (error as { code?: string }).code;
    // PGlite's adapter reports constraint violations as a generic database error (P2039) carrying
    // the SQLSTATE; PostgreSQL's as P2002 / P2003.
    const sqlState = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } }).meta?.driverAdapterError?.cause
      ?.originalCode;
    if (code === 'P2002' || sqlState === '23505')
      throw new DomainError(
        WRITE_DUPLICATE,
        'Another record already has this name or code',
        (error as { meta?: { target?: string[] } }).meta?.target?.[0],
      );
    // 23503 foreign_key_violation, 23001 restrict_violation (ON DELETE RESTRICT).
    if (code === 'P2003' || sqlState === '23503' || sqlState === '23001')
      throw new DomainError(WRITE_IN_USE, 'Other records use this one; remove or move them first');
    if (code === 'P2025') throw new DomainError(WRITE_NOT_FOUND, 'The record no longer exists (someone removed it)', 'id');
    throw error;
  }
}

/**
 * Refuses a save made from a form opened at an older version: someone else saved in between.
 * The message names who and when, from the audit log, so the person can look before retrying.
 */
export async function assertVersion(
  tx: Tx,
  entity: string,
  id: string | number,
  current: number,
  expected: number | null | undefined,
): Promise<void> {
  if (expected === null || expected === undefined || expected === current) return;
  const last = await tx.auditLog.findFirst({
    where: { entity, entityId: String(id) },
    orderBy: { id: 'desc' },
    select: { at: true, user: { select: { displayName: true, username: true } } },
  });
  const who = last?.user ? `${last.user.displayName} (${last.user.username})` : null;
  const when = last?.at ?? null;
  throw new StaleVersionError(
    `Changed by ${who ?? 'another user'} at ${when ? when.toISOString() : 'just now'} since you opened it; reload to see their change, then save again`,
    who,
    when,
  );
}

/** WRITE_STALE with who saved last and when, so the form can say "changed by X at T" in its own language. */
export class StaleVersionError extends DomainError {
  constructor(
    message: string,
    /** Display name and username of whoever saved last; null when the log does not say. */
    readonly changedBy: string | null,
    readonly changedAt: Date | null,
  ) {
    super(WRITE_STALE, message, 'version');
  }
}

/** Counts the rows that use a record, to refuse a delete with the reason before the database does. */
export function refuseInUse(uses: readonly [count: number, what: string][]): void {
  const used = uses.filter(([n]) => n > 0);
  if (used.length === 0) return;
  throw new InUseError(used.map(([count, what]) => ({ count, what })));
}

/** WRITE_IN_USE with what uses the record and how many, so the dashboard can say it in its own words. */
export class InUseError extends DomainError {
  constructor(readonly uses: { count: number; what: string }[]) {
    super(WRITE_IN_USE, `In use by ${uses.map((u) => `${u.count} ${u.what}`).join(', ')}; remove or move them first`, 'id');
  }
}
