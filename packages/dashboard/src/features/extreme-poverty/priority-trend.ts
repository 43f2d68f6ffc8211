// A priority kelurahan's count over the years as small bars (a sparkline the numbers are written
// on).

export interface YearCount {
  year: number;
  households: number;
  synthetic: boolean;
}

export interface TrendBar extends YearCount {
  /** Bar height, percent of the tallest (a zero keeps a hairline so the year still shows). */
  height: number;
}

export function trendBars(series: readonly YearCount[]): TrendBar[] {
  const sorted = [...series].sort((a, b) => a.year - b.year);
  const max = Math.max(0, ...sorted.map((s) => s.households));
  return sorted.map((s) => ({ ...s, height: max > 0 ? Math.round((s.households / max) * 100) : 0 }));
}

/** Change from the first year to the last, households (negative is fewer). */
export function trendChange(series: readonly YearCount[]): { from: YearCount; to: YearCount; change: number } | null {
  const sorted = [...series].sort((a, b) => a.year - b.year);
  const from = sorted[0];
  const to = sorted.at(-1);
  if (!from || !to || from === to) return null;
  return { from, to, change: to.households - from.households };
}
