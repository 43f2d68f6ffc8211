// Rollups: the pre-aggregated tables every dashboard reads (DESIGN.md, Analytics). Each refresh
// recomputes one slice from the source rows; callers run it inside the transaction of the write
// that changed those rows, so a dashboard never sees a figure that disagrees with the data.
import type { RawQuery } from '../../db.js';
import type { Prisma } from '../../generated/prisma/client.js';

/** Runs one statement; a driver's raw query or a Prisma transaction, so refreshes join the caller's transaction. */
export type SqlRunner = (text: string, params?: unknown[]) => Promise<unknown>;

export const runnerFromRaw = (raw: RawQuery): SqlRunner => raw;
export const runnerFromPrisma =
  (tx: Pick<Prisma.TransactionClient, '$executeRawUnsafe'>): SqlRunner =>
  (text, params = []) =>
    tx.$executeRawUnsafe(text, ...params);

/** A kabupaten/kota, kecamatan or kelurahan code, or '' for every region. */
const prefixPattern = (regionCode: string) => (regionCode ? `${regionCode}%` : '%');

/**
 * Households per kelurahan × status × desil × lifecycle × verification, with how many received
 * nothing from any program in `fiscalYear` (the exclusion-error base).
 */
export async function refreshHouseholdRollup(db: SqlRunner, fiscalYear: number, regionCode = ''): Promise<void> {
  const pattern = prefixPattern(regionCode);
  // household_rollup has no year column: it describes one fiscal year, recorded here.
  await db(
    `INSERT INTO setting (key, value, description, updated_at)
     VALUES ('rollups.fiscalYear', to_jsonb($1::int), 'Fiscal year the household and program-reach rollups describe (written on refresh).', now())
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    [fiscalYear],
  );
  await db('DELETE FROM household_rollup WHERE kelurahan_code LIKE $1', [pattern]);
  await db(
    `WITH breadth AS (
       SELECT household_id, COUNT(DISTINCT program_id) AS programs
       FROM benefit WHERE fiscal_year = $2 GROUP BY household_id
     )
     INSERT INTO household_rollup
       (kelurahan_code, poverty_status, desil, lifecycle, verification_state, households, members, unreached, overlapping)
     SELECT h.kelurahan_code, h.poverty_status, COALESCE(h.desil, 0), h.lifecycle, h.verification_state,
            COUNT(*)::int, SUM(h.member_count)::int,
            (COUNT(*) FILTER (WHERE b.household_id IS NULL))::int,
            (COUNT(*) FILTER (WHERE b.programs >= 3))::int
     FROM household h
     LEFT JOIN breadth b ON b.household_id = h.id
     WHERE h.kelurahan_code LIKE $1
     GROUP BY 1, 2, 3, 4, 5`,
    [pattern, fiscalYear],
  );
}

/**
 * Program reach per program × kelurahan × status × desil for the programs of `fiscalYear` in a
 * region: households reached, how many of them are in the program's target group, and how many
 * were reached by three or more programs that year (the ego-sektoral overlap).
 */
export async function refreshProgramReachRollup(db: SqlRunner, fiscalYear: number, regionCode = ''): Promise<void> {
  const pattern = prefixPattern(regionCode);
  await db(
    `DELETE FROM program_reach_rollup
     WHERE program_id IN (SELECT id FROM program WHERE fiscal_year = $1 AND region_code LIKE $2)`,
    [fiscalYear, pattern],
  );
  await db(
    `WITH reached AS (
       SELECT household_id, program_id, SUM(amount) AS amount
       FROM benefit WHERE fiscal_year = $1
       GROUP BY household_id, program_id
     ), breadth AS (
       SELECT household_id, COUNT(*) AS programs FROM reached GROUP BY household_id
     )
     INSERT INTO program_reach_rollup
       (program_id, kelurahan_code, poverty_status, desil, households, eligible, overlapping, graduated, amount)
     SELECT r.program_id, h.kelurahan_code, h.poverty_status, COALESCE(h.desil, 0),
            COUNT(*)::int,
            (COUNT(*) FILTER (WHERE CASE p.target_group
               WHEN 'EXTREME_POOR' THEN h.poverty_status = 'EXTREME'
               WHEN 'POOR' THEN h.poverty_status IN ('EXTREME', 'POOR')
               WHEN 'DESIL_1_2' THEN h.desil BETWEEN 1 AND 2
               WHEN 'DESIL_1_4' THEN h.desil BETWEEN 1 AND 4
               ELSE true END))::int,
            (COUNT(*) FILTER (WHERE br.programs >= 3))::int,
            (COUNT(*) FILTER (WHERE h.lifecycle = 'GRADUATED'))::int,
            SUM(r.amount)::bigint
     FROM reached r
     JOIN program p ON p.id = r.program_id
     JOIN household h ON h.id = r.household_id
     JOIN breadth br ON br.household_id = r.household_id
     WHERE p.fiscal_year = $1 AND p.region_code LIKE $2
     GROUP BY 1, 2, 3, 4`,
    [fiscalYear, pattern],
  );
}

/**
 * Budget per program × month from approved reports: realisasi carried forward from the last
 * approved report, planned disbursement beside it. `programId` limits the refresh to one program
 * (a report approval); without it every program is recomputed (seed, import).
 */
export async function refreshBudgetRollup(db: SqlRunner, programId?: number): Promise<void> {
  const where = programId === undefined ? '' : 'WHERE p.id = $1';
  const params = programId === undefined ? [] : [programId];
  await db(`DELETE FROM budget_rollup ${programId === undefined ? '' : 'WHERE program_id = $1'}`, params);
  await db(
    `INSERT INTO budget_rollup
       (program_id, month, region_code, fiscal_year, opd_id, cluster_id, pagu, planned_cumulative,
        realisasi, output_cumulative, beneficiaries_cumulative, reported)
     SELECT p.id, m.month, p.region_code, p.fiscal_year, p.opd_id, p.cluster_id, p.pagu,
            COALESCE(pl.planned_cumulative, 0), COALESCE(r.realisasi, 0),
            COALESCE(r.output_cumulative, 0), COALESCE(r.beneficiaries_cumulative, 0),
            COALESCE(r.month = m.month, false)
     FROM program p
     CROSS JOIN generate_series(1, 12) AS m(month)
     LEFT JOIN program_monthly_plan pl ON pl.program_id = p.id AND pl.month = m.month
     LEFT JOIN LATERAL (
       SELECT x.month, x.realisasi, x.output_cumulative, x.beneficiaries_cumulative
       FROM progress_report x
       WHERE x.program_id = p.id AND x.status = 'APPROVED' AND x.month <= m.month
       ORDER BY x.month DESC LIMIT 1
     ) r ON true
     ${where}`,
    params,
  );
}

/** Recomputes every rollup; for seed, import and generate. */
export async function refreshAllRollups(db: SqlRunner, fiscalYear: number): Promise<void> {
  await refreshHouseholdRollup(db, fiscalYear);
  await refreshProgramReachRollup(db, fiscalYear);
  await refreshBudgetRollup(db);
}
