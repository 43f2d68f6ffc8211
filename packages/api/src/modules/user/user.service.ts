// Users: who may sign in, with which role and where. Every way a user is made (the command line,
// the first-run set-up page, an ADMIN's user page) goes through createUser, so the rules are one.
import type { Viewer } from '../../context.js';
import type { Database } from '../../db.js';
import { DomainError } from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { Role } from '../../generated/prisma/enums.js';
import { hasControlCharacters } from '../../text.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { forbidden, isUnder } from '../auth/scope.js';
import { assertUpdated } from '../common/input.js';
import { assertVersion, audit, type Tx, WRITE_NOT_FOUND, write } from '../common/write.js';

export const USER_USERNAME_INVALID = 'user/username_invalid';
export const USER_USERNAME_TAKEN = 'user/username_taken';
export const USER_ROLE_INVALID = 'user/role_invalid';
export const USER_REGION_INVALID = 'user/region_invalid';
export const USER_OPD_REQUIRED = 'user/opd_required';
export const USER_CLUSTER_REQUIRED = 'user/cluster_required';
export const USER_PASSWORD_WEAK = 'user/password_weak';
export const USER_DISPLAY_NAME_INVALID = 'user/display_name_invalid';

export const ROLES: readonly Role[] = ['ADMIN', 'EXECUTIVE', 'CLUSTER_HEAD', 'OPD_OPERATOR', 'REGION_OPERATOR'];
export const MIN_PASSWORD_LENGTH = 10;

/** Passwords that are published (the demo's) or guessed first. */
const REFUSED_PASSWORDS = new Set(['pantau-demo', 'password123', '1234567890', 'qwertyuiop', 'bappeda123', 'admin12345', 'tkpkd12345']);

export interface NewUser {
  username: string;
  displayName?: string | undefined;
  role: string;
  /** Kabupaten/kota (or province, for ADMIN and EXECUTIVE); a kelurahan or kecamatan for REGION_OPERATOR. */
  regionCode?: string | null | undefined;
  /** OPD_OPERATOR: the OPD's short name or id in the region. */
  opd?: string | number | null | undefined;
  /** CLUSTER_HEAD: the cluster number 1–4 in the region. */
  cluster?: number | null | undefined;
  password: string;
}

export function checkPassword(password: string, username: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new DomainError(USER_PASSWORD_WEAK, `The password needs at least ${MIN_PASSWORD_LENGTH} characters`, 'password');
  }
  if (password.length > 200) throw new DomainError(USER_PASSWORD_WEAK, 'The password may have at most 200 characters', 'password');
  if (REFUSED_PASSWORDS.has(password.toLowerCase()) || password.toLowerCase().includes(username.toLowerCase())) {
    throw new DomainError(
      USER_PASSWORD_WEAK,
      'This password is too easy to guess (it is published, common, or contains the username)',
      'password',
    );
  }
}

/** Checks everything, then creates the user; returns its id. `actor` is the ADMIN creating it (null from the command line or the first-run set-up). */
export async function createUser(db: Database, input: NewUser, actor: Viewer | null = null): Promise<{ id: number; username: string }> {
  const username = input.username.trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9._-]{2,39}$/.test(username)) {
    throw new DomainError(USER_USERNAME_INVALID, 'A username is 3–40 lowercase letters, digits, dots, dashes or underscores', 'username');
  }
  const displayName = checkDisplayName(input.displayName ?? username);
  const role = checkRole(input.role);
  checkPassword(input.password, username);
  const regionCode = input.regionCode?.trim() || null;
  if (actor) assertManages(actor, regionCode, 'regionCode');
  const passwordHash = await hashPassword(input.password);
  return write(db, async (tx) => {
    const scope = await resolveScope(tx, role, regionCode, input.opd, input.cluster);
    if (await tx.user.findUnique({ where: { username }, select: { id: true } })) {
      throw new DomainError(USER_USERNAME_TAKEN, `The username ${username} is taken`, 'username');
    }
    let user: { id: number; username: string };
    try {
      user = await tx.user.create({ data: { username, displayName, role, ...scope, passwordHash }, select: { id: true, username: true } });
    } catch (error) {
      // Two creations of one name at once: the unique index decides, the loser hears why.
      if ((error as { code?: string }).code === 'P2002')
        throw new DomainError(USER_USERNAME_TAKEN, `The username ${username} is taken`, 'username');
      throw error;
    }
    const after = await snapshot(tx, user.id);
    await audit(tx, actor, { entity: USER_ENTITY, entityId: user.id, action: 'create', after, regionCode: scope.regionCode });
    return user;
  });
}

