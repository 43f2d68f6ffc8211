// Budget figures through GraphQL on the seeded demo: the article's Muba figure, the S-curve against
// an independent sum over the approved reports, reporting completeness, and who may read what.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_REGENCIES } from '../../seed/reference.js';
import { createTestApp, loginAs, type TestApp } from '../../test/app.js';
import { budgetMonth } from './budget.service.js';

let app: TestApp;
let admin: { cookie: string };
beforeAll(async () => {
  app = await createTestApp();
  admin = await loginAs(app, 'admin');
});

interface Row {
  key: string;
  label: string;
  month: number;
  programCount: number;
  pagu: number;
  realisasi: number;
  plannedCumulative: number;
  absorptionRate: number | null;
  synthetic: boolean;
  opd: { shortName: string } | null;
  cluster: { number: number } | null;
  program: { code: string } | null;
}

const BUDGET = `query ($region: RegionCode!, $year: Int!, $month: Int, $groupBy: BudgetGrouping!) {
  budget(regionCode: $region, year: $year, month: $month, groupBy: $groupBy) {
    key label month programCount pagu realisasi plannedCumulative absorptionRate synthetic
    opd { shortName } cluster { number } program { code }
  }
}`;

async function budget(vars: { region: string; year: number; month?: number; groupBy: string }, auth = admin) {
  const { data, errors } = await app.gql<{ budget: Row[] }>(BUDGET, vars, auth);
  expect(errors).toBeUndefined();
  return data!.budget;
}

const sum = (rows: readonly Row[], key: 'pagu' | 'realisasi' | 'plannedCumulative') => rows.reduce((n, r) => n + r[key], 0);

describe('budget', () => {
  it('Musi Banyuasin 2018 klaster 1: pagu Rp350,000,000, realisasi Rp332,000,000, absorption 94.9%', async () => {
    const rows = await budget({ region: '16.06', year: 2018, groupBy: 'CLUSTER' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      key: `cluster:${rows[0]!.key.split(':')[1]}`,
      label: 'Klaster 1',
      cluster: { number: 1 },
      month: 12, // a closed year reads at its end
      programCount: 1,
      pagu: 350_000_000,
      realisasi: 332_000_000,
      plannedCumulative: 350_000_000,
      synthetic: false,
    });
    expect(rows[0]!.absorptionRate).toBeCloseTo(0.949, 3);
    // The same program grouped by OPD and by program.
    const [opd] = await budget({ region: '16.06', year: 2018, groupBy: 'OPD' });
    expect(opd).toMatchObject({ opd: { shortName: 'DINSOS' }, pagu: 350_000_000, realisasi: 332_000_000 });
    const [program] = await budget({ region: '16.06', year: 2018, groupBy: 'PROGRAM' });
    expect(program).toMatchObject({ program: { code: 'K1-2018-DINSOS' }, opd: { shortName: 'DINSOS' }, cluster: { number: 1 } });
  });

  it('reads the current year at the budget month, and the groupings add up to the same totals', async () => {
    // The month whose reports are due today: October on the demo's day, December a year later.
    const month = budgetMonth(2026, app.clock.today());
    const byCluster = await budget({ region: '16.71', year: 2026, groupBy: 'CLUSTER' });
    const byOpd = await budget({ region: '16.71', year: 2026, groupBy: 'OPD' });
    const byProgram = await budget({ region: '16.71', year: 2026, groupBy: 'PROGRAM' });
    expect(byCluster.map((r) => r.cluster?.number)).toEqual([1, 2, 3, 4]);
    for (const rows of [byCluster, byOpd, byProgram]) expect(new Set(rows.map((r) => r.month))).toEqual(new Set([month]));
    expect(byProgram).toHaveLength(10);
    for (const key of ['pagu', 'realisasi', 'plannedCumulative'] as const) {
      expect(sum(byOpd, key)).toBe(sum(byCluster, key));
      expect(sum(byProgram, key)).toBe(sum(byCluster, key));
    }
    // Against the source tables, summed independently.
    const [source] = await app.db.raw<{ pagu: string; realisasi: string }>(
      `SELECT SUM(p.pagu)::bigint::text AS pagu,
              SUM((SELECT r.realisasi FROM progress_report r WHERE r.program_id = p.id AND r.status = 'APPROVED' AND r.month <= $1
                   ORDER BY r.month DESC LIMIT 1))::bigint::text AS realisasi
       FROM program p WHERE p.region_code = '16.71' AND p.fiscal_year = 2026`,
      [month],
    );
    expect(sum(byCluster, 'pagu')).toBe(Number(source!.pagu));
    expect(sum(byCluster, 'realisasi')).toBe(Number(source!.realisasi));
    for (const row of byProgram) expect(row.absorptionRate).toBeCloseTo(row.realisasi / row.pagu, 12);
  });

  it('reads any month asked for, and a province sums its kabupaten/kota', async () => {
    const march = await budget({ region: '16.71', year: 2025, month: 3, groupBy: 'CLUSTER' });
    expect(new Set(march.map((r) => r.month))).toEqual(new Set([3]));
    const december = await budget({ region: '16.71', year: 2025, groupBy: 'CLUSTER' });
    expect(sum(march, 'realisasi')).toBeLessThan(sum(december, 'realisasi'));
    const province = await budget({ region: '16', year: 2025, groupBy: 'CLUSTER' });
    const muba = await budget({ region: '16.06', year: 2025, groupBy: 'CLUSTER' });
    expect(province).toHaveLength(8); // four clusters in each of Muba and Palembang
    expect(sum(province, 'realisasi')).toBe(sum(december, 'realisasi') + sum(muba, 'realisasi'));
  });
});

