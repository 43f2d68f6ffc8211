// The rollups every dashboard reads, recomputed from the source rows and checked against sums made
// here independently: households, program reach with its target-group eligibility, and the budget
// S-curve carried forward from approved reports. A refresh is idempotent and joins the caller's
// transaction (a failure after it leaves the old figures).
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.js';
import {
  refreshAllRollups,
  refreshBudgetRollup,
  refreshHouseholdRollup,
  refreshProgramReachRollup,
  runnerFromPrisma,
  runnerFromRaw,
  withHouseholdRollupDelta,
} from './rollup.service.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});

const one = async <T>(sql: string, params: unknown[] = []) => (await app.db.raw<T>(sql, params))[0]!;

describe('household rollup', () => {
  it('counts every household once, by kelurahan, with members and the unreached of the year', async () => {
    await refreshHouseholdRollup(runnerFromRaw(app.db.raw), 2026, '16.71');
    const rollup = await one<{ households: number; members: number; unreached: number }>(
      `SELECT SUM(households)::int AS households, SUM(members)::int AS members, SUM(unreached)::int AS unreached
       FROM household_rollup WHERE kelurahan_code LIKE '16.71.%'`,
    );
    const source = await one<{ households: number; members: number; unreached: number }>(
      `SELECT COUNT(*)::int AS households, SUM(member_count)::int AS members,
              (COUNT(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM benefit b WHERE b.household_id = h.id AND b.fiscal_year = 2026)))::int AS unreached
       FROM household h WHERE kelurahan_code LIKE '16.71.%'`,
    );
    expect(rollup).toEqual(source);
    expect(source.households).toBeGreaterThan(10_000);
    const [year] = await app.db.raw<{ value: number }>(`SELECT value FROM setting WHERE key = 'rollups.fiscalYear'`);
    expect(year!.value).toBe(2026);
  });

  it('gives the same rows when refreshed twice', async () => {
    const snapshot = () => app.db.raw(`SELECT * FROM household_rollup WHERE kelurahan_code LIKE '16.71.06.%' ORDER BY 1, 2, 3, 4, 5`);
    const first = await snapshot();
    await refreshHouseholdRollup(runnerFromRaw(app.db.raw), 2026, '16.71.06');
    expect(await snapshot()).toEqual(first);
  });
});

describe('program reach rollup', () => {
  it('counts households reached per program, those in its target group, and those reached by three or more programs', async () => {
    await refreshProgramReachRollup(runnerFromRaw(app.db.raw), 2026, '16.71');
    const rows = await app.db.raw<{ program_id: number; households: number; eligible: number; overlapping: number }>(
      `SELECT program_id, SUM(households)::int AS households, SUM(eligible)::int AS eligible, SUM(overlapping)::int AS overlapping
       FROM program_reach_rollup r JOIN program p ON p.id = r.program_id WHERE p.region_code = '16.71' AND p.fiscal_year = 2026
       GROUP BY program_id ORDER BY program_id`,
    );
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      const source = await one<{ households: number; eligible: number; overlapping: number }>(
        `WITH reached AS (SELECT DISTINCT household_id FROM benefit WHERE program_id = $1 AND fiscal_year = 2026),
              breadth AS (SELECT household_id, COUNT(DISTINCT program_id) AS n FROM benefit WHERE fiscal_year = 2026 GROUP BY household_id)
         SELECT COUNT(*)::int AS households,
                (COUNT(*) FILTER (WHERE CASE p.target_group
                   WHEN 'EXTREME_POOR' THEN h.poverty_status = 'EXTREME'
                   WHEN 'POOR' THEN h.poverty_status IN ('EXTREME', 'POOR')
                   WHEN 'DESIL_1_2' THEN h.desil BETWEEN 1 AND 2
                   WHEN 'DESIL_1_4' THEN h.desil BETWEEN 1 AND 4 ELSE true END))::int AS eligible,
                (COUNT(*) FILTER (WHERE b.n >= 3))::int AS overlapping
         FROM reached r JOIN household h ON h.id = r.household_id JOIN breadth b ON b.household_id = r.household_id
         JOIN program p ON p.id = $1`,
        [row.program_id],
      );
      expect(row, `program ${row.program_id}`).toEqual({ program_id: row.program_id, ...source });
    }
  });
});

