// OPDs, partners and clusters of a kabupaten/kota: the secretariat's set-up (issue 11). Every
// write runs through common/write.ts: one transaction with the version check and the audit entry.
import type { Viewer } from '../../context.js';
import type { Database } from '../../db.js';
import { DomainError } from '../../errors.js';
import type { Cluster, Opd } from '../../generated/prisma/client.js';
import type { OrganisationKind } from '../../generated/prisma/enums.js';
import { assertAdminOf, assertRegency, foundInArea } from '../common/admin.js';
import { assertUpdated, requiredText, WRITE_INVALID, wholeNumber } from '../common/input.js';
import { assertVersion, audit, refuseInUse, type Tx, WRITE_DUPLICATE, write } from '../common/write.js';

export const OPD_SHORT_NAME_INVALID = 'opd/short_name_invalid';
export const CLUSTER_NUMBER_TAKEN = 'cluster/number_taken';

const MAX_NAME = 200;
const MAX_SHORT_NAME = 30;
const MAX_HEAD_TITLE = 200;

export interface OpdInput {
  name: string;
  shortName: string;
  kind: OrganisationKind;
}

export interface ClusterInput {
  number: number;
  name: string;
  headTitle: string;
  /** The OPD that is vice-head (Dinas Sosial for klaster 1); null for none. */
  viceOpdId?: number | null | undefined;
}

// ───────────────────────────── OPDs and partners ─────────────────────────────

/** Short names are written as the region writes them on paper: upper case, DINSOS, TP-PKK, BPJS-KES. */
function cleanShortName(value: string): string {
  const text = requiredText(value, 'shortName', MAX_SHORT_NAME).toUpperCase();
  if (!/^[A-Z0-9][A-Z0-9 .&/-]*$/.test(text)) {
    throw new DomainError(OPD_SHORT_NAME_INVALID, 'A short name is letters, digits, spaces, dots, dashes, slashes or &', 'shortName');
  }
  return text;
}

function cleanOpd(input: OpdInput) {
  return { name: requiredText(input.name, 'name', MAX_NAME), shortName: cleanShortName(input.shortName), kind: input.kind };
}

