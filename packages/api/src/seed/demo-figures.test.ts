// The articles' headline figures, read through GraphQL from the seeded database (DESIGN.md, Demo data).
import { beforeAll, describe, expect, it } from 'vitest';
import { refreshHouseholdRollup, runnerFromRaw } from '../modules/rollup/rollup.service.js';
import { createTestApp, loginAs, type TestApp } from '../test/app.js';
import { BONTANG_PRIORITY_KELURAHAN, DEMO_FISCAL_YEAR } from './demo.js';

let app: TestApp;
let gql: TestApp['gql'];
beforeAll(async () => {
  app = await createTestApp();
  const admin = await loginAs(app, 'admin');
  gql = (query, variables) => app.gql(query, variables, admin);
});

describe('demo data: the articles’ figures in their real places', () => {
  it('Kota Palembang has 10,644 active extreme-poor households, summed from its kelurahan', async () => {
    const { data, errors } = await gql<{
      region: { name: string; extremePoorHouseholds: number; children: { extremePoorHouseholds: number }[] };
    }>('{ region(code: "16.71") { name extremePoorHouseholds children { extremePoorHouseholds } } }');
    expect(errors).toBeUndefined();
    expect(data?.region.name).toBe('Kota Palembang');
    expect(data?.region.extremePoorHouseholds).toBe(10_644);
    expect(data?.region.children).toHaveLength(18);
    expect(data?.region.children.reduce((n, k) => n + k.extremePoorHouseholds, 0)).toBe(10_644);
  });

  it('319 stunting cases in Palembang, 18 of them in Kecamatan Ilir Timur Dua (the article’s "IT II")', async () => {
    const { data } = await gql<{
      city: { series: { value: number; synthetic: boolean; source: { id: string } }[] };
      itd: { name: string; series: { value: number; synthetic: boolean }[] };
      kec: { series: { value: number }[] }[];
    }>(
      `{ city: region(code: "16.71") { series: indicatorSeries(code: "STUNTING_CASES") { value synthetic source { id } } }
         itd: region(code: "16.71.06") { name series: indicatorSeries(code: "STUNTING_CASES") { value synthetic } }
         kec: regions(parentCode: "16.71") { series: indicatorSeries(code: "STUNTING_CASES") { value } } }`,
    );
    expect(data?.city.series).toEqual([{ value: 319, synthetic: false, source: { id: 'article-000-palembang' } }]);
    expect(data?.itd.name).toBe('Ilir Timur Dua');
    expect(data?.itd.series).toEqual([{ value: 18, synthetic: false }]);
    // The kecamatan figures add up to the city's.
    expect(data?.kec.reduce((n, k) => n + (k.series[0]?.value ?? 0), 0)).toBe(319);
  });

  it('Bontang’s four priority kelurahan, with their Kemendagri codes and a zero target', async () => {
    const { data } = await gql<{
      regionGroups: { kind: string; regions: { code: string; name: string }[] }[];
      region: { targets: { shape: string; regionGroup: { name: string } | null; path: { year: number; value: number }[] }[] };
    }>(
      `{ regionGroups(regionCode: "64.74") { kind regions { code name } }
         region(code: "64.74") { targets { shape regionGroup { name } path { year value } } } }`,
    );
    const group = data?.regionGroups.find((g) => g.kind === 'PRIORITY_INTERVENTION');
    expect(group?.regions.map((r) => r.code)).toEqual([...BONTANG_PRIORITY_KELURAHAN]);
    expect(group?.regions.map((r) => r.name)).toEqual(['Lok Tuan', 'Api-api', 'Tanjung Laut', 'Tanjung Laut Indah']);
    const zero = data?.region.targets.find((t) => t.shape === 'ZERO_BY_DATE');
    expect(zero?.regionGroup?.name).toBe('Lokasi intervensi prioritas kemiskinan ekstrem');
    expect(zero?.path.at(-1)?.value).toBe(0);
  });

  it('Padang Panjang: a 0.5-point-a-year poverty target and its PSKS counts of 2020', async () => {
    const { data } = await gql<{
      region: {
        targets: { shape: string; annualStep: number; baselineYear: number; path: { year: number; value: number }[] }[];
        psm: { year: number; value: number }[];
        tagana: { value: number }[];
        tksk: { value: number }[];
        kt: { value: number }[];
        pkh: { value: number }[];
      };
    }>(
      `{ region(code: "13.74") {
          targets { shape annualStep baselineYear path { year value } }
          psm: indicatorSeries(code: "PSKS_PSM") { year value }
          tagana: indicatorSeries(code: "PSKS_TAGANA") { value }
          tksk: indicatorSeries(code: "PSKS_TKSK") { value }
          kt: indicatorSeries(code: "PSKS_KARANG_TARUNA") { value }
          pkh: indicatorSeries(code: "PSKS_PENDAMPING_PKH") { value } } }`,
    );
    const p0 = data?.region.targets.find((t) => t.shape === 'ANNUAL_POINT_REDUCTION');
    expect(p0?.annualStep).toBe(0.5);
    const steps = p0!.path.slice(1).map((point, i) => point.value - p0!.path[i]!.value);
    for (const step of steps) expect(step).toBeCloseTo(-0.5, 9);
    expect(data?.region.targets.find((t) => t.shape === 'ANNUAL_COUNT_REDUCTION')?.annualStep).toBe(300);
    expect(data?.region.psm.find((v) => v.year === 2020)?.value).toBe(92);
    expect(data?.region.tagana[0]?.value).toBe(24);
    expect(data?.region.tksk[0]?.value).toBe(2);
    expect(data?.region.kt[0]?.value).toBe(19);
    expect(data?.region.pkh[0]?.value).toBe(7);
  });

  it('Musi Banyuasin 2018, klaster 1: pagu Rp350,000,000, realisasi Rp332,000,000 (94.9%)', async () => {
    const { data } = await gql<{ clusters: { number: number; budget: { pagu: number; realisasi: number; absorptionRate: number } }[] }>(
      '{ clusters(regionCode: "16.06") { number budget(year: 2018) { pagu realisasi absorptionRate } } }',
    );
    const k1 = data?.clusters.find((c) => c.number === 1);
    expect(k1?.budget.pagu).toBe(350_000_000);
    expect(k1?.budget.realisasi).toBe(332_000_000);
    expect(k1?.budget.absorptionRate).toBeCloseTo(0.949, 3);
  });

  it('reads the figures from the data, not from constants: a household graduating changes the count', async () => {
    const [household] = await app.db.raw<{ id: number }>(
      `SELECT id FROM household WHERE kelurahan_code LIKE '16.71.%' AND poverty_status = 'EXTREME' AND lifecycle = 'ACTIVE' LIMIT 1`,
    );
    await app.db.raw(`UPDATE household SET lifecycle = 'GRADUATED', graduated_year = 2026 WHERE id = $1`, [household!.id]);
    await refreshHouseholdRollup(runnerFromRaw(app.db.raw), DEMO_FISCAL_YEAR, '16.71');
    const { data } = await gql<{ region: { extremePoorHouseholds: number } }>('{ region(code: "16.71") { extremePoorHouseholds } }');
    expect(data?.region.extremePoorHouseholds).toBe(10_643);
  });

  it('marks synthetic figures as synthetic and real ones with their source', async () => {
    const [row] = await app.db.raw<{ real: number; synthetic: number }>(
      `SELECT COUNT(*) FILTER (WHERE NOT synthetic)::int AS real, COUNT(*) FILTER (WHERE synthetic)::int AS synthetic FROM indicator_value`,
    );
    expect(row!.real).toBeGreaterThan(600); // the BPS series and the articles
    expect(row!.synthetic).toBeGreaterThan(0);
    const [bad] = await app.db.raw<{ n: number }>(
      `SELECT COUNT(*)::int AS n FROM indicator_value v JOIN data_source s ON s.id = v.source_id WHERE v.synthetic <> s.synthetic`,
    );
    expect(bad!.n).toBe(0);
  });
});
