// Rakor and their follow-ups (tindak lanjut): the secretariat (ADMIN) schedules any rakor of its
// kabupaten/kota, a cluster head their own cluster's; decisions are recorded during the meeting
// (which marks it held), each with the follow-ups it asks of OPDs; the owner OPD marks its
// follow-ups in progress or done with a note. The next rakor of the cluster opens with the open and
// late ones (the deck reads `followUps`). Every write goes through common/write.ts.
import type { Viewer } from '../../context.js';
import type { Database } from '../../db.js';
import {
  DomainError,
  FOLLOW_UP_DUE_BEFORE_RAKOR,
  OPD_NOT_IN_REGION,
  RAKOR_CLUSTER_NOT_FOUND,
  RAKOR_HAS_DECISIONS,
  RAKOR_NOT_YET_HELD,
  WRITE_STATUS_NOT_ALLOWED,
  WRITE_TOO_MANY,
} from '../../errors.js';
import type { FollowUp, Rakor, RakorAgendaItem, RakorDecision } from '../../generated/prisma/client.js';
import type { FollowUpStatus, RakorStatus } from '../../generated/prisma/enums.js';
import { canReadRegion, forbidden, isUnder } from '../auth/scope.js';
import { assertRegency } from '../common/admin.js';
import { assertUpdated, requiredText } from '../common/input.js';
import { assertVersion, audit, refuseInUse, type Tx, WRITE_NOT_FOUND, write } from '../common/write.js';

export const MAX_TITLE = 200;
export const MAX_TEXT = 1_000;
export const MAX_AGENDA = 20;
export const MAX_ATTENDEES = 100;
export const MAX_FOLLOW_UPS = 20;

// ───────────────────────────── who may do what ─────────────────────────────

/**
 * Who runs a rakor: the secretariat (ADMIN) of its kabupaten/kota, or the head of its cluster.
 * A meeting of the whole TKPKD is the secretariat's.
 */
export function canManageRakor(viewer: Viewer | null, rakor: Pick<Rakor, 'regionCode' | 'clusterId'>): boolean {
  if (!viewer) return false;
  if (viewer.role === 'ADMIN') return viewer.regionCode === null || isUnder(rakor.regionCode, viewer.regionCode);
  return (
    viewer.role === 'CLUSTER_HEAD' &&
    viewer.clusterId !== null &&
    viewer.clusterId === rakor.clusterId &&
    (viewer.regionCode === null || isUnder(rakor.regionCode, viewer.regionCode))
  );
}

/** The owner OPD's operator reports on a follow-up; the secretariat may do it for them. */
export function canUpdateFollowUpProgress(viewer: Viewer | null, followUp: Pick<FollowUp, 'ownerOpdId'>, regionCode: string): boolean {
  if (!viewer) return false;
  if (viewer.role === 'ADMIN') return viewer.regionCode === null || isUnder(regionCode, viewer.regionCode);
  return viewer.role === 'OPD_OPERATOR' && viewer.opdId !== null && viewer.opdId === followUp.ownerOpdId;
}

function assertManager(viewer: Viewer, rakor: Pick<Rakor, 'regionCode' | 'clusterId'>): void {
  if (canManageRakor(viewer, rakor)) return;
  throw forbidden(
    viewer.role === 'CLUSTER_HEAD'
      ? 'A cluster head runs the rakor of their own cluster only; the whole TKPKD’s are the secretariat’s'
      : 'Only the secretariat (ADMIN) or the cluster head runs a rakor',
  );
}

// ───────────────────────────── loading ─────────────────────────────

/** A record by id for a write; one outside the viewer's area is "not found", like one that does not exist. */
function found<T>(viewer: Viewer, record: T | null, regionCode: (r: T) => string, what: string, id: number): T {
  if (!record || !canReadRegion(viewer, regionCode(record))) {
    throw new DomainError(WRITE_NOT_FOUND, `No ${what} ${id} in your area (someone may have removed it)`, 'id');
  }
  return record;
}

type RakorFull = Rakor & { agenda: RakorAgendaItem[]; attendees: { opdId: number }[] };

