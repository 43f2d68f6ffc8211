// Targeting accuracy against the raw rows: the test counts households and benefits directly
// (the resolver may not), and every figure's list has exactly that many households.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FISCAL_YEAR } from '../../seed/demo.js';
import { createTestApp, loginAs, type TestApp } from '../../test/app.js';

let app: TestApp;
const auth: Record<string, { cookie: string }> = {};
beforeAll(async () => {
  app = await createTestApp();
  for (const user of ['admin', 'walikota', 'klaster1', 'dinsos', 'kelurahan']) auth[user] = await loginAs(app, user);
});

const YEAR = DEMO_FISCAL_YEAR;

const TARGETING = `query ($regionCode: RegionCode!, $year: Int!, $clusterId: Int, $programId: Int) {
  targeting(regionCode: $regionCode, year: $year, clusterId: $clusterId, programId: $programId) {
    regionCode regionName year hasData rollupYear suppressed sourceId synthetic vintage
    reached eligibleReached distinctReached inclusionErrorRate
    exclusion { eligible unreached exclusionErrorRate }
    overlap { households reached shareOfReached eligibleUnreached }
    byProgram { programId code name clusterNumber targetGroup reached eligible inclusionErrorRate overlapping }
    byChildRegion { regionCode name eligible unreached exclusionErrorRate overlapping suppressed }
  }
}`;

interface ProgramFigure {
  programId: number;
  code: string;
  clusterNumber: number;
  reached: number | null;
  eligible: number | null;
  inclusionErrorRate: number | null;
  overlapping: number | null;
}
interface ChildFigure {
  regionCode: string;
  eligible: number | null;
  unreached: number | null;
  exclusionErrorRate: number | null;
  overlapping: number | null;
  suppressed: boolean;
}
interface TargetingFigure {
  hasData: boolean;
  rollupYear: number;
  suppressed: boolean;
  synthetic: boolean;
  sourceId: string;
  vintage: string;
  reached: number | null;
  eligibleReached: number | null;
  distinctReached: number | null;
  inclusionErrorRate: number | null;
  exclusion: { eligible: number | null; unreached: number | null; exclusionErrorRate: number | null };
  overlap: { households: number | null; reached: number | null; shareOfReached: number | null; eligibleUnreached: number | null };
  byProgram: ProgramFigure[];
  byChildRegion: ChildFigure[];
}

async function targetingAs(user: string, variables: Record<string, unknown>) {
  return app.gql<{ targeting: TargetingFigure }>(TARGETING, { year: YEAR, ...variables }, auth[user]);
}

// ── the same figures, counted from household and benefit rows ──

const UNDER = `(h.kelurahan_code = $1 OR h.kelurahan_code LIKE $1 || '.%')`;
const IN_TARGET_GROUP = `COALESCE(CASE p.target_group
  WHEN 'EXTREME_POOR' THEN h.poverty_status = 'EXTREME'
  WHEN 'POOR' THEN h.poverty_status IN ('EXTREME', 'POOR')
  WHEN 'DESIL_1_2' THEN h.desil BETWEEN 1 AND 2
  WHEN 'DESIL_1_4' THEN h.desil BETWEEN 1 AND 4
  ELSE true END, false)`;

async function directProgramCounts(regionCode: string, clusterId: number | null = null) {
  return app.db.raw<{ programId: number; reached: number; eligible: number; overlapping: number }>(
    `WITH pairs AS (SELECT DISTINCT household_id, program_id FROM benefit WHERE fiscal_year = $2),
          breadth AS (SELECT household_id, COUNT(*) AS programs FROM pairs GROUP BY household_id)
     SELECT p.id AS "programId", COUNT(*)::int AS reached,
            (COUNT(*) FILTER (WHERE ${IN_TARGET_GROUP}))::int AS eligible,
            (COUNT(*) FILTER (WHERE br.programs >= 3))::int AS overlapping
     FROM pairs x JOIN program p ON p.id = x.program_id JOIN household h ON h.id = x.household_id
     JOIN breadth br ON br.household_id = x.household_id
     WHERE ${UNDER} AND ($3::int IS NULL OR p.cluster_id = $3)
     GROUP BY p.id ORDER BY p.id`,
    [regionCode, YEAR, clusterId],
  );
}