describe('budgetCurve', () => {
  const CURVE = `query ($region: RegionCode!, $year: Int!, $clusterId: Int, $opdId: Int) {
    budgetCurve(regionCode: $region, year: $year, clusterId: $clusterId, opdId: $opdId) {
      month pagu planned realised reported reportedPrograms programCount plannedRate realisedRate
    }
  }`;
  type Point = {
    month: number;
    pagu: number;
    planned: number;
    realised: number;
    reported: boolean;
    reportedPrograms: number;
    programCount: number;
    plannedRate: number;
    realisedRate: number;
  };

  it('gives 12 cumulative points that match the budget of each month and the approved reports', async () => {
    const { data, errors } = await app.gql<{ budgetCurve: Point[] }>(CURVE, { region: '16.71', year: 2026 }, admin);
    expect(errors).toBeUndefined();
    const curve = data!.budgetCurve;
    expect(curve.map((p) => p.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const expected = await app.db.raw<{ month: number; planned: string; realised: string; reported: number }>(
      `SELECT m.month, SUM(pl.planned_cumulative)::bigint::text AS planned,
              SUM(COALESCE((SELECT r.realisasi FROM progress_report r WHERE r.program_id = p.id AND r.status = 'APPROVED'
                            AND r.month <= m.month ORDER BY r.month DESC LIMIT 1), 0))::bigint::text AS realised,
              (COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM progress_report r WHERE r.program_id = p.id
                                              AND r.status = 'APPROVED' AND r.month = m.month)))::int AS reported
       FROM program p CROSS JOIN generate_series(1, 12) AS m(month)
       JOIN program_monthly_plan pl ON pl.program_id = p.id AND pl.month = m.month
       WHERE p.region_code = '16.71' AND p.fiscal_year = 2026
       GROUP BY m.month ORDER BY m.month`,
    );
    for (const point of curve) {
      const e = expected[point.month - 1]!;
      expect(point.planned).toBe(Number(e.planned));
      expect(point.realised).toBe(Number(e.realised));
      expect(point.reportedPrograms).toBe(e.reported);
      expect(point.programCount).toBe(10);
      expect(point.realisedRate).toBeCloseTo(point.realised / point.pagu, 12);
    }
    // Cumulative: never falls; the plan ends on the pagu.
    for (let i = 1; i < 12; i++) expect(curve[i]!.realised).toBeGreaterThanOrEqual(curve[i - 1]!.realised);
    expect(curve[11]!.planned).toBe(curve[11]!.pagu);
    // Reports run to October: November and December only carry October's figure forward.
    expect(curve.map((p) => p.reported)).toEqual([...Array(10).fill(true), false, false]);
    expect(curve[11]!.realised).toBe(curve[9]!.realised);
    // Each point equals the budget read at that month.
    for (const month of [4, 10]) {
      const rows = await budget({ region: '16.71', year: 2026, month, groupBy: 'OPD' });
      expect(sum(rows, 'realisasi')).toBe(curve[month - 1]!.realised);
      expect(sum(rows, 'plannedCumulative')).toBe(curve[month - 1]!.planned);
    }
  });

  it('narrows to one cluster or one OPD', async () => {
    const clusters = await budget({ region: '16.71', year: 2025, groupBy: 'CLUSTER' });
    const k4 = (await app.db.raw<{ id: number }>(`SELECT id FROM cluster WHERE region_code = '16.71' AND number = 4`))[0]!.id;
    const { data } = await app.gql<{ budgetCurve: Point[] }>(CURVE, { region: '16.71', year: 2025, clusterId: k4 }, admin);
    const row = clusters.find((c) => c.cluster?.number === 4)!;
    expect(data!.budgetCurve[11]).toMatchObject({ pagu: row.pagu, realised: row.realisasi, programCount: row.programCount });
    const opds = await budget({ region: '16.71', year: 2025, groupBy: 'OPD' });
    const dinsos = (await app.db.raw<{ id: number }>(`SELECT id FROM opd WHERE region_code = '16.71' AND short_name = 'DINSOS'`))[0]!.id;
    const { data: byOpd } = await app.gql<{ budgetCurve: Point[] }>(CURVE, { region: '16.71', year: 2025, opdId: dinsos }, admin);
    expect(byOpd!.budgetCurve[11]!.realised).toBe(opds.find((o) => o.opd?.shortName === 'DINSOS')!.realisasi);
  });
});

describe('reportingCompleteness', () => {
  const COMPLETENESS = `query ($region: RegionCode!, $year: Int!, $month: Int!) {
    reportingCompleteness(regionCode: $region, year: $year, month: $month) {
      opd { id shortName } programs approved submitted draftOrReturned missing complete missingPrograms { id code }
    }
  }`;
  type Completeness = {
    opd: { id: number; shortName: string };
    programs: number;
    approved: number;
    submitted: number;
    draftOrReturned: number;
    missing: number;
    complete: boolean;
    missingPrograms: { id: number; code: string }[];
  };

  it('finds the October 2026 reports that are missing, submitted or returned, per OPD, in every demo kabupaten/kota', async () => {
    let missingAnywhere = 0;
    for (const region of DEMO_REGENCIES) {
      const { data, errors } = await app.gql<{ reportingCompleteness: Completeness[] }>(
        COMPLETENESS,
        { region, year: 2026, month: 10 },
        admin,
      );
      expect(errors).toBeUndefined();
      const rows = data!.reportingCompleteness;
      const missing = await app.db.raw<{ id: number; opd_id: number }>(
        `SELECT p.id, p.opd_id FROM program p WHERE p.region_code = $1 AND p.fiscal_year = 2026
           AND NOT EXISTS (SELECT 1 FROM progress_report r WHERE r.program_id = p.id AND r.month = 10) ORDER BY p.id`,
        [region],
      );
      const [states] = await app.db.raw<{ programs: number; submitted: number; pending: number }>(
        `SELECT (SELECT COUNT(*)::int FROM program WHERE region_code = $1 AND fiscal_year = 2026) AS programs,
                (COUNT(*) FILTER (WHERE r.status = 'SUBMITTED'))::int AS submitted,
                (COUNT(*) FILTER (WHERE r.status IN ('DRAFT', 'RETURNED')))::int AS pending
         FROM progress_report r JOIN program p ON p.id = r.program_id
         WHERE p.region_code = $1 AND p.fiscal_year = 2026 AND r.month = 10`,
        [region],
      );
      missingAnywhere += missing.length;
      expect(
        rows.reduce((n, r) => n + r.missing, 0),
        region,
      ).toBe(missing.length);
      expect(
        rows.flatMap((r) => r.missingPrograms.map((p) => p.id)).sort((a, b) => a - b),
        region,
      ).toEqual(missing.map((m) => m.id));
      expect(
        rows.reduce((n, r) => n + r.submitted, 0),
        region,
      ).toBe(states!.submitted);
      expect(
        rows.reduce((n, r) => n + r.draftOrReturned, 0),
        region,
      ).toBe(states!.pending);
      expect(
        rows.reduce((n, r) => n + r.programs, 0),
        region,
      ).toBe(states!.programs);
      for (const r of rows) {
        expect(r.approved + r.submitted + r.draftOrReturned + r.missing).toBe(r.programs);
        expect(r.complete).toBe(r.approved === r.programs);
        expect(r.missingPrograms).toHaveLength(r.missing);
        for (const m of r.missingPrograms) expect(missing.find((x) => x.id === m.id)?.opd_id).toBe(r.opd.id);
      }
      // OPDs with the most programs not yet approved come first.
      const open = rows.map((r) => r.programs - r.approved);
      expect(open).toEqual([...open].sort((a, b) => b - a));
    }
    // The demo leaves some October reports missing on purpose; this test means something only if it did.
    expect(missingAnywhere).toBeGreaterThan(0);
    // September is complete everywhere.
    const { data: sept } = await app.gql<{ reportingCompleteness: Completeness[] }>(
      COMPLETENESS,
      { region: '16.71', year: 2026, month: 9 },
      admin,
    );
    expect(sept!.reportingCompleteness.every((r) => r.complete && r.missing === 0)).toBe(true);
  });
});

describe('access and bad arguments', () => {
  const TOTAL = 'query ($region: RegionCode!) { budget(regionCode: $region, year: 2026, groupBy: CLUSTER) { pagu } }';

  it('refuses anonymous requests', async () => {
    for (const query of [
      TOTAL,
      '{ budgetCurve(regionCode: "16.71", year: 2026) { month } }',
      '{ reportingCompleteness(regionCode: "16.71", year: 2026, month: 10) { missing } }',
    ]) {
      const { data, errors } = await app.gql(query, { region: '16.71' });
      expect(errors?.[0]?.extensions?.code).toBe('auth/unauthenticated');
      expect(data ?? null).toBeNull();
    }
  });

  it('lets every role read its own region’s aggregates, a cluster head and an OPD operator of their own programs, and nobody else’s', async () => {
    for (const [user, clusters] of [
      ['walikota', 4],
      ['klaster1', 1],
      ['dinsos', 1],
      ['kelurahan', 4],
    ] as const) {
      const auth = await loginAs(app, user);
      const own = await app.gql<{ budget: unknown[] }>(TOTAL, { region: '16.71' }, auth);
      expect(own.errors, user).toBeUndefined();
      expect(own.data?.budget, user).toHaveLength(clusters);
      const other = await app.gql(TOTAL, { region: '16.06' }, auth);
      expect(other.errors?.[0]?.extensions?.code, user).toBe('auth/forbidden');
      // A province's sum would show the neighbouring kabupaten's OPDs.
      const province = await app.gql(TOTAL, { region: '16' }, auth);
      expect(province.errors?.[0]?.extensions?.code, user).toBe('auth/forbidden');
    }
  });

  it('keeps Cluster.budget: Muba 2018 klaster 1 for its own cluster head (null for the other clusters), nothing for anonymous or other regions', async () => {
    const QUERY = '{ clusters(regionCode: "16.06") { number budget(year: 2018) { pagu realisasi absorptionRate } } }';
    const { data, errors } = await app.gql<{ clusters: { number: number; budget: { pagu: number; realisasi: number } }[] }>(
      QUERY,
      {},
      await loginAs(app, 'klaster1.muba'),
    );
    expect(errors).toBeUndefined();
    expect(data!.clusters.find((c) => c.number === 1)?.budget).toMatchObject({ pagu: 350_000_000, realisasi: 332_000_000 });
    expect(data!.clusters.filter((c) => c.number !== 1).map((c) => c.budget)).toEqual([null, null, null]);
    expect((await app.gql(QUERY)).errors?.[0]?.extensions?.code).toBe('auth/unauthenticated');
    expect((await app.gql(QUERY, {}, await loginAs(app, 'walikota'))).errors?.[0]?.extensions?.code).toBe('auth/forbidden');
  });

  it('names the bad argument', async () => {
    const kecamatan = await app.gql(TOTAL, { region: '16.71.06' }, admin);
    expect(kecamatan.errors?.[0]?.extensions).toMatchObject({ code: 'input/invalid', field: 'regionCode' });
    const month = await app.gql('{ budget(regionCode: "16.71", year: 2026, month: 13, groupBy: OPD) { pagu } }', {}, admin);
    expect(month.errors?.[0]?.extensions).toMatchObject({ code: 'input/invalid', field: 'month' });
    const zero = await app.gql('{ reportingCompleteness(regionCode: "16.71", year: 2026, month: 0) { missing } }', {}, admin);
    expect(zero.errors?.[0]?.extensions).toMatchObject({ code: 'input/invalid', field: 'month' });
  });

  it('answers from the rollups alone: the reads work with progress_report, benefit and household out of reach', async () => {
    // Hide the source tables for the length of these reads (PostgreSQL DDL is transactional, but
    // the reads run on other connections, so rename and rename back).
    await app.db.raw('ALTER TABLE progress_report RENAME TO progress_report_hidden');
    await app.db.raw('ALTER TABLE household RENAME TO household_hidden');
    await app.db.raw('ALTER TABLE benefit RENAME TO benefit_hidden');
    try {
      const rows = await budget({ region: '16.71', year: 2026, groupBy: 'PROGRAM' });
      expect(rows).toHaveLength(10);
      const curve = await app.gql<{ budgetCurve: unknown[] }>('{ budgetCurve(regionCode: "16.71", year: 2026) { realised } }', {}, admin);
      expect(curve.errors).toBeUndefined();
      const outcomes = await app.gql<{ programOutcomes: { programs: unknown[] } }>(
        '{ programOutcomes(regionCode: "16.71", year: 2026) { programs { beneficiariesReached costPerHousehold status } statusCounts { onTrack } } }',
        {},
        admin,
      );
      expect(outcomes.errors).toBeUndefined();
      expect(outcomes.data?.programOutcomes.programs).toHaveLength(10);
    } finally {
      await app.db.raw('ALTER TABLE progress_report_hidden RENAME TO progress_report');
      await app.db.raw('ALTER TABLE household_hidden RENAME TO household');
      await app.db.raw('ALTER TABLE benefit_hidden RENAME TO benefit');
    }
  });
});

describe('budget rows name what they group', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });

  it('answers opd, cluster and program on every grouping, null where the row is not one', async () => {
    const auth = await loginAs(app, 'admin');
    const q = `query ($g: BudgetGrouping!) { budget(regionCode: "16.06", year: 2018, groupBy: $g) { label opd { shortName } cluster { number } program { code } } }`;
    const byCluster = await app.gql<{ budget: { label: string; opd: unknown; cluster: { number: number } | null; program: unknown }[] }>(
      q,
      { g: 'CLUSTER' },
      auth,
    );
    expect(byCluster.errors).toBeUndefined();
    expect(byCluster.data!.budget[0]).toMatchObject({ opd: null, cluster: { number: 1 }, program: null });
    const byProgram = await app.gql<{ budget: { program: { code: string } | null }[] }>(q, { g: 'PROGRAM' }, auth);
    expect(byProgram.errors).toBeUndefined();
    expect(byProgram.data!.budget[0]!.program?.code).toBe('K1-2018-DINSOS');
  });
});

