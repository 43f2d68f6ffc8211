// Kecamatan or kelurahan from most to fewest extreme-poor households, for the table beside the map.
import type { KelurahanCount } from './choropleth';

export interface RankedPlace extends KelurahanCount {
  /** Share of the parent's households, a fraction 0–1; null when suppressed or the total is 0. */
  share: number | null;
}

/**
 * Most households first, ties by name (id-ID). Hidden counts (1–4, and the one hidden beside a
 * lone small count) are grouped above the places at zero and below every shown count. Shares are of `parentTotal`, the parent's own
 * count, which may include households in suppressed places.
 */
export function rankPlaces(rows: readonly KelurahanCount[], parentTotal: number | null): RankedPlace[] {
  const rank = (r: KelurahanCount) => (r.extremePoorHouseholds === null ? 0.5 : r.extremePoorHouseholds);
  const denominator = parentTotal && parentTotal > 0 ? parentTotal : rows.reduce((s, r) => s + (r.extremePoorHouseholds ?? 0), 0);
  return [...rows]
    .sort((a, b) => rank(b) - rank(a) || a.name.localeCompare(b.name, 'id-ID'))
    .map((r) => ({
      ...r,
      share: denominator > 0 && r.extremePoorHouseholds !== null ? r.extremePoorHouseholds / denominator : null,
    }));
}
