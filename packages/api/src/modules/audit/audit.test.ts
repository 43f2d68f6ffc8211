// The audit log as the Audit page reads it: every write with who, when, before and after, filtered
// by user, record and day, scoped to the ADMIN's area, personal data of households masked for
// readers without access to it.
import { beforeAll, describe, expect, it } from 'vitest';
import { NOT_ADMIN, type RoleSessions, roleSessions } from '../../test/admins.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { result, succeeds } from '../../test/writes.js';
import { auditChanges } from './audit.service.js';

let app: TestApp;
let as: RoleSessions;
let palembangOpd: number;
let mubaOpd: number;
beforeAll(async () => {
  app = await createTestApp();
  as = await roleSessions(app);
  const CREATE = `mutation ($input: CreateOpdInput!) { createOpd(input: $input) { ${result('createOpd', '{ id }')} } }`;
  palembangOpd = (
    await succeeds<{ id: number }>(app, as.admin, CREATE, {
      input: { regionCode: '16.71', name: 'Mitra CSR Bank Sumsel', shortName: 'CSR-BSB', kind: 'PARTNER' },
    })
  ).id;
  const UPDATE = `mutation ($input: UpdateOpdInput!) { updateOpd(input: $input) { ${result('updateOpd', '{ id }')} } }`;
  await succeeds(app, as.admin, UPDATE, {
    input: { id: palembangOpd, version: 0, name: 'Mitra CSR Bank Sumsel Babel', shortName: 'CSR-BSB', kind: 'PARTNER' },
  });
  mubaOpd = (
    await succeeds<{ id: number }>(app, as.adminMuba, CREATE, {
      input: { regionCode: '16.06', name: 'Mitra CSR Migas', shortName: 'CSR-MIGAS', kind: 'PARTNER' },
    })
  ).id;
});

const LOG = `query ($userId: Int, $entity: String, $entityId: String, $from: Date, $to: Date, $first: Int, $before: String) {
  auditLog(userId: $userId, entity: $entity, entityId: $entityId, from: $from, to: $to, first: $first, before: $before) {
    totalCount nextBefore
    entries { id at action entity entityId regionCode note user { username } changes { field before after changed masked } }
  }
}`;

interface Entry {
  id: string;
  at: string;
  action: string;
  entity: string;
  entityId: string;
  regionCode: string | null;
  user: { username: string } | null;
  changes: { field: string; before: string | null; after: string | null; changed: boolean; masked: boolean }[];
}
interface Page {
  totalCount: number;
  nextBefore: string | null;
  entries: Entry[];
}

const log = async (variables: Record<string, unknown>, auth = as.admin) => {
  const { data, errors } = await app.gql<{ auditLog: Page }>(LOG, variables, auth);
  if (errors) return { errorCode: errors[0]!.extensions?.code as string };
  return data!.auditLog;
};

