// Regions and region groups through GraphQL on the seeded demo: what each role may read, and the
// secretariat's priority areas (create, edit, remove) with every refusal storing nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { NOT_ADMIN, type RoleSessions, roleSessions } from '../../test/admins.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { expectDomainError, expectForbidden, mutate, result, succeeds, tableCounts } from '../../test/writes.js';

let app: TestApp;
let as: RoleSessions;
beforeAll(async () => {
  app = await createTestApp();
  as = await roleSessions(app);
});

describe('regions', () => {
  it('gives a region with its parent and children, by code', async () => {
    const { data } = await app.gql<{
      region: { name: string; level: string; parent: { code: string }; children: { code: string; level: string; isDesa: boolean }[] };
    }>('{ region(code: "16.71.06") { name level parent { code } children { code level isDesa } } }', {}, as.walikota);
    expect(data!.region).toMatchObject({ name: 'Ilir Timur Dua', level: 'KECAMATAN', parent: { code: '16.71' } });
    const codes = data!.region.children.map((c) => c.code);
    expect(codes).toEqual([...codes].sort());
    expect(data!.region.children.every((c) => c.level === 'KELURAHAN' && !c.isDesa)).toBe(true);
  });

  it('lists the regions a user may read: their area, below and above, not the neighbours', async () => {
    const { data } = await app.gql<{ regions: { code: string }[] }>(
      '{ regions(level: KABUPATEN_KOTA, parentCode: "16") { code } }',
      {},
      as.walikota,
    );
    expect(data!.regions.map((r) => r.code)).toEqual(['16.71']);
    const all = await app.gql<{ regions: { code: string }[] }>(
      '{ regions(level: KABUPATEN_KOTA, parentCode: "16") { code } }',
      {},
      as.admin,
    );
    expect(all.data!.regions.map((r) => r.code)).toContain('16.06');
    const province = await app.gql<{ region: { name: string } }>('{ region(code: "16") { name } }', {}, as.walikota);
    expect(province.data!.region.name).toMatch(/Sumatera Selatan/i);
  });

  it('refuses a region outside the area, a malformed code, and anyone signed out', async () => {
    const outside = await app.gql('{ region(code: "64.74") { name } }', {}, as.walikota);
    expect(outside.errors?.[0]?.extensions?.code).toBe('auth/forbidden');
    const malformed = await app.gql('{ region(code: "16.7") { name } }', {}, as.admin);
    expect(malformed.errors?.[0]?.extensions?.code).toBe('input/invalid');
    const anonymous = await app.gql('{ regions(level: PROVINSI) { code } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('auth/unauthenticated');
  });

  it('answers null for a code Pantau does not hold', async () => {
    const { data, errors } = await app.gql('{ region(code: "16.71.99") { name } }', {}, as.admin);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ region: null });
  });
});

const GROUP = '{ id version name kind year reason regionCode regions { code } }';
const CREATE = `mutation ($input: CreateRegionGroupInput!) { createRegionGroup(input: $input) { ${result('createRegionGroup', GROUP)} } }`;
const UPDATE = `mutation ($input: UpdateRegionGroupInput!) { updateRegionGroup(input: $input) { ${result('updateRegionGroup', GROUP)} } }`;
const DELETE = `mutation ($id: Int!, $version: Int!) { deleteRegionGroup(id: $id, version: $version) { ${result('deleteRegionGroup', '')} ... on DomainError { inUse { what count } } } }`;

interface Group {
  id: number;
  version: number;
  name: string;
  kind: string;
  regions: { code: string }[];
}

