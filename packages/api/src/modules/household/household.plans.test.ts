// The household list's region filter is an index range or a rollup, never a scan of the registry
// (issue 13: `= $1 OR LIKE $1 || '.%'` made totalCount read every row, 458 ms at 10M). With
// sequential scans priced out, a plan that still reads `household` without an index range would
// show it here, on the demo as on any registry size.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from '../../test/app.js';
import { householdListPlans, LIST_FILTERS } from './household.plans.js';

let app: TestApp;
let regions: string[];
beforeAll(async () => {
  app = await createTestApp();
  const [kelurahan] = await app.db.raw<{ code: string }>(`SELECT code FROM region WHERE parent_code = '16.71.06' ORDER BY code LIMIT 1`);
  regions = ['16.71', '16.71.06', kelurahan!.code];
});

describe('household list plans', () => {
  it('reads households through the region range (or the rollup) at every level, for every filter', async () => {
    const plans = await householdListPlans(app.db, regions, app.clock.today(), { settings: ['enable_seqscan = off'] });
    expect(plans).toHaveLength(regions.length * LIST_FILTERS.length * 2);
    for (const { label, plan } of plans) {
      expect(plan, label).not.toMatch(/Seq Scan on household(?!_)/);
      if (!label.endsWith('totalCount')) continue;
      // Counts come from the rollup when the filter allows, else from the region's index range.
      const fromRollup = /on household_rollup/.test(plan);
      const fromRange = /(Index (Only )?Scan using|Bitmap Index Scan on) household_kelurahan_code_c_id_idx/.test(plan);
      // Every filter the dashboard's links use counts from the rollup, reach of the rollup's year too.
      expect(fromRollup, `${label}\n${plan}`).toBe(true);
      expect(fromRange, `${label}\n${plan}`).toBe(false);
    }
  });

  it("counts the same households from the rollup as from the registry's rows", async () => {
    const admin = await loginAs(app, 'admin');
    const query = `query ($filter: HouseholdFilter!) { households(filter: $filter, first: 1) { totalCount } }`;
    for (const regionCode of regions) {
      for (const filter of [{}, { povertyStatus: 'EXTREME' }, { desil: [1, 2] }, { lifecycle: 'ACTIVE', verificationState: 'VERIFIED' }]) {
        const { data, errors } = await app.gql<{ households: { totalCount: number } }>(query, { filter: { ...filter, regionCode } }, admin);
        expect(errors).toBeUndefined();
        const conditions = [`kelurahan_code = $1 OR kelurahan_code LIKE $1 || '.%'`];
        const params: unknown[] = [regionCode];
        for (const [column, value] of Object.entries({
          poverty_status: (filter as { povertyStatus?: string }).povertyStatus,
          lifecycle: (filter as { lifecycle?: string }).lifecycle,
          verification_state: (filter as { verificationState?: string }).verificationState,
        })) {
          if (value === undefined) continue;
          params.push(value);
          conditions.push(`${column}::text = $${params.length}`);
        }
        const desil = (filter as { desil?: number[] }).desil;
        if (desil) {
          params.push(desil);
          conditions.push(`desil = ANY($${params.length}::int[])`);
        }
        const [row] = await app.db.raw<{ n: number }>(
          `SELECT COUNT(*)::int AS n FROM household WHERE ${conditions.map((c) => `(${c})`).join(' AND ')}`,
          params,
        );
        expect({ regionCode, filter, totalCount: data!.households.totalCount }).toEqual({ regionCode, filter, totalCount: row!.n });
      }
    }
  });

  it("counts reach and eligibility of the rollup's year from the rollup, the same as from the rows, and other years from the rows", async () => {
    const admin = await loginAs(app, 'admin');
    const query = `query ($filter: HouseholdFilter!) { households(filter: $filter, first: 1) { totalCount } }`;
    const [{ year }] = (await app.db.raw<{ year: number }>(
      `SELECT (value #>> '{}')::int AS year FROM setting WHERE key = 'rollups.fiscalYear'`,
    )) as [{ year: number }];
    // The registry's own answer, computed here from the rows: each household and the programs
    // that reached it in each year.
    const rows = await app.db.raw<{ id: number; kelurahan: string; lifecycle: string; status: string; desil: number | null }>(
      `SELECT id, kelurahan_code AS kelurahan, lifecycle::text, poverty_status::text AS status, desil FROM household`,
    );
    const programsIn = async (y: number) =>
      new Map(
        (
          await app.db.raw<{ household_id: number; programs: number }>(
            'SELECT household_id, COUNT(DISTINCT program_id)::int AS programs FROM benefit WHERE fiscal_year = $1 GROUP BY household_id',
            [y],
          )
        ).map((r) => [r.household_id, r.programs]),
      );
    const reached = new Map([
      [year, await programsIn(year)],
      [year - 1, await programsIn(year - 1)],
    ]);
    type Row = (typeof rows)[number];
    const eligible = (h: Row) => h.lifecycle === 'ACTIVE' && (h.status === 'EXTREME' || h.desil === 1);
    const truth = (regionCode: string, y: number, keep: (h: Row, programs: number) => boolean) =>
      rows.filter(
        (h) => (h.kelurahan === regionCode || h.kelurahan.startsWith(`${regionCode}.`)) && keep(h, reached.get(y)!.get(h.id) ?? 0),
      ).length;
    const cases: { filter: Record<string, unknown>; keep: (h: Row, programs: number) => boolean }[] = [
      { filter: { reach: 'NONE' }, keep: (_h, n) => n === 0 },
      { filter: { reach: 'ANY' }, keep: (_h, n) => n > 0 },
      { filter: { reach: 'THREE_PLUS' }, keep: (_h, n) => n >= 3 },
      { filter: { eligible: true }, keep: (h) => eligible(h) },
      // An unknown desil leaves "not eligible" undecided in SQL, so the list leaves such a row out.
      {
        filter: { eligible: false },
        keep: (h) => !eligible(h) && (h.desil !== null || h.lifecycle !== 'ACTIVE' || h.status === 'EXTREME'),
      },
      { filter: { eligibleUnreached: true }, keep: (h, n) => eligible(h) && n === 0 },
      { filter: { eligibleUnreached: true, povertyStatus: 'EXTREME' }, keep: (h, n) => eligible(h) && n === 0 && h.status === 'EXTREME' },
    ];
    let nonZero = 0;
    for (const regionCode of regions) {
      for (const { filter, keep } of cases) {
        for (const y of [year, year - 1]) {
          const { data, errors } = await app.gql<{ households: { totalCount: number } }>(
            query,
            { filter: { ...filter, year: y, regionCode } },
            admin,
          );
          expect(errors).toBeUndefined();
          const expected = truth(regionCode, y, keep);
          if (expected > 0) nonZero++;
          expect({ regionCode, filter, y, totalCount: data!.households.totalCount }).toEqual({
            regionCode,
            filter,
            y,
            totalCount: expected,
          });
        }
      }
    }
    // The cases count something: a test of zeros against zeros would prove nothing.
    expect(nonZero).toBeGreaterThan(20);
  }, 180_000);
});