function checkDisplayName(value: string): string {
  const displayName = value.trim();
  if (displayName.length === 0 || displayName.length > 120 || hasControlCharacters(displayName)) {
    throw new DomainError(USER_DISPLAY_NAME_INVALID, 'A display name is 1–120 characters', 'displayName');
  }
  return displayName;
}

function checkRole(value: string): Role {
  const role = value.trim().toUpperCase() as Role;
  if (!ROLES.includes(role)) throw new DomainError(USER_ROLE_INVALID, `The role must be one of ${ROLES.join(', ')}`, 'role');
  return role;
}

/** Region, OPD and cluster a role needs, checked against what Pantau holds. */
async function resolveScope(
  tx: Tx,
  role: Role,
  regionCode: string | null,
  opdKey: string | number | null | undefined,
  clusterNumber: number | null | undefined,
): Promise<{ regionCode: string | null; opdId: number | null; clusterId: number | null }> {
  const region = regionCode ? await tx.region.findUnique({ where: { code: regionCode }, select: { level: true } }) : null;
  if (regionCode && !region)
    throw new DomainError(USER_REGION_INVALID, `No region ${regionCode} in Pantau (import the regions first)`, 'regionCode');
  const levels: Record<Role, readonly string[]> = {
    ADMIN: ['PROVINSI', 'KABUPATEN_KOTA'],
    EXECUTIVE: ['PROVINSI', 'KABUPATEN_KOTA'],
    CLUSTER_HEAD: ['KABUPATEN_KOTA'],
    OPD_OPERATOR: ['KABUPATEN_KOTA'],
    REGION_OPERATOR: ['KECAMATAN', 'KELURAHAN'],
  };
  const needsRegion = role !== 'ADMIN' && role !== 'EXECUTIVE';
  if ((needsRegion && !region) || (region && !levels[role].includes(region.level))) {
    throw new DomainError(USER_REGION_INVALID, `A ${role} works in a region of level ${levels[role].join(' or ')}`, 'regionCode');
  }
  let opdId: number | null = null;
  if (role === 'OPD_OPERATOR') {
    const opd =
      opdKey == null || opdKey === ''
        ? null
        : await tx.opd.findFirst({
            where: {
              regionCode: regionCode!,
              ...(typeof opdKey === 'number' ? { id: opdKey } : { shortName: { equals: String(opdKey), mode: 'insensitive' } }),
            },
          });
    if (!opd) throw new DomainError(USER_OPD_REQUIRED, `An OPD_OPERATOR needs an OPD of ${regionCode}`, 'opd');
    opdId = opd.id;
  }
  let clusterId: number | null = null;
  if (role === 'CLUSTER_HEAD') {
    const cluster =
      clusterNumber == null ? null : await tx.cluster.findFirst({ where: { regionCode: regionCode!, number: clusterNumber } });
    if (!cluster) throw new DomainError(USER_CLUSTER_REQUIRED, `A CLUSTER_HEAD needs a cluster (1–4) of ${regionCode}`, 'cluster');
    clusterId = cluster.id;
  }
  return { regionCode, opdId, clusterId };
}

// ───────────────────────────── an ADMIN's user page (issue 11) ─────────────────────────────

/** The audit log's name for users (the table's). */
export const USER_ENTITY = 'app_user';
export const USER_SELF = 'user/self';
export const USER_WRONG_PASSWORD = 'user/wrong_password';
export const USER_PASSWORD_UNCHANGED = 'user/password_unchanged';

