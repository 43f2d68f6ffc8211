import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { createApp } from '../../yoga.js';
import { FirstRunSetup, setupLink } from './setup.service.js';

const SETUP = `mutation ($token: String!, $username: String!, $password: String!, $region: String) {
  setUpFirstAdmin(token: $token, username: $username, displayName: "Sekretariat TKPKD", password: $password, regionCode: $region) {
    __typename ... on DomainError { code field } ... on MutationSetUpFirstAdminSuccess { data { username role regionCode } } } }`;

describe('the first administrator', () => {
  it('is created once, with the token the server printed, and is signed in', async () => {
    const app = await createTestApp({ seeded: false });
    const { setup, token } = FirstRunSetup.create();
    expect(setupLink('http://localhost:4000', token)).toBe(`http://localhost:4000/siapkan#${token}`);
    const yoga = createApp({ db: app.db, clock: app.clock, setup, responseCache: null });
    const gql = async (query: string, variables: Record<string, unknown> = {}, cookie = '') => {
      const response = await yoga.fetch('http://pantau.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query, variables }),
      });
      return { response, body: (await response.json()) as { data: Record<string, Record<string, unknown>> } };
    };
    expect((await gql('{ setupStatus { needed } }')).body.data.setupStatus).toEqual({ needed: true });
    const vars = { username: 'admin.kupang', password: 'kupang-tkpkd-2026', region: '53.71' };
    expect((await gql(SETUP, { ...vars, token: 'bukan-token' })).body.data.setUpFirstAdmin).toEqual({
      __typename: 'DomainError',
      code: 'setup/token_invalid',
      field: 'token',
    });
    expect((await gql(SETUP, { ...vars, token, password: 'pantau-demo' })).body.data.setUpFirstAdmin).toMatchObject({
      code: 'user/password_weak',
      field: 'password',
    });
    expect(await app.db.prisma.user.count()).toBe(0);

    const done = await gql(SETUP, { ...vars, token });
    expect(done.body.data.setUpFirstAdmin).toEqual({
      __typename: 'MutationSetUpFirstAdminSuccess',
      data: { username: 'admin.kupang', role: 'ADMIN', regionCode: '53.71' },
    });
    const cookie = done.response.headers.get('set-cookie')!.split(';')[0]!;
    expect((await gql('{ me { username } }', {}, cookie)).body.data.me).toEqual({ username: 'admin.kupang' });

    // Closed for good once a user exists, even with the right token.
    expect((await gql('{ setupStatus { needed } }')).body.data.setupStatus).toEqual({ needed: false });
    expect((await gql(SETUP, { ...vars, username: 'kedua', token })).body.data.setUpFirstAdmin).toMatchObject({ code: 'setup/closed' });
  });

  it('is not open on a server started with users (or without a token)', async () => {
    const app = await createTestApp();
    expect((await app.gql<{ setupStatus: { needed: boolean } }>('{ setupStatus { needed } }')).data?.setupStatus).toEqual({
      needed: false,
    });
    const refused = await app.gql<{ setUpFirstAdmin: { code: string } }>(SETUP, {
      token: 'x',
      username: 'penyusup',
      password: 'penyusup-penyusup',
    });
    expect(refused.data?.setUpFirstAdmin.code).toBe('setup/closed');
  });
});