async function directHouseholdCounts(regionCode: string) {
  const [row] = await app.db.raw<{ eligible: number; unreached: number; overlapping: number; reachedActive: number; reachedAll: number }>(
    `WITH breadth AS (SELECT household_id, COUNT(DISTINCT program_id) AS programs FROM benefit WHERE fiscal_year = $2 GROUP BY household_id)
     SELECT (COUNT(*) FILTER (WHERE h.lifecycle = 'ACTIVE' AND (h.poverty_status = 'EXTREME' OR h.desil = 1)))::int AS eligible,
            (COUNT(*) FILTER (WHERE h.lifecycle = 'ACTIVE' AND (h.poverty_status = 'EXTREME' OR h.desil = 1) AND b.household_id IS NULL))::int AS unreached,
            (COUNT(*) FILTER (WHERE h.lifecycle = 'ACTIVE' AND b.programs >= 3))::int AS overlapping,
            (COUNT(*) FILTER (WHERE h.lifecycle = 'ACTIVE' AND b.household_id IS NOT NULL))::int AS "reachedActive",
            (COUNT(*) FILTER (WHERE b.household_id IS NOT NULL))::int AS "reachedAll"
     FROM household h LEFT JOIN breadth b ON b.household_id = h.id
     WHERE ${UNDER}`,
    [regionCode, YEAR],
  );
  return row!;
}

const sum = (rows: { reached: number; eligible: number }[], key: 'reached' | 'eligible') => rows.reduce((n, r) => n + r[key], 0);

