// Sessions: a random token in an httpOnly cookie; only its SHA-256 is stored, so a leaked
// database holds no usable session.
import { createHash, randomBytes } from 'node:crypto';
import type { DataVersions, Viewer } from '../../context.js';
import type { Database } from '../../db.js';
import { dummyHash, hashPassword, needsRehash, PASSWORD_COST, type PasswordCost, verifyPassword } from './password.js';

export const SESSION_COOKIE = 'pantau_session';
export const SESSION_HOURS = 12;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Why a sign-in failed, as the audit log records it. */
export type LoginFailure = 'unknown_user' | 'wrong_password' | 'inactive';

export type LoginAttempt = { ok: true; token: string; viewer: Viewer } | { ok: false; reason: LoginFailure; userId: number | null };

/** The username as sign-in looks it up: trimmed and lower-case. */
export const normalizeUsername = (username: string) => username.trim().toLowerCase();

/**
 * Checks a password and opens a session. A hash made at another cost than `passwordCost` is
 * replaced by one at that cost (the password is at hand only now). A failure is recorded in the
 * audit log with the user's id when the username is an account's, and never the username typed:
 * a name that matches no account is often a password typed in the wrong field, or a person's name.
 */
export async function attemptLogin(
  db: Database,
  username: string,
  password: string,
  passwordCost: PasswordCost = PASSWORD_COST,
): Promise<LoginAttempt> {
  const user = await db.prisma.user.findUnique({ where: { username: normalizeUsername(username) } });
  // Verify against a dummy hash for unknown users too, so timing does not reveal who exists.
  const ok = await verifyPassword(password, user?.passwordHash ?? dummyHash(passwordCost));
  if (!user?.active || !ok) {
    const reason: LoginFailure = !user ? 'unknown_user' : !ok ? 'wrong_password' : 'inactive';
    await db.prisma.auditLog.create({
      data: {
        userId: user?.id ?? null,
        action: 'login_failed',
        entity: 'User',
        entityId: user ? String(user.id) : '',
        details: { reason },
      },
    });
    return { ok: false, reason, userId: user?.id ?? null };
  }
  if (needsRehash(user.passwordHash, passwordCost)) {
    // Only if nobody changed the password meanwhile; not an edit, so the row's version stays.
    await db.prisma.user.updateMany({
      where: { id: user.id, passwordHash: user.passwordHash },
      data: { passwordHash: await hashPassword(password, passwordCost) },
    });
  }
  const token = randomBytes(32).toString('base64url');
  await db.prisma.session.create({
    data: { id: hashToken(token), userId: user.id, expiresAt: new Date(Date.now() + SESSION_HOURS * 3_600_000) },
  });
  await db.prisma.auditLog.create({ data: { userId: user.id, action: 'login', entity: 'User', entityId: String(user.id) } });
  const { passwordHash: _omit, active: _active, createdAt: _created, ...viewer } = user;
  return { ok: true, token, viewer };
}

/** Checks a password and opens a session; null when the username or password is wrong. */
export async function login(
  db: Database,
  username: string,
  password: string,
  passwordCost: PasswordCost = PASSWORD_COST,
): Promise<{ token: string; viewer: Viewer } | null> {
  const attempt = await attemptLogin(db, username, password, passwordCost);
  return attempt.ok ? { token: attempt.token, viewer: attempt.viewer } : null;
}

export async function logout(db: Database, token: string): Promise<void> {
  await db.prisma.session.deleteMany({ where: { id: hashToken(token) } });
}

/**
 * Who a session token belongs to, and the data versions read in the same round trip (for the
 * answer cache, which checks them on every request); null for no, expired or inactive sessions.
 */
export async function sessionForToken(
  db: Database,
  token: string | undefined,
): Promise<{ viewer: Viewer; dataVersions: DataVersions } | null> {
  if (!token) return null;
  const [row] = await db.raw<Viewer & { dataVersion: string; topics: Record<string, string> | null }>(
    `SELECT u.id, u.username, u.display_name AS "displayName", u.role::text AS role, u.region_code AS "regionCode",
            u.opd_id AS "opdId", u.cluster_id AS "clusterId",
            (SELECT v.version::text FROM data_version v WHERE v.id = 1) AS "dataVersion",
            (SELECT json_object_agg(t.topic, t.version::text) FROM data_topic_version t) AS topics
     FROM session s JOIN app_user u ON u.id = s.user_id
     WHERE s.id = $1 AND s.expires_at >= $2 AND u.active`,
    [hashToken(token), new Date()],
  );
  if (!row) return null;
  const { dataVersion, topics, ...viewer } = row;
  return {
    viewer,
    dataVersions: {
      all: BigInt(dataVersion),
      topics: new Map(Object.entries(topics ?? {}).map(([topic, version]) => [topic, BigInt(version)])),
    },
  };
}

/**
 * The value of one cookie in a Cookie header; undefined when it is missing or cannot be decoded.
 * Every request reads the session cookie, so a malformed one (`%`, `%ZZ`, a cut UTF-8 escape) is
 * no session rather than an error: a browser holding it would otherwise be locked out.
 */
export function readCookie(header: string | null, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...rest] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join('='));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export function sessionCookie(token: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Lax; Path=/; Max-Age=${SESSION_HOURS * 3600}${secure ? '; Secure' : ''}`;
}

export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0${secure ? '; Secure' : ''}`;
}
