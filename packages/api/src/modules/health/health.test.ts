// Liveness: answers without a session, names the kind of database and nothing about where it runs.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from '../../test/app.js';
import { createUser } from '../user/user.service.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ seeded: false });
});

describe('health', () => {
  it('says the API and its database answer, signed out too; which database only to an ADMIN', async () => {
    const { data, errors } = await app.gql<{ health: { ok: boolean; database: string | null } }>('{ health { ok database } }');
    expect(errors).toBeUndefined();
    expect(data!.health).toEqual({ ok: true, database: null });
    await createUser(app.db, { username: 'admin.health', role: 'ADMIN', password: 'sehat-selalu-2026' });
    const admin = await loginAs(app, 'admin.health', 'sehat-selalu-2026');
    const asAdmin = await app.gql<{ health: { database: string } }>('{ health { database } }', {}, admin);
    expect(asAdmin.data!.health.database).toBe(process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite');
  });

  it('never names a data folder, a host or a port', async () => {
    const text = JSON.stringify(await app.gql('{ health { database } }'));
    expect(text).not.toMatch(/memory:|\/|127\.0\.0\.1|localhost|5432|postgres(ql)?:/i);
  });
});