describe('budget rollup', () => {
  it('carries the last approved report forward month by month, beside the plan', async () => {
    const program = await one<{ id: number; pagu: string }>(
      `SELECT p.id, p.pagu::text AS pagu FROM program p WHERE p.region_code = '16.71' AND p.fiscal_year = 2026
       AND EXISTS (SELECT 1 FROM progress_report r WHERE r.program_id = p.id AND r.status = 'APPROVED') ORDER BY p.id LIMIT 1`,
    );
    await refreshBudgetRollup(runnerFromRaw(app.db.raw), program.id);
    const rows = await app.db.raw<{ month: number; realisasi: string; planned: string; reported: boolean; pagu: string }>(
      `SELECT month, realisasi::text AS realisasi, planned_cumulative::text AS planned, reported, pagu::text AS pagu
       FROM budget_rollup WHERE program_id = $1 ORDER BY month`,
      [program.id],
    );
    expect(rows.map((r) => r.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const approved = await app.db.raw<{ month: number; realisasi: string }>(
      `SELECT month, realisasi::text AS realisasi FROM progress_report WHERE program_id = $1 AND status = 'APPROVED' ORDER BY month`,
      [program.id],
    );
    const plan = await app.db.raw<{ month: number; planned: string }>(
      'SELECT month, planned_cumulative::text AS planned FROM program_monthly_plan WHERE program_id = $1',
      [program.id],
    );
    for (const row of rows) {
      const last = approved.filter((a) => a.month <= row.month).at(-1);
      expect(row.realisasi, `month ${row.month}`).toBe(last?.realisasi ?? '0');
      expect(row.reported).toBe(last?.month === row.month);
      expect(row.planned).toBe(plan.find((p) => p.month === row.month)?.planned ?? '0');
      expect(row.pagu).toBe(program.pagu);
    }
  });

  it('joins the caller’s transaction: a failure after the refresh leaves the old figures', async () => {
    const program = await one<{ id: number }>(`SELECT id FROM program WHERE region_code = '16.71' ORDER BY id LIMIT 1`);
    const before = await app.db.raw('SELECT * FROM budget_rollup WHERE program_id = $1 ORDER BY month', [program.id]);
    await expect(
      app.db.prisma.$transaction(async (tx) => {
        await tx.program.update({ where: { id: program.id }, data: { pagu: 1n } });
        await refreshBudgetRollup(runnerFromPrisma(tx), program.id);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await app.db.raw('SELECT * FROM budget_rollup WHERE program_id = $1 ORDER BY month', [program.id])).toEqual(before);
  });

  it('recomputes everything to the same figures', async () => {
    const sums = () =>
      one(`SELECT (SELECT SUM(realisasi)::text FROM budget_rollup) AS budget, (SELECT SUM(households)::int FROM household_rollup) AS households,
                  (SELECT SUM(households)::int FROM program_reach_rollup) AS reach`);
    const before = await sums();
    await refreshAllRollups(runnerFromRaw(app.db.raw), 2026);
    expect(await sums()).toEqual(before);
  });
});

describe('rollups by difference (issue 13: a write costs the same at any registry size)', () => {
  const snapshot = async (kelurahans: string[]) => ({
    households: await app.db.raw(
      `SELECT * FROM household_rollup WHERE kelurahan_code = ANY($1::text[]) ORDER BY kelurahan_code, poverty_status, desil, lifecycle, verification_state`,
      [kelurahans],
    ),
    reach: await app.db.raw(
      `SELECT * FROM program_reach_rollup WHERE kelurahan_code = ANY($1::text[]) ORDER BY program_id, kelurahan_code, poverty_status, desil`,
      [kelurahans],
    ),
  });

  it('gives the rows a full refresh gives, for a change of status, graduation and kelurahan', async () => {
    // Households reached by several programs, so the overlap, eligibility and amounts all move.
    const picked = await app.db.raw<{ id: number; kelurahan_code: string }>(
      `SELECT h.id, h.kelurahan_code FROM household h JOIN benefit b ON b.household_id = h.id AND b.fiscal_year = 2026
       WHERE h.kelurahan_code LIKE '16.71.%' GROUP BY h.id HAVING COUNT(DISTINCT b.program_id) >= 3 ORDER BY h.id LIMIT 3`,
    );
    expect(picked).toHaveLength(3);
    const [a, b, c] = picked as [
      { id: number; kelurahan_code: string },
      { id: number; kelurahan_code: string },
      { id: number; kelurahan_code: string },
    ];
    const [elsewhere] = await app.db.raw<{ code: string }>(
      `SELECT code FROM region WHERE level = 'KELURAHAN' AND code LIKE '16.71.%' AND code <> $1 ORDER BY code LIMIT 1`,
      [c.kelurahan_code],
    );
    const kelurahans = [...new Set([a.kelurahan_code, b.kelurahan_code, c.kelurahan_code, elsewhere!.code])];
    const runner = runnerFromRaw(app.db.raw);
    await app.db.transaction(async (raw) => {
      const tx = runnerFromRaw(raw);
      await withHouseholdRollupDelta(tx, 2026, [a.id, b.id, c.id], async () => {
        await raw(`UPDATE household SET poverty_status = 'NOT_POOR', verification_state = 'VERIFIED' WHERE id = $1`, [a.id]);
        await raw(`UPDATE household SET lifecycle = 'GRADUATED', desil = 5 WHERE id = $1`, [b.id]);
        await raw(`UPDATE household SET kelurahan_code = $2 WHERE id = $1`, [c.id, elsewhere!.code]);
      });
    });
    const byDifference = await snapshot(kelurahans);
    for (const k of kelurahans) {
      await refreshHouseholdRollup(runner, 2026, k);
      await refreshProgramReachRollup(runner, 2026, k);
    }
    expect(byDifference).toEqual(await snapshot(kelurahans));
    expect(byDifference.households.length).toBeGreaterThan(0);
  });

  it('leaves the figures as they were when the change is undone in the same transaction', async () => {
    const [h] = await app.db.raw<{ id: number; kelurahan_code: string; poverty_status: string }>(
      `SELECT id, kelurahan_code, poverty_status::text AS poverty_status FROM household WHERE kelurahan_code LIKE '16.71.%' ORDER BY id DESC LIMIT 1`,
    );
    const before = await snapshot([h!.kelurahan_code]);
    await app.db.transaction(async (raw) => {
      const tx = runnerFromRaw(raw);
      await withHouseholdRollupDelta(tx, 2026, [h!.id], () =>
        raw(`UPDATE household SET poverty_status = 'EXTREME' WHERE id = $1`, [h!.id]),
      );
      await withHouseholdRollupDelta(tx, 2026, [h!.id], () =>
        raw(`UPDATE household SET poverty_status = $2::"PovertyStatus" WHERE id = $1`, [h!.id, h!.poverty_status]),
      );
    });
    expect(await snapshot([h!.kelurahan_code])).toEqual(before);
  });
});
