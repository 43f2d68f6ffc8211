// The S-curve's message in numbers: where realisasi stands against plan at the last month with
// approved reports. Pure, for the chart's summary and tests.

export interface CurvePoint {
  month: number;
  planned: number;
  realised: number;
  reported: boolean;
}

export interface CurveStanding {
  /** The last month with an approved report; null when none has one yet. */
  month: number | null;
  planned: number;
  realised: number;
  /** Budget ceiling of the programs in the curve. */
  pagu: number;
  realisedRate: number | null;
  plannedRate: number | null;
  /** (planned − realised) / planned: the share of the plan not spent; 0 without a plan. */
  planGap: number;
}

/** The last month any program reported; later months only carry figures forward. */
export function lastReportedMonth(points: readonly CurvePoint[]): number | null {
  let last: number | null = null;
  for (const p of points) if (p.reported && (last === null || p.month > last)) last = p.month;
  return last;
}

export function curveStanding(points: readonly CurvePoint[], pagu: number): CurveStanding {
  const month = lastReportedMonth(points);
  const at = month === null ? undefined : points.find((p) => p.month === month);
  const planned = at?.planned ?? 0;
  const realised = at?.realised ?? 0;
  return {
    month,
    planned,
    realised,
    pagu,
    realisedRate: pagu > 0 ? realised / pagu : null,
    plannedRate: pagu > 0 ? planned / pagu : null,
    planGap: planned > 0 ? (planned - realised) / planned : 0,
  };
}

/**
 * The realised line: the cumulative figure up to the last reported month, then nothing, so the
 * chart does not draw a flat line through months nobody has reported yet.
 */
export function realisedLine(points: readonly CurvePoint[]): (number | null)[] {
  const last = lastReportedMonth(points);
  return points.map((p) => (last !== null && p.month <= last ? p.realised : null));
}
