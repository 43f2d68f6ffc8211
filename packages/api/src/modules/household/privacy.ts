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

/**
 * The extreme-poor count of a place as a viewer may see it. Only kelurahan-level cells are small
 * enough to single out a family, and places named in a priority-intervention group are published
 * and tracked to zero, so neither is hidden. Shared by Region.extremePoorHouseholds and
 * extremePoverty.byPlace so the two never disagree.
 */
export function placeCountForViewer(
  viewer: Viewer | null,
  place: { code: string; level: string },
  count: number,
  minCellSize: number,
  priorityPlaces: ReadonlySet<string>,
): number | null {
  if (place.level !== 'KELURAHAN' || priorityPlaces.has(place.code)) return count;
  return suppressSmallCount(viewer, count, minCellSize, place.code);
}
