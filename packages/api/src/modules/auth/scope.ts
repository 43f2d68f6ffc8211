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

/**
 * The area a viewer's figures come from: the kabupaten/kota (or province) they work in, a
 * kelurahan operator's kabupaten/kota; null for a deployment-wide ADMIN or EXECUTIVE.
 */
export function figureArea(viewer: Viewer): string | null {
  if (viewer.regionCode === null) return null;
  return viewer.role === 'REGION_OPERATOR' ? viewer.regionCode.slice(0, 5) : viewer.regionCode;
}

/**
 * For every figure computed from households, benefits, programs, budgets or reports: the region
 * must lie within the viewer's area. Unlike names and BPS series (canReadRegion), a region above
 * it is refused: a province's counts would open the neighbouring kabupaten/kota.
 */
export function assertFigureRegion(viewer: Viewer | null, code: string): Viewer {
  const v = requireViewer(viewer);
  const area = figureArea(v);
  if (area !== null && !isUnder(code, area)) {
    throw forbidden(
      isUnder(area, code)
        ? `Figures of ${code} cover other kabupaten/kota; ask for ${area} or a region in it`
        : `Region ${code} is outside your area (${area})`,
    );
  }
  return v;
}

/** The programs whose figures a viewer may see: a cluster head's cluster, an OPD operator's OPD. */
export interface ProgramScope {
  clusterId: number | null;
  opdId: number | null;
}

export function programScope(viewer: Viewer): ProgramScope {
  if (viewer.role === 'CLUSTER_HEAD') return { clusterId: viewer.clusterId ?? -1, opdId: null };
  if (viewer.role === 'OPD_OPERATOR') return { clusterId: null, opdId: viewer.opdId ?? -1 };
  return { clusterId: null, opdId: null };
}

/**
 * A cluster or OPD filter as the viewer may use it: theirs when they have one (asking for
 * another is refused, not silently emptied), as asked otherwise.
 */
export function scopedProgramFilter(
  viewer: Viewer,
  filter: { clusterId?: number | null | undefined; opdId?: number | null | undefined },
): ProgramScope {
  const scope = programScope(viewer);
  if (scope.clusterId !== null && filter.clusterId != null && filter.clusterId !== scope.clusterId) {
    throw forbidden('A cluster head sees the figures of their own cluster only');
  }
  if (scope.opdId !== null && filter.opdId != null && filter.opdId !== scope.opdId) {
    throw forbidden('An OPD operator sees the figures of their own OPD only');
  }
  return { clusterId: scope.clusterId ?? filter.clusterId ?? null, opdId: scope.opdId ?? filter.opdId ?? null };
}

/**
 * Roles that may list households: those who may read them in full, an ADMIN in their area and a
 * kelurahan operator in their kelurahan. Every other role sees households only as protected
 * counts (src/disclosure): a list shows how many there are, and their RT, size and spending.
 */
export function canListHouseholds(viewer: Viewer): boolean {
  return viewer.role === 'ADMIN' || viewer.role === 'REGION_OPERATOR';
}

/** Roles that may read personal data (NIK, names, addresses) of a household in this kelurahan. */
export function canReadPersonalData(viewer: Viewer | null, kelurahanCode: string): boolean {
  if (!viewer) return false;
  if (viewer.role === 'ADMIN') return viewer.regionCode === null || isUnder(kelurahanCode, viewer.regionCode);
  if (viewer.role === 'REGION_OPERATOR') return viewer.regionCode !== null && isUnder(kelurahanCode, viewer.regionCode);
  return false;
}

/**
 * Digits of a NIK or KK number left visible wherever one is shown masked (import previews and
 * errors; the API's Household fields show none at all). The first 6 digits are the region code,
 * known from the kelurahan; the next 6 the birth date (plus 40 for women), known to anyone who
 * knows the person; so the last 4 would complete a NIK. With 2, 8 of 16 digits are knowable and
 * a hundred NIKs fit, while the secretariat can still match a masked value to a row of its file.
 */
export const NIK_VISIBLE_DIGITS = 2;

/**
 * The one mask of a NIK or KK number (docs/privacy.md, Personal fields): `1671061203850012` →
 * `**************12`. A value of 4 characters or fewer shows nothing; a longer one is cut to 16
 * characters (a cell of garbage keeps its last 2 too, to find the row).
 */
export function maskNik(value: string): string {
  const text = value.replace(/\s/g, '');
  if (text.length <= 4) return '****';
  return '*'.repeat(Math.min(16, text.length) - NIK_VISIBLE_DIGITS) + text.slice(-NIK_VISIBLE_DIGITS);
}

/** A bad argument to a query: says what and which argument, in the error's extensions. */
export function inputError(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: INPUT_INVALID, field } });
}