const loadRakor = async (tx: Tx, viewer: Viewer, id: number, field = 'id'): Promise<RakorFull> => {
  const rakor = await tx.rakor.findUnique({
    where: { id },
    include: { agenda: { orderBy: { position: 'asc' } }, attendees: { select: { opdId: true }, orderBy: { opdId: 'asc' } } },
  });
  try {
    return found(viewer, rakor, (r) => r.regionCode, 'rakor', id);
  } catch (error) {
    if (error instanceof DomainError && field !== 'id') throw new DomainError(error.code, error.message, field);
    throw error;
  }
};

type DecisionWithRakor = RakorDecision & { rakor: Rakor };
type FollowUpWithRakor = FollowUp & { decision: { rakor: Rakor } };

async function loadDecision(tx: Tx, viewer: Viewer, id: number, field = 'id'): Promise<DecisionWithRakor> {
  const decision = await tx.rakorDecision.findUnique({ where: { id }, include: { rakor: true } });
  if (!decision || !canReadRegion(viewer, decision.rakor.regionCode)) {
    throw new DomainError(WRITE_NOT_FOUND, `No decision ${id} in your area (someone may have removed it)`, field);
  }
  return decision;
}

const loadFollowUp = async (tx: Tx, viewer: Viewer, id: number): Promise<FollowUpWithRakor> =>
  found(
    viewer,
    await tx.followUp.findUnique({ where: { id }, include: { decision: { select: { rakor: true } } } }),
    (f) => f.decision.rakor.regionCode,
    'follow-up',
    id,
  );

// ───────────────────────────── checks ─────────────────────────────

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** OPD ids that must all be OPDs of the kabupaten/kota; the first that is not is named by `fieldOf`. */
async function assertOpdsOf(tx: Tx, regionCode: string, ids: readonly (number | null | undefined)[], fieldOf: (i: number) => string) {
  const wanted = [...new Set(ids.filter((id): id is number => id != null))];
  if (wanted.length === 0) return;
  const rows = await tx.opd.findMany({ where: { id: { in: wanted }, regionCode }, select: { id: true } });
  const known = new Set(rows.map((r) => r.id));
  const bad = ids.findIndex((id) => id != null && !known.has(id));
  if (bad >= 0) throw new DomainError(OPD_NOT_IN_REGION, `OPD ${ids[bad]} is not an OPD of ${regionCode}`, fieldOf(bad));
}

export interface AgendaItemInput {
  /** An existing item (keeps the figures frozen on it); absent for a new one. */
  id?: number | null | undefined;
  title: string;
  presenterOpdId?: number | null | undefined;
}

export interface RakorFields {
  clusterId?: number | null | undefined;
  title: string;
  heldOn: Date;
  location: string;
  chair: string;
  agenda: readonly AgendaItemInput[];
  attendeeOpdIds: readonly number[];
}

export interface ScheduleRakorInput extends RakorFields {
  regionCode: string;
}

export interface UpdateRakorInput extends RakorFields {
  id: number;
  version: number;
  /** PLANNED or HELD; absent keeps it. */
  status?: RakorStatus | null | undefined;
}

async function checkRakorFields(tx: Tx, regionCode: string, input: RakorFields) {
  const title = requiredText(input.title, 'title', MAX_TITLE);
  const location = requiredText(input.location, 'location', MAX_TITLE);
  const chair = requiredText(input.chair, 'chair', MAX_TITLE);
  if (input.clusterId != null) {
    const cluster = await tx.cluster.findUnique({ where: { id: input.clusterId }, select: { regionCode: true } });
    if (cluster?.regionCode !== regionCode) {
      throw new DomainError(RAKOR_CLUSTER_NOT_FOUND, `Cluster ${input.clusterId} is not a cluster of ${regionCode}`, 'clusterId');
    }
  }
  if (input.agenda.length > MAX_AGENDA) {
    throw new DomainError(WRITE_TOO_MANY, `At most ${MAX_AGENDA} agenda items, got ${input.agenda.length}`, 'agenda');
  }
  const agenda = input.agenda.map((a, i) => ({
    id: a.id ?? null,
    position: i + 1,
    title: requiredText(a.title, `agenda.${i}.title`, MAX_TITLE),
    presenterOpdId: a.presenterOpdId ?? null,
  }));
  await assertOpdsOf(
    tx,
    regionCode,
    agenda.map((a) => a.presenterOpdId),
    (i) => `agenda.${i}.presenterOpdId`,
  );
  if (input.attendeeOpdIds.length > MAX_ATTENDEES) {
    throw new DomainError(WRITE_TOO_MANY, `At most ${MAX_ATTENDEES} attendees, got ${input.attendeeOpdIds.length}`, 'attendeeOpdIds');
  }
  const attendeeOpdIds = [...new Set(input.attendeeOpdIds)].sort((a, b) => a - b);
  await assertOpdsOf(tx, regionCode, attendeeOpdIds, () => 'attendeeOpdIds');
  return { title, location, chair, clusterId: input.clusterId ?? null, agenda, attendeeOpdIds };
}

