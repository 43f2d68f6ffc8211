// Lateness of 100-day priorities and rakor follow-ups, relative to an "as of" date so a rakor
// can be replayed as it stood, and tests do not depend on today's date; and the priorities' writes.
import type { Viewer } from '../../context.js';
import type { Database } from '../../db.js';
import {
  DomainError,
  OPD_NOT_IN_REGION,
  PRIORITY_MILESTONE_NOT_FOUND,
  PRIORITY_MILESTONE_OUTSIDE,
  PRIORITY_MILESTONES_OPEN,
  WRITE_DATE_ORDER,
  WRITE_STATUS_NOT_ALLOWED,
  WRITE_TOO_MANY,
} from '../../errors.js';
import type { Priority, PriorityMilestone } from '../../generated/prisma/client.js';
import type { PriorityStatus } from '../../generated/prisma/enums.js';
import { canReadRegion, forbidden, isUnder } from '../auth/scope.js';
import { assertRegency } from '../common/admin.js';
import { assertUpdated, optionalText, requiredText } from '../common/input.js';
import { assertVersion, audit, type Tx, WRITE_NOT_FOUND, write } from '../common/write.js';

const DAY = 86_400_000;

/** Whole days an open item is past its due date on `asOf` (0 when not late or done). */
export function daysLate(dueDate: Date, done: boolean, asOf: Date): number {
  if (done) return 0;
  return Math.max(0, Math.floor((startOfDay(asOf) - startOfDay(dueDate)) / DAY));
}

const startOfDay = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());

// ───────────────────────────── writes ─────────────────────────────
// The mayor's office (EXECUTIVE) and the secretariat (ADMIN) of a kabupaten/kota set the list;
// the owner OPD's operator reports progress on its own priorities. Every write goes through
// common/write.ts: one transaction, the version the form was opened at, an audit entry.

export interface MilestoneInput {
  /** An existing milestone of the priority (keeps the day it was done), or absent for a new one. */
  id?: number | null | undefined;
  title: string;
  dueDate: Date;
  done: boolean;
}

export interface PriorityFields {
  title: string;
  description?: string | null | undefined;
  ownerOpdId: number;
  startDate: Date;
  dueDate: Date;
  status: PriorityStatus;
  milestones: readonly MilestoneInput[];
}

export interface CreatePriorityInput extends PriorityFields {
  regionCode: string;
}

export interface UpdatePriorityInput extends PriorityFields {
  id: number;
  version: number;
}

export interface PriorityProgressInput {
  id: number;
  version: number;
  status: PriorityStatus;
  /** The milestones done now; every other milestone of the priority is open. */
  doneMilestoneIds: readonly number[];
}

export const MAX_TITLE = 200;
export const MAX_DESCRIPTION = 2_000;
export const MAX_MILESTONES = 20;

type PriorityWithMilestones = Priority & { milestones: PriorityMilestone[] };

/** ADMIN or EXECUTIVE whose area covers the kabupaten/kota (everywhere when deployment-wide). */
export function canManagePriorities(viewer: Viewer | null, regionCode: string): boolean {
  if (!viewer || (viewer.role !== 'ADMIN' && viewer.role !== 'EXECUTIVE')) return false;
  return viewer.regionCode === null || isUnder(regionCode, viewer.regionCode);
}

/** The owner OPD's operator, or whoever manages the list. */
export function canUpdatePriorityProgress(viewer: Viewer | null, priority: Pick<Priority, 'regionCode' | 'ownerOpdId'>): boolean {
  if (canManagePriorities(viewer, priority.regionCode)) return true;
  return viewer?.role === 'OPD_OPERATOR' && viewer.opdId !== null && viewer.opdId === priority.ownerOpdId;
}

async function loadPriority(tx: Tx, viewer: Viewer, id: number): Promise<PriorityWithMilestones> {
  const priority = await tx.priority.findUnique({ where: { id }, include: { milestones: { orderBy: { position: 'asc' } } } });
  // One outside the viewer's area is "not found", like one that does not exist (common/admin.ts).
  if (!priority || !canReadRegion(viewer, priority.regionCode)) {
    throw new DomainError(WRITE_NOT_FOUND, `No priority ${id} in your area (someone may have removed it)`, 'id');
  }
  return priority;
}

function assertManager(viewer: Viewer, regionCode: string): void {
  if (!canManagePriorities(viewer, regionCode)) {
    throw forbidden('Only the mayor’s office (EXECUTIVE) and the secretariat (ADMIN) of this kabupaten/kota set the 100-day priorities');
  }
}

