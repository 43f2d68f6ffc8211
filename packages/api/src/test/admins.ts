// Signed-in users for the set-up tests (issue 11): every demo role, and an ADMIN of one
// kabupaten/kota (the demo's `admin` is deployment-wide), made through createUser as the command
// line makes them.
import { createUser } from '../modules/user/user.service.js';
import { loginAs, type TestApp } from './app.js';
import type { Auth } from './writes.js';

export interface RoleSessions {
  admin: Auth;
  walikota: Auth;
  klaster1: Auth;
  dinsos: Auth;
  kelurahan: Auth;
  /** ADMIN of Kabupaten Musi Banyuasin (16.06) only. */
  adminMuba: Auth;
}

/** Signs in one user per demo role and a regional ADMIN of Musi Banyuasin. */
export async function roleSessions(app: TestApp): Promise<RoleSessions> {
  const password = 'muba-sekretariat-2026';
  if (!(await app.db.prisma.user.findUnique({ where: { username: 'admin.muba' } }))) {
    await createUser(app.db, {
      username: 'admin.muba',
      displayName: 'Sekretariat TKPKD Muba',
      role: 'ADMIN',
      regionCode: '16.06',
      password,
    });
  }
  return {
    admin: await loginAs(app, 'admin'),
    walikota: await loginAs(app, 'walikota'),
    klaster1: await loginAs(app, 'klaster1'),
    dinsos: await loginAs(app, 'dinsos'),
    kelurahan: await loginAs(app, 'kelurahan'),
    adminMuba: await loginAs(app, 'admin.muba', password),
  };
}

/** The signed-in roles that may not set anything up. */
export const NOT_ADMIN = ['walikota', 'klaster1', 'dinsos', 'kelurahan'] as const;
