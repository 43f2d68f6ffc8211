// OPDs, partners and clusters: reading them, and the secretariat's set-up through GraphQL on the
// seeded demo. Every refusal (wrong role, wrong scope, bad input, stale version, in use) stores
// nothing; every write lands in the audit log with its values before and after.
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

const OPD = '{ id version name shortName kind regionCode }';
const CLUSTER = '{ id version number name headTitle regionCode viceOpd { shortName } }';
const CREATE_OPD = `mutation ($input: CreateOpdInput!) { createOpd(input: $input) { ${result('createOpd', OPD)} } }`;
const UPDATE_OPD = `mutation ($input: UpdateOpdInput!) { updateOpd(input: $input) { ${result('updateOpd', OPD)} } }`;
const DELETE_OPD = `mutation ($id: Int!, $version: Int!) { deleteOpd(id: $id, version: $version) { ${result('deleteOpd', '')} ... on DomainError { inUse { what count } } } }`;
const CREATE_CLUSTER = `mutation ($input: CreateClusterInput!) { createCluster(input: $input) { ${result('createCluster', CLUSTER)} } }`;
const UPDATE_CLUSTER = `mutation ($input: UpdateClusterInput!) { updateCluster(input: $input) { ${result('updateCluster', CLUSTER)} } }`;
const DELETE_CLUSTER = `mutation ($id: Int!, $version: Int!) { deleteCluster(id: $id, version: $version) { ${result('deleteCluster', '')} ... on DomainError { inUse { what count } } } }`;

interface Opd {
  id: number;
  version: number;
  name: string;
  shortName: string;
  kind: string;
}
interface Cluster {
  id: number;
  version: number;
  number: number;
  viceOpd: { shortName: string } | null;
}

const opdId = async (region: string, short: string) =>
  (await app.db.prisma.opd.findFirstOrThrow({ where: { regionCode: region, shortName: short } })).id;

const lastAudit = (entity: string, id: number | string) =>
  app.db.prisma.auditLog.findFirstOrThrow({ where: { entity, entityId: String(id) }, orderBy: { id: 'desc' } });

describe('reading', () => {
  it('lists the OPDs and clusters of a kabupaten/kota with their kind and version', async () => {
    const { data } = await app.gql<{ opds: Opd[]; clusters: Cluster[] }>(
      '{ opds(regionCode: "16.71") { shortName kind version } clusters(regionCode: "16.71") { number version viceOpd { shortName } } }',
      {},
      as.walikota,
    );
    expect(data!.opds.find((o) => o.shortName === 'BAZNAS')).toMatchObject({ kind: 'PARTNER', version: 0 });
    expect(data!.opds.find((o) => o.shortName === 'DINSOS')).toMatchObject({ kind: 'OPD' });
    expect(data!.clusters.map((c) => c.number)).toEqual([1, 2, 3, 4]);
    expect(data!.clusters[0]!.viceOpd).toEqual({ shortName: 'DINSOS' });
  });

  it('refuses the OPDs of a kabupaten/kota outside a user’s area', async () => {
    const { errors } = await app.gql('{ opds(regionCode: "64.74") { id } }', {}, as.walikota);
    expect(errors?.[0]?.extensions?.code).toBe('auth/forbidden');
  });
});

