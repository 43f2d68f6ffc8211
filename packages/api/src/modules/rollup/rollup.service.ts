// Rollups: the pre-aggregated tables every dashboard reads (DESIGN.md, Analytics). Each refresh
// recomputes one slice from the source rows; callers run it inside the transaction of the write
// that changed those rows, so a dashboard never sees a figure that disagrees with the data.
import type { RawQuery } from '../../db.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { underRegion } from '../../region-code.js';

/** Runs one statement; a driver's raw query or a Prisma transaction, so refreshes join the caller's transaction. */
export type SqlRunner = (text: string, params?: unknown[]) => Promise<unknown>;

export const runnerFromRaw = (raw: RawQuery): SqlRunner => raw;
export const runnerFromPrisma =
  (tx: Pick<Prisma.TransactionClient, '$executeRawUnsafe'>): SqlRunner =>
  (text, params = []) =>
    tx.$executeRawUnsafe(text, ...params);

/**
 * The rows of a region as an index range (src/region-code.ts), or no filter at all for '' (every
 * region). Ranges, not `LIKE 'x%'`: the database's collation is not C, so LIKE scans the whole
 * index, and a refresh of one kelurahan would cost as much as the registry (issue 13).
 */
const inRegion = (column: string, param: string, regionCode: string) => (regionCode ? underRegion(column, param) : 'true');