describe('the budget month: one rule for every page and the deck (issue 8)', () => {
  let pinned: TestApp;
  beforeAll(async () => {
    pinned = await createTestApp({ today: '2026-11-20' });
  });

  it('stands at the month whose reports are due, even after an early approval for the next month, and counts who reported', async () => {
    const [sembako] = await pinned.db.raw<{ id: number; realisasi: string }>(
      `SELECT p.id, (SELECT MAX(r.realisasi) FROM progress_report r WHERE r.program_id = p.id AND r.status = 'APPROVED')::text AS realisasi
       FROM program p WHERE p.region_code = '16.71' AND p.fiscal_year = 2026 AND p.code = 'K1-SEMBAKO-2026'`,
    );
    const dinsos = await loginAs(pinned, 'dinsos');
    const admin = await loginAs(pinned, 'admin');
    const saved = await pinned.gql<{ saveReportDraft: { data?: { id: number } } }>(
      `mutation ($input: SaveReportDraftInput!) { saveReportDraft(input: $input) { ... on MutationSaveReportDraftSuccess { data { id } } } }`,
      // Output and beneficiaries above October's approved figures: a fall needs a written reason.
      {
        input: {
          programId: sembako!.id,
          month: 11,
          realisasi: Number(sembako!.realisasi) + 1_000_000,
          outputCumulative: 100_000,
          beneficiariesCumulative: 100_000,
        },
      },
      dinsos,
    );
    const id = saved.data!.saveReportDraft.data!.id;
    await pinned.gql(`mutation ($id: Int!) { submitReport(id: $id) { __typename } }`, { id }, dinsos);
    const approved = await pinned.gql<{ approveReport: { __typename: string } }>(
      `mutation ($id: Int!) { approveReport(id: $id) { __typename } }`,
      { id },
      admin,
    );
    expect(approved.data!.approveReport.__typename).toMatch(/Success$/);

    const { data, errors } = await pinned.gql<{
      calendar: { dueReportMonth: number; budgetMonth: number };
      budget: { month: number; programCount: number; reportedPrograms: number }[];
      overview: { budget: { month: number; programCount: number; reportedPrograms: number } };
      programOutcomes: { month: number };
    }>(
      `{ calendar { dueReportMonth(year: 2026) budgetMonth(year: 2026) }
         budget(regionCode: "16.71", year: 2026, groupBy: CLUSTER) { month programCount reportedPrograms }
         overview(regionCode: "16.71", year: 2026) { budget { month programCount reportedPrograms } }
         programOutcomes(regionCode: "16.71", year: 2026) { month } }`,
      {},
      admin,
    );
    expect(errors).toBeUndefined();
    expect(data!.calendar).toEqual({ dueReportMonth: 10, budgetMonth: 10 });
    for (const row of data!.budget) expect(row.month).toBe(10);
    expect(data!.overview.budget.month).toBe(10);
    expect(data!.programOutcomes.month).toBe(10);
    // What is missing is counted, not filled in: the demo leaves some October reports unapproved.
    const programs = data!.budget.reduce((n, r) => n + r.programCount, 0);
    const reported = data!.budget.reduce((n, r) => n + r.reportedPrograms, 0);
    expect(data!.overview.budget).toMatchObject({ programCount: programs, reportedPrograms: reported });
    expect(reported).toBeLessThan(programs);
    const [approvedOctober] = await pinned.db.raw<{ n: number }>(
      `SELECT COUNT(*)::int AS n FROM progress_report r JOIN program p ON p.id = r.program_id
       WHERE p.region_code = '16.71' AND p.fiscal_year = 2026 AND r.month = 10 AND r.status = 'APPROVED'`,
    );
    expect(reported).toBe(approvedOctober!.n);
  });

  it('stands at December for a past year and at January before any report is due', async () => {
    const { data } = await pinned.gql<{ calendar: Record<string, number> }>(
      '{ calendar { past: budgetMonth(year: 2025) next: budgetMonth(year: 2027) } }',
    );
    expect(data!.calendar).toEqual({ past: 12, next: 1 });
  });
});
