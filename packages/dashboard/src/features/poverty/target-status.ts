// Actuals against a target path (DESIGN.md, Targets): each target yields a value per year, and
// the newest actual is compared with the path's value for the same year.

export interface YearValue {
  year: number;
  value: number;
}

export interface TargetComparison {
  year: number;
  actual: number;
  target: number;
  /** actual − target, in the indicator's unit (percentage points for P0), rounded to 2 decimals. */
  gap: number;
  /** For a falling indicator (poverty): at or below the path. */
  onTrack: boolean;
}

/**
 * The newest actual up to `year` that the path has a value for, compared with it; null when the
 * two never meet. Values are compared at BPS's precision (two decimals), so 8,43 against a path
 * value of 8,4265 is on track.
 */
export function compareWithTarget(actuals: readonly YearValue[], path: readonly YearValue[], year: number): TargetComparison | null {
  const targets = new Map(path.map((p) => [p.year, p.value]));
  const candidates = actuals.filter((a) => a.year <= year && targets.has(a.year)).sort((a, b) => a.year - b.year);
  const newest = candidates.at(-1);
  if (!newest) return null;
  const target = targets.get(newest.year)!;
  const gap = Math.round((newest.value - target) * 100) / 100;
  return { year: newest.year, actual: newest.value, target, gap, onTrack: gap <= 0 };
}
