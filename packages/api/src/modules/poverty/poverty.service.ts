// Poverty against its targets, and FGT indices from the household registry.
import type { Database } from '../../db.js';
import { underRegion } from '../../region-code.js';
import { registryProvenance, type StatusThresholds } from '../settings/settings.service.js';
import { type TargetDefinition, targetPath } from '../target/target.service.js';
import type { FgtResult } from './fgt.js';

export type TargetStatus = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK';

export interface TargetYear {
  year: number;
  target: number;
  actual: number | null;
  /** (actual − target) / target: how far behind, as a share of the target; null without actual. */
  gap: number | null;
  status: TargetStatus | null;
  /** Where the actual comes from. */
  actualSource: string | null;
  actualSynthetic: boolean | null;
}

/**
 * Status of a value against a reduction target: the gap between target and actual as a share of
 * the target, green at or below `onTrackMaxGap`, amber below `atRiskMaxGap`, red from there
 * (as local e-monev tools do). A zero target is met only by zero.
 */
export function targetStatus(actual: number, target: number, thresholds: StatusThresholds): { gap: number | null; status: TargetStatus } {
  if (target === 0) return { gap: null, status: actual <= 0 ? 'ON_TRACK' : 'OFF_TRACK' };
  const gap = (actual - target) / Math.abs(target);
  return { gap, status: statusFromGap(gap, thresholds) };
}

/** A gap (how far behind, as a share of what was asked) judged against the thresholds. */
export function statusFromGap(gap: number, thresholds: StatusThresholds): TargetStatus {
  return gap <= thresholds.onTrackMaxGap ? 'ON_TRACK' : gap < thresholds.atRiskMaxGap ? 'AT_RISK' : 'OFF_TRACK';
}

export interface ActualValue {
  year: number;
  value: number;
  source: string;
  synthetic: boolean;
}

/** The target path beside the actuals of each year, with a status where both exist. */
export function targetProgress(target: TargetDefinition, actuals: readonly ActualValue[], thresholds: StatusThresholds): TargetYear[] {
  const byYear = new Map(actuals.map((a) => [a.year, a]));
  return targetPath(target).map(({ year, value }) => {
    const actual = byYear.get(year);
    if (!actual) return { year, target: value, actual: null, gap: null, status: null, actualSource: null, actualSynthetic: null };
    const { gap, status } = targetStatus(actual.value, value, thresholds);
    return { year, target: value, actual: actual.value, gap, status, actualSource: actual.source, actualSynthetic: actual.synthetic };
  });
}

/**
 * Annual actuals of an indicator summed over regions (one region, or a target's named places).
 * For extreme-poor households, the current registry count stands for `currentYear` when no
 * published figure exists for it.
 */
export async function actualsFor(
  db: Database,
  indicatorCode: string,
  regionCodes: readonly string[],
  currentYear: number,
  today: Date,
): Promise<ActualValue[]> {
  const rows = await db.raw<{ year: number; value: number; sources: string; synthetic: boolean; regions: number }>(
    `SELECT year, SUM(value)::float8 AS value, string_agg(DISTINCT source_id, ', ') AS sources,
            bool_or(synthetic) AS synthetic, COUNT(DISTINCT region_code)::int AS regions
     FROM indicator_value
     WHERE indicator_code = $1 AND region_code = ANY($2::text[]) AND month = 0
     GROUP BY year ORDER BY year`,
    [indicatorCode, regionCodes],
  );
  // A year counts only when every place has a figure; a partial sum would look like progress.
  const actuals: ActualValue[] = rows
    .filter((r) => r.regions === regionCodes.length)
    .map((r) => ({ year: r.year, value: r.value, source: r.sources, synthetic: r.synthetic }));
  if (indicatorCode === 'EXTREME_POOR_HOUSEHOLDS' && !actuals.some((a) => a.year === currentYear)) {
    const [live] = await db.raw<{ households: number }>(
      `SELECT COALESCE(SUM(r.households), 0)::int AS households
       FROM unnest($1::text[]) AS c(code)
       JOIN household_rollup r ON (r.kelurahan_code = c.code OR r.kelurahan_code LIKE c.code || '.%')
       WHERE r.poverty_status = 'EXTREME' AND r.lifecycle = 'ACTIVE'`,
      [regionCodes],
    );
    const registry = await registryProvenance(db, today, regionCodes[0] ?? '');
    actuals.push({ year: currentYear, value: live?.households ?? 0, source: registry.sourceId, synthetic: registry.synthetic });
  }
  return actuals;
}

/**
 * FGT from the registry's active households under a region, per person. Reads household rows:
 * this is an analysis for a poverty line the user types, not a dashboard figure, and the
 * region range (region-code.ts, underRegion) keeps it to the region's rows.
 */
export async function fgtForRegion(db: Database, regionCode: string, povertyLine: number): Promise<FgtResult & { households: number }> {
  const [row] = await db.raw<{ households: number; persons: number; poor: number; gap: number; severity: number }>(
    // $2 is cast to float8 everywhere: compared with an int column PostgreSQL would infer
    // integer, and the gap would be an integer division.
    `SELECT COUNT(*)::int AS households,
            COALESCE(SUM(member_count), 0)::float8 AS persons,
            COALESCE(SUM(member_count) FILTER (WHERE per_capita_expenditure < $2::float8), 0)::float8 AS poor,
            COALESCE(SUM(member_count * (($2::float8 - per_capita_expenditure) / $2::float8))
              FILTER (WHERE per_capita_expenditure < $2::float8), 0)::float8 AS gap,
            COALESCE(SUM(member_count * power(($2::float8 - per_capita_expenditure) / $2::float8, 2))
              FILTER (WHERE per_capita_expenditure < $2::float8), 0)::float8 AS severity
     FROM household
     WHERE ${underRegion('kelurahan_code', '$1::text')}
       AND lifecycle = 'ACTIVE' AND per_capita_expenditure IS NOT NULL`,
    [regionCode, povertyLine],
  );
  const persons = row?.persons ?? 0;
  if (!row || persons === 0) return { p0: 0, p1: 0, p2: 0, persons: 0, poorPersons: 0, households: row?.households ?? 0 };
  return {
    p0: row.poor / persons,
    p1: row.gap / persons,
    p2: row.severity / persons,
    persons,
    poorPersons: row.poor,
    households: row.households,
  };
}
