// Small-count suppression (DESIGN.md: personal data never in aggregates; issue 4, Access): a
// count of 1–4 households in a small place can single out a family, so figures shown to roles
// that may not read those households' personal data hide it. Shared by the targeting, overview
// and extreme-poverty modules.
import type { Viewer } from '../../context.js';
import { canReadPersonalData } from '../auth/scope.js';

/**
 * Whether aggregates of a cell hide small counts from this viewer. Shown in full only to those
 * who could open the households themselves: ADMIN, and a REGION_OPERATOR for a cell inside their
 * own kelurahan. The mayor, cluster heads and OPD operators (and a REGION_OPERATOR looking at a
 * neighbouring kelurahan, or at a cell whose code the caller does not give) get them hidden.
 */
export function suppressesSmallCounts(viewer: Viewer | null, cellCode?: string): boolean {
  if (!viewer) return true;
  if (viewer.role === 'ADMIN') return false;
  return !(viewer.role === 'REGION_OPERATOR' && cellCode !== undefined && canReadPersonalData(viewer, cellCode));
}

/**
 * The count as this viewer may see it: null when it is between 1 and `minCellSize − 1`
 * households and small counts are hidden from the viewer (see `suppressesSmallCounts`). Zero is shown: it
 * singles out nobody. Callers apply it where a cell is small enough to identify a family
 * (kelurahan-level cells) and pass the cell's region code when they have it.
 */
export function suppressSmallCount(viewer: Viewer | null, count: number, minCellSize: number, cellCode?: string): number | null {
  if (!suppressesSmallCounts(viewer, cellCode)) return count;
  return count > 0 && count < minCellSize ? null : count;
}

/** One child region's count, as `hiddenPlaces` weighs it. */
export interface PlaceCell {
  code: string;
  level: string;
  households: number;
}

/**
 * The kelurahan counts among one parent's children that this viewer may not see. Primary: counts
 * of 1 to `minCellSize − 1`. Secondary (complementary) suppression: the parent's total is shown,
 * so with exactly one cell hidden, the total minus the shown cells would give it back; the
 * smallest other cell the viewer does not see in full is hidden too (a non-zero one when there
 * is one, the lowest code on a tie), and the difference then spans two places. Kecamatan counts
 * are never small enough to hide, and priority places are published, so neither is hidden nor
 * chosen. Every path that shows a kelurahan count (Region.extremePoorHouseholds,
 * extremePoverty.byPlace) asks this for the same siblings, so they hide the same cells.
 */
export function hiddenPlaces(
  viewer: Viewer | null,
  siblings: readonly PlaceCell[],
  minCellSize: number,
  priorityPlaces: ReadonlySet<string>,
): Set<string> {
  const hideable = siblings.filter((c) => c.level === 'KELURAHAN' && !priorityPlaces.has(c.code) && suppressesSmallCounts(viewer, c.code));
  const primary = hideable.filter((c) => c.households > 0 && c.households < minCellSize);
  const hidden = new Set(primary.map((c) => c.code));
  if (primary.length !== 1) return hidden;
  const [second] = hideable
    .filter((c) => !hidden.has(c.code))
    .sort((a, b) => Number(a.households === 0) - Number(b.households === 0) || a.households - b.households || a.code.localeCompare(b.code));
  if (second) hidden.add(second.code);
  return hidden;
}
