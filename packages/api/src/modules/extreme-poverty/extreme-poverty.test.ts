import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from '../../test/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});

const QUERY = `query ($code: RegionCode!) { extremePoverty(regionCode: $code) {
  households synthetic
  byPlace { regionCode name households suppressed }
  priorityGroups { group { name } atZero total areas { regionCode name current atZero series { year households synthetic sourceId } } } } }`;

describe('extreme poverty by place', () => {
  it('Palembang: 10,644 households spread over 18 kecamatan', async () => {
    const { data } = await app.gql<{ extremePoverty: { households: number; byPlace: { households: number }[] } }>(
      QUERY,
      { code: '16.71' },
      await loginAs(app, 'walikota'),
    );
    expect(data!.extremePoverty.households).toBe(10_644);
    expect(data!.extremePoverty.byPlace).toHaveLength(18);
    expect(data!.extremePoverty.byPlace.reduce((n, p) => n + p.households, 0)).toBe(10_644);
  });

  it('Bontang: the four priority kelurahan with their counts over time and a zero state; small counts hidden from the mayor', async () => {
    type Group = {
      atZero: number;
      total: number;
      areas: {
        regionCode: string;
        name: string;
        current: number | null;
        atZero: boolean;
        series: { year: number; households: number | null; synthetic: boolean }[];
      }[];
    };
    const ask = async (user: string) =>
      (await app.gql<{ extremePoverty: { priorityGroups: Group[] } }>(QUERY, { code: '64.74' }, await loginAs(app, user))).data!
        .extremePoverty.priorityGroups[0]!;
    const admin = await ask('admin');
    expect(admin).toMatchObject({ atZero: 2, total: 4 });
    expect(admin.areas.map((a) => [a.regionCode, a.name, a.current, a.atZero])).toEqual([
      ['64.74.01.1003', 'Lok Tuan', 2, false],
      ['64.74.01.1006', 'Api-api', 0, true],
      ['64.74.02.1001', 'Tanjung Laut', 1, false],
      ['64.74.02.1006', 'Tanjung Laut Indah', 0, true],
    ]);
    // 2024 is the real SuaraKaltim list; later years are synthetic.
    expect(admin.areas[0]!.series).toEqual([
      { year: 2024, households: 6, synthetic: false, sourceId: 'news-suarakaltim-20241218' },
      { year: 2025, households: 4, synthetic: true, sourceId: 'pantau-synthetic' },
      { year: 2026, households: 2, synthetic: true, sourceId: 'pantau-synthetic' },
    ]);
    // The mayor sees which places are at zero, but not a count of 1–4 now (docs/privacy.md).
    const mayor = await ask('walikota.bontang');
    expect(mayor).toMatchObject({ atZero: 2, total: 4 });
    expect(mayor.areas.map((a) => [a.name, a.current, a.atZero])).toEqual([
      ['Lok Tuan', null, false],
      ['Api-api', 0, true],
      ['Tanjung Laut', null, false],
      ['Tanjung Laut Indah', 0, true],
    ]);
    // Published past counts stay; the registry's count now goes with the current one.
    expect(mayor.areas[0]!.series.map((y) => y.households)).toEqual([6, 4, null]);
  });

  it('hides counts of 1–4 households from the mayor, not from the secretariat', async () => {
    const mayor = await app.gql<{ extremePoverty: { byPlace: { name: string; households: number | null; suppressed: boolean }[] } }>(
      QUERY,
      { code: '64.74.02' },
      await loginAs(app, 'walikota.bontang'),
    );
    const admin = await app.gql<{ extremePoverty: { byPlace: { name: string; households: number | null; suppressed: boolean }[] } }>(
      QUERY,
      { code: '64.74.02' },
      await loginAs(app, 'admin'),
    );
    const place = (r: typeof mayor, name: string) => r.data!.extremePoverty.byPlace.find((p) => p.name === name);
    expect(place(mayor, 'Berbas Pantai')).toMatchObject({ households: null, suppressed: true });
    expect(place(admin, 'Berbas Pantai')).toMatchObject({ households: 1, suppressed: false });
    // A named priority kelurahan is protected like any other: it is tracked to zero, not counted in public.
    expect(place(mayor, 'Tanjung Laut')).toMatchObject({ households: null, suppressed: true });
    // Zero singles out nobody and stays visible (unless the draw hid it beside a small one).
    expect([0, null]).toContain(place(mayor, 'Tanjung Laut Indah')!.households);
  });

  it('hides the same cells when reached through Region as through extremePoverty', async () => {
    for (const [user, kecamatan] of [
      ['walikota.bontang', '64.74.01'],
      ['walikota.bontang', '64.74.02'],
      ['klaster1.muba', '16.06.06'],
    ] as const) {
      const auth = await loginAs(app, user);
      const places = (
        await app.gql<{ extremePoverty: { byPlace: { regionCode: string; households: number | null }[] } }>(
          QUERY,
          { code: kecamatan },
          auth,
        )
      ).data!.extremePoverty.byPlace;
      for (const p of places) {
        const one = await app.gql<{ region: { extremePoorHouseholds: number | null } }>(
          `{ region(code: "${p.regionCode}") { extremePoorHouseholds } }`,
          undefined,
          auth,
        );
        expect(one.data!.region.extremePoorHouseholds, p.regionCode).toBe(p.households);
      }
    }
  });

  it('never leaves a lone hidden count that the kecamatan total minus the shown ones would give back', async () => {
    const head = await loginAs(app, 'klaster1.muba');
    type Places = {
      extremePoverty: { households: number | null; byPlace: { regionCode: string; households: number | null; suppressed: boolean }[] };
    };
    // Kecamatan 16.06.06 of Musi Banyuasin has one desa with 4 extreme-poor households: hidden, with at least one other.
    const { data } = await app.gql<Places>(QUERY, { code: '16.06.06' }, head);
    const hiddenCodes = data!.extremePoverty.byPlace.filter((p) => p.suppressed).map((p) => p.regionCode);
    expect(hiddenCodes).toContain('16.06.06.2003');
    expect(hiddenCodes.length).toBeGreaterThanOrEqual(2);

    // Over every kecamatan of Musi Banyuasin: none has exactly one hidden count under a shown total.
    const kecamatan = await app.db.raw<{ code: string }>(`SELECT code FROM region WHERE parent_code = '16.06' ORDER BY code`);
    for (const { code } of kecamatan) {
      const answer = (await app.gql<Places>(QUERY, { code }, head)).data!.extremePoverty;
      if (answer.households === null) continue;
      expect(answer.byPlace.filter((p) => p.suppressed).length, code).not.toBe(1);
    }
  });
});
