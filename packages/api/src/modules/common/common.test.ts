// The write helper every set-up write goes through (write.ts), its input checks (input.ts) and the
// ADMIN area checks (admin.ts), against a real database: one transaction or nothing, the audit
// entry inside it, "changed by X at T", the reason a delete is refused.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../context.js';
import { DomainError } from '../../errors.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { adminCovers, assertAdminOf, assertRegency, foundInArea } from './admin.js';
import { optionalText, requiredText, wholeNumber } from './input.js';
import {
  assertVersion,
  audit,
  auditValue,
  InUseError,
  refuseInUse,
  StaleVersionError,
  WRITE_DUPLICATE,
  WRITE_IN_USE,
  WRITE_STALE,
  write,
} from './write.js';

let app: TestApp;
let admin: Viewer;
beforeAll(async () => {
  app = await createTestApp();
  const row = await app.db.prisma.user.findUniqueOrThrow({ where: { username: 'admin' } });
  admin = {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: 'ADMIN',
    regionCode: null,
    opdId: null,
    clusterId: null,
  };
});

const caught = async (work: () => Promise<unknown> | unknown) => {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
};

describe('write', () => {
  it('commits the change and its audit entry together, or neither', async () => {
    const before = await app.db.prisma.auditLog.count();
    const error = await caught(() =>
      write(app.db, async (tx) => {
        await tx.opd.create({ data: { regionCode: '16.71', name: 'Sementara', shortName: 'TMP-1' } });
        await audit(tx, admin, { entity: 'opd', entityId: 0, action: 'create', after: { shortName: 'TMP-1' } });
        throw new DomainError('write/required', 'Fill this in', 'name');
      }),
    );
    expect(error).toMatchObject({ code: 'write/required', field: 'name' });
    expect(await app.db.prisma.opd.count({ where: { shortName: 'TMP-1' } })).toBe(0);
    expect(await app.db.prisma.auditLog.count()).toBe(before);

    const opd = await write(app.db, async (tx) => {
      const created = await tx.opd.create({ data: { regionCode: '16.71', name: 'Sementara', shortName: 'TMP-2' } });
      await audit(tx, admin, { entity: 'opd', entityId: created.id, action: 'create', after: created, note: 'uji', regionCode: '16.71' });
      return created;
    });
    const entry = await app.db.prisma.auditLog.findFirstOrThrow({ where: { entity: 'opd', entityId: String(opd.id) } });
    expect(entry).toMatchObject({ userId: admin.id, action: 'create' });
    expect(entry.details).toMatchObject({ before: null, after: { shortName: 'TMP-2', version: 0 }, note: 'uji', regionCode: '16.71' });
  });

  it('turns a unique or foreign-key violation the checks did not foresee into a DomainError without database text', async () => {
    const duplicate = await caught(() =>
      write(app.db, (tx) => tx.opd.create({ data: { regionCode: '16.71', name: 'Dua', shortName: 'DINSOS' } })),
    );
    expect(duplicate).toMatchObject({ code: WRITE_DUPLICATE });
    const dinsos = await app.db.prisma.opd.findFirstOrThrow({ where: { regionCode: '16.71', shortName: 'DINSOS' } });
    const used = await caught(() => write(app.db, (tx) => tx.opd.delete({ where: { id: dinsos.id } })));
    expect(used).toMatchObject({ code: WRITE_IN_USE });
    const gone = await caught(() => write(app.db, (tx) => tx.opd.update({ where: { id: 987_654 }, data: { name: 'x' } })));
    expect(gone).toMatchObject({ code: 'write/not_found', field: 'id' });
    for (const error of [duplicate, used, gone]) expect((error as Error).message).not.toMatch(/prisma|constraint|insert|delete from/i);
  });

  it('keeps bigint and dates as JSON text in the audit log', () => {
    expect(auditValue({ pagu: 350_000_000n, at: new Date('2026-11-20T00:00:00Z'), none: undefined })).toEqual({
      pagu: '350000000',
      at: '2026-11-20T00:00:00.000Z',
    });
    expect(auditValue(undefined)).toBeNull();
  });
});