describe('auditLog', () => {
  it('shows each write with who, when, and its fields before and after, newest first', async () => {
    const page = (await log({ entity: 'opd', entityId: String(palembangOpd) })) as Page;
    expect(page.totalCount).toBe(2);
    const [update, create] = page.entries;
    expect(update).toMatchObject({ action: 'update', regionCode: '16.71', user: { username: 'admin' } });
    expect(update!.changes.find((c) => c.field === 'name')).toEqual({
      field: 'name',
      before: 'Mitra CSR Bank Sumsel',
      after: 'Mitra CSR Bank Sumsel Babel',
      changed: true,
      masked: false,
    });
    expect(update!.changes.find((c) => c.field === 'shortName')).toMatchObject({ changed: false });
    expect(create).toMatchObject({ action: 'create' });
    expect(create!.changes.every((c) => c.before === null && c.changed)).toBe(true);
  });

  it('filters by user, record kind and WIB day, and pages', async () => {
    const mine = (await log({ userId: (await app.db.prisma.user.findUniqueOrThrow({ where: { username: 'admin.muba' } })).id })) as Page;
    expect(mine.entries.length).toBeGreaterThan(0);
    expect(mine.entries.every((e) => e.user?.username === 'admin.muba')).toBe(true);
    const opds = (await log({ entity: 'opd' })) as Page;
    expect(opds.entries.every((e) => e.entity === 'opd')).toBe(true);
    // Today in WIB has the writes above; a day long past has none.
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    expect(((await log({ entity: 'opd', from: today, to: today })) as Page).totalCount).toBe(3);
    expect(((await log({ entity: 'opd', from: '2020-01-01', to: '2020-12-31' })) as Page).totalCount).toBe(0);
    const first = (await log({ first: 2 })) as Page;
    expect(first.entries).toHaveLength(2);
    const second = (await log({ first: 2, before: first.nextBefore })) as Page;
    expect(BigInt(second.entries[0]!.id)).toBeLessThan(BigInt(first.entries[1]!.id));
  });

  it('shows a regional ADMIN their area’s entries only', async () => {
    const page = (await log({ entity: 'opd', first: 200 }, as.adminMuba)) as Page;
    expect(page.entries.map((e) => e.entityId)).toEqual([String(mubaOpd)]);
    const logins = (await log({ first: 200 }, as.adminMuba)) as Page;
    expect(logins.entries.some((e) => e.entityId === String(palembangOpd))).toBe(false);
  });

  it('is refused to every other role, and a forged page cursor or size is refused', async () => {
    for (const role of NOT_ADMIN) expect(await log({}, as[role])).toEqual({ errorCode: 'auth/forbidden' });
    expect(await log({ before: 'abc' })).toEqual({ errorCode: 'input/invalid' });
    expect(await log({ first: 0 })).toEqual({ errorCode: 'input/invalid' });
    const { data } = await app.gql<{ auditEntities: string[] }>('{ auditEntities }', {}, as.admin);
    expect(data!.auditEntities).toEqual(expect.arrayContaining(['opd', 'app_user', 'User']));
  });
});

describe('auditChanges', () => {
  const verification = {
    before: { nik: '1671061203850012', headName: 'Siti Aminah', address: 'Jl. Mawar 3', povertyStatus: 'EXTREME' },
    after: { nik: '1671061203850012', headName: 'Siti Aminah', address: 'Jl. Melati 9', povertyStatus: 'POOR' },
    regionCode: '16.71.06.1005',
  };

  it('masks NIK, names and addresses of households for readers without access, not the rest', () => {
    const hidden = auditChanges('household', verification, false);
    expect(hidden.find((c) => c.field === 'nik')).toEqual({ field: 'nik', before: '••••', after: '••••', changed: false, masked: true });
    expect(hidden.find((c) => c.field === 'address')).toMatchObject({ before: '••••', after: '••••', changed: true, masked: true });
    expect(hidden.find((c) => c.field === 'povertyStatus')).toMatchObject({ before: 'EXTREME', after: 'POOR', masked: false });
    expect(JSON.stringify(hidden)).not.toMatch(/1671|Siti|Mawar|Melati/);
    const shown = auditChanges('household', verification, true);
    expect(shown.find((c) => c.field === 'headName')).toMatchObject({ before: 'Siti Aminah', masked: false });
    // An OPD's or program's name is not personal data.
    expect(auditChanges('opd', { before: null, after: { name: 'Dinas Sosial' } }, false)[0]).toMatchObject({
      after: 'Dinas Sosial',
      masked: false,
    });
  });

  it('reads the older shapes: a setting’s single value, figures kept flat, no details', () => {
    expect(auditChanges('setting', { before: 2025, after: 2026 }, true)).toEqual([
      { field: 'value', before: '2025', after: '2026', changed: true, masked: false },
    ]);
    expect(auditChanges('progress_report', { month: 10, realisasi: '5000', from: 'SUBMITTED', to: 'APPROVED' }, true)).toEqual([
      { field: 'month', before: null, after: '10', changed: true, masked: false },
      { field: 'realisasi', before: null, after: '5000', changed: true, masked: false },
      { field: 'from', before: null, after: 'SUBMITTED', changed: true, masked: false },
      { field: 'to', before: null, after: 'APPROVED', changed: true, masked: false },
    ]);
    expect(auditChanges('User', {}, true)).toEqual([]);
    expect(auditChanges('program', { before: { plan: ['1', '2'] }, after: { plan: ['1', '3'] } }, true)[0]).toMatchObject({
      before: '["1","2"]',
      after: '["1","3"]',
    });
  });
});