/** Whether an ADMIN manages users of a region: their area's; a deployment-wide ADMIN manages every user. */
export function managesUsersOf(admin: Viewer, regionCode: string | null): boolean {
  if (admin.role !== 'ADMIN') return false;
  if (admin.regionCode === null) return true;
  return regionCode !== null && isUnder(regionCode, admin.regionCode);
}

/** An ADMIN of one area may not give a user a region outside it, nor the whole deployment. */
function assertManages(admin: Viewer, regionCode: string | null, field: string): void {
  if (!managesUsersOf(admin, regionCode)) {
    throw new DomainError(
      USER_REGION_INVALID,
      regionCode ? `${regionCode} is outside your area (${admin.regionCode})` : `Only a deployment-wide ADMIN makes deployment-wide users`,
      field,
    );
  }
}

/** A user an ADMIN may manage; others are "not found", so usernames of other areas stay unknown. */
async function loadManaged(tx: Tx, admin: Viewer, id: number) {
  const user = await tx.user.findUnique({ where: { id } });
  if (!user || !managesUsersOf(admin, user.regionCode)) throw new DomainError(WRITE_NOT_FOUND, `No user ${id} in your area`, 'id');
  return user;
}

/** The user as the audit log keeps it: never the password hash. */
async function snapshot(tx: Tx, id: number) {
  const u = await tx.user.findUniqueOrThrow({
    where: { id },
    include: { opd: { select: { shortName: true } }, cluster: { select: { number: true } } },
  });
  return {
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    regionCode: u.regionCode,
    opd: u.opd?.shortName ?? null,
    cluster: u.cluster?.number ?? null,
    active: u.active,
  };
}

export interface UserChange {
  id: number;
  version: number;
  displayName: string;
  role: string;
  regionCode?: string | null | undefined;
  opd?: number | null | undefined;
  cluster?: number | null | undefined;
}

/** Changes a user's name, role and scope. Their open sessions see the new role on their next request. */
export function updateUser(db: Database, admin: Viewer, input: UserChange) {
  const displayName = checkDisplayName(input.displayName);
  const role = checkRole(input.role);
  const regionCode = input.regionCode?.trim() || null;
  return write(db, async (tx) => {
    const current = await loadManaged(tx, admin, input.id);
    await assertVersion(tx, USER_ENTITY, current.id, current.version, input.version);
    assertManages(admin, regionCode, 'regionCode');
    const scope = await resolveScope(tx, role, regionCode, input.opd, input.cluster);
    // Nobody changes their own role or area: the last ADMIN could lock everyone out.
    if (current.id === admin.id && (role !== current.role || scope.regionCode !== current.regionCode)) {
      throw new DomainError(USER_SELF, 'You cannot change your own role or area; ask another ADMIN', 'role');
    }
    const before = await snapshot(tx, current.id);
    const { count } = await tx.user.updateMany({
      where: { id: current.id, version: input.version },
      data: { displayName, role, ...scope, version: { increment: 1 } },
    });
    await assertUpdated(tx, USER_ENTITY, current.id, count, input.version);
    const after = await snapshot(tx, current.id);
    await audit(tx, admin, { entity: USER_ENTITY, entityId: current.id, action: 'update', before, after, regionCode: scope.regionCode });
    return tx.user.findUniqueOrThrow({ where: { id: current.id } });
  });
}

/** Sets a new password for a user and ends every session they have. */
export async function resetUserPassword(db: Database, admin: Viewer, id: number, version: number, password: string) {
  const target = await db.prisma.user.findUnique({ where: { id }, select: { username: true } });
  checkPassword(password, target?.username ?? '');
  const passwordHash = await hashPassword(password);
  return write(db, async (tx) => {
    const current = await loadManaged(tx, admin, id);
    await assertVersion(tx, USER_ENTITY, current.id, current.version, version);
    const { count } = await tx.user.updateMany({ where: { id, version }, data: { passwordHash, version: { increment: 1 } } });
    await assertUpdated(tx, USER_ENTITY, id, count, version);
    const { count: ended } = await tx.session.deleteMany({ where: { userId: id } });
    await audit(tx, admin, {
      entity: USER_ENTITY,
      entityId: id,
      action: 'reset_password',
      note: `password reset by an ADMIN; ${ended} session(s) ended`,
      regionCode: current.regionCode,
    });
    return tx.user.findUniqueOrThrow({ where: { id } });
  });
}

