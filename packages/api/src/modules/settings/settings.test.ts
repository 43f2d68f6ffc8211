// Settings: how they are read (defaults, one query per request), and the two an ADMIN changes on
// Pengaturan — status thresholds and the current fiscal year — with the figures following at once.
import { beforeAll, describe, expect, it } from 'vitest';
import { NOT_ADMIN, type RoleSessions, roleSessions } from '../../test/admins.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { expectDomainError, expectForbidden, mutate, result, succeeds } from '../../test/writes.js';
import { currentFiscalYear, DEFAULT_THRESHOLDS, editableSettings, minCellSize, statusThresholds } from './settings.service.js';

let app: TestApp;
let as: RoleSessions;
beforeAll(async () => {
  app = await createTestApp();
  as = await roleSessions(app);
});

const SETTINGS =
  '{ statusThresholds { onTrackMaxGap atRiskMaxGap } statusThresholdsUpdatedAt eMonevThresholds { onTrackMaxGap atRiskMaxGap } currentFiscalYear fiscalYearUpdatedAt canEdit }';
const THRESHOLDS = `mutation ($on: Float!, $risk: Float!, $at: DateTime) { updateStatusThresholds(onTrackMaxGap: $on, atRiskMaxGap: $risk, updatedAt: $at) { ${result('updateStatusThresholds', SETTINGS)} } }`;
const YEAR = `mutation ($year: Int!, $at: DateTime) { setCurrentFiscalYear(year: $year, updatedAt: $at) { ${result('setCurrentFiscalYear', SETTINGS)} } }`;

interface Settings {
  statusThresholds: { onTrackMaxGap: number; atRiskMaxGap: number };
  statusThresholdsUpdatedAt: string | null;
  currentFiscalYear: number;
  fiscalYearUpdatedAt: string | null;
  canEdit: boolean;
}

const read = async (auth = as.admin) => (await app.gql<{ settings: Settings }>(`{ settings ${SETTINGS} }`, {}, auth)).data!.settings;

describe('reading settings', () => {
  it('reads the seeded values, and defaults where a key is missing', async () => {
    expect(await statusThresholds(app.db)).toEqual(DEFAULT_THRESHOLDS);
    expect(await minCellSize(app.db)).toBe(5);
    expect(await currentFiscalYear(app.db, new Date('2030-06-01'))).toBe(2026);
    const empty = await createTestApp({ seeded: false });
    expect(await currentFiscalYear(empty.db, new Date('2030-06-01'))).toBe(2030);
    expect(await editableSettings(empty.db, new Date('2030-06-01'))).toEqual({
      statusThresholds: DEFAULT_THRESHOLDS,
      statusThresholdsUpdatedAt: null,
      currentFiscalYear: 2030,
      fiscalYearUpdatedAt: null,
    });
  });

  it('shows ADMIN the thresholds, the e-Monev defaults and the fiscal year; never the privacy secret', async () => {
    const settings = await read();
    expect(settings).toMatchObject({
      statusThresholds: { onTrackMaxGap: 0, atRiskMaxGap: 0.25 },
      currentFiscalYear: 2026,
      canEdit: true,
    });
    expect((await read(as.adminMuba)).canEdit).toBe(false);
    for (const role of NOT_ADMIN) {
      const { errors } = await app.gql(`{ settings ${SETTINGS} }`, {}, as[role]);
      expect(errors?.[0]?.extensions?.code).toBe('auth/forbidden');
    }
    const { errors } = await app.gql('{ settings { secret } }', {}, as.admin);
    expect(errors?.[0]?.message).toMatch(/Cannot query field "secret"/);
  });
});