describe('targeting: the figures agree with a direct count over households and benefits', () => {
  it('Kota Palembang, all programs of the year', async () => {
    const { data, errors } = await targetingAs('admin', { regionCode: '16.71' });
    expect(errors).toBeUndefined();
    const t = data!.targeting;
    const programs = await directProgramCounts('16.71');
    const households = await directHouseholdCounts('16.71');

    expect(t.hasData).toBe(true);
    expect(t.rollupYear).toBe(YEAR);
    expect(t.synthetic).toBe(true);
    expect(t.vintage).toContain(String(YEAR));
    expect(t.reached).toBe(sum(programs, 'reached'));
    expect(t.eligibleReached).toBe(sum(programs, 'eligible'));
    expect(t.distinctReached).toBe(households.reachedAll);
    expect(t.inclusionErrorRate).toBeCloseTo((sum(programs, 'reached') - sum(programs, 'eligible')) / sum(programs, 'reached'), 12);
    expect(t.exclusion).toEqual({
      eligible: households.eligible,
      unreached: households.unreached,
      exclusionErrorRate: households.unreached / households.eligible,
    });
    expect(t.overlap).toEqual({
      households: households.overlapping,
      reached: households.reachedActive,
      shareOfReached: households.overlapping / households.reachedActive,
      eligibleUnreached: households.unreached,
    });
    // The demo is built with realistic errors: none of these may be zero.
    expect(t.inclusionErrorRate).toBeGreaterThan(0.02);
    expect(t.exclusion.exclusionErrorRate).toBeGreaterThan(0.05);
    expect(t.overlap.households).toBeGreaterThan(0);

    expect(t.byProgram).toHaveLength(10);
    for (const p of t.byProgram) {
      const direct = programs.find((d) => d.programId === p.programId) ?? { reached: 0, eligible: 0, overlapping: 0 };
      expect({ code: p.code, reached: p.reached, eligible: p.eligible, overlapping: p.overlapping }).toEqual({
        code: p.code,
        reached: direct.reached,
        eligible: direct.eligible,
        overlapping: direct.overlapping,
      });
      expect(p.inclusionErrorRate).toBeCloseTo((direct.reached - direct.eligible) / direct.reached, 12);
    }
    expect(t.byProgram.map((p) => p.clusterNumber)).toEqual([...t.byProgram.map((p) => p.clusterNumber)].sort());

    expect(t.byChildRegion).toHaveLength(18);
    for (const child of t.byChildRegion) {
      const direct = await directHouseholdCounts(child.regionCode);
      expect(child).toMatchObject({
        eligible: direct.eligible,
        unreached: direct.unreached,
        overlapping: direct.overlapping,
        suppressed: false,
      });
    }
  });

  it('one cluster: per-program sums, no distinct count; one program: distinct', async () => {
    const [cluster] = await app.db.raw<{ id: number }>(`SELECT id FROM cluster WHERE region_code = '16.71' AND number = 1`);
    const programs = await directProgramCounts('16.71.06', cluster!.id);
    const byCluster = (await targetingAs('admin', { regionCode: '16.71.06', clusterId: cluster!.id })).data!.targeting;
    expect(byCluster.byProgram.every((p) => p.clusterNumber === 1)).toBe(true);
    expect(byCluster.reached).toBe(sum(programs, 'reached'));
    expect(byCluster.eligibleReached).toBe(sum(programs, 'eligible'));
    expect(byCluster.distinctReached).toBeNull();

    const one = programs[0]!;
    const byProgram = (await targetingAs('admin', { regionCode: '16.71.06', programId: one.programId })).data!.targeting;
    expect(byProgram.byProgram.map((p) => p.programId)).toEqual([one.programId]);
    expect([byProgram.reached, byProgram.eligibleReached, byProgram.distinctReached]).toEqual([one.reached, one.eligible, one.reached]);
    // Exclusion and overlap count every program of the year, whatever the filter.
    expect(byProgram.exclusion).toEqual(byCluster.exclusion);
  });

  it('reads rollups only: no query touches household or benefit', async () => {
    const sql: string[] = [];
    const models: string[] = [];
    const { raw, prisma } = app.db;
    app.db.raw = (text, params) => {
      sql.push(text);
      return raw(text, params);
    };
    app.db.prisma = prisma.$extends({
      query: {
        $allModels: {
          $allOperations({ model, args, query }) {
            models.push(model);
            return query(args);
          },
        },
      },
    }) as never;
    try {
      const { errors } = await targetingAs('walikota', { regionCode: '16.71', programId: null });
      expect(errors).toBeUndefined();
    } finally {
      app.db.raw = raw;
      app.db.prisma = prisma;
    }
    expect(sql.join('\n')).toMatch(/household_rollup/);
    expect(sql.join('\n')).toMatch(/program_reach_rollup/);
    // `\b` treats "_" as a word character: household_rollup does not match, household does.
    for (const text of sql) expect(text).not.toMatch(/\b(household|benefit|household_identity|household_member)\b/);
    expect(models.filter((m) => /^(Household|Benefit|HouseholdIdentity|HouseholdMember)$/.test(m))).toEqual([]);
  });

  it('a year the rollups do not hold: zeros and hasData false, not an error', async () => {
    const { data, errors } = await targetingAs('walikota', { regionCode: '16.71', year: YEAR - 1 });
    expect(errors).toBeUndefined();
    const t = data!.targeting;
    expect(t.hasData).toBe(false);
    expect(t.rollupYear).toBe(YEAR);
    expect([t.reached, t.eligibleReached, t.distinctReached, t.inclusionErrorRate]).toEqual([0, 0, 0, null]);
    expect(t.exclusion).toEqual({ eligible: 0, unreached: 0, exclusionErrorRate: null });
    expect(t.overlap).toEqual({ households: 0, reached: 0, shareOfReached: null, eligibleUnreached: 0 });
    // Last year's programs are listed, having reached nobody in the rollup.
    expect(t.byProgram.length).toBeGreaterThan(0);
    expect(t.byProgram.every((p) => p.reached === 0)).toBe(true);
    expect(t.byChildRegion.every((c) => c.eligible === 0 && !c.suppressed)).toBe(true);
  });
});