describe('assertVersion', () => {
  it('passes the version the record has, and refuses another with who saved last and when', async () => {
    await write(app.db, (tx) => assertVersion(tx, 'opd', 1, 3, 3));
    await write(app.db, (tx) => assertVersion(tx, 'opd', 1, 3, undefined));
    await write(app.db, (tx) => audit(tx, admin, { entity: 'cluster', entityId: 77, action: 'update' }));
    const error = await caught(() => write(app.db, (tx) => assertVersion(tx, 'cluster', 77, 2, 1)));
    expect(error).toBeInstanceOf(StaleVersionError);
    expect(error).toMatchObject({ code: WRITE_STALE, field: 'version', changedBy: 'Sekretariat TKPKD (Bappeda) (admin)' });
    expect((error as StaleVersionError).changedAt).toBeInstanceOf(Date);
    const unknown = await caught(() => write(app.db, (tx) => assertVersion(tx, 'cluster', 78, 2, 1)));
    expect(unknown).toMatchObject({ changedBy: null, changedAt: null });
    expect((unknown as Error).message).toMatch(/^Changed by another user at just now/);
  });
});

describe('refuseInUse', () => {
  it('says what uses a record and how many, leaving out what does not', () => {
    expect(() => refuseInUse([[0, 'programs']])).not.toThrow();
    const error = (() => {
      try {
        refuseInUse([
          [3, 'programs'],
          [0, 'users'],
          [1, 'clusters'],
        ]);
      } catch (e) {
        return e as InUseError;
      }
    })();
    expect(error).toBeInstanceOf(InUseError);
    expect(error).toMatchObject({
      code: WRITE_IN_USE,
      field: 'id',
      uses: [
        { count: 3, what: 'programs' },
        { count: 1, what: 'clusters' },
      ],
    });
    expect(error!.message).toBe('In use by 3 programs, 1 clusters; remove or move them first');
  });
});

describe('input checks', () => {
  it('trims text, refuses empty and long text, and numbers out of range, naming the field', () => {
    expect(requiredText('  Dinas Sosial ', 'name', 20)).toBe('Dinas Sosial');
    expect(() => requiredText('   ', 'name', 20)).toThrow(expect.objectContaining({ code: 'write/required', field: 'name' }));
    expect(() => requiredText('x'.repeat(21), 'name', 20)).toThrow(expect.objectContaining({ code: 'write/too_long', field: 'name' }));
    expect(optionalText('  ', 'note', 5)).toBeNull();
    expect(() => optionalText('panjang', 'note', 5)).toThrow(expect.objectContaining({ code: 'write/too_long' }));
    expect(wholeNumber(4, 'number', 1, 4)).toBe(4);
    for (const n of [0, 5, 1.5, Number.NaN]) {
      expect(() => wholeNumber(n, 'number', 1, 4)).toThrow(expect.objectContaining({ code: 'write/out_of_range', field: 'number' }));
    }
  });
});

describe('ADMIN areas', () => {
  const regional: Viewer = { id: 1, username: 'a', displayName: 'A', role: 'ADMIN', regionCode: '16.71', opdId: null, clusterId: null };

  it('covers the ADMIN’s kabupaten/kota and below, every region for a deployment-wide ADMIN, nothing for other roles', () => {
    expect(adminCovers(regional, '16.71')).toBe(true);
    expect(adminCovers(regional, '16.71.06.1005')).toBe(true);
    expect(adminCovers(regional, '16.06')).toBe(false);
    expect(adminCovers(regional, '16')).toBe(false);
    expect(adminCovers(admin, '64.74')).toBe(true);
    expect(adminCovers({ ...regional, role: 'EXECUTIVE' }, '16.71')).toBe(false);
    expect(() => assertAdminOf(regional, '16.06')).toThrow(expect.objectContaining({ extensions: { code: 'auth/forbidden' } }));
    expect(() => assertAdminOf({ ...regional, role: 'OPD_OPERATOR' }, '16.71')).toThrow(/ADMIN/);
    expect(() => assertAdminOf(null, '16.71')).toThrow(expect.objectContaining({ extensions: { code: 'auth/unauthenticated' } }));
  });

  it('answers "not found" for a record outside the area, as for one that does not exist', () => {
    expect(foundInArea(regional, { regionCode: '16.71', id: 3 }, 'OPD', 3)).toEqual({ regionCode: '16.71', id: 3 });
    expect(() => foundInArea(regional, { regionCode: '16.06' }, 'OPD', 3)).toThrow(
      expect.objectContaining({ code: 'write/not_found', field: 'id' }),
    );
    expect(() => foundInArea(regional, null, 'OPD', 3)).toThrow(expect.objectContaining({ code: 'write/not_found' }));
  });

  it('takes a kabupaten/kota Pantau holds, nothing else', async () => {
    await write(app.db, (tx) => assertRegency(tx, '16.71'));
    for (const code of ['16', '16.71.06', '99.99']) {
      expect(await caught(() => write(app.db, (tx) => assertRegency(tx, code)))).toMatchObject({
        code: 'write/region_invalid',
        field: 'regionCode',
      });
    }
  });
});
