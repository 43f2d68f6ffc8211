import { beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import { NOT_ADMIN, type RoleSessions, roleSessions } from '../../test/admins.js';
import { createTestApp, loginAs, type TestApp } from '../../test/app.js';
import { expectDomainError, expectForbidden, mutate, result, succeeds } from '../../test/writes.js';
import { createUser, type NewUser } from './user.service.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});

const refusal = async (input: NewUser) => {
  const error = await createUser(app.db, input).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  const { code, field, message } = error as DomainError;
  return { code, field, message };
};

describe('createUser', () => {
  it('creates a user who can sign in, with the role and region given', async () => {
    await createUser(app.db, { username: ' Admin.Bontang ', role: 'admin', regionCode: '64.74', password: 'bontang-tkpkd-2026' });
    const cookie = await loginAs(app, 'admin.bontang', 'bontang-tkpkd-2026');
    const { data } = await app.gql<{ me: Record<string, unknown> }>('{ me { username displayName role regionCode } }', {}, cookie);
    expect(data!.me).toEqual({ username: 'admin.bontang', displayName: 'admin.bontang', role: 'ADMIN', regionCode: '64.74' });
  });

  it('says which field is wrong and why', async () => {
    const base = { username: 'baru', role: 'ADMIN', regionCode: '16.71', password: 'sandi-yang-panjang' };
    expect(await refusal({ ...base, username: 'a b' })).toMatchObject({ code: 'user/username_invalid', field: 'username' });
    expect(await refusal({ ...base, username: 'walikota' })).toMatchObject({ code: 'user/username_taken', field: 'username' });
    expect(await refusal({ ...base, role: 'MAYOR' })).toMatchObject({ code: 'user/role_invalid', field: 'role' });
    expect(await refusal({ ...base, password: 'pendek' })).toMatchObject({ code: 'user/password_weak', field: 'password' });
    expect(await refusal({ ...base, password: 'pantau-demo' })).toMatchObject({ code: 'user/password_weak', field: 'password' });
    expect(await refusal({ ...base, password: 'baru-baru-baru' })).toMatchObject({ code: 'user/password_weak', field: 'password' });
    expect(await refusal({ ...base, regionCode: '99.99' })).toMatchObject({ code: 'user/region_invalid', field: 'regionCode' });
    expect(await refusal({ ...base, role: 'REGION_OPERATOR' })).toMatchObject({ code: 'user/region_invalid', field: 'regionCode' });
    expect(await refusal({ ...base, role: 'OPD_OPERATOR', opd: 'TIDAKADA' })).toMatchObject({ code: 'user/opd_required', field: 'opd' });
    expect(await refusal({ ...base, role: 'CLUSTER_HEAD', cluster: 7 })).toMatchObject({ code: 'user/cluster_required', field: 'cluster' });
    expect(await refusal({ ...base, displayName: 'a\u0000b' })).toMatchObject({ code: 'user/display_name_invalid', field: 'displayName' });
    expect(await app.db.prisma.user.count({ where: { username: 'baru' } })).toBe(0);
  });

  it('ties an OPD operator to an OPD and a cluster head to a cluster of their kabupaten/kota', async () => {
    await createUser(app.db, {
      username: 'perkim.plg',
      role: 'OPD_OPERATOR',
      regionCode: '16.71',
      opd: 'perkim',
      password: 'perkim-palembang-26',
    });
    await createUser(app.db, {
      username: 'klaster4.plg',
      role: 'CLUSTER_HEAD',
      regionCode: '16.71',
      cluster: 4,
      password: 'klaster-empat-2026',
    });
    const users = await app.db.prisma.user.findMany({
      where: { username: { in: ['perkim.plg', 'klaster4.plg'] } },
      select: { username: true, opd: { select: { shortName: true } }, cluster: { select: { number: true } } },
      orderBy: { username: 'asc' },
    });
    expect(users).toEqual([
      { username: 'klaster4.plg', opd: null, cluster: { number: 4 } },
      { username: 'perkim.plg', opd: { shortName: 'PERKIM' }, cluster: null },
    ]);
  });
});

// ───────────────────────────── the ADMIN's user page (issue 11) ─────────────────────────────

const USER = '{ id version username displayName role regionCode active opd { shortName } cluster { number } }';
const CREATE = `mutation ($input: CreateUserInput!) { createUser(input: $input) { ${result('createUser', USER)} } }`;
const UPDATE = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { ${result('updateUser', USER)} } }`;
const RESET = `mutation ($id: Int!, $version: Int!, $password: String!) { resetUserPassword(id: $id, version: $version, password: $password) { ${result('resetUserPassword', USER)} } }`;
const DEACTIVATE = `mutation ($id: Int!, $version: Int!) { deactivateUser(id: $id, version: $version) { ${result('deactivateUser', USER)} } }`;
const REACTIVATE = `mutation ($id: Int!, $version: Int!) { reactivateUser(id: $id, version: $version) { ${result('reactivateUser', USER)} } }`;
const CHANGE_OWN = `mutation ($old: String!, $password: String!) { changeOwnPassword(oldPassword: $old, password: $password) { ${result('changeOwnPassword', '')} } }`;

interface UserRow {
  id: number;
  version: number;
  username: string;
  role: string;
  regionCode: string | null;
  active: boolean;
  opd: { shortName: string } | null;
}

describe('users, by an ADMIN', () => {
  let as: RoleSessions;
  beforeAll(async () => {
    as = await roleSessions(app);
  });

  const newUser = (extra: Record<string, unknown> = {}) => ({
    username: 'perkim.operator',
    displayName: 'Operator Perkim Palembang',
    role: 'OPD_OPERATOR',
    regionCode: '16.71',
    opdId: null as number | null,
    password: 'rumah-layak-2026',
    ...extra,
  });

  it('lists the users of the ADMIN’s area; a regional ADMIN sees theirs only', async () => {
    const all = await app.gql<{ users: UserRow[] }>(`{ users ${USER} }`, {}, as.admin);
    expect(all.data!.users.map((u) => u.username)).toEqual(expect.arrayContaining(['admin', 'walikota', 'dinsos.muba']));
    const muba = await app.gql<{ users: UserRow[] }>(`{ users ${USER} }`, {}, as.adminMuba);
    expect(muba.data!.users.every((u) => u.regionCode?.startsWith('16.06'))).toBe(true);
    expect(muba.data!.users.map((u) => u.username)).toContain('dinsos.muba');
    const outside = await app.gql(`{ users(regionCode: "16.71") { id } }`, {}, as.adminMuba);
    expect(outside.errors?.[0]?.extensions?.code).toBe('auth/forbidden');
    for (const role of NOT_ADMIN) {
      const { errors } = await app.gql(`{ users { id passwordHash } }`, {}, as[role]);
      expect(errors?.[0]?.message).toMatch(/passwordHash/);
      const refused = await app.gql(`{ users { id } }`, {}, as[role]);
      expect(refused.errors?.[0]?.extensions?.code).toBe('auth/forbidden');
    }
  });

  it('creates a user who signs in, changes their role and scope, resets their password, deactivates and reactivates them', async () => {
    const perkim = (await app.db.prisma.opd.findFirstOrThrow({ where: { regionCode: '16.71', shortName: 'PERKIM' } })).id;
    const created = await succeeds<UserRow>(app, as.admin, CREATE, { input: newUser({ opdId: perkim }) });
    expect(created).toMatchObject({ version: 0, role: 'OPD_OPERATOR', opd: { shortName: 'PERKIM' }, active: true });
    const audit = await app.db.prisma.auditLog.findFirstOrThrow({ where: { entity: 'app_user', entityId: String(created.id) } });
    expect(audit).toMatchObject({ action: 'create', userId: expect.any(Number) });
    expect(JSON.stringify(audit.details)).not.toMatch(/rumah-layak|scrypt/);
    const session = await loginAs(app, 'perkim.operator', 'rumah-layak-2026');

    const promoted = await succeeds<UserRow>(app, as.admin, UPDATE, {
      input: { id: created.id, version: 0, displayName: 'Ketua Klaster 4', role: 'CLUSTER_HEAD', regionCode: '16.71', clusterNumber: 4 },
    });
    expect(promoted).toMatchObject({ version: 1, role: 'CLUSTER_HEAD', opd: null });
    // The open session sees the new role on its next request.
    const me = await app.gql<{ me: { role: string; clusterId: number } }>('{ me { role clusterId } }', {}, session);
    expect(me.data!.me.role).toBe('CLUSTER_HEAD');

    const reset = await succeeds<UserRow>(app, as.admin, RESET, { id: created.id, version: 1, password: 'klaster-baru-2027' });
    expect(reset.version).toBe(2);
    expect((await app.gql('{ me { id } }', {}, session)).data).toEqual({ me: null });
    const again = await loginAs(app, 'perkim.operator', 'klaster-baru-2027');

    const off = await succeeds<UserRow>(app, as.admin, DEACTIVATE, { id: created.id, version: 2 });
    expect(off).toMatchObject({ active: false, version: 3 });
    // Every session ends in the same transaction, and signing in is refused.
    expect(await app.db.prisma.session.count({ where: { userId: created.id } })).toBe(0);
    expect((await app.gql('{ me { id } }', {}, again)).data).toEqual({ me: null });
    await expect(loginAs(app, 'perkim.operator', 'klaster-baru-2027')).rejects.toThrow(/login as perkim.operator failed/);
    expect(
      await app.db.prisma.auditLog.findFirst({ where: { entity: 'app_user', entityId: String(created.id), action: 'deactivate' } }),
    ).toMatchObject({
      details: { before: { active: true }, after: { active: false } },
    });

    const on = await succeeds<UserRow>(app, as.admin, REACTIVATE, { id: created.id, version: 3 });
    expect(on).toMatchObject({ active: true, version: 4 });
    await loginAs(app, 'perkim.operator', 'klaster-baru-2027');
  });

  it('refuses other roles, users and regions outside a regional ADMIN’s area, bad input and stale versions', async () => {
    const before = await app.db.prisma.user.count();
    const input = newUser({ username: 'operator.tolak', role: 'EXECUTIVE' });
    for (const role of NOT_ADMIN) expectForbidden(await mutate(app, as[role], CREATE, { input }));
    expectDomainError(await mutate(app, as.adminMuba, CREATE, { input }), 'user/region_invalid', 'regionCode');
    expectDomainError(
      await mutate(app, as.adminMuba, CREATE, { input: { ...input, regionCode: null } }),
      'user/region_invalid',
      'regionCode',
    );
    expectDomainError(
      await mutate(app, as.admin, CREATE, { input: { ...input, username: 'walikota' } }),
      'user/username_taken',
      'username',
    );
    expectDomainError(
      await mutate(app, as.admin, CREATE, { input: { ...input, password: 'pantau-demo' } }),
      'user/password_weak',
      'password',
    );
    expectDomainError(await mutate(app, as.admin, CREATE, { input: { ...input, role: 'OPD_OPERATOR' } }), 'user/opd_required', 'opd');
    expectDomainError(
      await mutate(app, as.admin, CREATE, { input: { ...input, role: 'CLUSTER_HEAD' } }),
      'user/cluster_required',
      'cluster',
    );
    expectDomainError(
      await mutate(app, as.admin, CREATE, { input: { ...input, displayName: ' ' } }),
      'user/display_name_invalid',
      'displayName',
    );
    expect(await app.db.prisma.user.count()).toBe(before);

    const walikota = await app.db.prisma.user.findUniqueOrThrow({ where: { username: 'walikota' } });
    const change = {
      id: walikota.id,
      version: walikota.version,
      displayName: walikota.displayName,
      role: 'EXECUTIVE',
      regionCode: '16.71',
    };
    for (const role of NOT_ADMIN) {
      expectForbidden(await mutate(app, as[role], UPDATE, { input: change }));
      expectForbidden(await mutate(app, as[role], RESET, { id: walikota.id, version: walikota.version, password: 'sandi-baru-sekali' }));
      expectForbidden(await mutate(app, as[role], DEACTIVATE, { id: walikota.id, version: walikota.version }));
      expectForbidden(await mutate(app, as[role], REACTIVATE, { id: walikota.id, version: walikota.version }));
    }
    expectDomainError(await mutate(app, as.adminMuba, UPDATE, { input: change }), 'write/not_found', 'id');
    expectDomainError(await mutate(app, as.adminMuba, DEACTIVATE, { id: walikota.id, version: walikota.version }), 'write/not_found', 'id');
    expectDomainError(
      await mutate(app, as.adminMuba, RESET, { id: walikota.id, version: walikota.version, password: 'sandi-baru-sekali' }),
      'write/not_found',
      'id',
    );
    expectDomainError(
      await mutate(app, as.admin, UPDATE, { input: { ...change, regionCode: '16.71.06' } }),
      'user/region_invalid',
      'regionCode',
    );
    expectDomainError(
      await mutate(app, as.admin, RESET, { id: walikota.id, version: walikota.version, password: 'pendek' }),
      'user/password_weak',
      'password',
    );
    await succeeds(app, as.admin, UPDATE, { input: { ...change, displayName: 'Wali Kota Palembang (Ratu Dewa)' } });
    const stale = await mutate(app, as.admin, UPDATE, { input: change });
    expectDomainError(stale, 'write/stale_version', 'version');
    expect(stale.changedBy).toBe('Sekretariat TKPKD (Bappeda) (admin)');
    expectDomainError(
      await mutate(app, as.admin, DEACTIVATE, { id: walikota.id, version: walikota.version }),
      'write/stale_version',
      'version',
    );
    expect((await app.db.prisma.user.findUniqueOrThrow({ where: { id: walikota.id } })).active).toBe(true);
  });

  it('lets nobody change their own role or deactivate themselves', async () => {
    const admin = await app.db.prisma.user.findUniqueOrThrow({ where: { username: 'admin.muba' } });
    const change = { id: admin.id, version: admin.version, displayName: admin.displayName, role: 'EXECUTIVE', regionCode: '16.06' };
    expectDomainError(await mutate(app, as.adminMuba, UPDATE, { input: change }), 'user/self', 'role');
    expectDomainError(await mutate(app, as.adminMuba, DEACTIVATE, { id: admin.id, version: admin.version }), 'user/self', 'id');
    const renamed = await succeeds<UserRow>(app, as.adminMuba, UPDATE, {
      input: { ...change, role: 'ADMIN', displayName: 'Bappeda Muba' },
    });
    expect(renamed).toMatchObject({ role: 'ADMIN', regionCode: '16.06' });
  });
});

describe('changeOwnPassword', () => {
  it('changes the password with the old one first, ends the other sessions and keeps this one', async () => {
    await createUser(app.db, { username: 'operator.sendiri', role: 'EXECUTIVE', regionCode: '16.71', password: 'sandi-lama-2026' });
    const here = await loginAs(app, 'operator.sendiri', 'sandi-lama-2026');
    const elsewhere = await loginAs(app, 'operator.sendiri', 'sandi-lama-2026');
    expectDomainError(
      await mutate(app, here, CHANGE_OWN, { old: 'bukan-ini-sandinya', password: 'sandi-baru-2026' }),
      'user/wrong_password',
      'oldPassword',
    );
    expectDomainError(
      await mutate(app, here, CHANGE_OWN, { old: 'sandi-lama-2026', password: 'pendek' }),
      'user/password_weak',
      'password',
    );
    expectDomainError(
      await mutate(app, here, CHANGE_OWN, { old: 'sandi-lama-2026', password: 'sandi-lama-2026' }),
      'user/password_unchanged',
      'password',
    );
    expect(await succeeds(app, here, CHANGE_OWN, { old: 'sandi-lama-2026', password: 'sandi-baru-2026' })).toBe(true);
    expect((await app.gql<{ me: { username: string } }>('{ me { username } }', {}, here)).data!.me.username).toBe('operator.sendiri');
    expect((await app.gql('{ me { username } }', {}, elsewhere)).data).toEqual({ me: null });
    await loginAs(app, 'operator.sendiri', 'sandi-baru-2026');
    await expect(loginAs(app, 'operator.sendiri', 'sandi-lama-2026')).rejects.toThrow();
    const audit = await app.db.prisma.auditLog.findFirstOrThrow({
      where: { entity: 'app_user', action: 'change_password' },
      orderBy: { id: 'desc' },
    });
    expect(JSON.stringify(audit.details)).not.toMatch(/sandi/);
  });

  it('is for signed-in users only', async () => {
    expect(await mutate(app, undefined, CHANGE_OWN, { old: 'x', password: 'sandi-baru-2026' })).toEqual({
      errorCode: 'auth/unauthenticated',
    });
  });
});
