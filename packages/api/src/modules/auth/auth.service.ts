// Sessions: a random token in an httpOnly cookie; only its SHA-256 is stored, so a leaked
// database holds no usable session.
import { createHash, randomBytes } from 'node:crypto';
import type { Viewer } from '../../context.js';
import type { Database } from '../../db.js';
import { verifyPassword } from './password.js';

export const SESSION_COOKIE = 'pantau_session';
export const SESSION_HOURS = 12;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Checks a password and opens a session; null when the username or password is wrong. */
export async function login(db: Database, username: string, password: string): Promise<{ token: string; viewer: Viewer } | null> {
  const user = await db.prisma.user.findUnique({ where: { username: username.trim().toLowerCase() } });
  // Verify against a dummy hash for unknown users too, so timing does not reveal who exists.
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user?.active || !ok) return null;
  const token = randomBytes(32).toString('base64url');
  await db.prisma.session.create({
    data: { id: hashToken(token), userId: user.id, expiresAt: new Date(Date.now() + SESSION_HOURS * 3_600_000) },
  });
  await db.prisma.auditLog.create({ data: { userId: user.id, action: 'login', entity: 'User', entityId: String(user.id) } });
  const { passwordHash: _omit, active: _active, createdAt: _created, ...viewer } = user;
  return { token, viewer };
}

export async function logout(db: Database, token: string): Promise<void> {
  await db.prisma.session.deleteMany({ where: { id: hashToken(token) } });
}

/** The viewer behind a session token, or null for a missing, unknown or expired one. */
/**
 * Who a session token belongs to, and the data version read in the same round trip (for the
 * answer cache, which checks it on every request); null for no, expired or inactive sessions.
 */
export async function sessionForToken(db: Database, token: string | undefined): Promise<{ viewer: Viewer; dataVersion: bigint } | null> {
  if (!token) return null;
  const [row] = await db.raw<Viewer & { dataVersion: string }>(
    `SELECT u.id, u.username, u.display_name AS "displayName", u.role::text AS role, u.region_code AS "regionCode",
            u.opd_id AS "opdId", u.cluster_id AS "clusterId",
            (SELECT v.version::text FROM data_version v WHERE v.id = 1) AS "dataVersion"
     FROM session s JOIN app_user u ON u.id = s.user_id
     WHERE s.id = $1 AND s.expires_at >= $2 AND u.active`,
    [hashToken(token), new Date()],
  );
  if (!row) return null;
  const { dataVersion, ...viewer } = row;
  return { viewer, dataVersion: BigInt(dataVersion) };
}

/** The value of one cookie in a Cookie header. */
export function readCookie(header: string | null, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

export function sessionCookie(token: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Lax; Path=/; Max-Age=${SESSION_HOURS * 3600}${secure ? '; Secure' : ''}`;
}

export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0${secure ? '; Secure' : ''}`;
}

// scrypt hash of a random string nobody knows; only used to spend the same time on unknown users.
const DUMMY_HASH = 'scrypt$16384$8$1$bm9ib2R5LWtub3dzLXRoaXM=$Zm4eWpXyZ4pvWn0q2l3UfC6k0mA5vV0sH0t6c9t4y8U=';
