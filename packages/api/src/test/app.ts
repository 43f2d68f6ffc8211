// A fresh database per test file, copied from the run's migrated (and optionally seeded) one,
// on PGlite or on the PostgreSQL of DATABASE_URL — the same tests run on both.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { type Database, openDatabase } from '../db.js';
import { type ResponseCache, responseCacheFromEnv } from '../response-cache.js';
import { createApp, type PantauYoga } from '../yoga.js';
import { withDatabase } from './global-setup.js';

export interface TestApp {
  db: Database;
  yoga: PantauYoga;
  /** The app's answer cache (null when PANTAU_RESPONSE_CACHE=off). */
  responseCache: ResponseCache | null;
  /** Sends a GraphQL operation through yoga in process; returns the parsed body. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlResult<T>>;
}

/** Signs in through the login mutation and returns the Cookie header to send with requests. */
export async function loginAs(app: TestApp, username: string, password = 'pantau-demo'): Promise<{ cookie: string }> {
  const response = await app.yoga.fetch('http://pantau.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { __typename ... on MutationLoginSuccess { data { id } } } }',
      variables: { u: username, p: password },
    }),
  });
  const setCookie = response.headers.get('set-cookie');
  if (!setCookie) throw new Error(`login as ${username} failed: ${await response.text()}`);
  return { cookie: setCookie.split(';')[0]! };
}

export interface GqlResult<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: string[] }[];
}

/** Opens a fresh database for this test file (closed and dropped after it). */
export async function createTestApp(options: { seeded?: boolean; responseCache?: ResponseCache | null } = {}): Promise<TestApp> {
  const seeded = options.seeded ?? true;
  const url = process.env.DATABASE_URL;
  let db: Database;
  let drop: (() => Promise<void>) | undefined;
  if (url) {
    const name = `pantau_t_${randomBytes(5).toString('hex')}`;
    const template = inject(seeded ? 'pgSeededTemplate' : 'pgEmptyTemplate');
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    db = await openDatabase({ url: withDatabase(url, name) });
    drop = async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  } else {
    const dump = readFileSync(inject(seeded ? 'pgliteSeededDump' : 'pgliteEmptyDump'));
    db = await openDatabase({ dataDir: 'memory://', loadDataDir: new Blob([dump]) });
  }
  afterAll(async () => {
    await db.close();
    await drop?.();
  });
  const responseCache = options.responseCache === undefined ? responseCacheFromEnv() : options.responseCache;
  const yoga = createApp({ db, responseCache });
  return {
    db,
    yoga,
    responseCache,
    async gql(query, variables, headers) {
      const response = await yoga.fetch('http://pantau.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    },
  };
}
