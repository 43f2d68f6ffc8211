// Region reads that are sums over the household rollup, batched per request.
import DataLoader from 'dataloader';
import type { Database } from '../../db.js';

/** Matches a region and everything under it: "16.71" covers "16.71.06.1001", not "16.710". */
export const UNDER_REGION = `(r.kelurahan_code = c.code OR r.kelurahan_code LIKE c.code || '.%')`;

/** Active extreme-poor households under each region code, from household_rollup (never household rows). */
export function extremePoorLoader(db: Database) {
  return new DataLoader<string, number>(async (codes) => {
    const rows = await db.raw<{ code: string; households: number }>(
      `SELECT c.code, COALESCE(SUM(r.households), 0)::int AS households
       FROM unnest($1::text[]) AS c(code)
       LEFT JOIN household_rollup r
         ON ${UNDER_REGION} AND r.poverty_status = 'EXTREME' AND r.lifecycle = 'ACTIVE'
       GROUP BY c.code`,
      [codes],
    );
    const byCode = new Map(rows.map((r) => [r.code, r.households]));
    return codes.map((code) => byCode.get(code) ?? 0);
  });
}

/** Codes of every place named in a priority-intervention group: published, tracked to zero, never suppressed. */
export function priorityPlacesLoader(db: Database) {
  return new DataLoader<'all', Set<string>>(async (keys) => {
    const rows = await db.raw<{ region_code: string }>(
      `SELECT DISTINCT m.region_code FROM region_group_member m
       JOIN region_group g ON g.id = m.group_id WHERE g.kind = 'PRIORITY_INTERVENTION'`,
    );
    const codes = new Set(rows.map((r) => r.region_code));
    return keys.map(() => codes);
  });
}
