// Provenance of registry counts and the kelurahan operator's own page (issue 8): Palembang's
// 10,644 is an official count over generated rows, and says both; a kecamatan's share of it is
// synthetic; a verification that moves the count takes the "official" away. The operator's home
// region and recent verifications, and who is refused them. Sources by name, not by id.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from '../../test/app.js';
import { type Auth, result, succeeds } from '../../test/writes.js';
import { citedSourceId } from '../source/source.service.js';

let app: TestApp;
const as: Record<string, Auth> = {};
let kelurahan: string;

beforeAll(async () => {
  app = await createTestApp({ today: '2026-11-20' });
  for (const user of ['admin', 'walikota', 'kelurahan', 'walikota.bontang', 'klaster1.muba']) as[user] = await loginAs(app, user);
  const [row] = await app.db.raw<{ region_code: string }>(`SELECT region_code FROM app_user WHERE username = 'kelurahan'`);
  kelurahan = row!.region_code;
});

interface Provenance {
  kind: string;
  rowsSynthetic: boolean;
  vintage: string;
  official: { value: number; year: number; source: { id: string; publisher: string; title: string } } | null;
}
const PROVENANCE = `query ($code: RegionCode!) { region(code: $code) {
  extremePoorHouseholds
  extremePoorProvenance { kind rowsSynthetic vintage official { value year source { id publisher title } } }
} }`;
const provenance = async (code: string, auth: Auth) =>
  (await app.gql<{ region: { extremePoorHouseholds: number | null; extremePoorProvenance: Provenance } }>(PROVENANCE, { code }, auth)).data!
    .region;

describe('provenance of extreme-poor counts', () => {
  it("Palembang's 10,644: the count is official (the Sekda quoting Dinas Sosial), the rows are generated", async () => {
    const r = await provenance('16.71', as.walikota!);
    expect(r.extremePoorHouseholds).toBe(10_644);
    expect(r.extremePoorProvenance).toMatchObject({
      kind: 'OFFICIAL_COUNT_GENERATED_ROWS',
      rowsSynthetic: true,
      official: { value: 10_644, source: { id: 'article-000-palembang', publisher: 'Pemberitaan Pemkot Palembang' } },
    });
  });

  it('a kecamatan of Palembang and Bontang now are synthetic: no published count says the same', async () => {
    expect((await provenance('16.71.06', as.walikota!)).extremePoorProvenance).toMatchObject({ kind: 'SYNTHETIC', official: null });
    const bontang = (await provenance('64.74', as['walikota.bontang']!)).extremePoorProvenance;
    expect(bontang.kind).toBe('SYNTHETIC');
  });
});