describe('OPDs and partners', () => {
  const input = { regionCode: '16.71', name: 'Badan Amil Zakat Kota (CSR)', shortName: 'csr-plg', kind: 'PARTNER' };

  it('creates, renames and removes a partner, each write audited with before and after', async () => {
    const created = await succeeds<Opd>(app, as.admin, CREATE_OPD, { input });
    expect(created).toMatchObject({ version: 0, shortName: 'CSR-PLG', kind: 'PARTNER', regionCode: '16.71' });
    expect(JSON.parse(JSON.stringify((await lastAudit('opd', created.id)).details))).toEqual({
      before: null,
      after: { name: input.name, shortName: 'CSR-PLG', kind: 'PARTNER', regionCode: '16.71' },
      regionCode: '16.71',
    });

    const renamed = await succeeds<Opd>(app, as.admin, UPDATE_OPD, {
      input: { id: created.id, version: 0, name: 'Mitra CSR Palembang', shortName: 'CSR-PLG', kind: 'PARTNER' },
    });
    expect(renamed).toMatchObject({ version: 1, name: 'Mitra CSR Palembang' });
    const audit = await lastAudit('opd', created.id);
    expect(audit).toMatchObject({ action: 'update', userId: expect.any(Number) });
    expect(audit.details).toMatchObject({ before: { name: input.name }, after: { name: 'Mitra CSR Palembang' } });

    expect(await succeeds(app, as.admin, DELETE_OPD, { id: created.id, version: 1 })).toBe(created.id);
    expect(await app.db.prisma.opd.findUnique({ where: { id: created.id } })).toBeNull();
    expect((await lastAudit('opd', created.id)).action).toBe('delete');
  });

  it('is refused to every role but ADMIN, and to an ADMIN of another kabupaten/kota', async () => {
    const before = await tableCounts(app, ['opd']);
    for (const role of NOT_ADMIN) expectForbidden(await mutate(app, as[role], CREATE_OPD, { input }));
    expectForbidden(await mutate(app, as.adminMuba, CREATE_OPD, { input }));
    expect(await mutate(app, undefined, CREATE_OPD, { input })).toEqual({ errorCode: 'auth/unauthenticated' });
    const dinsos = await opdId('16.71', 'DINSOS');
    for (const role of NOT_ADMIN) {
      expectForbidden(
        await mutate(app, as[role], UPDATE_OPD, { input: { id: dinsos, version: 0, name: 'x', shortName: 'X', kind: 'OPD' } }),
      );
      expectForbidden(await mutate(app, as[role], DELETE_OPD, { id: dinsos, version: 0 }));
    }
    // Another kabupaten/kota's record is "not found" to a regional ADMIN: ids say nothing about it.
    const outside = await mutate(app, as.adminMuba, UPDATE_OPD, {
      input: { id: dinsos, version: 0, name: 'Dinas Sosial', shortName: 'DINSOS', kind: 'OPD' },
    });
    expectDomainError(outside, 'write/not_found', 'id');
    expectDomainError(await mutate(app, as.adminMuba, DELETE_OPD, { id: dinsos, version: 0 }), 'write/not_found', 'id');
    expect(await tableCounts(app, ['opd'])).toEqual(before);
  });

  it('lets an ADMIN of the kabupaten/kota set up their own', async () => {
    const own = await succeeds<Opd>(app, as.adminMuba, CREATE_OPD, {
      input: { regionCode: '16.06', name: 'Dinas Perumahan Muba', shortName: 'DISPERKIM-M', kind: 'OPD' },
    });
    expect(own.shortName).toBe('DISPERKIM-M');
  });

  it('says which field is wrong and stores nothing', async () => {
    const before = await tableCounts(app, ['opd']);
    const bad = async (change: Record<string, unknown>) => mutate(app, as.admin, CREATE_OPD, { input: { ...input, ...change } });
    expectDomainError(await bad({ name: '   ' }), 'write/required', 'name');
    expectDomainError(await bad({ name: 'x'.repeat(201) }), 'write/too_long', 'name');
    expectDomainError(await bad({ shortName: '' }), 'write/required', 'shortName');
    expectDomainError(await bad({ shortName: 'DINSOS!' }), 'opd/short_name_invalid', 'shortName');
    expectDomainError(await bad({ shortName: 'dinsos' }), 'write/duplicate', 'shortName');
    expectDomainError(await bad({ regionCode: '16.71.06' }), 'write/region_invalid', 'regionCode');
    expectDomainError(await bad({ regionCode: '16' }), 'write/region_invalid', 'regionCode');
    const { errors } = await app.gql(CREATE_OPD, { input: { ...input, kind: 'NGO' } }, as.admin);
    expect(errors?.[0]?.message).toMatch(/kind/);
    expect(await tableCounts(app, ['opd'])).toEqual(before);
  });

  it('refuses a save from a form opened before another save, naming who and when', async () => {
    const id = await opdId('16.71', 'BPS');
    const first = await succeeds<Opd>(app, as.admin, UPDATE_OPD, {
      input: { id, version: 0, name: 'BPS Kota Palembang', shortName: 'BPS', kind: 'PARTNER' },
    });
    expect(first.version).toBe(1);
    const second = await mutate(app, as.admin, UPDATE_OPD, {
      input: { id, version: 0, name: 'Badan Pusat Statistik', shortName: 'BPS', kind: 'PARTNER' },
    });
    expectDomainError(second, 'write/stale_version', 'version');
    expect(second.changedBy).toBe('Sekretariat TKPKD (Bappeda) (admin)');
    expect(Date.parse(second.changedAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect(second.message).toMatch(/^Changed by Sekretariat TKPKD \(Bappeda\) \(admin\) at /);
    expectDomainError(await mutate(app, as.admin, DELETE_OPD, { id, version: 0 }), 'write/stale_version', 'version');
    expect((await app.db.prisma.opd.findUniqueOrThrow({ where: { id } })).name).toBe('BPS Kota Palembang');
  });

  it('refuses to remove an OPD that programs, clusters and users name, saying what does', async () => {
    const id = await opdId('16.71', 'DINSOS');
    const outcome = await mutate<never>(app, as.admin, DELETE_OPD, { id, version: 0 });
    expectDomainError(outcome, 'write/in_use', 'id');
    const uses = (outcome as unknown as { inUse: { what: string; count: number }[] }).inUse;
    expect(uses.map((u) => u.what)).toEqual(expect.arrayContaining(['programs', 'clusters', 'users']));
    expect(uses.every((u) => u.count > 0)).toBe(true);
    expect(await app.db.prisma.opd.findUnique({ where: { id } })).not.toBeNull();
  });
});

describe('clusters', () => {
  // Kota Kupang ships without clusters: its secretariat sets them up.
  const KUPANG = '53.71';

  it('creates, edits and removes a cluster with its vice-head OPD', async () => {
    const dinsos = await succeeds<Opd>(app, as.admin, CREATE_OPD, {
      input: { regionCode: KUPANG, name: 'Dinas Sosial Kota Kupang', shortName: 'DINSOS', kind: 'OPD' },
    });
    const created = await succeeds<Cluster>(app, as.admin, CREATE_CLUSTER, {
      input: {
        regionCode: KUPANG,
        number: 1,
        name: 'Bantuan sosial terpadu',
        headTitle: 'Asisten Bidang Pemerintahan dan Kesra',
        viceOpdId: dinsos.id,
      },
    });
    expect(created).toMatchObject({ version: 0, number: 1, viceOpd: { shortName: 'DINSOS' } });
    const edited = await succeeds<Cluster>(app, as.admin, UPDATE_CLUSTER, {
      input: { id: created.id, version: 0, number: 2, name: 'Pemberdayaan masyarakat', headTitle: 'Asisten II', viceOpdId: null },
    });
    expect(edited).toMatchObject({ version: 1, number: 2, viceOpd: null });
    expect((await lastAudit('cluster', created.id)).details).toMatchObject({
      before: { number: 1, viceOpd: 'DINSOS' },
      after: { number: 2, viceOpd: null },
    });
    // The OPD is no longer vice-head of anything: it can go, then the cluster.
    expect(await succeeds(app, as.admin, DELETE_OPD, { id: dinsos.id, version: 0 })).toBe(dinsos.id);
    expect(await succeeds(app, as.admin, DELETE_CLUSTER, { id: created.id, version: 1 })).toBe(created.id);
  });

  it('refuses other roles, other areas, bad input, a taken number, a stale version and a cluster in use', async () => {
    const input = { regionCode: '16.71', number: 4, name: 'Klaster empat', headTitle: 'Asisten III' };
    const before = await tableCounts(app, ['cluster']);
    for (const role of NOT_ADMIN) expectForbidden(await mutate(app, as[role], CREATE_CLUSTER, { input }));
    expectForbidden(await mutate(app, as.adminMuba, CREATE_CLUSTER, { input }));
    expectDomainError(await mutate(app, as.admin, CREATE_CLUSTER, { input }), 'cluster/number_taken', 'number');
    expectDomainError(await mutate(app, as.admin, CREATE_CLUSTER, { input: { ...input, number: 5 } }), 'write/out_of_range', 'number');
    expectDomainError(await mutate(app, as.admin, CREATE_CLUSTER, { input: { ...input, headTitle: ' ' } }), 'write/required', 'headTitle');
    const bontangOpd = await opdId('64.74', 'DINSOS');
    expectDomainError(
      await mutate(app, as.admin, CREATE_CLUSTER, { input: { ...input, regionCode: '53.71', number: 3, viceOpdId: bontangOpd } }),
      'write/invalid',
      'viceOpdId',
    );
    expect(await tableCounts(app, ['cluster'])).toEqual(before);

    const k4 = await app.db.prisma.cluster.findFirstOrThrow({ where: { regionCode: '16.71', number: 4 } });
    const change = { id: k4.id, number: 4, name: k4.name, headTitle: 'Asisten Bidang Administrasi Umum', viceOpdId: k4.viceOpdId };
    for (const role of NOT_ADMIN) expectForbidden(await mutate(app, as[role], UPDATE_CLUSTER, { input: { ...change, version: 0 } }));
    expectDomainError(await mutate(app, as.adminMuba, UPDATE_CLUSTER, { input: { ...change, version: 0 } }), 'write/not_found', 'id');
    expectDomainError(
      await mutate(app, as.admin, UPDATE_CLUSTER, { input: { ...change, number: 1, version: 0 } }),
      'cluster/number_taken',
      'number',
    );
    await succeeds(app, as.admin, UPDATE_CLUSTER, { input: { ...change, version: 0 } });
    expectDomainError(await mutate(app, as.admin, UPDATE_CLUSTER, { input: { ...change, version: 0 } }), 'write/stale_version', 'version');
    const inUse = await mutate(app, as.admin, DELETE_CLUSTER, { id: k4.id, version: 1 });
    expectDomainError(inUse, 'write/in_use', 'id');
    for (const role of NOT_ADMIN) expectForbidden(await mutate(app, as[role], DELETE_CLUSTER, { id: k4.id, version: 1 }));
  });
});
