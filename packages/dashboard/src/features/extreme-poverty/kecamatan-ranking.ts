// Pure helpers for extreme-poor households (KK) per kecamatan.

export interface KecamatanCount {
  code: string;
  name: string;
  /** Null when the API suppressed a small count (1–4 households) for privacy. */
  extremePoorHouseholds: number | null;
}

export interface RankedKecamatan extends KecamatanCount {
  /** Share of the region's extreme-poor households, a fraction 0–1; null when the total is 0. */
  share: number | null;
}

/**
 * Kecamatan from most to fewest extreme-poor households, ties by name (id-ID collation).
 * Shares are of `regionTotal`, the region's own count, which can exceed the sum of its
 * kecamatan when some households have no kecamatan yet.
 */
export function rankKecamatan(rows: readonly KecamatanCount[], regionTotal: number | null): RankedKecamatan[] {
  const count = (r: KecamatanCount) => r.extremePoorHouseholds ?? 0;
  const denominator = regionTotal && regionTotal > 0 ? regionTotal : rows.reduce((s, r) => s + count(r), 0);
  return [...rows]
    .sort((a, b) => count(b) - count(a) || a.name.localeCompare(b.name, 'id-ID'))
    .map((r) => ({ ...r, share: denominator > 0 && r.extremePoorHouseholds !== null ? r.extremePoorHouseholds / denominator : null }));
}
