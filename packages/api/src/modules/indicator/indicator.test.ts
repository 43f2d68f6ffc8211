// Indicators and their values, with provenance, through GraphQL on the seeded demo: what the
// Kemiskinan page reads (Padang Panjang's P0 series, its source, synthetic flags).
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from '../../test/app.js';

let app: TestApp;
let admin: { cookie: string };
beforeAll(async () => {
  app = await createTestApp();
  admin = await loginAs(app, 'admin');
});

interface Value {
  year: number;
  month: number;
  value: number;
  vintage: string;
  synthetic: boolean;
  indicator: { code: string; unit: string };
  source: { id: string; publisher: string; synthetic: boolean };
}

describe('indicators', () => {
  it('lists every indicator by code, with names in both languages and a unit', async () => {
    const { data } = await app.gql<{ indicators: { code: string; group: string; name: string; nameEn: string; unit: string }[] }>(
      '{ indicators { code group name nameEn unit } }',
      {},
      admin,
    );
    const codes = data!.indicators.map((i) => i.code);
    expect(codes).toEqual([...codes].sort());
    expect(data!.indicators.find((i) => i.code === 'P0')).toMatchObject({ group: 'POVERTY', unit: 'percent' });
    expect(data!.indicators.every((i) => i.name && i.nameEn && i.unit)).toBe(true);
  });

  it('gives a region’s series of one indicator, oldest first, from a year on, with where each value comes from', async () => {
    const { data } = await app.gql<{ region: { indicatorSeries: Value[] } }>(
      '{ region(code: "13.74") { indicatorSeries(code: "P0", fromYear: 2015) { year month value vintage synthetic indicator { code unit } source { id publisher synthetic } } } }',
      {},
      admin,
    );
    const series = data!.region.indicatorSeries;
    expect(series.length).toBeGreaterThan(5);
    expect(series.every((v) => v.year >= 2015 && v.indicator.code === 'P0')).toBe(true);
    const years = series.map((v) => v.year * 100 + v.month);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    // BPS values are real, not synthetic, and say who published them.
    const bps = series.find((v) => !v.synthetic)!;
    expect(bps.source.synthetic).toBe(false);
    expect(bps.source.publisher).toMatch(/BPS|Badan Pusat Statistik/);
  });

  it('is for signed-in users only', async () => {
    const { errors } = await app.gql('{ indicators { code } }');
    expect(errors?.[0]?.extensions?.code).toBe('auth/unauthenticated');
  });
});