/** Records the fiscal year the household and program-reach rollups describe (they have no year column). */
async function recordRollupYear(db: SqlRunner, fiscalYear: number): Promise<void> {
  await db(
    `INSERT INTO setting (key, value, description, updated_at)
     VALUES ('rollups.fiscalYear', to_jsonb($1::int), 'Fiscal year the household and program-reach rollups describe (written on refresh).', now())
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    [fiscalYear],
  );
}

// One household's contribution to each rollup, as rows that add up: the full refreshes insert the
// sums of these over a region, the deltas add or subtract them for a few households.
// `households` is a subquery of the households concerned (householdsWhere); `$1` is the fiscal year.
const householdsWhere = (condition: string) =>
  `(SELECT id, kelurahan_code, poverty_status, desil, lifecycle, verification_state, member_count FROM household WHERE ${condition})`;

const reachedCte = (households: string) => `reached AS (
       SELECT b.household_id, b.program_id, SUM(b.amount) AS amount,
              -- how many programs reached the household that year (the ego-sektoral overlap):
              -- a window over the grouped rows, not a second pass over benefit
              COUNT(*) OVER (PARTITION BY b.household_id) AS programs
       FROM benefit b JOIN ${households} hh ON hh.id = b.household_id
       WHERE b.fiscal_year = $1
       GROUP BY b.household_id, b.program_id
     ), breadth AS (
       SELECT DISTINCT household_id, programs FROM reached
     )`;

const householdRollupRows = (households: string, sign: string) => `
     SELECT h.kelurahan_code, h.poverty_status, COALESCE(h.desil, 0), h.lifecycle, h.verification_state,
            ${sign} * COUNT(*)::int, ${sign} * SUM(h.member_count)::int,
            ${sign} * (COUNT(*) FILTER (WHERE b.household_id IS NULL))::int,
            ${sign} * (COUNT(*) FILTER (WHERE b.programs >= 3))::int
     FROM ${households} h
     LEFT JOIN breadth b ON b.household_id = h.id
     GROUP BY 1, 2, 3, 4, 5`;

const programReachRows = (households: string, sign: string) => `
     SELECT r.program_id, h.kelurahan_code, h.poverty_status, COALESCE(h.desil, 0),
            ${sign} * COUNT(*)::int,
            ${sign} * (COUNT(*) FILTER (WHERE CASE p.target_group
               WHEN 'EXTREME_POOR' THEN h.poverty_status = 'EXTREME'
               WHEN 'POOR' THEN h.poverty_status IN ('EXTREME', 'POOR')
               WHEN 'DESIL_1_2' THEN h.desil BETWEEN 1 AND 2
               WHEN 'DESIL_1_4' THEN h.desil BETWEEN 1 AND 4
               ELSE true END))::int,
            ${sign} * (COUNT(*) FILTER (WHERE r.programs >= 3))::int,
            ${sign} * (COUNT(*) FILTER (WHERE h.lifecycle = 'GRADUATED'))::int,
            ${sign} * SUM(r.amount)::bigint
     FROM reached r
     JOIN program p ON p.id = r.program_id AND p.fiscal_year = $1
     JOIN ${households} h ON h.id = r.household_id
     GROUP BY 1, 2, 3, 4`;

const HOUSEHOLD_ROLLUP_COLUMNS =
  'kelurahan_code, poverty_status, desil, lifecycle, verification_state, households, members, unreached, overlapping';
const PROGRAM_REACH_COLUMNS = 'program_id, kelurahan_code, poverty_status, desil, households, eligible, overlapping, graduated, amount';

/**
 * Households per kelurahan × status × desil × lifecycle × verification, with how many received
 * nothing from any program in `fiscalYear` (the exclusion-error base), for the households of a
 * region ('' for all). Costs what the region holds, whatever the registry's size.
 */
export async function refreshHouseholdRollup(db: SqlRunner, fiscalYear: number, regionCode = ''): Promise<void> {
  await recordRollupYear(db, fiscalYear);
  const households = householdsWhere(inRegion('kelurahan_code', '$2', regionCode));
  await db(`DELETE FROM household_rollup WHERE ${inRegion('kelurahan_code', '$1', regionCode)}`, regionCode ? [regionCode] : []);
  await db(
    `WITH ${reachedCte(households)}
     INSERT INTO household_rollup (${HOUSEHOLD_ROLLUP_COLUMNS})
     ${householdRollupRows(households, '1')}`,
    regionCode ? [fiscalYear, regionCode] : [fiscalYear],
  );
}

/**
 * Program reach per program × kelurahan × status × desil for the households of a region ('' for
 * all) and the programs of `fiscalYear`: households reached, how many of them are in the
 * program's target group, how many were reached by three or more programs that year, how many
 * have graduated, and the amount. Costs what the region holds.
 */
export async function refreshProgramReachRollup(db: SqlRunner, fiscalYear: number, regionCode = ''): Promise<void> {
  const households = householdsWhere(inRegion('kelurahan_code', '$2', regionCode));
  await db(
    `DELETE FROM program_reach_rollup
     WHERE ${inRegion('kelurahan_code', '$2', regionCode)} AND program_id IN (SELECT id FROM program WHERE fiscal_year = $1)`,
    regionCode ? [fiscalYear, regionCode] : [fiscalYear],
  );
  await db(
    `WITH ${reachedCte(households)}
     INSERT INTO program_reach_rollup (${PROGRAM_REACH_COLUMNS})
     ${programReachRows(households, '1')}`,
    regionCode ? [fiscalYear, regionCode] : [fiscalYear],
  );
}

/**
 * Adds (`sign` 1) or takes away (-1) what some households contribute to the household and
 * program-reach rollups. A write to a few households runs it with
 * -1 before and 1 after: it costs what those households hold, at any registry size.
 */
async function applyHouseholdContribution(db: SqlRunner, fiscalYear: number, householdIds: readonly number[], sign: 1 | -1): Promise<void> {
  const households = householdsWhere('id = ANY($2::int[])');
  await db(
    `WITH ${reachedCte(households)}
     INSERT INTO household_rollup AS t (${HOUSEHOLD_ROLLUP_COLUMNS})
     ${householdRollupRows(households, String(sign))}
     ON CONFLICT (kelurahan_code, poverty_status, desil, lifecycle, verification_state) DO UPDATE SET
       households = t.households + EXCLUDED.households, members = t.members + EXCLUDED.members,
       unreached = t.unreached + EXCLUDED.unreached, overlapping = t.overlapping + EXCLUDED.overlapping`,
    [fiscalYear, householdIds],
  );
  await db(
    `WITH ${reachedCte(households)}
     INSERT INTO program_reach_rollup AS t (${PROGRAM_REACH_COLUMNS})
     ${programReachRows(households, String(sign))}
     ON CONFLICT (program_id, kelurahan_code, poverty_status, desil) DO UPDATE SET
       households = t.households + EXCLUDED.households, eligible = t.eligible + EXCLUDED.eligible,
       overlapping = t.overlapping + EXCLUDED.overlapping, graduated = t.graduated + EXCLUDED.graduated,
       amount = t.amount + EXCLUDED.amount`,
    [fiscalYear, householdIds],
  );
}

/**
 * Runs `change` (a write to the households of `householdIds` and their benefits of `fiscalYear`)
 * with the rollups kept current by difference: their old contribution out before, the new one in
 * after, in the caller's transaction. A household that moves kelurahan is handled too: the
 * subtraction uses the old row, the addition the new one.
 */
export async function withHouseholdRollupDelta<T>(
  db: SqlRunner,
  fiscalYear: number,
  householdIds: readonly number[],
  change: () => Promise<T>,
): Promise<T> {
  await applyHouseholdContribution(db, fiscalYear, householdIds, -1);
  // Cells the subtraction emptied (the households leave them): only in these households'
  // kelurahan, found through the C-collation index of each rollup.
  for (const table of ['household_rollup', 'program_reach_rollup']) {
    await db(
      `DELETE FROM ${table} WHERE households = 0
         AND kelurahan_code COLLATE "C" IN (SELECT kelurahan_code FROM household WHERE id = ANY($1::int[]))`,
      [householdIds],
    );
  }
  const result = await change();
  await applyHouseholdContribution(db, fiscalYear, householdIds, 1);
  return result;
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