/** One short name per kabupaten/kota, whatever its case: users pick OPDs by it. */
async function assertShortNameFree(tx: Tx, regionCode: string, shortName: string, exceptId?: number): Promise<void> {
  const other = await tx.opd.findFirst({
    where: { regionCode, shortName: { equals: shortName, mode: 'insensitive' }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (other) throw new DomainError(WRITE_DUPLICATE, `Another OPD or partner of ${regionCode} is called ${shortName}`, 'shortName');
}

const opdAudit = (opd: Opd) => ({ name: opd.name, shortName: opd.shortName, kind: opd.kind, regionCode: opd.regionCode });

export function createOpd(db: Database, viewer: Viewer, input: OpdInput & { regionCode: string }): Promise<Opd> {
  assertAdminOf(viewer, input.regionCode);
  const data = cleanOpd(input);
  return write(db, async (tx) => {
    await assertRegency(tx, input.regionCode);
    await assertShortNameFree(tx, input.regionCode, data.shortName);
    const opd = await tx.opd.create({ data: { ...data, regionCode: input.regionCode } });
    await audit(tx, viewer, { entity: 'opd', entityId: opd.id, action: 'create', after: opdAudit(opd), regionCode: opd.regionCode });
    return opd;
  });
}

export function updateOpd(db: Database, viewer: Viewer, input: OpdInput & { id: number; version: number }): Promise<Opd> {
  const data = cleanOpd(input);
  return write(db, async (tx) => {
    const before = foundInArea(viewer, await tx.opd.findUnique({ where: { id: input.id } }), 'OPD', input.id);
    await assertVersion(tx, 'opd', before.id, before.version, input.version);
    await assertShortNameFree(tx, before.regionCode, data.shortName, before.id);
    const { count } = await tx.opd.updateMany({
      where: { id: before.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    await assertUpdated(tx, 'opd', before.id, count, input.version);
    const after = await tx.opd.findUniqueOrThrow({ where: { id: before.id } });
    await audit(tx, viewer, {
      entity: 'opd',
      entityId: after.id,
      action: 'update',
      before: opdAudit(before),
      after: opdAudit(after),
      regionCode: after.regionCode,
    });
    return after;
  });
}

/** Removes an OPD or partner nothing uses; otherwise says what uses it. */
export function deleteOpd(db: Database, viewer: Viewer, id: number, version: number): Promise<Opd> {
  return write(db, async (tx) => {
    const opd = foundInArea(viewer, await tx.opd.findUnique({ where: { id } }), 'OPD', id);
    await assertVersion(tx, 'opd', opd.id, opd.version, version);
    // One count after another: a transaction is one connection.
    const uses: [number, string][] = [];
    uses.push([await tx.program.count({ where: { opdId: id } }), 'programs']);
    uses.push([await tx.programPartner.count({ where: { opdId: id } }), 'partner programs']);
    uses.push([await tx.cluster.count({ where: { viceOpdId: id } }), 'clusters']);
    uses.push([await tx.priority.count({ where: { ownerOpdId: id } }), 'priorities']);
    uses.push([await tx.followUp.count({ where: { ownerOpdId: id } }), 'follow-ups']);
    uses.push([await tx.rakorAttendee.count({ where: { opdId: id } }), 'rakor attendances']);
    uses.push([await tx.rakorAgendaItem.count({ where: { presenterOpdId: id } }), 'rakor agenda items']);
    uses.push([await tx.user.count({ where: { opdId: id } }), 'users']);
    refuseInUse(uses);
    await tx.opd.delete({ where: { id } });
    await audit(tx, viewer, { entity: 'opd', entityId: id, action: 'delete', before: opdAudit(opd), regionCode: opd.regionCode });
    return opd;
  });
}

// ───────────────────────────── clusters ─────────────────────────────

async function cleanCluster(tx: Tx, regionCode: string, input: ClusterInput) {
  const number = wholeNumber(input.number, 'number', 1, 4);
  const name = requiredText(input.name, 'name', MAX_NAME);
  const headTitle = requiredText(input.headTitle, 'headTitle', MAX_HEAD_TITLE);
  const viceOpdId = input.viceOpdId ?? null;
  if (viceOpdId !== null) {
    const opd = await tx.opd.findUnique({ where: { id: viceOpdId }, select: { regionCode: true } });
    if (opd?.regionCode !== regionCode) {
      throw new DomainError(WRITE_INVALID, `The vice-head must be an OPD of ${regionCode}`, 'viceOpdId');
    }
  }
  return { number, name, headTitle, viceOpdId };
}

async function assertNumberFree(tx: Tx, regionCode: string, number: number, exceptId?: number): Promise<void> {
  const other = await tx.cluster.findFirst({
    where: { regionCode, number, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (other) throw new DomainError(CLUSTER_NUMBER_TAKEN, `${regionCode} already has a klaster ${number}`, 'number');
}

type ClusterWithVice = Cluster & { viceOpd: { shortName: string } | null };
const withVice = { viceOpd: { select: { shortName: true } } } as const;

const clusterAudit = (c: ClusterWithVice) => ({
  number: c.number,
  name: c.name,
  headTitle: c.headTitle,
  viceOpd: c.viceOpd?.shortName ?? null,
  regionCode: c.regionCode,
});

export function createCluster(db: Database, viewer: Viewer, input: ClusterInput & { regionCode: string }): Promise<Cluster> {
  assertAdminOf(viewer, input.regionCode);
  return write(db, async (tx) => {
    await assertRegency(tx, input.regionCode);
    const data = await cleanCluster(tx, input.regionCode, input);
    await assertNumberFree(tx, input.regionCode, data.number);
    const cluster = await tx.cluster.create({ data: { ...data, regionCode: input.regionCode }, include: withVice });
    await audit(tx, viewer, {
      entity: 'cluster',
      entityId: cluster.id,
      action: 'create',
      after: clusterAudit(cluster),
      regionCode: cluster.regionCode,
    });
    return cluster;
  });
}

export function updateCluster(db: Database, viewer: Viewer, input: ClusterInput & { id: number; version: number }): Promise<Cluster> {
  return write(db, async (tx) => {
    const before = foundInArea(viewer, await tx.cluster.findUnique({ where: { id: input.id }, include: withVice }), 'cluster', input.id);
    await assertVersion(tx, 'cluster', before.id, before.version, input.version);
    const data = await cleanCluster(tx, before.regionCode, input);
    await assertNumberFree(tx, before.regionCode, data.number, before.id);
    const { count } = await tx.cluster.updateMany({
      where: { id: before.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    await assertUpdated(tx, 'cluster', before.id, count, input.version);
    const after = await tx.cluster.findUniqueOrThrow({ where: { id: before.id }, include: withVice });
    await audit(tx, viewer, {
      entity: 'cluster',
      entityId: after.id,
      action: 'update',
      before: clusterAudit(before),
      after: clusterAudit(after),
      regionCode: after.regionCode,
    });
    return after;
  });
}

/** Removes a cluster no program, rakor or user belongs to; otherwise says what does. */
export function deleteCluster(db: Database, viewer: Viewer, id: number, version: number): Promise<Cluster> {
  return write(db, async (tx) => {
    const cluster = foundInArea(viewer, await tx.cluster.findUnique({ where: { id }, include: withVice }), 'cluster', id);
    await assertVersion(tx, 'cluster', cluster.id, cluster.version, version);
    const uses: [number, string][] = [];
    uses.push([await tx.program.count({ where: { clusterId: id } }), 'programs']);
    uses.push([await tx.rakor.count({ where: { clusterId: id } }), 'rakors']);
    uses.push([await tx.user.count({ where: { clusterId: id } }), 'users']);
    refuseInUse(uses);
    await tx.cluster.delete({ where: { id } });
    await audit(tx, viewer, {
      entity: 'cluster',
      entityId: id,
      action: 'delete',
      before: clusterAudit(cluster),
      regionCode: cluster.regionCode,
    });
    return cluster;
  });
}
