// Who may set up a kabupaten/kota: an ADMIN whose area covers it (a deployment-wide ADMIN covers
// every region). The role itself is checked in the schema (`authScopes: { admin: true }`); these
// helpers check the area, for the region a write names and for the record a write loads.
import type { Viewer } from '../../context.js';
import { DomainError } from '../../errors.js';
import { forbidden, isUnder, requireViewer } from '../auth/scope.js';
import type { Tx } from './write.js';
import { WRITE_NOT_FOUND } from './write.js';

/** A set-up record names a region that is not a kabupaten/kota in Pantau. */
export const WRITE_REGION_INVALID = 'write/region_invalid';

/** The signed-in ADMIN; any other role is refused (the schema refuses it first). */
export function requireAdmin(viewer: Viewer | null): Viewer {
  const v = requireViewer(viewer);
  if (v.role !== 'ADMIN') throw forbidden('Only the TKPKD secretariat (ADMIN) sets this up');
  return v;
}

/** Whether an ADMIN's area covers a region: their kabupaten/kota (or province) and below; every region when deployment-wide. */
export function adminCovers(viewer: Viewer, regionCode: string): boolean {
  return viewer.role === 'ADMIN' && (viewer.regionCode === null || isUnder(regionCode, viewer.regionCode));
}

/** Refuses a write naming a region outside the ADMIN's area (auth/forbidden). */
export function assertAdminOf(viewer: Viewer | null, regionCode: string): Viewer {
  const v = requireAdmin(viewer);
  if (!adminCovers(v, regionCode)) throw forbidden(`Region ${regionCode} is outside your area (${v.regionCode})`);
  return v;
}

/**
 * A record loaded by id for a write: one outside the ADMIN's area is "not found", like one that
 * does not exist, so ids do not tell what other regions hold.
 */
export function foundInArea<T extends { regionCode: string }>(viewer: Viewer, record: T | null, what: string, id: number): T {
  if (!record || !adminCovers(viewer, record.regionCode)) {
    throw new DomainError(WRITE_NOT_FOUND, `No ${what} ${id} in your area (someone may have removed it)`, 'id');
  }
  return record;
}

/** The kabupaten/kota a set-up record belongs to: it must be one, in Pantau. */
export async function assertRegency(tx: Tx, regionCode: string, field = 'regionCode'): Promise<void> {
  const region = await tx.region.findUnique({ where: { code: regionCode }, select: { level: true } });
  if (region?.level !== 'KABUPATEN_KOTA') {
    throw new DomainError(WRITE_REGION_INVALID, `${regionCode} is not a kabupaten/kota in Pantau`, field);
  }
}
