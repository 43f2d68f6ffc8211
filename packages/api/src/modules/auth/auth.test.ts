import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from '../../test/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});

const LOGIN =
  'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { __typename ... on DomainError { code field message } ... on MutationLoginSuccess { data { username role } } } }';

describe('login, session and logout', () => {
  it('signs in with the demo password and sets an httpOnly, SameSite cookie', async () => {
    const response = await app.yoga.fetch('http://pantau.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { u: 'walikota', p: 'pantau-demo' } }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^pantau_session=[\w-]{20,}; HttpOnly; SameSite=Lax; Path=\/; Max-Age=43200$/);
    const body = await response.json();
    expect(body.data.login).toEqual({ __typename: 'MutationLoginSuccess', data: { username: 'walikota', role: 'EXECUTIVE' } });
    const me = await app.gql<{ me: { username: string } }>('{ me { username } }', undefined, { cookie: cookie.split(';')[0]! });
    expect(me.data?.me.username).toBe('walikota');
  });

  it('refuses a wrong password with a coded error on the password field, and sets no cookie', async () => {
    const response = await app.yoga.fetch('http://pantau.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { u: 'walikota', p: 'wrong' } }),
    });
    expect(response.headers.get('set-cookie')).toBeNull();
    expect((await response.json()).data.login).toEqual({
      __typename: 'DomainError',
      code: 'auth/invalid_credentials',
      field: 'password',
      message: 'Wrong username or password',
    });
  });

  it('refuses data to anonymous requests and to a forged session', async () => {
    const anonymous = await app.gql('{ region(code: "16.71") { name } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('auth/unauthenticated');
    const forged = await app.gql('{ region(code: "16.71") { name } }', undefined, { cookie: 'pantau_session=not-a-real-token' });
    expect(forged.errors?.[0]?.extensions?.code).toBe('auth/unauthenticated');
  });

  it('logout ends the session', async () => {
    const auth = await loginAs(app, 'dinsos');
    expect((await app.gql<{ me: unknown }>('{ me { username } }', undefined, auth)).data?.me).not.toBeNull();
    await app.gql('mutation { logout }', undefined, auth);
    expect((await app.gql<{ me: unknown }>('{ me { username } }', undefined, auth)).data?.me).toBeNull();
  });

  it('keeps a mayor to their own region', async () => {
    const auth = await loginAs(app, 'walikota');
    const own = await app.gql<{ region: { name: string } }>('{ region(code: "16.71.06") { name } }', undefined, auth);
    expect(own.data?.region.name).toBe('Ilir Timur Dua');
    const other = await app.gql('{ region(code: "64.74") { name } }', undefined, auth);
    expect(other.errors?.[0]?.message).toBe('Region 64.74 is outside your area (16.71)');
    const list = await app.gql<{ regions: { code: string }[] }>('{ regions(level: KABUPATEN_KOTA) { code } }', undefined, auth);
    expect(list.data?.regions.map((r) => r.code)).toEqual(['16.71']);
  });
});

describe('organisation lists', () => {
  it('need a signed-in viewer whose area holds the region', async () => {
    const query = '{ clusters(regionCode: "16.06") { number } opds(regionCode: "16.06") { shortName } }';
    expect((await app.gql(query)).errors?.[0]?.extensions?.code).toBe('auth/unauthenticated');
    expect((await app.gql(query, undefined, await loginAs(app, 'walikota'))).errors?.[0]?.message).toBe(
      'Region 16.06 is outside your area (16.71)',
    );
    const own = await app.gql<{ clusters: unknown[]; opds: unknown[] }>(query, undefined, await loginAs(app, 'klaster1.muba'));
    expect(own.data?.clusters).toHaveLength(4);
  });
});