describe('targeting: the list behind each number', () => {
  const COUNT = `query ($f: HouseholdFilter!) { households(filter: $f) { totalCount } }`;
  const count = async (filter: Record<string, unknown>) => {
    const { data, errors } = await app.gql<{ households: { totalCount: number } }>(COUNT, { f: filter }, auth.admin);
    expect(errors).toBeUndefined();
    return data!.households.totalCount;
  };

  it('households(filter) totalCount equals each figure of Kecamatan Ilir Timur Dua', async () => {
    const regionCode = '16.71.06';
    const t = (await targetingAs('admin', { regionCode })).data!.targeting;
    expect(await count({ regionCode, eligible: true })).toBe(t.exclusion.eligible);
    expect(await count({ regionCode, year: YEAR, eligibleUnreached: true })).toBe(t.exclusion.unreached);
    expect(await count({ regionCode, year: YEAR, reach: 'ANY' })).toBe(t.distinctReached);
    expect(await count({ regionCode, year: YEAR, reach: 'THREE_PLUS', lifecycle: 'ACTIVE' })).toBe(t.overlap.households);
    expect(await count({ regionCode, year: YEAR, reach: 'ANY', lifecycle: 'ACTIVE' })).toBe(t.overlap.reached);
    // Without year the lists use the current fiscal year, which the rollups hold.
    expect(await count({ regionCode, eligibleUnreached: true })).toBe(t.exclusion.unreached);
    for (const p of t.byProgram) {
      expect(await count({ regionCode, programId: p.programId }), p.code).toBe(p.reached);
      expect(await count({ regionCode, eligibleForProgram: p.programId }), p.code).toBe(p.eligible);
      expect(await count({ regionCode, notEligibleForProgram: p.programId }), p.code).toBe(p.reached! - p.eligible!);
      expect(await count({ regionCode, programId: p.programId, reach: 'THREE_PLUS' }), p.code).toBe(p.overlapping);
    }
    for (const child of t.byChildRegion) {
      expect(await count({ regionCode: child.regionCode, eligibleUnreached: true })).toBe(child.unreached);
    }
  });
});

describe('targeting for roles without household access (src/disclosure)', () => {
  it('is given per kabupaten/kota: a kecamatan or kelurahan is refused with the reason, not counted', async () => {
    for (const user of ['walikota', 'klaster1', 'dinsos']) {
      const { errors } = await targetingAs(user, { regionCode: '16.71.06' });
      expect(errors?.[0]?.extensions, user).toMatchObject({ code: 'disclosure/targeting_region_too_small', field: 'regionCode' });
    }
    // The secretariat reads any level exactly.
    expect((await targetingAs('admin', { regionCode: '16.71.06' })).errors).toBeUndefined();
  });

  it('shows the kabupaten/kota exactly where no count is small, and the same program cells under every filter', async () => {
    const city = (await targetingAs('walikota', { regionCode: '16.71' })).data!.targeting;
    const exact = (await targetingAs('admin', { regionCode: '16.71' })).data!.targeting;
    expect(city.exclusion).toEqual(exact.exclusion);
    for (const row of city.byProgram) {
      const same = exact.byProgram.find((p) => p.programId === row.programId)!;
      if (row.reached !== null) expect(row.reached).toBe(same.reached);
      else expect(same.reached === 0 || same.reached! >= 0).toBe(true);
    }
    // A cluster head: their cluster only, with the same hidden program rows as the unfiltered view.
    const head = (await targetingAs('klaster1', { regionCode: '16.71' })).data!.targeting;
    expect(new Set(head.byProgram.map((p) => p.clusterNumber))).toEqual(new Set([1]));
  });

  it('follows the privacy.minCellSize setting; a kelurahan operator is protected outside their kelurahan', async () => {
    await app.db.raw(`UPDATE setting SET value = '1000000'::jsonb WHERE key = 'privacy.minCellSize'`);
    try {
      const city = (await targetingAs('kelurahan', { regionCode: '16.71' })).data!.targeting;
      // Every count is below a million: all hidden.
      expect(city.exclusion).toMatchObject({ eligible: null, unreached: null });
      expect(city.byChildRegion.every((c) => c.suppressed)).toBe(true);
      expect(city.byProgram.every((p) => p.reached === null)).toBe(true);
      const [operator] = await app.db.raw<{ code: string }>(`SELECT region_code AS code FROM app_user WHERE username = 'kelurahan'`);
      // Their own kelurahan they may read in full: exact.
      const own = (await targetingAs('kelurahan', { regionCode: operator!.code })).data!.targeting;
      expect(own.suppressed).toBe(false);
      expect(own.exclusion.eligible).toBeGreaterThan(0);
    } finally {
      await app.db.raw(`UPDATE setting SET value = '5'::jsonb WHERE key = 'privacy.minCellSize'`);
    }
  });
});