describe('updateStatusThresholds', () => {
  it('moves every status at once, audited, and refuses a save from an older form', async () => {
    const outcomes = `{ programOutcomes(regionCode: "16.71", year: 2026, month: 10) { atRiskMaxGap statusCounts { onTrack atRisk offTrack } } }`;
    const before = (
      await app.gql<{ programOutcomes: { atRiskMaxGap: number; statusCounts: Record<string, number> } }>(outcomes, {}, as.walikota)
    ).data!.programOutcomes;
    const opened = await read();
    const saved = await succeeds<Settings>(app, as.admin, THRESHOLDS, { on: 0.05, risk: 0.5, at: opened.statusThresholdsUpdatedAt });
    expect(saved.statusThresholds).toEqual({ onTrackMaxGap: 0.05, atRiskMaxGap: 0.5 });
    expect(saved.statusThresholdsUpdatedAt).not.toBe(opened.statusThresholdsUpdatedAt);
    const after = (
      await app.gql<{ programOutcomes: { atRiskMaxGap: number; statusCounts: Record<string, number> } }>(outcomes, {}, as.walikota)
    ).data!.programOutcomes;
    expect(after.atRiskMaxGap).toBe(0.5);
    expect(after.statusCounts.offTrack).toBeLessThanOrEqual(before.statusCounts.offTrack ?? 0);
    const audit = await app.db.prisma.auditLog.findFirstOrThrow({ where: { entity: 'setting', entityId: 'targets.statusThresholds' } });
    expect(audit.details).toMatchObject({ before: { atRiskMaxGap: 0.25 }, after: { onTrackMaxGap: 0.05, atRiskMaxGap: 0.5 } });

    const stale = await mutate(app, as.admin, THRESHOLDS, { on: 0, risk: 0.25, at: opened.statusThresholdsUpdatedAt });
    expectDomainError(stale, 'write/stale_version', 'version');
    expect(stale.changedBy).toBe('Sekretariat TKPKD (Bappeda) (admin)');
    // Back to the e-Monev defaults, from the current version.
    await succeeds(app, as.admin, THRESHOLDS, { on: 0, risk: 0.25, at: saved.statusThresholdsUpdatedAt });
  });

  it('refuses other roles, a regional ADMIN (settings apply to every region) and bad thresholds', async () => {
    const at = (await read()).statusThresholdsUpdatedAt;
    for (const role of NOT_ADMIN) expectForbidden(await mutate(app, as[role], THRESHOLDS, { on: 0, risk: 0.3, at }));
    expectForbidden(await mutate(app, as.adminMuba, THRESHOLDS, { on: 0, risk: 0.3, at }));
    expectDomainError(await mutate(app, as.admin, THRESHOLDS, { on: 0.2, risk: 0.1, at }), 'settings/thresholds_order', 'atRiskMaxGap');
    expectDomainError(await mutate(app, as.admin, THRESHOLDS, { on: 0.9, risk: 1, at }), 'write/out_of_range', 'onTrackMaxGap');
    expectDomainError(await mutate(app, as.admin, THRESHOLDS, { on: 0, risk: 3, at }), 'write/out_of_range', 'atRiskMaxGap');
    expect((await read()).statusThresholds).toEqual({ onTrackMaxGap: 0, atRiskMaxGap: 0.25 });
  });
});

describe('setCurrentFiscalYear', () => {
  it('opens the dashboards on the new year and recomputes the household rollups for it in the same write', async () => {
    const opened = await read();
    const saved = await succeeds<Settings>(app, as.admin, YEAR, { year: 2025, at: opened.fiscalYearUpdatedAt });
    expect(saved.currentFiscalYear).toBe(2025);
    const { data } = await app.gql<{ calendar: { fiscalYear: number } }>('{ calendar { fiscalYear } }', {}, as.walikota);
    expect(data!.calendar.fiscalYear).toBe(2025);
    const [recorded] = await app.db.raw<{ value: number }>(`SELECT value FROM setting WHERE key = 'rollups.fiscalYear'`);
    expect(recorded!.value).toBe(2025);
    // The reach rollup now holds the 2025 programs' reach.
    const [reach] = await app.db.raw<{ n: number }>(
      'SELECT COUNT(*)::int AS n FROM program_reach_rollup r JOIN program p ON p.id = r.program_id WHERE p.fiscal_year = 2025',
    );
    const [benefits] = await app.db.raw<{ n: number }>('SELECT COUNT(*)::int AS n FROM benefit WHERE fiscal_year = 2025');
    expect(reach!.n > 0).toBe(benefits!.n > 0);

    expectDomainError(await mutate(app, as.admin, YEAR, { year: 2024, at: opened.fiscalYearUpdatedAt }), 'write/stale_version', 'version');
    await succeeds(app, as.admin, YEAR, { year: 2026, at: saved.fiscalYearUpdatedAt });
  });

  it('refuses other roles, a regional ADMIN and a year out of range', async () => {
    const at = (await read()).fiscalYearUpdatedAt;
    for (const role of NOT_ADMIN) expectForbidden(await mutate(app, as[role], YEAR, { year: 2027, at }));
    expectForbidden(await mutate(app, as.adminMuba, YEAR, { year: 2027, at }));
    expectDomainError(await mutate(app, as.admin, YEAR, { year: 1999, at }), 'write/out_of_range', 'year');
    expect((await read()).currentFiscalYear).toBe(2026);
  });
});
