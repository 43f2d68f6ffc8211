// PSKS (social-welfare workforce) and stunting figures from indicator values.
import type { Database } from '../../db.js';

export interface IndicatorFigure {
  indicatorCode: string;
  name: string;
  nameEn: string;
  unit: string;
  regionCode: string;
  regionName: string;
  year: number;
  value: number;
  sourceId: string;
  sourceTitle: string;
  vintage: string;
  synthetic: boolean;
  note: string | null;
}

const FIGURE_COLUMNS = `v.indicator_code AS "indicatorCode", i.name, i.name_en AS "nameEn", i.unit,
  v.region_code AS "regionCode", r.name AS "regionName", v.year, v.value,
  v.source_id AS "sourceId", s.title AS "sourceTitle", v.vintage, v.synthetic, v.note`;

/** The latest year (≤ `year` when given) with any value of the group's indicators for the region. */
export async function latestYear(db: Database, group: string, regionCode: string, year?: number | null): Promise<number | null> {
  const [row] = await db.raw<{ year: number | null }>(
    `SELECT MAX(v.year) AS year FROM indicator_value v JOIN indicator i ON i.code = v.indicator_code
     WHERE i."group" = $1::"IndicatorGroup" AND v.region_code = $2 AND ($3::int IS NULL OR v.year <= $3::int)`,
    [group, regionCode, year ?? null],
  );
  return row?.year ?? null;
}

export async function psksFigures(db: Database, regionCode: string, year: number): Promise<IndicatorFigure[]> {
  return db.raw<IndicatorFigure>(
    `SELECT ${FIGURE_COLUMNS}
     FROM indicator_value v JOIN indicator i ON i.code = v.indicator_code
     JOIN region r ON r.code = v.region_code JOIN data_source s ON s.id = v.source_id
     WHERE i."group" = 'PSKS' AND v.region_code = $1 AND v.year = $2 AND v.month = 0
     ORDER BY v.indicator_code`,
    [regionCode, year],
  );
}

/** Active poor households (EXTREME and POOR) under a region, from the rollup: the PSKS ratio's base. */
export async function poorHouseholds(db: Database, regionCode: string): Promise<number> {
  const [row] = await db.raw<{ n: number }>(
    `SELECT COALESCE(SUM(households), 0)::int AS n FROM household_rollup
     WHERE (kelurahan_code = $1 OR kelurahan_code LIKE $1 || '.%')
       AND poverty_status IN ('EXTREME', 'POOR') AND lifecycle = 'ACTIVE'`,
    [regionCode],
  );
  return row?.n ?? 0;
}

/** Stunting cases and prevalence for the region itself and each of its child regions. */
export async function stuntingFigures(db: Database, regionCode: string, year: number): Promise<IndicatorFigure[]> {
  return db.raw<IndicatorFigure>(
    `SELECT ${FIGURE_COLUMNS}
     FROM indicator_value v JOIN indicator i ON i.code = v.indicator_code
     JOIN region r ON r.code = v.region_code JOIN data_source s ON s.id = v.source_id
     WHERE v.indicator_code IN ('STUNTING_CASES', 'STUNTING_PREVALENCE') AND v.year = $2 AND v.month = 0
       AND (v.region_code = $1 OR r.parent_code = $1)
     ORDER BY v.region_code, v.indicator_code`,
    [regionCode, year],
  );
}
