// A fresh database per test file, copied from the run's migrated (and optionally seeded) one,
// on PGlite or on the PostgreSQL of DATABASE_URL — the same tests run on both.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { type Clock, DEMO_TODAY, fixedClock } from '../clock.js';
import { type Database, openDatabase } from '../db.js';
import { CSRF_HEADER } from '../http/csrf.js';
import type { Logger } from '../log.js';
import { type PasswordCost, TEST_PASSWORD_COST } from '../modules/auth/password.js';
import type { LoginThrottle } from '../modules/auth/throttle.js';
import { type ResponseCache, responseCacheFromEnv } from '../response-cache.js';
import { createApp, type PantauYoga } from '../yoga.js';
import { withDatabase } from './global-setup.js';

/**
 * The header yoga's CSRF prevention asks of GET, form and multipart requests (http/csrf.ts); a
 * test sending one of those adds it, as the dashboard does.
 */
export const CSRF = { [CSRF_HEADER]: '1' } as const;

export interface TestApp {
  db: Database;
  yoga: PantauYoga;
  /** The app's answer cache (null when PANTAU_RESPONSE_CACHE=off). */
  responseCache: ResponseCache | null;
  /** The app's today. */
  clock: Clock;
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

export interface TestAppOptions {
  /** Start from the demo data set (default) or from an empty, migrated database. */
  seeded?: boolean;
  responseCache?: ResponseCache | null;
  /**
   * Pantau's today for this app. Default: PANTAU_TODAY when set, else the demo's own day. A test
   * whose expectations follow from a date pins it here; the others must hold on any date, and
   * `.ci/run` runs them again with PANTAU_TODAY a year ahead to show it.
   */
  today?: string;
  /**
   * The scrypt cost of the app. Default: the tests' cheap one (password.ts TEST_PASSWORD_COST),
   * which the seeded demo users' hashes are made at too; a test of production's cost passes
   * PASSWORD_COST.
   */
  passwordCost?: PasswordCost;
  /** The app's login throttle (a fresh one by default). */
  loginThrottle?: LoginThrottle;
  /** Other origins allowed by CORS (none by default, whatever PANTAU_ALLOWED_ORIGINS says). */
  allowedOrigins?: string[];
  /** Where the app's request and error lines go (silent by default). */
  logger?: Logger;
}

/** Opens a fresh database for this test file (closed and dropped after it). */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
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
  const clock = fixedClock(options.today ?? (process.env.PANTAU_TODAY?.trim() || DEMO_TODAY), 'SETTING');
  const yoga = createApp({
    db,
    clock,
    responseCache,
    passwordCost: options.passwordCost ?? TEST_PASSWORD_COST,
    allowedOrigins: options.allowedOrigins ?? [],
    trustProxy: false,
    ...(options.loginThrottle ? { loginThrottle: options.loginThrottle } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  return {
    db,
    yoga,
    responseCache,
    clock,
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
