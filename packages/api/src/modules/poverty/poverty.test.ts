import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from '../../test/app.js';
import { DEFAULT_THRESHOLDS } from '../settings/settings.service.js';
import { fgt } from './fgt.js';
import { targetStatus } from './poverty.service.js';

// Hand-computed: z = 250; persons 10; poor: 2 at 100 (gap 0.6) and 1 at 200 (gap 0.2).
// P0 = 3/10 = 0.3; P1 = (2·0.6 + 1·0.2)/10 = 0.14; P2 = (2·0.36 + 1·0.04)/10 = 0.076.
const HAND_CASE = [
  { perCapitaExpenditure: 100, members: 2 },
  { perCapitaExpenditure: 200, members: 1 },
  { perCapitaExpenditure: 300, members: 3 },
  { perCapitaExpenditure: 500, members: 4 },
];

describe('FGT indices', () => {
  it('match a hand-computed case to 1e-9', () => {
    const r = fgt(HAND_CASE, 250);
    expect(Math.abs(r.p0 - 0.3)).toBeLessThan(1e-9);
    expect(Math.abs(r.p1 - 0.14)).toBeLessThan(1e-9);
    expect(Math.abs(r.p2 - 0.076)).toBeLessThan(1e-9);
    expect(r.poorPersons).toBe(3);
  });
  it('refuses a poverty line that is not positive', () => {
    expect(() => fgt(HAND_CASE, 0)).toThrow('povertyLine must be a positive number of rupiah, got 0');
  });
});

describe('target status', () => {
  it('is on track at or under the target, at risk within 25%, off track beyond', () => {
    expect(targetStatus(3.0, 3.2, DEFAULT_THRESHOLDS).status).toBe('ON_TRACK');
    expect(targetStatus(3.5, 3.2, DEFAULT_THRESHOLDS).status).toBe('AT_RISK');
    expect(targetStatus(4.2, 3.2, DEFAULT_THRESHOLDS).status).toBe('OFF_TRACK');
    expect(targetStatus(0, 0, DEFAULT_THRESHOLDS)).toEqual({ gap: null, status: 'ON_TRACK' });
    expect(targetStatus(2, 0, DEFAULT_THRESHOLDS).status).toBe('OFF_TRACK');
  });
});

describe('poverty queries on the demo data', () => {
  let app: TestApp;
  let admin: { cookie: string };
  beforeAll(async () => {
    app = await createTestApp();
    admin = await loginAs(app, 'admin');
  });

  it('FGT over a region computed in SQL matches the hand-computed case to 1e-9', async () => {
    await app.db.raw(
      `INSERT INTO region (code, name, level, parent_code, village_type) VALUES ('16.71.06.9999', 'Kelurahan Uji', 'KELURAHAN', '16.71.06', 'KELURAHAN')`,
    );
    for (const [i, h] of HAND_CASE.entries()) {
      await app.db.raw(
        `INSERT INTO household (household_number, kelurahan_code, desil, poverty_status, member_count, per_capita_expenditure, data_source, data_vintage)
         VALUES ($1, '16.71.06.9999', 1, 'POOR', $2, $3, 'LOCAL_SURVEY', '2026-01-01')`,
        [`KK-UJI-${i}`, h.members, h.perCapitaExpenditure],
      );
    }
    const { data, errors } = await app.gql<{ fgt: { p0: number; p1: number; p2: number; persons: number; households: number } }>(
      '{ fgt(regionCode: "16.71.06.9999", povertyLine: 250) { p0 p1 p2 persons households } }',
      undefined,
      admin,
    );
    expect(errors).toBeUndefined();
    expect(data!.fgt.households).toBe(4);
    expect(data!.fgt.persons).toBe(10);
    expect(Math.abs(data!.fgt.p0 - 0.3)).toBeLessThan(1e-9);
    expect(Math.abs(data!.fgt.p1 - 0.14)).toBeLessThan(1e-9);
    expect(Math.abs(data!.fgt.p2 - 0.076)).toBeLessThan(1e-9);
  });

  it('refuses a poverty line out of range, naming the argument', async () => {
    const { errors } = await app.gql('{ fgt(regionCode: "16.71", povertyLine: -5) { p0 } }', undefined, admin);
    expect(errors?.[0]?.message).toBe('povertyLine must be more than 0 and below Rp100.000.000 per capita per month, got -5');
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'input/invalid', field: 'povertyLine' });
  });

  it('Padang Panjang: P0 against −0.5 points a year, off track in 2025; Palembang at risk; Muba on track', async () => {
    const q = `query ($code: RegionCode!) { region(code: $code) { targets { shape indicator { code } progress { year target actual status } } } }`;
    const status = async (code: string, year: number) => {
      const { data } = await app.gql<{
        region: {
          targets: {
            shape: string;
            indicator: { code: string };
            progress: { year: number; target: number; actual: number | null; status: string | null }[];
          }[];
        };
      }>(q, { code }, admin);
      const p0 = data!.region.targets.find((t) => t.indicator.code === 'P0')!;
      return p0.progress.find((p) => p.year === year)!;
    };
    const pp = await status('13.74', 2025);
    expect(pp).toEqual({ year: 2025, target: 2.74, actual: 4.97, status: 'OFF_TRACK' });
    expect((await status('16.71', 2025)).status).toBe('AT_RISK');
    expect((await status('16.06', 2025)).status).toBe('ON_TRACK');
  });

  it('Bontang’s zero target counts the four kelurahan together, with the registry for the current year', async () => {
    const { data } = await app.gql<{
      region: { targets: { shape: string; progress: { year: number; target: number; actual: number | null; status: string | null }[] }[] };
    }>('{ region(code: "64.74") { targets { shape progress { year target actual status } } } }', undefined, admin);
    const zero = data!.region.targets.find((t) => t.shape === 'ZERO_BY_DATE')!;
    expect(zero.progress).toEqual([
      { year: 2024, target: 19, actual: 19, status: 'ON_TRACK' },
      { year: 2025, target: 9.5, actual: 9, status: 'ON_TRACK' },
      { year: 2026, target: 0, actual: 3, status: 'OFF_TRACK' },
    ]);
  });
});