export interface FollowUpFields {
  title: string;
  ownerOpdId: number;
  dueDate: Date;
}

/** A follow-up's fields; `prefix` names where they sit in the input ("followUps.2."). */
async function checkFollowUp(tx: Tx, rakor: Rakor, f: FollowUpFields, prefix: string) {
  const title = requiredText(f.title, `${prefix}title`, MAX_TITLE);
  await assertOpdsOf(tx, rakor.regionCode, [f.ownerOpdId], () => `${prefix}ownerOpdId`);
  if (f.dueDate < rakor.heldOn) {
    throw new DomainError(
      FOLLOW_UP_DUE_BEFORE_RAKOR,
      `A follow-up is due on or after the rakor that decided it (${isoDay(rakor.heldOn)})`,
      `${prefix}dueDate`,
    );
  }
  return { title, ownerOpdId: f.ownerOpdId, dueDate: f.dueDate };
}

/** Decisions are recorded at the meeting or after it, never before its day. */
function assertHeldBy(rakor: Rakor, today: Date, field: string): void {
  if (rakor.heldOn > today) {
    throw new DomainError(
      RAKOR_NOT_YET_HELD,
      `The rakor is on ${isoDay(rakor.heldOn)}; it can be marked held and its decisions recorded from that day`,
      field,
    );
  }
}

// ───────────────────────────── audit shapes ─────────────────────────────
// Meeting records only: titles, dates, OPD ids. An owner's progress note is free text that may
// name people, so the audit says that it changed, not what it says.

const auditRakor = (r: RakorFull) => ({
  version: r.version,
  clusterId: r.clusterId,
  title: r.title,
  heldOn: isoDay(r.heldOn),
  location: r.location,
  chair: r.chair,
  status: r.status,
  agenda: r.agenda.map((a) => ({ title: a.title, presenterOpdId: a.presenterOpdId })),
  attendeeOpdIds: r.attendees.map((a) => a.opdId),
});

const auditFollowUp = (f: FollowUp) => ({
  version: f.version,
  decisionId: f.decisionId,
  title: f.title,
  ownerOpdId: f.ownerOpdId,
  dueDate: isoDay(f.dueDate),
  status: f.status,
  doneAt: f.doneAt && isoDay(f.doneAt),
  hasNote: f.progressNote !== null,
});

const rakorInclude = {
  agenda: { orderBy: { position: 'asc' } },
  attendees: { select: { opdId: true }, orderBy: { opdId: 'asc' } },
} as const;

// ───────────────────────────── rakor ─────────────────────────────

export function scheduleRakor(db: Database, viewer: Viewer, input: ScheduleRakorInput): Promise<Rakor> {
  return write(db, async (tx) => {
    assertManager(viewer, { regionCode: input.regionCode, clusterId: input.clusterId ?? null });
    await assertRegency(tx, input.regionCode);
    const fields = await checkRakorFields(tx, input.regionCode, input);
    const rakor = await tx.rakor.create({
      data: {
        regionCode: input.regionCode,
        clusterId: fields.clusterId,
        title: fields.title,
        heldOn: input.heldOn,
        location: fields.location,
        chair: fields.chair,
        status: 'PLANNED',
        agenda: { create: fields.agenda.map(({ id: _id, ...a }) => a) },
        attendees: { create: fields.attendeeOpdIds.map((opdId) => ({ opdId })) },
      },
      include: rakorInclude,
    });
    await audit(tx, viewer, {
      entity: 'rakor',
      entityId: rakor.id,
      action: 'create',
      after: auditRakor(rakor),
      regionCode: rakor.regionCode,
    });
    return rakor;
  });
}

