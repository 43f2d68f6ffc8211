// Pure helpers over a P0 series (percentage of the population below the poverty line, BPS).

/** The fields these helpers need from an IndicatorValue. */
export interface SeriesPoint {
  year: number;
  /** 1–12 for a monthly figure, 0 for an annual one. */
  month: number;
  value: number;
}

// BPS changed the kabupaten/kota poverty survey in 2008 (the series jumps, e.g. Palembang
// 8,98% in 2007 to 16,66% in 2008), and 2008–2009 are transitional; charts start in 2010 so the
// line does not show a methodology change as a trend.
export const SERIES_START_YEAR = 2010;

/**
 * One value per year, oldest first: the annual figure (month 0) where there is one, else the
 * year's latest month (provinces have March and September rounds).
 */
export function annualSeries<T extends SeriesPoint>(values: readonly T[]): T[] {
  const byYear = new Map<number, T>();
  for (const v of values) {
    const kept = byYear.get(v.year);
    const better = !kept || (kept.month !== 0 && (v.month === 0 || v.month > kept.month));
    if (better) byYear.set(v.year, v);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

export type Trend = 'down' | 'up' | 'flat';

export interface LatestReading<T> {
  /** The value for the chosen year, or the newest one before it. */
  current: T;
  /** The value of the year before `current`, when there is one. */
  previous: T | null;
  /** current − previous, percentage points. */
  change: number | null;
  trend: Trend | null;
  /** True when the chosen year has no value yet and an earlier one is shown. */
  isEarlierYear: boolean;
}

/** The reading a headline card shows for `year` from an annual series (see annualSeries). */
export function latestReading<T extends SeriesPoint>(series: readonly T[], year: number): LatestReading<T> | null {
  let index = -1;
  series.forEach((point, i) => {
    if (point.year <= year) index = i;
  });
  const current = series[index];
  if (!current) return null;
  const before = series[index - 1];
  const previous = before && before.year === current.year - 1 ? before : null;
  const change = previous ? round(current.value - previous.value, 4) : null;
  const trend: Trend | null = change === null ? null : change < 0 ? 'down' : change > 0 ? 'up' : 'flat';
  return { current, previous, change, trend, isEarlierYear: current.year !== year };
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
