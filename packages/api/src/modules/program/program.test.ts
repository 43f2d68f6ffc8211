// Programs and their outcomes through GraphQL on the seeded demo, checked against the source rows
// (benefit, household, progress_report) summed independently here.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from '../../test/app.js';
import { budgetMonth } from '../budget/budget.service.js';
import { programStatusCounts } from './program.service.js';

let app: TestApp;
let admin: { cookie: string };
beforeAll(async () => {
  app = await createTestApp();
  admin = await loginAs(app, 'admin');
});

const PROGRAMS = `query ($region: RegionCode!, $year: Int!, $clusterId: Int, $opdId: Int) {
  programs(regionCode: $region, year: $year, clusterId: $clusterId, opdId: $opdId) {
    id code name fiscalYear regionCode pagu outputUnit outputTarget beneficiaryTarget targetGroup synthetic sourceNote
    opd { shortName } cluster { number } partners { shortName }
  }
}`;

interface ProgramRow {
  id: number;
  code: string;
  fiscalYear: number;
  pagu: number;
  targetGroup: string;
  synthetic: boolean;
  sourceNote: string | null;
  opd: { shortName: string };
  cluster: { number: number };
  partners: { shortName: string }[];
}

describe('programs', () => {
  it('lists a kabupaten/kota’s programs of a year with OPD, cluster and partners', async () => {
    const { data, errors } = await app.gql<{ programs: ProgramRow[] }>(PROGRAMS, { region: '16.71', year: 2026 }, admin);
    expect(errors).toBeUndefined();
    const programs = data!.programs;
    expect(programs).toHaveLength(10);
    expect(programs.map((p) => p.cluster.number)).toEqual([...programs.map((p) => p.cluster.number)].sort());
    const rtlh = programs.find((p) => p.code === 'K4-RTLH-2026')!;
    expect(rtlh).toMatchObject({
      opd: { shortName: 'PERKIM' },
      cluster: { number: 4 },
      partners: [{ shortName: 'BAZNAS' }],
      targetGroup: 'EXTREME_POOR',
    });
    expect(programs.every((p) => p.fiscalYear === 2026 && p.synthetic && p.pagu > 0)).toBe(true);
    const muba = await app.gql<{ programs: ProgramRow[] }>(PROGRAMS, { region: '16.06', year: 2018 }, admin);
    expect(muba.data?.programs).toEqual([
      expect.objectContaining({ code: 'K1-2018-DINSOS', pagu: 350_000_000, synthetic: false, partners: [{ shortName: 'BAZNAS' }] }),
    ]);
    expect(muba.data?.programs[0]?.sourceNote).toMatch(/^article-004-muba/);
  });

  it('shows an OPD operator their own OPD’s programs only, and refuses another OPD’s', async () => {
    const dinsos = await loginAs(app, 'dinsos');
    const own = await app.gql<{ programs: ProgramRow[] }>(PROGRAMS, { region: '16.71', year: 2026 }, dinsos);
    expect(own.data?.programs.map((p) => p.code).sort()).toEqual(['K1-BLT-2026', 'K1-SEMBAKO-2026']);
    const dinkes = (await app.db.raw<{ id: number }>(`SELECT id FROM opd WHERE region_code = '16.71' AND short_name = 'DINKES'`))[0]!.id;
    const other = await app.gql(PROGRAMS, { region: '16.71', year: 2026, opdId: dinkes }, dinsos);
    expect(other.errors?.[0]?.extensions?.code).toBe('auth/forbidden');
    // A cluster head reads their own cluster's programs; another cluster's are refused (docs/privacy.md).
    const klaster1 = await loginAs(app, 'klaster1');
    const k3 = (await app.db.raw<{ id: number }>(`SELECT id FROM cluster WHERE region_code = '16.71' AND number = 3`))[0]!.id;
    const k3programs = await app.gql<{ programs: ProgramRow[] }>(PROGRAMS, { region: '16.71', year: 2026, clusterId: k3 }, klaster1);
    expect(k3programs.errors?.[0]?.extensions?.code).toBe('auth/forbidden');
    const own1 = await app.gql<{ programs: ProgramRow[] }>(PROGRAMS, { region: '16.71', year: 2026 }, klaster1);
    expect(new Set(own1.data?.programs.map((p) => p.code.slice(0, 2)))).toEqual(new Set(['K1']));
  });

  it('refuses anonymous requests and other regions', async () => {
    expect((await app.gql(PROGRAMS, { region: '16.71', year: 2026 })).errors?.[0]?.extensions?.code).toBe('auth/unauthenticated');
    const walikota = await loginAs(app, 'walikota');
    expect((await app.gql(PROGRAMS, { region: '16.06', year: 2018 }, walikota)).errors?.[0]?.extensions?.code).toBe('auth/forbidden');
  });
});