export function updateRakor(db: Database, viewer: Viewer, input: UpdateRakorInput, today: Date): Promise<Rakor> {
  return write(db, async (tx) => {
    const existing = await loadRakor(tx, viewer, input.id);
    assertManager(viewer, existing);
    // A cluster head keeps the rakor in their cluster; moving it is the secretariat's.
    assertManager(viewer, { regionCode: existing.regionCode, clusterId: input.clusterId ?? null });
    await assertVersion(tx, 'rakor', existing.id, existing.version, input.version);
    const fields = await checkRakorFields(tx, existing.regionCode, input);
    const status = input.status ?? existing.status;
    if (status === 'PLANNED' && existing.status === 'HELD') {
      const decisions = await tx.rakorDecision.count({ where: { rakorId: existing.id } });
      if (decisions > 0) {
        throw new DomainError(RAKOR_HAS_DECISIONS, `The rakor has ${decisions} decisions recorded; it was held`, 'status');
      }
    }
    if (status === 'HELD') assertHeldBy({ ...existing, heldOn: input.heldOn }, today, existing.status === 'HELD' ? 'heldOn' : 'status');
    const { count } = await tx.rakor.updateMany({
      where: { id: existing.id, version: input.version },
      data: {
        clusterId: fields.clusterId,
        title: fields.title,
        heldOn: input.heldOn,
        location: fields.location,
        chair: fields.chair,
        status,
        version: { increment: 1 },
      },
    });
    await assertUpdated(tx, 'rakor', existing.id, count, input.version);
    // The agenda is replaced as the form shows it; an item kept keeps the figures frozen on it.
    const kept = new Map(existing.agenda.map((a) => [a.id, a]));
    for (const [i, a] of fields.agenda.entries()) {
      if (a.id !== null && !kept.has(a.id)) {
        throw new DomainError(WRITE_NOT_FOUND, `Agenda item ${a.id} is not one of this rakor's`, `agenda.${i}.id`);
      }
    }
    await tx.rakorAgendaItem.deleteMany({ where: { rakorId: existing.id } });
    await tx.rakorAgendaItem.createMany({
      data: fields.agenda.map(({ id, ...a }) => ({
        ...a,
        rakorId: existing.id,
        figures: (id !== null ? kept.get(id)?.figures : undefined) ?? [],
      })),
    });
    await tx.rakorAttendee.deleteMany({ where: { rakorId: existing.id } });
    await tx.rakorAttendee.createMany({ data: fields.attendeeOpdIds.map((opdId) => ({ rakorId: existing.id, opdId })) });
    const updated = await tx.rakor.findUniqueOrThrow({ where: { id: existing.id }, include: rakorInclude });
    await audit(tx, viewer, {
      entity: 'rakor',
      entityId: existing.id,
      action: 'update',
      before: auditRakor(existing),
      after: auditRakor(updated),
      regionCode: existing.regionCode,
    });
    return updated;
  });
}

/** Removes a rakor with its agenda and attendees; one with decisions is a record of a meeting and stays. */
export function deleteRakor(db: Database, viewer: Viewer, id: number, version: number): Promise<number> {
  return write(db, async (tx) => {
    const existing = await loadRakor(tx, viewer, id);
    assertManager(viewer, existing);
    await assertVersion(tx, 'rakor', existing.id, existing.version, version);
    const decisions = await tx.rakorDecision.count({ where: { rakorId: id } });
    const reviewed = await tx.followUp.count({ where: { reviewedAtRakorId: id } });
    refuseInUse([
      [decisions, 'decisions'],
      [reviewed, 'follow-ups reviewed at it'],
    ]);
    const { count } = await tx.rakor.deleteMany({ where: { id, version } });
    await assertUpdated(tx, 'rakor', id, count, version);
    await audit(tx, viewer, {
      entity: 'rakor',
      entityId: id,
      action: 'delete',
      before: auditRakor(existing),
      regionCode: existing.regionCode,
    });
    return id;
  });
}

// ───────────────────────────── decisions ─────────────────────────────

export interface RecordDecisionInput {
  rakorId: number;
  text: string;
  followUps: readonly FollowUpFields[];
}

/**
 * Records a decision with its follow-ups, at the meeting or after it; a planned rakor becomes
 * held. No version: adding a decision overwrites nothing (two secretaries may type at once).
 */
