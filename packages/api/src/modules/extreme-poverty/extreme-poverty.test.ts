import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from '../../test/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});

const QUERY = `query ($code: String!) { extremePoverty(regionCode: $code) {
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

  it('Bontang: the four priority kelurahan with their counts over time and a zero state', async () => {
    const { data } = await app.gql<{
      extremePoverty: {
        priorityGroups: {
          atZero: number;
          total: number;
          areas: {
            regionCode: string;
            name: string;
            current: number;
            atZero: boolean;
            series: { year: number; households: number; synthetic: boolean }[];
          }[];
        }[];
      };
    }>(QUERY, { code: '64.74' }, await loginAs(app, 'walikota.bontang'));
    const [group] = data!.extremePoverty.priorityGroups;
    expect(group).toMatchObject({ atZero: 2, total: 4 });
    expect(group!.areas.map((a) => [a.regionCode, a.name, a.current, a.atZero])).toEqual([
      ['64.74.01.1003', 'Lok Tuan', 2, false],
      ['64.74.01.1006', 'Api-api', 0, true],
      ['64.74.02.1001', 'Tanjung Laut', 1, false],
      ['64.74.02.1006', 'Tanjung Laut Indah', 0, true],
    ]);
    // 2024 is the real SuaraKaltim list; later years are synthetic.
    expect(group!.areas[0]!.series).toEqual([
      { year: 2024, households: 6, synthetic: false, sourceId: 'news-suarakaltim-20241218' },
      { year: 2025, households: 4, synthetic: true, sourceId: 'pantau-synthetic' },
      { year: 2026, households: 2, synthetic: true, sourceId: 'pantau-synthetic' },
    ]);
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
    const pantai = (r: typeof mayor) => r.data!.extremePoverty.byPlace.find((p) => p.name === 'Berbas Pantai');
    expect(pantai(mayor)).toMatchObject({ households: null, suppressed: true });
    expect(pantai(admin)).toMatchObject({ households: 1, suppressed: false });
    // A named priority kelurahan stays visible, as it does through Region.
    expect(mayor.data!.extremePoverty.byPlace.find((p) => p.name === 'Tanjung Laut')).toMatchObject({ households: 1, suppressed: false });
    // Zero singles out nobody and stays visible.
    expect(mayor.data!.extremePoverty.byPlace.find((p) => p.name === 'Tanjung Laut Indah')).toMatchObject({
      households: 0,
      suppressed: false,
    });
  });

  it('suppresses the same small counts when reached through Region, except named priority places', async () => {
    const q =
      '{ a: region(code: "64.74.02.1003") { name extremePoorHouseholds } b: region(code: "64.74.01.1003") { name extremePoorHouseholds } c: region(code: "64.74.02.1002") { extremePoorHouseholds } }';
    const mayor = await app.gql<{
      a: { extremePoorHouseholds: number | null };
      b: { extremePoorHouseholds: number | null };
      c: { extremePoorHouseholds: number | null };
    }>(q, undefined, await loginAs(app, 'walikota.bontang'));
    expect(mayor.data!.a.extremePoorHouseholds).toBeNull(); // Berbas Pantai: 1 household
    expect(mayor.data!.b.extremePoorHouseholds).toBe(2); // Lok Tuan: a named priority kelurahan
    // Berbas Tengah (5) is hidden with it: Berbas Pantai is the only small count of Bontang Selatan
    // (Tanjung Laut is published), and the kecamatan total minus the rest would give it back.
    expect(mayor.data!.c.extremePoorHouseholds).toBeNull();
    const admin = await app.gql<{ a: { extremePoorHouseholds: number | null }; c: { extremePoorHouseholds: number | null } }>(
      q,
      undefined,
      await loginAs(app, 'admin'),
    );
    expect(admin.data!.a.extremePoorHouseholds).toBe(1);
    expect(admin.data!.c.extremePoorHouseholds).toBe(5);
  });

  it('never leaves a lone hidden count that the kecamatan total minus the shown ones would give back', async () => {
    const head = await loginAs(app, 'klaster1.muba');
    type Places = {
      extremePoverty: { households: number; byPlace: { regionCode: string; households: number | null; suppressed: boolean }[] };
    };
    // Kecamatan 16.06.06 of Musi Banyuasin: one desa with 4 extreme-poor households, two with 5.
    const { data } = await app.gql<Places>(QUERY, { code: '16.06.06' }, head);
    const hiddenCodes = data!.extremePoverty.byPlace.filter((p) => p.suppressed).map((p) => p.regionCode);
    expect(hiddenCodes).toEqual(['16.06.06.2003', '16.06.06.2004']);
    // The same cells are hidden when each is asked for through Region.
    const one = (code: string) =>
      app.gql<{ region: { extremePoorHouseholds: number | null } }>(
        `{ region(code: "${code}") { extremePoorHouseholds } }`,
        undefined,
        head,
      );
    expect((await one('16.06.06.2004')).data!.region.extremePoorHouseholds).toBeNull();
    expect((await one('16.06.06.2042')).data!.region.extremePoorHouseholds).toBe(5);

    // Over every kecamatan of Musi Banyuasin: no kecamatan has exactly one hidden count.
    const kecamatan = await app.db.raw<{ code: string }>(`SELECT code FROM region WHERE parent_code = '16.06' ORDER BY code`);
    for (const { code } of kecamatan) {
      const places = (await app.gql<Places>(QUERY, { code }, head)).data!.extremePoverty.byPlace;
      expect(places.filter((p) => p.suppressed).length, code).not.toBe(1);
    }
  });
});
