// Issue 10, sign-in: throttling per username and address, failed sign-ins in the audit log, and
// the rehash of old password hashes at production's scrypt cost.
import type { Server } from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../seed/demo.js';
import { createHttpServer } from '../../server.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { createApp } from '../../yoga.js';
import { hashPassword, PASSWORD_COST, TEST_PASSWORD_COST } from './password.js';
import { AUTH_TOO_MANY_ATTEMPTS } from './throttle.js';

const LOGIN =
  'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { __typename ... on DomainError { code field } ... on MutationLoginSuccess { data { username } } } }';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});

const signIn = (yoga: { fetch: TestApp['yoga']['fetch'] }, u: string, p: string, headers: Record<string, string> = {}) =>
  yoga.fetch('http://pantau.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: LOGIN, variables: { u, p } }),
  });

describe('login throttling', () => {
  it('refuses the 7th try at one username with 429, Retry-After and an Indonesian sentence, even with the right password', async () => {
    for (let i = 0; i < 6; i++) {
      const response = await signIn(app.yoga, 'klaster1', `salah-${i}`);
      expect(response.status).toBe(200);
      expect((await response.json()).data.login.code).toBe('auth/invalid_credentials');
    }
    const refused = await signIn(app.yoga, 'klaster1', DEMO_PASSWORD);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.headers.get('set-cookie')).toBeNull();
    const body = await refused.json();
    expect(body.data).toBeNull();
    expect(body.errors).toEqual([
      {
        message:
          'Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 1 detik. (Too many failed sign-in attempts; try again in 1 second.)',
        locations: [{ line: 1, column: 39 }],
        path: ['login'],
        extensions: { code: AUTH_TOO_MANY_ATTEMPTS, retryAfterSeconds: 1 },
      },
    ]);
    // After the wait, the right password works and clears the count.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await (await signIn(app.yoga, 'klaster1', DEMO_PASSWORD)).json()).data.login.data.username).toBe('klaster1');
    expect((await signIn(app.yoga, 'klaster1', 'salah-lagi')).status).toBe(200);
  });

  it('treats a username that is no account the same way: no way to tell who exists', async () => {
    for (let i = 0; i < 6; i++) await signIn(app.yoga, 'tidak.ada', `salah-${i}`);
    expect((await signIn(app.yoga, 'Tidak.Ada ', 'x')).status).toBe(429);
  });

  it('counts per client address over HTTP: 20 failures over many usernames, then a wait for every username', async () => {
    const server: Server = createHttpServer(app.db, app.clock, {
      responseCache: null,
      dashboardDir: '/nonexistent',
      passwordCost: TEST_PASSWORD_COST,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
    try {
      const post = (u: string, p: string) =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: LOGIN, variables: { u, p } }),
        });
      for (let i = 0; i < 21; i++) expect((await post(`spray${i}`, 'x')).status).toBe(200);
      const refused = await post('walikota', DEMO_PASSWORD);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('believes X-Forwarded-For only when told to (PANTAU_TRUST_PROXY)', async () => {
    const behindProxy = createApp({
      db: app.db,
      clock: app.clock,
      responseCache: null,
      passwordCost: TEST_PASSWORD_COST,
      trustProxy: true,
    });
    for (let i = 0; i < 21; i++) await signIn(behindProxy, `proxy${i}`, 'x', { 'x-forwarded-for': '198.51.100.1, 203.0.113.50' });
    expect((await signIn(behindProxy, 'walikota', 'x', { 'x-forwarded-for': '203.0.113.50' })).status).toBe(429);
    // Another client behind the same proxy is not held up.
    expect((await signIn(behindProxy, 'walikota', DEMO_PASSWORD, { 'x-forwarded-for': '203.0.113.51' })).status).toBe(200);
  });
});

describe('failed sign-ins in the audit log', () => {
  it('records each with the account id when the name is an account, never the name typed or the password', async () => {
    const before = await app.db.prisma.auditLog.count({ where: { action: 'login_failed' } });
    await signIn(app.yoga, 'dinsos', 'kata-sandi-salah-1234');
    await signIn(app.yoga, 'nama.pribadi.seseorang', 'kata-sandi-salah-5678');
    const rows = await app.db.prisma.auditLog.findMany({ where: { action: 'login_failed' }, orderBy: { id: 'asc' }, skip: before });
    const dinsos = await app.db.prisma.user.findUniqueOrThrow({ where: { username: 'dinsos' } });
    expect(rows.map(({ userId, entity, entityId, details }) => ({ userId, entity, entityId, details }))).toEqual([
      { userId: dinsos.id, entity: 'User', entityId: String(dinsos.id), details: { reason: 'wrong_password' } },
      { userId: null, entity: 'User', entityId: '', details: { reason: 'unknown_user' } },
    ]);
    const text = JSON.stringify(rows, (_k, v) => (typeof v === 'bigint' ? String(v) : v));
    for (const secret of ['kata-sandi-salah', 'nama.pribadi', 'dinsos']) expect(text).not.toContain(secret);
  });
});

describe("production's password cost", () => {
  it('rehashes an old hash (N=2^14) at N=2^17 on sign-in, and signs in with the new one', async () => {
    const production = createApp({ db: app.db, clock: app.clock, responseCache: null });
    await app.db.prisma.user.update({
      where: { username: 'kelurahan' },
      data: { passwordHash: await hashPassword(DEMO_PASSWORD, { N: 16_384, r: 8, p: 1 }) },
    });
    expect((await (await signIn(production, 'kelurahan', DEMO_PASSWORD)).json()).data.login.data.username).toBe('kelurahan');
    const { passwordHash } = await app.db.prisma.user.findUniqueOrThrow({ where: { username: 'kelurahan' } });
    expect(passwordHash.startsWith(`scrypt$${PASSWORD_COST.N}$8$1$`)).toBe(true);
    expect((await (await signIn(production, 'kelurahan', DEMO_PASSWORD)).json()).data.login.__typename).toBe('MutationLoginSuccess');
    // A wrong password rehashes nothing.
    expect((await (await signIn(production, 'kelurahan', 'salah')).json()).data.login.code).toBe('auth/invalid_credentials');
    expect((await app.db.prisma.user.findUniqueOrThrow({ where: { username: 'kelurahan' } })).passwordHash).toBe(passwordHash);
  });
});