/** What the audit keeps of a priority: its fields and milestones, dates as days. */
function auditPriority(p: PriorityWithMilestones) {
  return {
    version: p.version,
    title: p.title,
    description: p.description,
    ownerOpdId: p.ownerOpdId,
    startDate: isoDay(p.startDate),
    dueDate: isoDay(p.dueDate),
    status: p.status,
    doneAt: p.doneAt && isoDay(p.doneAt),
    milestones: p.milestones.map((m) => ({ title: m.title, dueDate: isoDay(m.dueDate), doneAt: m.doneAt && isoDay(m.doneAt) })),
  };
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

async function assertOwnerOpd(tx: Tx, regionCode: string, opdId: number): Promise<void> {
  const opd = await tx.opd.findUnique({ where: { id: opdId }, select: { regionCode: true } });
  if (opd?.regionCode !== regionCode) {
    throw new DomainError(OPD_NOT_IN_REGION, `OPD ${opdId} is not an OPD of ${regionCode}`, 'ownerOpdId');
  }
}

/** Checks a priority's fields and works out its milestones, each done on the day it was first marked. */
function checkFields(input: PriorityFields, existing: PriorityWithMilestones | null, today: Date) {
  const title = requiredText(input.title, 'title', MAX_TITLE);
  const description = optionalText(input.description, 'description', MAX_DESCRIPTION) ?? '';
  if (input.dueDate < input.startDate) throw new DomainError(WRITE_DATE_ORDER, 'The due date is before the start date', 'dueDate');
  if (input.milestones.length > MAX_MILESTONES) {
    throw new DomainError(WRITE_TOO_MANY, `At most ${MAX_MILESTONES} milestones, got ${input.milestones.length}`, 'milestones');
  }
  const before = new Map((existing?.milestones ?? []).map((m) => [m.id, m]));
  const milestones = input.milestones.map((m, i) => {
    const field = `milestones.${i}`;
    const old = m.id == null ? undefined : before.get(m.id);
    if (m.id != null && !old)
      throw new DomainError(PRIORITY_MILESTONE_NOT_FOUND, `Milestone ${m.id} is not one of this priority's`, `${field}.id`);
    const milestoneTitle = requiredText(m.title, `${field}.title`, MAX_TITLE);
    if (m.dueDate < input.startDate || m.dueDate > input.dueDate) {
      throw new DomainError(PRIORITY_MILESTONE_OUTSIDE, 'A milestone is due between the start and the due date', `${field}.dueDate`);
    }
    return { position: i + 1, title: milestoneTitle, dueDate: m.dueDate, doneAt: m.done ? (old?.doneAt ?? today) : null };
  });
  if (input.status === 'DONE' && milestones.some((m) => m.doneAt === null)) {
    throw new DomainError(PRIORITY_MILESTONES_OPEN, 'Mark every milestone done before the priority', 'status');
  }
  return { title, description, milestones };
}

/** The day a priority was done: kept while it stays DONE, today when it becomes DONE. */
const doneAtFor = (status: PriorityStatus, existing: Priority | null, today: Date) =>
  status === 'DONE' ? (existing?.status === 'DONE' && existing.doneAt ? existing.doneAt : today) : null;

export function createPriority(db: Database, viewer: Viewer, input: CreatePriorityInput, today: Date): Promise<PriorityWithMilestones> {
  return write(db, async (tx) => {
    assertManager(viewer, input.regionCode);
    await assertRegency(tx, input.regionCode);
    const fields = checkFields(input, null, today);
    await assertOwnerOpd(tx, input.regionCode, input.ownerOpdId);
    const created = await tx.priority.create({
      data: {
        regionCode: input.regionCode,
        title: fields.title,
        description: fields.description,
        ownerOpdId: input.ownerOpdId,
        startDate: input.startDate,
        dueDate: input.dueDate,
        status: input.status,
        doneAt: doneAtFor(input.status, null, today),
        milestones: { create: fields.milestones },
      },
      include: { milestones: { orderBy: { position: 'asc' } } },
    });
    await audit(tx, viewer, {
      entity: 'priority',
      entityId: created.id,
      action: 'create',
      after: auditPriority(created),
      regionCode: created.regionCode,
    });
    return created;
  });
}

export function updatePriority(db: Database, viewer: Viewer, input: UpdatePriorityInput, today: Date): Promise<PriorityWithMilestones> {
  return write(db, async (tx) => {
    const existing = await loadPriority(tx, viewer, input.id);
    assertManager(viewer, existing.regionCode);
    await assertVersion(tx, 'priority', existing.id, existing.version, input.version);
    const fields = checkFields(input, existing, today);
    if (input.ownerOpdId !== existing.ownerOpdId) await assertOwnerOpd(tx, existing.regionCode, input.ownerOpdId);
    const { count } = await tx.priority.updateMany({
      where: { id: existing.id, version: input.version },
      data: {
        title: fields.title,
        description: fields.description,
        ownerOpdId: input.ownerOpdId,
        startDate: input.startDate,
        dueDate: input.dueDate,
        status: input.status,
        doneAt: doneAtFor(input.status, existing, today),
        version: { increment: 1 },
      },
    });
    await assertUpdated(tx, 'priority', existing.id, count, input.version);
    // The list is replaced as the form shows it; no other table refers to a milestone.
    await tx.priorityMilestone.deleteMany({ where: { priorityId: existing.id } });
    await tx.priorityMilestone.createMany({ data: fields.milestones.map((m) => ({ ...m, priorityId: existing.id })) });
    const updated = await tx.priority.findUniqueOrThrow({
      where: { id: existing.id },
      include: { milestones: { orderBy: { position: 'asc' } } },
    });
    await audit(tx, viewer, {
      entity: 'priority',
      entityId: existing.id,
      action: 'update',
      before: auditPriority(existing),
      after: auditPriority(updated),
      regionCode: existing.regionCode,
    });
    return updated;
  });
}

/** Removes a priority and its milestones; nothing else refers to a priority. */
export function deletePriority(db: Database, viewer: Viewer, id: number, version: number): Promise<number> {
  return write(db, async (tx) => {
    const existing = await loadPriority(tx, viewer, id);
    assertManager(viewer, existing.regionCode);
    await assertVersion(tx, 'priority', existing.id, existing.version, version);
    const { count } = await tx.priority.deleteMany({ where: { id, version } });
    await assertUpdated(tx, 'priority', id, count, version);
    await audit(tx, viewer, {
      entity: 'priority',
      entityId: id,
      action: 'delete',
      before: auditPriority(existing),
      regionCode: existing.regionCode,
    });
    return id;
  });
}

/** The owner OPD's weekly update: where the priority stands and which milestones are done. */
export function updatePriorityProgress(
  db: Database,
  viewer: Viewer,
  input: PriorityProgressInput,
  today: Date,
): Promise<PriorityWithMilestones> {
  return write(db, async (tx) => {
    const existing = await loadPriority(tx, viewer, input.id);
    if (!canUpdatePriorityProgress(viewer, existing))
      throw forbidden('Only the owner OPD (or the mayor’s office and the secretariat) reports progress on this priority');
    await assertVersion(tx, 'priority', existing.id, existing.version, input.version);
    // Cancelling a commitment is the mayor's call, not the owner's.
    if (input.status === 'CANCELLED' && !canManagePriorities(viewer, existing.regionCode) && existing.status !== 'CANCELLED') {
      throw new DomainError(WRITE_STATUS_NOT_ALLOWED, 'Only the mayor’s office or the secretariat cancels a priority', 'status');
    }
    const done = new Set(input.doneMilestoneIds);
    for (const [i, id] of input.doneMilestoneIds.entries()) {
      if (!existing.milestones.some((m) => m.id === id)) {
        throw new DomainError(PRIORITY_MILESTONE_NOT_FOUND, `Milestone ${id} is not one of this priority's`, `doneMilestoneIds.${i}`);
      }
    }
    if (input.status === 'DONE' && existing.milestones.some((m) => !done.has(m.id))) {
      throw new DomainError(PRIORITY_MILESTONES_OPEN, 'Mark every milestone done before the priority', 'status');
    }
    const { count } = await tx.priority.updateMany({
      where: { id: existing.id, version: input.version },
      data: { status: input.status, doneAt: doneAtFor(input.status, existing, today), version: { increment: 1 } },
    });
    await assertUpdated(tx, 'priority', existing.id, count, input.version);
    for (const m of existing.milestones) {
      const doneAt = done.has(m.id) ? (m.doneAt ?? today) : null;
      if ((doneAt?.getTime() ?? null) !== (m.doneAt?.getTime() ?? null)) {
        await tx.priorityMilestone.update({ where: { id: m.id }, data: { doneAt } });
      }
    }
    const updated = await tx.priority.findUniqueOrThrow({
      where: { id: existing.id },
      include: { milestones: { orderBy: { position: 'asc' } } },
    });
    await audit(tx, viewer, {
      entity: 'priority',
      entityId: existing.id,
      action: 'progress',
      before: auditPriority(existing),
      after: auditPriority(updated),
      regionCode: existing.regionCode,
    });
    return updated;
  });
}