/** Deactivates a user: they cannot sign in, and every session they have ends in the same transaction. */
export function setUserActive(db: Database, admin: Viewer, id: number, version: number, active: boolean) {
  return write(db, async (tx) => {
    const current = await loadManaged(tx, admin, id);
    await assertVersion(tx, USER_ENTITY, current.id, current.version, version);
    if (!active && current.id === admin.id) throw new DomainError(USER_SELF, 'You cannot deactivate yourself; ask another ADMIN', 'id');
    const before = await snapshot(tx, id);
    const { count } = await tx.user.updateMany({ where: { id, version }, data: { active, version: { increment: 1 } } });
    await assertUpdated(tx, USER_ENTITY, id, count, version);
    const { count: ended } = active ? { count: 0 } : await tx.session.deleteMany({ where: { userId: id } });
    await audit(tx, admin, {
      entity: USER_ENTITY,
      entityId: id,
      action: active ? 'reactivate' : 'deactivate',
      before,
      after: await snapshot(tx, id),
      ...(active ? {} : { note: `${ended} session(s) ended` }),
      regionCode: current.regionCode,
    });
    return tx.user.findUniqueOrThrow({ where: { id } });
  });
}

/**
 * A signed-in user changes their own password: the old one first. Their other sessions end (a
 * changed password is often a suspected leak); the one they are using stays.
 */
export async function changeOwnPassword(
  db: Database,
  viewer: Viewer,
  currentSessionId: string | null,
  oldPassword: string,
  newPassword: string,
): Promise<void> {
  const user = await db.prisma.user.findUnique({ where: { id: viewer.id } });
  if (!user || !(await verifyPassword(oldPassword, user.passwordHash))) {
    throw new DomainError(USER_WRONG_PASSWORD, 'The current password is not right', 'oldPassword');
  }
  checkPassword(newPassword, user.username);
  if (newPassword === oldPassword) throw new DomainError(USER_PASSWORD_UNCHANGED, 'Choose a password you do not use now', 'password');
  const passwordHash = await hashPassword(newPassword);
  await write(db, async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: user.id, passwordHash: user.passwordHash },
      data: { passwordHash, version: { increment: 1 } },
    });
    // Changed in between (another tab, an ADMIN's reset): the old password no longer holds.
    if (count !== 1) throw new DomainError(USER_WRONG_PASSWORD, 'The password was changed meanwhile; sign in again', 'oldPassword');
    await tx.session.deleteMany({ where: { userId: user.id, ...(currentSessionId ? { id: { not: currentSessionId } } : {}) } });
    await audit(tx, viewer, { entity: USER_ENTITY, entityId: user.id, action: 'change_password', regionCode: user.regionCode });
  });
}

/** The users an ADMIN manages, by username; a region narrows the list to it and below. */
export function userWhere(admin: Viewer, regionCode: string | null | undefined, includeInactive: boolean): Prisma.UserWhereInput {
  const area = admin.regionCode;
  if (regionCode && area && !isUnder(regionCode, area)) throw forbidden(`Region ${regionCode} is outside your area (${area})`);
  const prefix = regionCode ?? area;
  return {
    ...(prefix ? { OR: [{ regionCode: prefix }, { regionCode: { startsWith: `${prefix}.` } }] } : {}),
    ...(includeInactive ? {} : { active: true }),
  };
}

/** True while no user exists: the first-run set-up is open. */
export async function hasNoUsers(db: Database): Promise<boolean> {
  return (await db.prisma.user.count()) === 0;
}
