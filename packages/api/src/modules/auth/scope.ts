// Row scope: which regions, OPDs, clusters and households a viewer may read. A region scope is
// a Kemendagri code prefix ("16.71" covers "16.71.06.1001"); null means every region.
import { GraphQLError } from 'graphql';
import type { Viewer } from '../../context.js';
import { AUTH_FORBIDDEN, AUTH_UNAUTHENTICATED, INPUT_INVALID } from '../../errors.js';

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new GraphQLError('Sign in first (Masuk terlebih dahulu)', { extensions: { code: AUTH_UNAUTHENTICATED } });
  return viewer;
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: AUTH_FORBIDDEN } });
}

/** The region code prefix a viewer is limited to, or null for no limit. */
export function regionScope(viewer: Viewer): string | null {
  return viewer.regionCode;
}

export const isUnder = (code: string, prefix: string) => code === prefix || code.startsWith(`${prefix}.`);

/**
 * Whether a viewer may read aggregate figures of a region: their own region, anything under it,
 * and the regions above it (a province's BPS figures are public context).
 */
export function canReadRegion(viewer: Viewer, code: string): boolean {
  const scope = regionScope(viewer);
  return scope === null || isUnder(code, scope) || isUnder(scope, code);
}

export function assertRegionReadable(viewer: Viewer | null, code: string): Viewer {
  const v = requireViewer(viewer);
  if (!canReadRegion(v, code)) throw forbidden(`Region ${code} is outside your area (${v.regionCode ?? 'all'})`);
  return v;
}

/** Roles that may list households at all (pseudonymous numbers, status, desil). */
export function canListHouseholds(viewer: Viewer): boolean {
  return viewer.role !== 'EXECUTIVE';
}

/** Roles that may read personal data (NIK, names, addresses) of a household in this kelurahan. */
export function canReadPersonalData(viewer: Viewer | null, kelurahanCode: string): boolean {
  if (!viewer) return false;
  if (viewer.role === 'ADMIN') return viewer.regionCode === null || isUnder(kelurahanCode, viewer.regionCode);
  if (viewer.role === 'REGION_OPERATOR') return viewer.regionCode !== null && isUnder(kelurahanCode, viewer.regionCode);
  return false;
}

/** Masks all but the last four characters: NIK 1671061203850012 → ************0012. */
export function maskTail(value: string, visible = 4): string {
  return value.length <= visible ? '*'.repeat(value.length) : '*'.repeat(value.length - visible) + value.slice(-visible);
}

/** A bad argument to a query: says what and which argument, in the error's extensions. */
export function inputError(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: INPUT_INVALID, field } });
}