export function recordRakorDecision(db: Database, viewer: Viewer, input: RecordDecisionInput, today: Date): Promise<RakorDecision> {
  return write(db, async (tx) => {
    const rakor = await loadRakor(tx, viewer, input.rakorId, 'rakorId');
    assertManager(viewer, rakor);
    assertHeldBy(rakor, today, 'rakorId');
    const text = requiredText(input.text, 'text', MAX_TEXT);
    if (input.followUps.length > MAX_FOLLOW_UPS) {
      throw new DomainError(WRITE_TOO_MANY, `At most ${MAX_FOLLOW_UPS} follow-ups, got ${input.followUps.length}`, 'followUps');
    }
    const followUps = [];
    for (const [i, f] of input.followUps.entries()) followUps.push(await checkFollowUp(tx, rakor, f, `followUps.${i}.`));
    if (rakor.status === 'PLANNED') {
      await tx.rakor.update({ where: { id: rakor.id }, data: { status: 'HELD', version: { increment: 1 } } });
      await audit(tx, viewer, {
        entity: 'rakor',
        entityId: rakor.id,
        action: 'hold',
        before: { status: 'PLANNED', version: rakor.version },
        after: { status: 'HELD', version: rakor.version + 1 },
        regionCode: rakor.regionCode,
      });
    }
    const last = await tx.rakorDecision.aggregate({ where: { rakorId: rakor.id }, _max: { position: true } });
    const decision = await tx.rakorDecision.create({
      data: { rakorId: rakor.id, position: (last._max.position ?? 0) + 1, text, followUps: { create: followUps } },
      include: { followUps: { orderBy: { id: 'asc' } } },
    });
    await audit(tx, viewer, {
      entity: 'rakor_decision',
      entityId: decision.id,
      action: 'create',
      after: { rakorId: rakor.id, position: decision.position, text, followUps: decision.followUps.map(auditFollowUp) },
      regionCode: rakor.regionCode,
    });
    return decision;
  });
}

export function updateRakorDecision(
  db: Database,
  viewer: Viewer,
  input: { id: number; version: number; text: string },
): Promise<RakorDecision> {
  return write(db, async (tx) => {
    const existing = await loadDecision(tx, viewer, input.id);
    assertManager(viewer, existing.rakor);
    await assertVersion(tx, 'rakor_decision', existing.id, existing.version, input.version);
    const text = requiredText(input.text, 'text', MAX_TEXT);
    const { count } = await tx.rakorDecision.updateMany({
      where: { id: existing.id, version: input.version },
      data: { text, version: { increment: 1 } },
    });
    await assertUpdated(tx, 'rakor_decision', existing.id, count, input.version);
    await audit(tx, viewer, {
      entity: 'rakor_decision',
      entityId: existing.id,
      action: 'update',
      before: { version: existing.version, text: existing.text },
      after: { version: existing.version + 1, text },
      regionCode: existing.rakor.regionCode,
    });
    return tx.rakorDecision.findUniqueOrThrow({ where: { id: existing.id } });
  });
}

/** Removes a decision without follow-ups; its follow-ups use it, and go first (or are dropped). */
export function deleteRakorDecision(db: Database, viewer: Viewer, id: number, version: number): Promise<number> {
  return write(db, async (tx) => {
    const existing = await loadDecision(tx, viewer, id);
    assertManager(viewer, existing.rakor);
    await assertVersion(tx, 'rakor_decision', existing.id, existing.version, version);
    refuseInUse([[await tx.followUp.count({ where: { decisionId: id } }), 'follow-ups']]);
    const { count } = await tx.rakorDecision.deleteMany({ where: { id, version } });
    await assertUpdated(tx, 'rakor_decision', id, count, version);
    await audit(tx, viewer, {
      entity: 'rakor_decision',
      entityId: id,
      action: 'delete',
      before: { version: existing.version, rakorId: existing.rakorId, position: existing.position, text: existing.text },
      regionCode: existing.rakor.regionCode,
    });
    return id;
  });
}

// ───────────────────────────── follow-ups ─────────────────────────────

export function addFollowUp(db: Database, viewer: Viewer, input: FollowUpFields & { decisionId: number }): Promise<FollowUp> {
  return write(db, async (tx) => {
    const decision = await loadDecision(tx, viewer, input.decisionId, 'decisionId');
    assertManager(viewer, decision.rakor);
    const fields = await checkFollowUp(tx, decision.rakor, input, '');
    const followUp = await tx.followUp.create({ data: { ...fields, decisionId: decision.id } });
    await audit(tx, viewer, {
      entity: 'follow_up',
      entityId: followUp.id,
      action: 'create',
      after: auditFollowUp(followUp),
      regionCode: decision.rakor.regionCode,
    });
    return followUp;
  });
}

