// Issue 10, faults: an unreachable database is a 503 DATABASE_UNAVAILABLE with Retry-After, at once
// while the breaker is open, and Pantau answers again by itself once the database does.
import { describe, expect, it } from 'vitest';
import type { Database } from './db.js';
import { DATABASE_UNAVAILABLE, DatabaseBreaker, isDatabaseUnavailable, maskDatabaseFaults } from './faults.js';
import { TEST_PASSWORD_COST } from './modules/auth/password.js';
import { createTestApp, loginAs } from './test/app.js';
import { createApp } from './yoga.js';

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

describe('isDatabaseUnavailable', () => {
  it('knows lost and refused connections, however deep they are wrapped', () => {
    expect(isDatabaseUnavailable(refused())).toBe(true);
    expect(isDatabaseUnavailable({ code: '57P01', message: 'terminating connection due to administrator command' })).toBe(true);
    expect(isDatabaseUnavailable({ code: '08006' })).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable({ name: 'PrismaClientKnownRequestError', code: 'P1001' })).toBe(true);
    expect(isDatabaseUnavailable({ meta: { driverAdapterError: { cause: { kind: 'DatabaseNotReachable' } } } })).toBe(true);
    expect(isDatabaseUnavailable(new Error('wrapper', { cause: { originalError: refused() } }))).toBe(true);
  });

  it('leaves every other error to be masked as unexpected', () => {
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailable({ code: '23505', message: 'duplicate key value violates unique constraint' })).toBe(false);
    expect(isDatabaseUnavailable({ code: 'P2002' })).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
    // A cycle of causes ends.
    const a: { cause?: unknown } = {};
    a.cause = { cause: a };
    expect(isDatabaseUnavailable(a)).toBe(false);
  });

  it('masks an unexpected error as yoga does, and a database fault as 503 with Retry-After', () => {
    const breaker = new DatabaseBreaker(2, () => 1_000);
    const mask = maskDatabaseFaults(breaker, () => new Error('Unexpected error.'));
    expect(mask(new Error('boom'), 'boom').message).toBe('Unexpected error.');
    expect(breaker.retryAfter()).toBe(0);
    const fault = mask(refused(), 'x') as Error & { extensions: Record<string, unknown> };
    expect(fault.extensions).toMatchObject({ code: DATABASE_UNAVAILABLE, http: { status: 503, headers: { 'retry-after': '2' } } });
    expect(breaker.retryAfter()).toBe(2);
  });
});

describe('an app whose database stops answering', async () => {
  const app = await createTestApp({ responseCache: null });
  const admin = await loginAs(app, 'admin');
  let down = false;
  // The same database, except that while `down` every query fails as a refused connection would.
  const flaky: Database = {
    ...app.db,
    raw: (async (...args: Parameters<Database['raw']>) => {
      if (down) throw refused();
      return app.db.raw(...args);
    }) as Database['raw'],
  };
  let now = 10_000;
  const breaker = new DatabaseBreaker(2, () => now);
  const yoga = createApp({
    db: flaky,
    clock: app.clock,
    responseCache: null,
    databaseBreaker: breaker,
    passwordCost: TEST_PASSWORD_COST,
    allowedOrigins: [],
  });
  const ask = (headers: Record<string, string> = {}) =>
    yoga.fetch('http://pantau.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ health { ok } }' }),
    });

  it('answers 503 DATABASE_UNAVAILABLE with Retry-After, at once while the breaker is open, and recovers', async () => {
    expect((await (await ask(admin)).json()).data.health.ok).toBe(true);

    down = true;
    const first = await ask(admin);
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('2');
    const body = await first.json();
    expect(body.errors[0].extensions.code).toBe(DATABASE_UNAVAILABLE);
    expect(body.errors[0].message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|5432/);

    // Within the window: refused before any database work, even once the database is back.
    down = false;
    now += 1_000;
    const during = await ask();
    expect(during.status).toBe(503);
    expect(during.headers.get('retry-after')).toBe('1');

    // After it: the next request goes to the database again and succeeds.
    now += 1_500;
    const after = await ask(admin);
    expect(after.status).toBe(200);
    expect((await after.json()).data.health.ok).toBe(true);
  });
});
