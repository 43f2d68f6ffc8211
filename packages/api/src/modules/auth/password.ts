// Password hashing with scrypt from node:crypto: no native build step, memory-hard, and the
// parameters travel with the hash ("scrypt$N$r$p$salt$hash"), so they can be raised later without
// breaking old hashes: a login with an old hash is verified at its own cost and rehashed at the
// current one (auth.service.ts).
import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(scryptCallback) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

/** scrypt's cost parameters. */
export interface PasswordCost {
  /** CPU/memory cost, a power of two. */
  N: number;
  /** Block size. */
  r: number;
  /** Parallelisation. */
  p: number;
}

/**
 * OWASP Password Storage Cheat Sheet (2025): scrypt with N=2^17, r=8, p=1 — 128 MiB and about a
 * second of one core on the CI machine (0.9 s measured on its 2 cores). Hashes made at a lower
 * cost (Pantau used N=2^14 before) are rehashed at this one on their next successful login.
 */
export const PASSWORD_COST: PasswordCost = { N: 2 ** 17, r: 8, p: 1 };

/**
 * A cost for tests only, passed explicitly (createApp's `passwordCost`, the test database's demo
 * users): a login takes about a millisecond instead of a second. The production default above
 * has its own tests (password.test.ts, and a login through an app without the option).
 */
export const TEST_PASSWORD_COST: PasswordCost = { N: 2 ** 10, r: 8, p: 1 };

const KEY_LENGTH = 32;

/** scrypt needs 128·N·r·p bytes; Node refuses above maxmem (32 MiB by default), so it is raised to fit. */
const memoryFor = (cost: PasswordCost) => 128 * cost.N * cost.r * cost.p + 16 * 1024 * 1024;

// Stored hashes are read from the database, not from callers, but a bad row must not make the
// server allocate gigabytes: parameters above these are treated as an invalid hash.
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;

/**
 * At most this many hashes at once. Each takes 128 MiB at the current cost: without a bound, a
 * burst of logins (the throttle counts per user and address, not per server) would take the
 * server's memory. The others wait their turn.
 */
const MAX_CONCURRENT_HASHES = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function limited<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT_HASHES) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

const derive = (password: string, salt: Buffer, length: number, cost: PasswordCost) =>
  limited(() => scrypt(password, salt, length, { ...cost, maxmem: memoryFor(cost) }));

export async function hashPassword(password: string, cost: PasswordCost = PASSWORD_COST): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, KEY_LENGTH, cost);
  return `scrypt$${cost.N}$${cost.r}$${cost.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

interface ParsedHash {
  cost: PasswordCost;
  salt: Buffer;
  hash: Buffer;
}

function parseHash(stored: string): ParsedHash | null {
  const [scheme, n, r, p, salt, hash, ...rest] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash || rest.length > 0) return null;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  const whole = (x: number, max: number) => Number.isInteger(x) && x >= 1 && x <= max;
  // N must be a power of two above 1 (scrypt's rule).
  if (!whole(cost.N, MAX_N) || cost.N < 2 || (cost.N & (cost.N - 1)) !== 0 || !whole(cost.r, MAX_R) || !whole(cost.p, MAX_P)) return null;
  const hashBytes = Buffer.from(hash, 'base64');
  if (hashBytes.length < 16) return null;
  return { cost, salt: Buffer.from(salt, 'base64'), hash: hashBytes };
}

/** True when the password matches the stored hash; false for a wrong one or an unreadable hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const actual = await derive(password, parsed.salt, parsed.hash.length, parsed.cost);
  return actual.length === parsed.hash.length && timingSafeEqual(actual, parsed.hash);
}

/** True when a stored hash was made at another cost (or key length) than `cost`: rehash it on login. */
export function needsRehash(stored: string, cost: PasswordCost = PASSWORD_COST): boolean {
  const parsed = parseHash(stored);
  if (!parsed) return true;
  return parsed.cost.N !== cost.N || parsed.cost.r !== cost.r || parsed.cost.p !== cost.p || parsed.hash.length !== KEY_LENGTH;
}

/**
 * A hash of a password nobody knows, at `cost`: unknown usernames are verified against it so a
 * login takes as long whether the user exists or not. The salt and hash are fixed random bytes.
 */
export function dummyHash(cost: PasswordCost = PASSWORD_COST): string {
  return `scrypt$${cost.N}$${cost.r}$${cost.p}$bm9ib2R5LWtub3dzLXRoaXM=$Zm4eWpXyZ4pvWn0q2l3UfC6k0mA5vV0sH0t6c9t4y8U=`;
}
