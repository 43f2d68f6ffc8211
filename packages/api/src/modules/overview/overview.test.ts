import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from '../../test/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});

const OVERVIEW = `query ($code: RegionCode!, $year: Int, $asOf: Date) {
  overview(regionCode: $code, year: $year, asOf: $asOf) {
    regionCode year
    povertyRate { year value previousValue target status sourceId synthetic }
    extremePoor { households priorityAtZero priorityTotal synthetic }
    budget { month pagu realisasi absorptionRate plannedRate status }
    programs { onTrack atRisk offTrack }
    late { overdueFollowUps latePriorities opdsNotReported reportMonth }
  } }`;

describe('overview', () => {
  it('gives the mayor of Palembang the headline figures with provenance', async () => {
    const auth = await loginAs(app, 'walikota');
    const { data, errors } = await app.gql<{ overview: Record<string, Record<string, unknown>> }>(
      OVERVIEW,
      { code: '16.71', year: 2026, asOf: '2026-11-23' },
      auth,
    );
    expect(errors).toBeUndefined();
    const o = data!.overview;
    expect(o.povertyRate).toMatchObject({
      year: 2025,
      value: 9.04,
      previousValue: 9.77,
      status: 'AT_RISK',
      sourceId: 'bps-p0-kabkota',
      synthetic: false,
    });
    expect(o.extremePoor).toMatchObject({ households: 10_644, priorityTotal: 0, synthetic: true });
    expect(o.budget).toMatchObject({ month: 10 });
    expect(o.budget!.absorptionRate as number).toBeGreaterThan(0.3);
    expect(o.budget!.absorptionRate as number).toBeLessThan(1);
    expect(o.late!.reportMonth).toBe(10);
    const programs = o.programs as { onTrack: number; atRisk: number; offTrack: number };
    expect(programs.onTrack + programs.atRisk + programs.offTrack).toBe(10); // Palembang's ten 2026 programs
    expect(o.late!.opdsNotReported as number).toBeGreaterThanOrEqual(0);
  });

  it('shows Bontang’s priority kelurahan at zero and Muba’s 2018 absorption', async () => {
    const admin = await loginAs(app, 'admin');
    const bontang = await app.gql<{ overview: { extremePoor: { priorityAtZero: number; priorityTotal: number } } }>(
      OVERVIEW,
      { code: '64.74', year: 2026, asOf: '2026-11-23' },
      admin,
    );
    expect(bontang.data!.overview.extremePoor).toMatchObject({ priorityAtZero: 2, priorityTotal: 4 });
    const muba = await app.gql<{ overview: { budget: { month: number; pagu: number; realisasi: number } } }>(
      OVERVIEW,
      { code: '16.06', year: 2018 },
      admin,
    );
    expect(muba.data!.overview.budget).toMatchObject({ month: 12, pagu: 350_000_000, realisasi: 332_000_000 });
  });

  it('counts late priorities and overdue follow-ups as of a date', async () => {
    const admin = await loginAs(app, 'admin');
    const early = await app.gql<{ overview: { late: { latePriorities: number; overdueFollowUps: number } } }>(
      OVERVIEW,
      { code: '16.71', year: 2026, asOf: '2026-09-01' },
      admin,
    );
    expect(early.data!.overview.late).toMatchObject({ latePriorities: 0, overdueFollowUps: 0 });
    const late = await app.gql<{ overview: { late: { latePriorities: number } } }>(
      OVERVIEW,
      { code: '16.71', year: 2026, asOf: '2027-01-01' },
      admin,
    );
    const [open] = await app.db.raw<{ n: number }>(
      `SELECT COUNT(*)::int AS n FROM priority WHERE region_code = '16.71' AND status IN ('NOT_STARTED', 'IN_PROGRESS')`,
    );
    expect(late.data!.overview.late.latePriorities).toBe(open!.n);
  });

  it('refuses another region to a mayor and a malformed date', async () => {
    const auth = await loginAs(app, 'walikota');
    expect((await app.gql(OVERVIEW, { code: '64.74' }, auth)).errors?.[0]?.extensions?.code).toBe('auth/forbidden');
    const bad = await app.gql(OVERVIEW, { code: '16.71', asOf: '23/11/2026' }, auth);
    expect(bad.errors?.[0]?.message).toContain('Date must be a real day YYYY-MM-DD between 2000 and 2100, got "23/11/2026"');
  });
});
