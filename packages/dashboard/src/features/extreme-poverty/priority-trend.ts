// A priority kelurahan's count over the years as small bars (a sparkline the numbers are written
// on). A year the API hides for privacy (null) gets no bar and no height: it is not a zero.

export interface YearCount {
  year: number;
  /** Null when hidden for privacy (docs/privacy.md). */
  households: number | null;
  synthetic: boolean;
}

export interface TrendBar extends YearCount {
  /** Bar height, percent of the tallest shown (a zero keeps a hairline so the year still shows); null when hidden. */
  height: number | null;
}

export function trendBars(series: readonly YearCount[]): TrendBar[] {
  const sorted = [...series].sort((a, b) => a.year - b.year);
  const max = Math.max(0, ...sorted.map((s) => s.households ?? 0));
  return sorted.map((s) => ({
    ...s,
    height: s.households === null ? null : max > 0 ? Math.round((s.households / max) * 100) : 0,
  }));
}

/**
 * Change from the first year to the last, households (negative is fewer); null when either end
 * is hidden, since the change would give the hidden count back.
 */
export function trendChange(
  series: readonly YearCount[],
): { from: YearCount & { households: number }; to: YearCount & { households: number }; change: number } | null {
  const sorted = [...series].sort((a, b) => a.year - b.year);
  const from = sorted[0];
  const to = sorted.at(-1);
  if (!from || !to || from === to || from.households === null || to.households === null) return null;
  return {
    from: { ...from, households: from.households },
    to: { ...to, households: to.households },
    change: to.households - from.households,
  };
}