export interface UpdateFollowUpInput extends FollowUpFields {
  id: number;
  version: number;
  status: FollowUpStatus;
}

/** The rakor's side of a follow-up: what, who, by when, and whether it still stands (DROPPED). */
export function updateFollowUp(db: Database, viewer: Viewer, input: UpdateFollowUpInput, today: Date): Promise<FollowUp> {
  return write(db, async (tx) => {
    const existing = await loadFollowUp(tx, viewer, input.id);
    const rakor = existing.decision.rakor;
    assertManager(viewer, rakor);
    await assertVersion(tx, 'follow_up', existing.id, existing.version, input.version);
    const fields = await checkFollowUp(tx, rakor, input, '');
    return saveFollowUp(
      tx,
      viewer,
      existing,
      { ...fields, status: input.status, doneAt: doneAtFor(input.status, existing, today) },
      'update',
    );
  });
}

export function deleteFollowUp(db: Database, viewer: Viewer, id: number, version: number): Promise<number> {
  return write(db, async (tx) => {
    const existing = await loadFollowUp(tx, viewer, id);
    assertManager(viewer, existing.decision.rakor);
    await assertVersion(tx, 'follow_up', existing.id, existing.version, version);
    const { count } = await tx.followUp.deleteMany({ where: { id, version } });
    await assertUpdated(tx, 'follow_up', id, count, version);
    await audit(tx, viewer, {
      entity: 'follow_up',
      entityId: id,
      action: 'delete',
      before: auditFollowUp(existing),
      regionCode: existing.decision.rakor.regionCode,
    });
    return id;
  });
}

export interface FollowUpProgressInput {
  id: number;
  version: number;
  status: FollowUpStatus;
  note: string;
}

/** The owner OPD's report: open, in progress or done, and what was done (required). */
export function updateFollowUpProgress(db: Database, viewer: Viewer, input: FollowUpProgressInput, today: Date): Promise<FollowUp> {
  return write(db, async (tx) => {
    const existing = await loadFollowUp(tx, viewer, input.id);
    const rakor = existing.decision.rakor;
    if (!canUpdateFollowUpProgress(viewer, existing, rakor.regionCode)) {
      throw forbidden('Only the OPD responsible for a follow-up (or the secretariat) reports on it');
    }
    await assertVersion(tx, 'follow_up', existing.id, existing.version, input.version);
    // Dropping a follow-up is the rakor's decision (updateFollowUp), not the owner's.
    if (input.status === 'DROPPED' && existing.status !== 'DROPPED') {
      throw new DomainError(WRITE_STATUS_NOT_ALLOWED, 'Only the rakor drops a follow-up; say in the note why it cannot be done', 'status');
    }
    const note = requiredText(input.note, 'note', MAX_TEXT);
    return saveFollowUp(
      tx,
      viewer,
      existing,
      { status: input.status, progressNote: note, doneAt: doneAtFor(input.status, existing, today) },
      'progress',
    );
  });
}

/** The day a follow-up was done: kept while it stays DONE, today when it becomes DONE. */
const doneAtFor = (status: FollowUpStatus, existing: FollowUp, today: Date) =>
  status === 'DONE' ? (existing.status === 'DONE' && existing.doneAt ? existing.doneAt : today) : null;

async function saveFollowUp(
  tx: Tx,
  viewer: Viewer,
  existing: FollowUpWithRakor,
  data: { title?: string; ownerOpdId?: number; dueDate?: Date; status: FollowUpStatus; doneAt: Date | null; progressNote?: string },
  action: string,
): Promise<FollowUp> {
  const { count } = await tx.followUp.updateMany({
    where: { id: existing.id, version: existing.version },
    data: { ...data, version: { increment: 1 } },
  });
  await assertUpdated(tx, 'follow_up', existing.id, count, existing.version);
  const updated = await tx.followUp.findUniqueOrThrow({ where: { id: existing.id } });
  await audit(tx, viewer, {
    entity: 'follow_up',
    entityId: existing.id,
    action,
    before: auditFollowUp(existing),
    after: auditFollowUp(updated),
    ...(data.progressNote !== undefined && data.progressNote !== existing.progressNote ? { note: 'progress note changed' } : {}),
    regionCode: existing.decision.rakor.regionCode,
  });
  return updated;
}
