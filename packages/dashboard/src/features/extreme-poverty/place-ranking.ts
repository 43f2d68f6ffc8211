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

/**
 * The kelurahan with the most extreme-poor households among `rows`, when the shown counts prove
 * it; undefined otherwise. A hidden count is either 1–4 or the smallest other count of its
 * kecamatan that could be hidden (the API pairs a lone small count with it), so the largest
 * shown count is surely the largest when it is 5 or more and every kecamatan with a hidden count
 * also shows a count above zero of a place that is not a published priority place.
 */
export function provenLargest<T extends KelurahanCount>(rows: readonly T[], priorityCodes: ReadonlySet<string>): T | undefined {
  const kecamatanOf = (code: string) => code.slice(0, 8);
  const withHidden = new Set(rows.filter((r) => r.extremePoorHouseholds === null).map((r) => kecamatanOf(r.code)));
  const shown = rows.filter((r) => (r.extremePoorHouseholds ?? 0) > 0);
  const largest = [...shown].sort((a, b) => b.extremePoorHouseholds! - a.extremePoorHouseholds!)[0];
  if (!largest || withHidden.size === 0) return largest;
  const bounded = [...withHidden].every((k) => shown.some((r) => kecamatanOf(r.code) === k && !priorityCodes.has(r.code)));
  return largest.extremePoorHouseholds! >= 5 && bounded ? largest : undefined;
}
