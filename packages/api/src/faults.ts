// When the database cannot be reached (PostgreSQL restarting, a network cut, connections killed),
// a request fails fast with HTTP 503, code DATABASE_UNAVAILABLE and Retry-After, instead of a 500
// "Unexpected error." per request; and Pantau recovers by itself: the pool opens new connections
// once the server answers again, nothing needs a restart.
//
// After a failure the breaker stays open for a short while: requests in that window are refused
// at once, without waiting on a connection that will not come (a pool's connect timeout is
// seconds, and a burst of requests would queue behind it). The first request after the window
// goes to the database again: it closes the breaker or opens it anew.
import { GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';

/** Node's socket errors when the server is gone or cannot be reached. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'EAI_AGAIN',
]);

/** Prisma driver adapter error kinds that mean "no usable connection". */
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'TlsConnectionError']);

/** Prisma's own codes for the same (P1001 cannot reach, P1002 timed out, P1017 closed, P2024 pool timeout). */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1017', 'P2024']);

/** node-postgres' messages for a connection lost or never made (it gives them no code). */
const PG_MESSAGES = [
  /^Connection terminated/i,
  /^timeout exceeded when trying to connect/i,
  /^Client has encountered a connection error and is not queryable/i,
  /^Client was closed and is not queryable/i,
  /Can't reach database server/i,
];

/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01–57P03 (terminated by an
 * administrator — pg_terminate_backend —, crash, cannot connect now), 53300 (too many connections).
 */
const isUnavailableSqlState = (code: string) => /^08[0-9A-Z]{3}$/.test(code) || ['57P01', '57P02', '57P03', '53300'].includes(code);

/** True when `error`, or anything it wraps, says the database could not be reached or dropped the connection. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 8) return false;
  const e = error as {
    code?: unknown;
    kind?: unknown;
    originalCode?: unknown;
    message?: unknown;
    cause?: unknown;
    originalError?: unknown;
    errors?: unknown;
    meta?: { driverAdapterError?: unknown };
  };
  const code = typeof e.code === 'string' ? e.code : '';
  if (NETWORK_CODES.has(code) || PRISMA_CODES.has(code) || isUnavailableSqlState(code)) return true;
  if (typeof e.kind === 'string' && ADAPTER_KINDS.has(e.kind)) return true;
  if (typeof e.originalCode === 'string' && isUnavailableSqlState(e.originalCode)) return true;
  if (typeof e.message === 'string' && PG_MESSAGES.some((pattern) => pattern.test(e.message as string))) return true;
  const inner = [e.cause, e.originalError, e.meta?.driverAdapterError, ...(Array.isArray(e.errors) ? e.errors : [])];
  return inner.some((x) => isDatabaseUnavailable(x, depth + 1));
}

/** Seconds a client is told to wait, and the breaker stays open. */
export const RETRY_AFTER_SECONDS = 2;

export function databaseUnavailable(retryAfterSeconds = RETRY_AFTER_SECONDS): GraphQLError {
  return createGraphQLError(
    `Basis data sedang tidak dapat dihubungi; coba lagi dalam ${retryAfterSeconds} detik. (The database cannot be reached right now; try again in ${retryAfterSeconds} seconds.)`,
    { extensions: { code: DATABASE_UNAVAILABLE, http: { status: 503, headers: { 'retry-after': String(retryAfterSeconds) } } } },
  );
}

/** Open for RETRY_AFTER_SECONDS after each failure; closed otherwise. */
export class DatabaseBreaker {
  private openUntil = 0;

  constructor(
    readonly openSeconds = RETRY_AFTER_SECONDS,
    private readonly now: () => number = Date.now,
  ) {}

  trip(): void {
    this.openUntil = this.now() + this.openSeconds * 1000;
  }

  /** Whole seconds until a request may try the database again; 0 when it may now. */
  retryAfter(): number {
    const left = this.openUntil - this.now();
    return left > 0 ? Math.ceil(left / 1000) : 0;
  }
}

/**
 * Yoga's maskError with database faults made explicit: an error that is (or wraps) an unreachable
 * database becomes DATABASE_UNAVAILABLE with 503 and Retry-After, and opens the breaker; every
 * other unexpected error is masked as yoga masks it ("Unexpected error.").
 */
export function maskDatabaseFaults(
  breaker: DatabaseBreaker,
  fallback: (error: unknown, message: string, isDev?: boolean) => Error,
): (error: unknown, message: string, isDev?: boolean) => Error {
  return (error, message, isDev) => {
    if (error instanceof GraphQLError && error.extensions?.code === DATABASE_UNAVAILABLE) return error;
    if (isDatabaseUnavailable(error)) {
      breaker.trip();
      return databaseUnavailable(breaker.retryAfter() || RETRY_AFTER_SECONDS);
    }
    return fallback(error, message, isDev);
  };
}

/** While the breaker is open, GraphQL requests are answered 503 at once, before any database work. */
export function useDatabaseBreaker(breaker: DatabaseBreaker): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const wait = breaker.retryAfter();
      if (wait === 0 || request.method === 'OPTIONS') return;
      const error = databaseUnavailable(wait);
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [{ message: error.message, extensions: { code: DATABASE_UNAVAILABLE } }] }), {
          status: 503,
          headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(wait) },
        }),
      );
    },
  };
}