describe('targeting: access and bad input', () => {
  const errorOf = async (user: string, variables: Record<string, unknown>) => {
    const { data, errors } = await targetingAs(user, variables);
    expect(data).toBeNull();
    return errors?.[0];
  };

  it('refuses anonymous requests and regions outside the viewer’s area', async () => {
    const anonymous = await app.gql(TARGETING, { regionCode: '16.71', year: YEAR });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('auth/unauthenticated');
    expect(await errorOf('walikota', { regionCode: '64.74' })).toMatchObject({
      message: 'Region 64.74 is outside your area (16.71)',
      extensions: { code: 'auth/forbidden' },
    });
  });

  it('refuses unknown regions, years, clusters and programs with coded messages naming the argument', async () => {
    expect(await errorOf('admin', { regionCode: '99.99' })).toMatchObject({
      message: expect.stringContaining('Unknown region code "99.99"'),
      extensions: { code: 'region/not_found', field: 'regionCode' },
    });
    expect(await errorOf('admin', { regionCode: '16.71', year: 1999 })).toMatchObject({
      extensions: { code: 'input/invalid', field: 'year' },
    });
    expect(await errorOf('admin', { regionCode: '16.71', clusterId: 999_999 })).toMatchObject({
      message: 'No cluster with id 999999',
      extensions: { code: 'targeting/cluster_not_found', field: 'clusterId' },
    });
    expect(await errorOf('admin', { regionCode: '16.71', programId: 999_999 })).toMatchObject({
      extensions: { code: 'targeting/program_not_found', field: 'programId' },
    });
    const [other] = await app.db.raw<{ id: number }>(`SELECT id FROM program WHERE region_code = '64.74' AND fiscal_year = $1 LIMIT 1`, [
      YEAR,
    ]);
    expect(await errorOf('admin', { regionCode: '16.71', programId: other!.id })).toMatchObject({
      message: `Program ${other!.id} belongs to 64.74, not to 16.71`,
      extensions: { code: 'targeting/filter_mismatch', field: 'programId' },
    });
    const [lastYear] = await app.db.raw<{ id: number }>(`SELECT id FROM program WHERE region_code = '16.71' AND fiscal_year = $1 LIMIT 1`, [
      YEAR - 1,
    ]);
    expect(await errorOf('admin', { regionCode: '16.71', programId: lastYear!.id })).toMatchObject({
      message: `Program ${lastYear!.id} is of fiscal year ${YEAR - 1}, not ${YEAR}`,
      extensions: { code: 'targeting/filter_mismatch', field: 'programId' },
    });
  });
});