const OUTCOMES = `query ($region: RegionCode!, $year: Int!, $month: Int, $clusterId: Int) {
  programOutcomes(regionCode: $region, year: $year, month: $month, clusterId: $clusterId) {
    fiscalYear month onTrackMaxGap atRiskMaxGap
    statusCounts { onTrack atRisk offTrack month }
    programs {
      program { id code }
      source beneficiariesReached beneficiaryTarget reachRate outputCumulative outputTarget outputRate
      pagu plannedCumulative realisasi absorptionRate costPerHousehold householdsGraduated planGap status
    }
  }
}`;

interface Outcome {
  program: { id: number; code: string };
  source: string;
  beneficiariesReached: number;
  beneficiaryTarget: number;
  reachRate: number | null;
  outputCumulative: number;
  outputTarget: number;
  outputRate: number | null;
  pagu: number;
  plannedCumulative: number;
  realisasi: number;
  absorptionRate: number | null;
  costPerHousehold: number | null;
  householdsGraduated: number | null;
  planGap: number;
  status: string;
}
interface Outcomes {
  fiscalYear: number;
  month: number;
  onTrackMaxGap: number;
  atRiskMaxGap: number;
  statusCounts: { onTrack: number; atRisk: number; offTrack: number; month: number };
  programs: Outcome[];
}

async function outcomes(vars: Record<string, unknown>, auth = admin): Promise<Outcomes> {
  const { data, errors } = await app.gql<{ programOutcomes: Outcomes }>(OUTCOMES, vars, auth);
  expect(errors).toBeUndefined();
  return data!.programOutcomes;
}

const expectedStatus = (o: Pick<Outcome, 'planGap'>, on: number, risk: number) =>
  o.planGap <= on ? 'ON_TRACK' : o.planGap < risk ? 'AT_RISK' : 'OFF_TRACK';

