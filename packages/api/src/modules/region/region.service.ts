// Priority areas and other named groups of places (issue 11): Bontang's four kelurahan that must
// reach zero extreme poverty are one. A zero-by-date target names its places through a group.
import type { Viewer } from '../../context.js';
import type { Database } from '../../db.js';
import { DomainError } from '../../errors.js';
import type { RegionGroup } from '../../generated/prisma/client.js';
import type { RegionGroupKind } from '../../generated/prisma/enums.js';
import { isUnder } from '../auth/scope.js';
import { assertAdminOf, assertRegency, foundInArea } from '../common/admin.js';
import { assertUpdated, requiredText, WRITE_INVALID, WRITE_REQUIRED, wholeNumber } from '../common/input.js';
import { assertVersion, audit, refuseInUse, type Tx, WRITE_DUPLICATE, write } from '../common/write.js';

/** The most places one group holds. */
export const MAX_GROUP_MEMBERS = 200;

export interface RegionGroupFields {
  name: string;
  kind: RegionGroupKind;
  year: number;
  reason: string;
  /** Kecamatan or kelurahan/desa codes of the group's kabupaten/kota. */
  memberCodes: readonly string[];
}

async function checkGroup(tx: Tx, regionCode: string, input: RegionGroupFields) {
  const name = requiredText(input.name, 'name', 200);
  const reason = requiredText(input.reason, 'reason', 1000);
  const year = wholeNumber(input.year, 'year', 2000, 2100);
  const codes = [...new Set(input.memberCodes)];
  if (codes.length === 0) throw new DomainError(WRITE_REQUIRED, 'Choose at least one place', 'memberCodes');
  if (codes.length > MAX_GROUP_MEMBERS) {
    throw new DomainError(WRITE_INVALID, `A group holds at most ${MAX_GROUP_MEMBERS} places`, 'memberCodes');
  }
  const found = await tx.region.findMany({ where: { code: { in: codes } }, select: { code: true, level: true } });
  const ok = new Set(
    found.filter((r) => (r.level === 'KECAMATAN' || r.level === 'KELURAHAN') && isUnder(r.code, regionCode)).map((r) => r.code),
  );
  const bad = codes.find((c) => !ok.has(c));
  if (bad) throw new DomainError(WRITE_INVALID, `${bad} is not a kecamatan or kelurahan/desa of ${regionCode}`, 'memberCodes');
  return { name, kind: input.kind, year, reason, codes: codes.sort() };
}

