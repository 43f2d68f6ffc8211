import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from '../../test/app.js';

let app: TestApp;
let auth: { cookie: string };
beforeAll(async () => {
  app = await createTestApp();
  auth = await loginAs(app, 'admin');
});

describe('workforce and stunting', () => {
  it('Padang Panjang’s PSKS counts of 2020, with a rate per 1,000 poor households', async () => {
    const { data } = await app.gql<{
      psks: {
        year: number;
        poorHouseholds: number;
        byType: { figure: { indicatorCode: string; value: number; synthetic: boolean; sourceId: string }; per1000PoorHouseholds: number }[];
      };
    }>(
      '{ psks(regionCode: "13.74", year: 2020) { year poorHouseholds byType { figure { indicatorCode value synthetic sourceId } per1000PoorHouseholds } } }',
      undefined,
      auth,
    );
    const byCode = Object.fromEntries(data!.psks.byType.map((r) => [r.figure.indicatorCode, r]));
    expect(byCode.PSKS_PSM?.figure).toMatchObject({ value: 92, synthetic: false, sourceId: 'article-003-padang-panjang' });
    expect(byCode.PSKS_TAGANA?.figure.value).toBe(24);
    expect(byCode.PSKS_TKSK?.figure.value).toBe(2);
    expect(byCode.PSKS_KARANG_TARUNA?.figure.value).toBe(19);
    expect(byCode.PSKS_PENDAMPING_PKH?.figure.value).toBe(7);
    expect(byCode.PSKS_PSM?.per1000PoorHouseholds).toBeCloseTo((92 * 1000) / data!.psks.poorHouseholds, 9);
  });

  it('319 stunting cases in Palembang, 18 in Ilir Timur Dua, per kecamatan', async () => {
    const { data } = await app.gql<{
      stunting: {
        year: number;
        total: { cases: { value: number } };
        byPlace: { regionCode: string; regionName: string; cases: { value: number; synthetic: boolean } | null }[];
      };
    }>(
      '{ stunting(regionCode: "16.71") { year total { cases { value } } byPlace { regionCode regionName cases { value synthetic } } } }',
      undefined,
      auth,
    );
    expect(data!.stunting.total.cases.value).toBe(319);
    expect(data!.stunting.byPlace).toHaveLength(18);
    expect(data!.stunting.byPlace.find((p) => p.regionCode === '16.71.06')).toMatchObject({
      regionName: 'Ilir Timur Dua',
      cases: { value: 18, synthetic: false },
    });
    expect(data!.stunting.byPlace.reduce((n, p) => n + (p.cases?.value ?? 0), 0)).toBe(319);
  });

  it('an empty year says so instead of failing', async () => {
    const { data } = await app.gql<{ stunting: { year: number | null; byPlace: unknown[] } }>(
      '{ stunting(regionCode: "16.71", year: 1999) { year byPlace { regionCode } } }',
      undefined,
      auth,
    );
    expect(data!.stunting).toEqual({ year: 1999, byPlace: [] });
  });
});