describe('programOutcomes', () => {
  it('counts the households each 2026 program reached from its benefit records, with cost per household and graduation', async () => {
    const result = await outcomes({ region: '16.71', year: 2026 });
    // The month whose reports are due today: October on the demo's day, December a year later.
    const month = budgetMonth(2026, app.clock.today());
    expect(result).toMatchObject({ fiscalYear: 2026, month, onTrackMaxGap: 0, atRiskMaxGap: 0.25 });
    expect(result.programs).toHaveLength(10);
    const truth = await app.db.raw<{ program_id: number; reached: number; graduated: number }>(
      `SELECT b.program_id, COUNT(DISTINCT b.household_id)::int AS reached,
              COUNT(DISTINCT b.household_id) FILTER (WHERE h.lifecycle = 'GRADUATED')::int AS graduated
       FROM benefit b JOIN household h ON h.id = b.household_id JOIN program p ON p.id = b.program_id
       WHERE p.region_code = '16.71' AND b.fiscal_year = 2026 GROUP BY b.program_id`,
    );
    const planned = await app.db.raw<{ program_id: number; planned: string; output: number | null; realisasi: string | null }>(
      `SELECT p.id AS program_id, pl.planned_cumulative::text AS planned,
              (SELECT r.output_cumulative FROM progress_report r WHERE r.program_id = p.id AND r.status = 'APPROVED' AND r.month <= $1 ORDER BY r.month DESC LIMIT 1) AS output,
              (SELECT r.realisasi::text FROM progress_report r WHERE r.program_id = p.id AND r.status = 'APPROVED' AND r.month <= $1 ORDER BY r.month DESC LIMIT 1) AS realisasi
       FROM program p JOIN program_monthly_plan pl ON pl.program_id = p.id AND pl.month = $1
       WHERE p.region_code = '16.71' AND p.fiscal_year = 2026`,
      [month],
    );
    for (const o of result.programs) {
      const t = truth.find((x) => x.program_id === o.program.id)!;
      const p = planned.find((x) => x.program_id === o.program.id)!;
      expect(o.source).toBe('BENEFIT_RECORDS');
      expect(o.beneficiariesReached).toBe(t.reached);
      expect(o.householdsGraduated).toBe(t.graduated);
      expect(o.realisasi).toBe(Number(p.realisasi ?? 0));
      expect(o.outputCumulative).toBe(p.output ?? 0);
      expect(o.plannedCumulative).toBe(Number(p.planned));
      expect(o.costPerHousehold).toBe(Math.round(o.realisasi / o.beneficiariesReached));
      expect(o.reachRate).toBeCloseTo(o.beneficiariesReached / o.beneficiaryTarget, 12);
      expect(o.outputRate).toBeCloseTo(o.outputCumulative / o.outputTarget, 12);
      expect(o.planGap).toBeCloseTo((o.plannedCumulative - o.realisasi) / o.plannedCumulative, 12);
      expect(o.status).toBe(expectedStatus(o, 0, 0.25));
    }
    const counts = result.statusCounts;
    expect(counts.onTrack + counts.atRisk + counts.offTrack).toBe(10);
    expect(counts.onTrack).toBe(result.programs.filter((o) => o.status === 'ON_TRACK').length);
    expect(counts.offTrack).toBe(result.programs.filter((o) => o.status === 'OFF_TRACK').length);
    // The service the overview calls agrees with the list.
    expect(await programStatusCounts(app.db, '16.71', 2026, result.month)).toEqual(counts);
  });

  it('falls back to the approved reports for years without benefit records: Muba 2018, seven houses renovated', async () => {
    const result = await outcomes({ region: '16.06', year: 2018 });
    expect(result.month).toBe(12);
    expect(result.programs).toHaveLength(1);
    const [o] = result.programs;
    const [report] = await app.db.raw<{ beneficiaries_cumulative: number }>(
      `SELECT r.beneficiaries_cumulative FROM progress_report r JOIN program p ON p.id = r.program_id
       WHERE p.code = 'K1-2018-DINSOS' AND r.month = 12`,
    );
    expect(o).toMatchObject({
      program: { code: 'K1-2018-DINSOS' },
      source: 'APPROVED_REPORTS',
      beneficiariesReached: report!.beneficiaries_cumulative,
      outputCumulative: 7,
      outputTarget: 7,
      outputRate: 1,
      pagu: 350_000_000,
      plannedCumulative: 350_000_000,
      realisasi: 332_000_000,
      householdsGraduated: null,
      // Rp18 juta (5.1%) behind the plan at the year end: at risk by the default thresholds.
      status: 'AT_RISK',
    });
    expect(o!.planGap).toBeCloseTo(18 / 350, 12);
    expect(o!.costPerHousehold).toBe(Math.round(332_000_000 / report!.beneficiaries_cumulative));
    expect(result.statusCounts).toEqual({ onTrack: 0, atRisk: 1, offTrack: 0, month: 12 });
  });

  it('reads the thresholds from the settings', async () => {
    const before = await app.db.prisma.setting.findUniqueOrThrow({ where: { key: 'targets.statusThresholds' } });
    await app.db.prisma.setting.update({
      where: { key: 'targets.statusThresholds' },
      data: { value: { onTrackMaxGap: 0, atRiskMaxGap: 0.05 } },
    });
    try {
      const result = await outcomes({ region: '16.06', year: 2018 });
      expect(result.atRiskMaxGap).toBe(0.05);
      expect(result.programs[0]?.status).toBe('OFF_TRACK');
      expect(await programStatusCounts(app.db, '16.06', 2018, 12)).toEqual({ onTrack: 0, atRisk: 0, offTrack: 1, month: 12 });
    } finally {
      await app.db.prisma.setting.update({ where: { key: 'targets.statusThresholds' }, data: { value: before.value ?? {} } });
    }
  });

  it('narrows to a cluster and to a month', async () => {
    const k1 = (await app.db.raw<{ id: number }>(`SELECT id FROM cluster WHERE region_code = '16.71' AND number = 1`))[0]!.id;
    const result = await outcomes({ region: '16.71', year: 2026, month: 6, clusterId: k1 });
    expect(result.month).toBe(6);
    expect(result.programs.map((o) => o.program.code).sort()).toEqual([
      'K1-BEASISWA-2026',
      'K1-BLT-2026',
      'K1-PBI-2026',
      'K1-SEMBAKO-2026',
    ]);
    expect(await programStatusCounts(app.db, '16.71', 2026, 6, { clusterId: k1 })).toEqual(result.statusCounts);
  });

  it('shows an OPD operator their own OPD’s programs only', async () => {
    const dinsos = await loginAs(app, 'dinsos');
    const result = await outcomes({ region: '16.71', year: 2026 }, dinsos);
    expect(result.programs.map((o) => o.program.code).sort()).toEqual(['K1-BLT-2026', 'K1-SEMBAKO-2026']);
    const anonymous = await app.gql(OUTCOMES, { region: '16.71', year: 2026 });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('auth/unauthenticated');
    const month = await app.gql(OUTCOMES, { region: '16.71', year: 2026, month: 14 }, admin);
    expect(month.errors?.[0]?.extensions).toMatchObject({ code: 'input/invalid', field: 'month' });
  });
});