async function assertNameFree(tx: Tx, regionCode: string, name: string, year: number, exceptId?: number): Promise<void> {
  const other = await tx.regionGroup.findFirst({
    where: { regionCode, year, name: { equals: name, mode: 'insensitive' }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (other) throw new DomainError(WRITE_DUPLICATE, `${regionCode} already has a group called ${name} for ${year}`, 'name');
}

async function snapshot(tx: Tx, id: number) {
  const g = await tx.regionGroup.findUniqueOrThrow({ where: { id }, include: { members: { orderBy: { regionCode: 'asc' } } } });
  return {
    group: g as RegionGroup,
    audit: {
      name: g.name,
      kind: g.kind,
      year: g.year,
      reason: g.reason,
      regionCode: g.regionCode,
      members: g.members.map((m) => m.regionCode),
    },
  };
}

export function createRegionGroup(db: Database, viewer: Viewer, input: RegionGroupFields & { regionCode: string }): Promise<RegionGroup> {
  assertAdminOf(viewer, input.regionCode);
  return write(db, async (tx) => {
    await assertRegency(tx, input.regionCode);
    const { codes, ...data } = await checkGroup(tx, input.regionCode, input);
    await assertNameFree(tx, input.regionCode, data.name, data.year);
    const created = await tx.regionGroup.create({
      data: { ...data, regionCode: input.regionCode, members: { create: codes.map((regionCode) => ({ regionCode })) } },
    });
    const after = await snapshot(tx, created.id);
    await audit(tx, viewer, {
      entity: 'region_group',
      entityId: created.id,
      action: 'create',
      after: after.audit,
      regionCode: input.regionCode,
    });
    return after.group;
  });
}

export function updateRegionGroup(
  db: Database,
  viewer: Viewer,
  input: RegionGroupFields & { id: number; version: number },
): Promise<RegionGroup> {
  return write(db, async (tx) => {
    const current = foundInArea(viewer, await tx.regionGroup.findUnique({ where: { id: input.id } }), 'group', input.id);
    await assertVersion(tx, 'region_group', current.id, current.version, input.version);
    const { codes, ...data } = await checkGroup(tx, current.regionCode, input);
    await assertNameFree(tx, current.regionCode, data.name, data.year, current.id);
    const before = await snapshot(tx, current.id);
    const { count } = await tx.regionGroup.updateMany({
      where: { id: current.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    await assertUpdated(tx, 'region_group', current.id, count, input.version);
    await tx.regionGroupMember.deleteMany({ where: { groupId: current.id } });
    await tx.regionGroupMember.createMany({ data: codes.map((regionCode) => ({ groupId: current.id, regionCode })) });
    const after = await snapshot(tx, current.id);
    await audit(tx, viewer, {
      entity: 'region_group',
      entityId: current.id,
      action: 'update',
      before: before.audit,
      after: after.audit,
      regionCode: current.regionCode,
    });
    return after.group;
  });
}

/** Removes a group no target names; otherwise says which targets do. */
export function deleteRegionGroup(db: Database, viewer: Viewer, id: number, version: number): Promise<number> {
  return write(db, async (tx) => {
    const current = foundInArea(viewer, await tx.regionGroup.findUnique({ where: { id } }), 'group', id);
    await assertVersion(tx, 'region_group', id, current.version, version);
    refuseInUse([[await tx.target.count({ where: { regionGroupId: id } }), 'targets']]);
    const before = await snapshot(tx, id);
    await tx.regionGroup.delete({ where: { id } });
    await audit(tx, viewer, {
      entity: 'region_group',
      entityId: id,
      action: 'delete',
      before: before.audit,
      regionCode: current.regionCode,
    });
    return id;
  });
}

// ───────────────────────────── provenance of registry counts ─────────────────────────────

/** A published (not generated) count of extreme-poor households for one region. */
export interface OfficialCount {
  value: number;
  year: number;
  vintage: string;
  sourceId: string;
}

/**
 * The newest published count of extreme-poor households (indicator EXTREME_POOR_HOUSEHOLDS) for
 * exactly this region, from a source that is not the demo generator; null when none was published.
 * Palembang's 10,644 is one (article-000-palembang, data Dinas Sosial quoted by the Sekda).
 */
export async function officialExtremePoorCount(db: Database, code: string): Promise<OfficialCount | null> {
  const [row] = await db.raw<OfficialCount>(
    `SELECT v.value::int AS value, v.year, v.vintage, v.source_id AS "sourceId"
     FROM indicator_value v JOIN data_source s ON s.id = v.source_id
     WHERE v.indicator_code = 'EXTREME_POOR_HOUSEHOLDS' AND v.region_code = $1::text
       AND NOT v.synthetic AND NOT s.synthetic
     ORDER BY v.year DESC, v.month DESC LIMIT 1`,
    [code],
  );
  return row ?? null;
}

/**
 * How a registry count is to be labelled (DESIGN.md, "Every figure shown can be traced"):
 * REGISTRY when the rows are an imported list (P3KE, DTSEN, …); OFFICIAL_COUNT_GENERATED_ROWS when
 * the rows are the demo's but their count equals a published count for the same region (the
 * count is official, the households behind it are generated); SYNTHETIC otherwise.
 */
export type CountProvenanceKind = 'REGISTRY' | 'OFFICIAL_COUNT_GENERATED_ROWS' | 'SYNTHETIC';

export function countProvenanceKind(rowsSynthetic: boolean, count: number | null, official: OfficialCount | null): CountProvenanceKind {
  if (!rowsSynthetic) return 'REGISTRY';
  return official !== null && count !== null && count === official.value ? 'OFFICIAL_COUNT_GENERATED_ROWS' : 'SYNTHETIC';
}
