import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from './config.js';
import type { DataVersions } from './context.js';
import type { Database } from './db.js';
import { ResponseCache, responseCacheFromEnv } from './response-cache.js';
import { createTestApp, loginAs, type TestApp } from './test/app.js';

const OVERVIEW = `query Overview($code: RegionCode!) {
  overview(regionCode: $code, year: 2026, asOf: "2026-11-23") {
    povertyRate { year value }
    extremePoor { households }
    programs { onTrack atRisk offTrack }
  } }`;

interface OverviewData {
  overview: { povertyRate: { year: number; value: number }; extremePoor: { households: number } };
}

async function readDataVersion(db: Database): Promise<bigint> {
  const [row] = await db.raw<{ version: string }>('SELECT version::text AS version FROM data_version WHERE id = 1');
  return BigInt(row!.version);
}

// Tables a write to which must not make cached answers stale: no dashboard answer reads them.
const UNWATCHED = ['_prisma_migrations', 'audit_log', 'data_topic_version', 'data_version', 'session'];

describe('response cache', () => {
  let app: TestApp;
  let cache: ResponseCache;
  let walikota: { cookie: string };
  beforeAll(async () => {
    cache = new ResponseCache();
    app = await createTestApp({ responseCache: cache });
    walikota = await loginAs(app, 'walikota');
  });
  const overview = (auth: { cookie: string }, code = '16.71') => app.gql<OverviewData>(OVERVIEW, { code }, auth);

  it('answers a repeated query from the cache, with the same figures', async () => {
    const first = await overview(walikota);
    const before = { ...cache.stats };
    const second = await overview(walikota);
    expect(second).toEqual(first);
    expect(first.data?.overview.extremePoor.households).toBe(10_644);
    expect(cache.stats.hits).toBe(before.hits + 1);
  });

  it('drops every answer when a write commits, even one made outside the API', async () => {
    const { data } = await overview(walikota);
    const { year, value } = data!.overview.povertyRate;
    const versionBefore = await readDataVersion(app.db);
    // As a psql session or an import in another process would: straight SQL.
    await app.db.raw(
      `UPDATE indicator_value SET value = value + 1 WHERE indicator_code = 'P0' AND region_code = '16.71' AND year = $1 AND month = 0`,
      [year],
    );
    expect(await readDataVersion(app.db)).toBeGreaterThan(versionBefore);
    const after = await overview(walikota);
    expect(after.data?.overview.povertyRate.value).toBeCloseTo(value + 1, 9);
    await app.db.raw(
      `UPDATE indicator_value SET value = value - 1 WHERE indicator_code = 'P0' AND region_code = '16.71' AND year = $1 AND month = 0`,
      [year],
    );
    expect((await overview(walikota)).data?.overview.povertyRate.value).toBeCloseTo(value, 9);
  });

  it('does not move the version on sign-in, which writes only the session and the audit log', async () => {
    const before = await readDataVersion(app.db);
    await loginAs(app, 'klaster1');
    expect(await readDataVersion(app.db)).toBe(before);
  });

  it('watches every table a dashboard answer can read: a new table without the trigger fails here', async () => {
    const tables = await app.db.raw<{ name: string; watched: boolean }>(
      `SELECT c.relname AS name, EXISTS (
         SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = c.relname || '_bumps_data_version') AS watched
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY 1`,
    );
    expect(tables.length).toBeGreaterThan(25);
    expect(tables.filter((t) => !t.watched).map((t) => t.name)).toEqual(UNWATCHED);
  });

  it('keeps each user’s answers apart: role, scope and suppression differ', async () => {
    const admin = await loginAs(app, 'admin');
    const misses = cache.stats.misses;
    await overview(admin);
    expect(cache.stats.misses).toBe(misses + 1);
  });

  it('never keeps personal data, refusals or errors', async () => {
    const operator = await loginAs(app, 'kelurahan');
    const size = cache.size;
    const households = `{ households(filter: { regionCode: "16.71.06" }, first: 2) { edges { node { id headName } } } }`;
    expect((await app.gql(households, {}, operator)).errors).toBeUndefined();
    expect(cache.size).toBe(size);

    // Bontang is outside the Palembang mayor's area: refused, twice, nothing stored.
    for (let i = 0; i < 2; i++) {
      const refused = await overview(walikota, '64.74');
      expect(refused.errors?.[0]?.extensions?.code).toBe('auth/forbidden');
    }
    expect(cache.size).toBe(size);
    // Signed out: refused before the cache is asked.
    expect((await app.gql(OVERVIEW, { code: '16.71' })).errors?.[0]?.extensions?.code).toBe('auth/unauthenticated');
  });
});

