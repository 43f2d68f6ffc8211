// Extreme-poor households by place, from the household rollup, and the priority areas' way to zero.
import type { Database } from '../../db.js';
import { currentFiscalYear, registryProvenance } from '../settings/settings.service.js';

export interface PlaceCount {
  code: string;
  name: string;
  level: string;
  households: number;
  members: number;
}

/** Active extreme-poor households and their members in each child region of `regionCode`. */
export async function extremePoorByChild(db: Database, regionCode: string): Promise<PlaceCount[]> {
  return db.raw<PlaceCount>(
    `SELECT c.code, c.name, c.level::text AS level,
            COALESCE(SUM(r.households), 0)::int AS households, COALESCE(SUM(r.members), 0)::int AS members
     FROM region c
     LEFT JOIN household_rollup r
       ON (r.kelurahan_code = c.code OR r.kelurahan_code LIKE c.code || '.%')
      AND r.poverty_status = 'EXTREME' AND r.lifecycle = 'ACTIVE'
     WHERE c.parent_code = $1
     GROUP BY c.code, c.name, c.level ORDER BY c.code`,
    [regionCode],
  );
}

export async function extremePoorTotal(db: Database, regionCode: string): Promise<{ households: number; members: number }> {
  const [row] = await db.raw<{ households: number; members: number }>(
    `SELECT COALESCE(SUM(households), 0)::int AS households, COALESCE(SUM(members), 0)::int AS members
     FROM household_rollup
     WHERE (kelurahan_code = $1 OR kelurahan_code LIKE $1 || '.%') AND poverty_status = 'EXTREME' AND lifecycle = 'ACTIVE'`,
    [regionCode],
  );
  return row ?? { households: 0, members: 0 };
}

export interface AreaYear {
  year: number;
  households: number | null;
  sourceId: string;
  synthetic: boolean;
}

export interface PriorityArea {
  code: string;
  name: string;
  current: number | null;
  atZero: boolean;
  series: AreaYear[];
}

/**
 * Each member of a priority group: its extreme-poor households per year (published figures) and
 * the registry's count for the current fiscal year, and whether it has reached zero.
 */
export async function priorityAreas(db: Database, memberCodes: readonly string[], today: Date): Promise<PriorityArea[]> {
  const [published, live, year, registry] = await Promise.all([
    db.raw<{ region_code: string; year: number; value: number; source_id: string; synthetic: boolean }>(
      `SELECT region_code, year, value, source_id, synthetic FROM indicator_value
       WHERE indicator_code = 'EXTREME_POOR_HOUSEHOLDS' AND month = 0 AND region_code = ANY($1::text[])
       ORDER BY year`,
      [memberCodes],
    ),
    db.raw<{ code: string; name: string; households: number }>(
      `SELECT c.code, c.name, COALESCE(SUM(r.households), 0)::int AS households
       FROM region c
       LEFT JOIN household_rollup r
         ON (r.kelurahan_code = c.code OR r.kelurahan_code LIKE c.code || '.%')
        AND r.poverty_status = 'EXTREME' AND r.lifecycle = 'ACTIVE'
       WHERE c.code = ANY($1::text[]) GROUP BY c.code, c.name`,
      [memberCodes],
    ),
    currentFiscalYear(db, today),
    registryProvenance(db, today, memberCodes[0] ?? ''),
  ]);
  const byCode = new Map(live.map((l) => [l.code, l]));
  return memberCodes.map((code) => {
    const current = byCode.get(code)?.households ?? 0;
    const series: AreaYear[] = published
      .filter((p) => p.region_code === code && p.year !== year)
      .map((p) => ({ year: p.year, households: p.value, sourceId: p.source_id, synthetic: p.synthetic }));
    series.push({ year, households: current, sourceId: registry.sourceId, synthetic: registry.synthetic });
    return { code, name: byCode.get(code)?.name ?? code, current, atZero: current === 0, series };
  });
}