describe('region groups', () => {
  const kelurahan = async (kecamatan: string) =>
    (await app.db.prisma.region.findMany({ where: { parentCode: kecamatan }, orderBy: { code: 'asc' }, take: 3 })).map((r) => r.code);

  it('lists the groups of a kabupaten/kota with their kind and places', async () => {
    const { data } = await app.gql<{ regionGroups: Group[] }>(`{ regionGroups(regionCode: "64.74") ${GROUP} }`, {}, as.admin);
    const priority = data!.regionGroups.find((g) => g.kind === 'PRIORITY_INTERVENTION')!;
    expect(priority.regions.map((r) => r.code)).toEqual(['64.74.01.1003', '64.74.01.1006', '64.74.02.1001', '64.74.02.1006']);
  });

  it('names, edits and removes a group of priority kelurahan', async () => {
    const places = await kelurahan('16.71.06');
    const created = await succeeds<Group>(app, as.admin, CREATE, {
      input: {
        regionCode: '16.71',
        name: 'Kelurahan prioritas Ilir Timur Dua',
        kind: 'PRIORITY_INTERVENTION',
        year: 2026,
        reason: 'Kasus stunting tertinggi (18)',
        memberCodes: [places[1], places[0], places[0]],
      },
    });
    expect(created).toMatchObject({ version: 0, kind: 'PRIORITY_INTERVENTION', regionCode: '16.71' });
    expect(created.regions.map((r) => r.code)).toEqual([places[0], places[1]]);
    const edited = await succeeds<Group>(app, as.admin, UPDATE, {
      input: { id: created.id, version: 0, name: created.name, kind: 'OTHER', year: 2026, reason: 'Dipantau', memberCodes: places },
    });
    expect(edited).toMatchObject({ version: 1, kind: 'OTHER' });
    expect(edited.regions).toHaveLength(3);
    const audit = await app.db.prisma.auditLog.findFirstOrThrow({
      where: { entity: 'region_group', entityId: String(created.id), action: 'update' },
    });
    expect(audit.details).toMatchObject({ before: { members: [places[0], places[1]] }, after: { members: places } });
    expect(await succeeds(app, as.admin, DELETE, { id: created.id, version: 1 })).toBe(created.id);
    expect(await app.db.prisma.regionGroupMember.count({ where: { groupId: created.id } })).toBe(0);
  });

  it('refuses other roles, other areas, bad input, a stale version and a group a target names', async () => {
    const places = await kelurahan('16.71.06');
    const input = { regionCode: '16.71', name: 'Kelompok uji', kind: 'OTHER', year: 2026, reason: 'Uji', memberCodes: places };
    const before = await tableCounts(app, ['region_group', 'region_group_member']);
    for (const role of NOT_ADMIN) expectForbidden(await mutate(app, as[role], CREATE, { input }));
    expectForbidden(await mutate(app, as.adminMuba, CREATE, { input }));
    const bad = async (change: Record<string, unknown>) => mutate(app, as.admin, CREATE, { input: { ...input, ...change } });
    expectDomainError(await bad({ name: '' }), 'write/required', 'name');
    expectDomainError(await bad({ reason: ' ' }), 'write/required', 'reason');
    expectDomainError(await bad({ year: 1999 }), 'write/out_of_range', 'year');
    expectDomainError(await bad({ memberCodes: [] }), 'write/required', 'memberCodes');
    expectDomainError(await bad({ memberCodes: ['64.74.01.1003'] }), 'write/invalid', 'memberCodes');
    expectDomainError(await bad({ memberCodes: ['16.71'] }), 'write/invalid', 'memberCodes');
    const bontang = await app.db.prisma.regionGroup.findFirstOrThrow({ where: { regionCode: '64.74' } });
    expectDomainError(
      await bad({ regionCode: '64.74', name: bontang.name, year: bontang.year, memberCodes: ['64.74.01.1003'] }),
      'write/duplicate',
      'name',
    );
    expect(await tableCounts(app, ['region_group', 'region_group_member'])).toEqual(before);

    const change = {
      id: bontang.id,
      version: bontang.version,
      name: bontang.name,
      kind: bontang.kind,
      year: bontang.year,
      reason: bontang.reason,
      memberCodes: ['64.74.01.1003', '64.74.01.1006', '64.74.02.1001', '64.74.02.1006'],
    };
    for (const role of NOT_ADMIN) {
      expectForbidden(await mutate(app, as[role], UPDATE, { input: change }));
      expectForbidden(await mutate(app, as[role], DELETE, { id: bontang.id, version: bontang.version }));
    }
    expectDomainError(await mutate(app, as.adminMuba, UPDATE, { input: change }), 'write/not_found', 'id');
    await succeeds(app, as.admin, UPDATE, { input: { ...change, reason: `${bontang.reason}.` } });
    expectDomainError(await mutate(app, as.admin, UPDATE, { input: change }), 'write/stale_version', 'version');
    const inUse = await mutate(app, as.admin, DELETE, { id: bontang.id, version: bontang.version + 1 });
    expectDomainError(inUse, 'write/in_use', 'id');
    expect((inUse as unknown as { inUse: { what: string }[] }).inUse).toEqual([{ what: 'targets', count: expect.any(Number) }]);
  });
});