describe("the kelurahan operator's own figures", () => {
  it('names its home region, a kelurahan of Ilir Timur Dua', async () => {
    const { data } = await app.gql<{ me: { homeRegion: { code: string; level: string; parent: { name: string } } } }>(
      '{ me { homeRegion { code name level parent { name } } } }',
      {},
      as.kelurahan,
    );
    expect(data!.me.homeRegion).toMatchObject({ code: kelurahan, level: 'KELURAHAN', parent: { name: 'Ilir Timur Dua' } });
    const mayor = await app.gql<{ me: { homeRegion: { level: string } | null } }>('{ me { homeRegion { level } } }', {}, as.walikota);
    expect(mayor.data!.me.homeRegion?.level).toBe('KABUPATEN_KOTA');
  });

  const RECENT = `query ($code: RegionCode!, $first: Int) {
    recentVerifications(regionCode: $code, first: $first) { id verifiedAt outcome household { id householdNumber kelurahan { code } } }
  }`;
  type Recent = { id: number; verifiedAt: string; outcome: string; household: { householdNumber: string; kelurahan: { code: string } } };

  it("lists its kelurahan's verifications newest first; others are refused", async () => {
    const { data, errors } = await app.gql<{ recentVerifications: Recent[] }>(RECENT, { code: kelurahan, first: 5 }, as.kelurahan);
    expect(errors).toBeUndefined();
    const list = data!.recentVerifications;
    expect(list.length).toBeLessThanOrEqual(5);
    for (const v of list) expect(v.household.kelurahan.code).toBe(kelurahan);
    const times = list.map((v) => Date.parse(v.verifiedAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const refusals = [
      [as.walikota, kelurahan], // aggregates only
      [as.kelurahan, '16.71'], // above its kelurahan
      [as.kelurahan, '16.71.06.1002'], // another kelurahan
      [undefined, kelurahan],
    ] as const;
    for (const [auth, code] of refusals) {
      const res = await app.gql(RECENT, { code }, auth);
      expect(res.data?.recentVerifications ?? null, code).toBeNull();
      expect(res.errors?.[0]?.extensions?.code, code).toMatch(/^auth\//);
    }
    const bad = await app.gql(RECENT, { code: kelurahan, first: 500 }, as.kelurahan);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'input/invalid', field: 'first' });
  });

  it('a verification shows up first, and moving a Palembang household takes "official" off the city count', async () => {
    const [row] = await app.db.raw<{ id: number }>(
      `SELECT id FROM household WHERE kelurahan_code = $1 AND lifecycle = 'ACTIVE' AND poverty_status = 'EXTREME' ORDER BY id LIMIT 1`,
      [kelurahan],
    );
    const { data } = await app.gql<{ household: Record<string, unknown> }>(
      'query ($id: Int!) { household(id: $id) { id version povertyStatus lacksIncome inadequateHousing foodInsecure noBasicServices } }',
      { id: row!.id },
      as.kelurahan,
    );
    const h = data!.household;
    await succeeds(
      app,
      as.kelurahan,
      `mutation ($input: VerifyHouseholdInput!) { verifyHousehold(input: $input) { ${result('verifyHousehold', '{ id }')} } }`,
      {
        input: {
          householdId: h.id,
          version: h.version,
          outcome: 'MOVED',
          povertyStatus: h.povertyStatus,
          lacksIncome: h.lacksIncome,
          inadequateHousing: h.inadequateHousing,
          foodInsecure: h.foodInsecure,
          noBasicServices: h.noBasicServices,
        },
      },
    );
    const recent = await app.gql<{ recentVerifications: Recent[] }>(RECENT, { code: kelurahan, first: 1 }, as.kelurahan);
    expect(recent.data!.recentVerifications[0]).toMatchObject({ outcome: 'MOVED', household: { kelurahan: { code: kelurahan } } });
    const city = await provenance('16.71', as.walikota!);
    expect(city.extremePoorHouseholds).toBe(10_643);
    // The published 10,644 is still named, but the count shown is no longer it.
    expect(city.extremePoorProvenance).toMatchObject({ kind: 'SYNTHETIC', official: { value: 10_644 } });
  });
});

describe('sources by name', () => {
  it("a program's and a rakor's source note resolve to the source's publisher and title", async () => {
    const { data } = await app.gql<{
      programs: { code: string; sourceNote: string | null; source: { publisher: string; title: string } | null }[];
      rakors: { sourceNote: string | null; source: { publisher: string } | null }[];
    }>(
      `{ programs(regionCode: "16.06", year: 2018) { code sourceNote source { publisher title } }
         rakors(regionCode: "16.06") { sourceNote source { publisher } } }`,
      {},
      as['klaster1.muba'],
    );
    const cited = data!.programs.filter((p) => p.sourceNote?.startsWith('article-004-muba'));
    expect(cited.length).toBeGreaterThan(0);
    for (const p of cited) expect(p.source).toMatchObject({ publisher: 'Pemberitaan Pemkab Musi Banyuasin' });
    for (const p of data!.programs.filter((x) => !x.sourceNote)) expect(p.source).toBeNull();
    expect(data!.rakors.find((r) => r.sourceNote === 'article-004-muba')?.source?.publisher).toBe('Pemberitaan Pemkab Musi Banyuasin');
  });

  it('reads the id a note starts with, and nothing else', () => {
    expect(citedSourceId('article-004-muba: pagu Rp350 juta')).toBe('article-004-muba');
    expect(citedSourceId('article-002-bontang (date as printed; the article suggests 2025)')).toBe('article-002-bontang');
    expect(citedSourceId('article-001-kaltim')).toBe('article-001-kaltim');
    expect(citedSourceId('Dinas Sosial data')).toBeNull();
    expect(citedSourceId('')).toBeNull();
    expect(citedSourceId(null)).toBeNull();
  });
});