describe('ResponseCache', () => {
  const answer = (n: number) => ({ data: { n } });
  const at = (topics: Record<string, bigint>): DataVersions => ({ all: 0n, topics: new Map(Object.entries(topics)) });

  it('drops the least recently used answer when full', () => {
    const cache = new ResponseCache(2);
    const v = at({});
    expect(cache.get('a', v)).toBeUndefined();
    cache.set('a', answer(1), new Set(), v);
    cache.set('b', answer(2), new Set(), v);
    expect(cache.get('a', v)).toEqual(answer(1)); // a is now the most recent
    cache.set('c', answer(3), new Set(), v);
    expect(cache.get('b', v)).toBeUndefined();
    expect(cache.get('a', v)).toEqual(answer(1));
    expect(cache.get('c', v)).toEqual(answer(3));
  });

  it('serves an answer while the tables it read are unchanged, whatever else changes', () => {
    const cache = new ResponseCache();
    cache.set('a', answer(1), new Set(['budget_rollup', 'program']), at({ budget_rollup: 3n }));
    expect(cache.get('a', at({ budget_rollup: 3n, household: 9n, 'progress_report:draft': 40n }))).toEqual(answer(1));
    expect(cache.get('a', at({ budget_rollup: 4n }))).toBeUndefined(); // a table it read changed
    expect(cache.stats.invalidations).toBe(1);
    expect(cache.size).toBe(0);
  });

  it('keeps an answer from newer data when a slower request computed from older data finishes', () => {
    const cache = new ResponseCache();
    cache.set('a', answer(2), new Set(['program']), at({ program: 2n }));
    cache.set('a', answer(1), new Set(['program']), at({ program: 1n }));
    expect(cache.get('a', at({ program: 2n }))).toEqual(answer(2));
    expect(cache.get('a', at({ program: 1n }))).toBeUndefined(); // a request that read the old version misses
  });

  it('shares an answer being computed with whoever asks meanwhile, if it is current for them', async () => {
    const cache = new ResponseCache();
    const v1 = at({ program: 1n });
    expect(cache.joinInFlight('a', v1)).toBeNull(); // nobody computing: compute your own
    const settle = cache.startFlight('a');
    const same = cache.joinInFlight('a', v1);
    const newer = cache.joinInFlight('a', at({ program: 2n }));
    settle(cache.set('a', answer(1), new Set(['program']), v1));
    expect(await same).toEqual(answer(1));
    expect(await newer).toBeNull(); // computed before a write this request has seen
    expect(cache.stats.shared).toBe(1);
    expect(cache.joinInFlight('a', v1)).toBeNull(); // done: the next one reads the cache

    const failed = cache.startFlight('b');
    const waiting = cache.joinInFlight('b', v1);
    failed(null); // an error or a refusal: never shared, never kept
    expect(await waiting).toBeNull();
  });

  it('is on by default and off with PANTAU_RESPONSE_CACHE=off', () => {
    expect(responseCacheFromEnv({})).toBeInstanceOf(ResponseCache);
    expect(responseCacheFromEnv({ PANTAU_RESPONSE_CACHE: 'off' })).toBeNull();
    expect(responseCacheFromEnv({ PANTAU_RESPONSE_CACHE: 'false' })).toBeNull();
    expect(responseCacheFromEnv({ PANTAU_RESPONSE_CACHE: ' On ' })).toBeInstanceOf(ResponseCache);
  });

  it('refuses a value it cannot read, naming the variable and the value', () => {
    expect(() => responseCacheFromEnv({ PANTAU_RESPONSE_CACHE: 'of' })).toThrow(ConfigurationError);
    expect(() => responseCacheFromEnv({ PANTAU_RESPONSE_CACHE: 'of' })).toThrow('PANTAU_RESPONSE_CACHE must be "on" or "off", got "of"');
  });
});
