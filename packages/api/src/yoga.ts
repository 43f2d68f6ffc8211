// The GraphQL app without a port: tests call `yoga.fetch`, server.ts mounts it on HTTP.
import { createYoga, maskError, type YogaServerInstance } from 'graphql-yoga';
import type { Clock } from './clock.js';
import { allowedOriginsFromEnv, trustProxyFromEnv } from './config.js';
import { type AppContext, createLoaders } from './context.js';
import { type Database, forRequest } from './db.js';
import { DatabaseBreaker, maskDatabaseFaults, useDatabaseBreaker } from './faults.js';
import { corsFor } from './http/cors.js';
import { useCsrfPrevention } from './http/csrf.js';
import { useInputText } from './http/input-text.js';
import { DEFAULT_REQUEST_LIMITS, useRequestParsing } from './http/request-parser.js';
import { useSecurityHeaders } from './http/security-headers.js';
import { useDocumentLimits, useQueryLimits } from './limits.js';
import { type Logger, silentLogger, useRequestLog, yogaLogger } from './log.js';
import { readCookie, SESSION_COOKIE, sessionForToken } from './modules/auth/auth.service.js';
import { useResponseCookies } from './modules/auth/cookies.js';
import { useLoginSettings } from './modules/auth/login-settings.js';
import { PASSWORD_COST, type PasswordCost } from './modules/auth/password.js';
import { LoginThrottle } from './modules/auth/throttle.js';
import type { FirstRunSetup } from './modules/setup/setup.service.js';
import { type ResponseCache, responseCacheFromEnv, useResponseCache } from './response-cache.js';
import { schema } from './schema.js';

export type PantauYoga = YogaServerInstance<Record<string, unknown>, AppContext>;

export interface AppOptions {
  db: Database;
  /** Answers of aggregate queries by data version; default from PANTAU_RESPONSE_CACHE (on), null for none. */
  responseCache?: ResponseCache | null;
  /** Pantau's today (clock.ts); the server picks it once at start, tests pin it. */
  clock: Clock;
  /** The first-run set-up the server opened at start (no user yet); absent otherwise. */
  setup?: FirstRunSetup | null;
  /** Other origins allowed to call with credentials (CORS); default from PANTAU_ALLOWED_ORIGINS (none). */
  allowedOrigins?: readonly string[];
  /** Believe X-Forwarded-For's last entry as the client address; default from PANTAU_TRUST_PROXY (off). */
  trustProxy?: boolean;
  /** scrypt cost of new and rehashed passwords: production's (password.ts) unless a test passes a cheaper one. */
  passwordCost?: PasswordCost;
  /** Failed sign-ins per username and address; a new one per app by default. */
  loginThrottle?: LoginThrottle;
  /** Where request and error lines go (log.ts); silent by default, server.ts passes the real one. */
  logger?: Logger;
  /** Opens when the database cannot be reached (faults.ts); a new one per app by default. */
  databaseBreaker?: DatabaseBreaker;
}

export function createApp({
  db,
  clock,
  setup = null,
  responseCache = responseCacheFromEnv(),
  allowedOrigins = allowedOriginsFromEnv(),
  trustProxy = trustProxyFromEnv(),
  passwordCost = PASSWORD_COST,
  loginThrottle = new LoginThrottle(),
  logger = silentLogger(),
  databaseBreaker = new DatabaseBreaker(),
}: AppOptions): PantauYoga {
  return createYoga<Record<string, unknown>, AppContext>({
    schema,
    graphqlEndpoint: '/graphql',
    // GraphiQL loads its assets from a CDN; nothing Pantau serves may reach outside the machine.
    graphiql: false,
    landingPage: false,
    // Unexpected errors stay "Unexpected error."; an unreachable database says so, with 503.
    maskedErrors: { maskError: maskDatabaseFaults(databaseBreaker, maskError) },
    logging: yogaLogger(logger),
    // Same origin needs no CORS; only PANTAU_ALLOWED_ORIGINS get CORS headers, never any Origin.
    cors: corsFor(allowedOrigins),
    // Uploads are the largest requests; useRequestParsing holds every other body to 1 MB.
    maxRequestBodySize: DEFAULT_REQUEST_LIMITS.maxUploadBytes,
    // Limits first: a request over them is refused before it is parsed, executed or looked up in
    // the cache. Hostile input ends here as a 4xx, whatever field it was meant for.
    plugins: [
      // First, so a refusal while the database is down is logged and carries the headers too.
      useRequestLog(logger),
      useSecurityHeaders(),
      useDatabaseBreaker(databaseBreaker),
      useLoginSettings({ throttle: loginThrottle, passwordCost, trustProxy }),
      useRequestParsing(),
      useCsrfPrevention(),
      useDocumentLimits(),
      useInputText(),
      useResponseCookies(),
      useQueryLimits(),
      useResponseCache(responseCache),
    ],
    context: async ({ request }): Promise<AppContext> => {
      // Per request: the same database with a memo of this request's small reads.
      const requestDb = forRequest(db);
      const session = await sessionForToken(db, readCookie(request.headers.get('cookie'), SESSION_COOKIE));
      return {
        db: requestDb,
        viewer: session?.viewer ?? null,
        dataVersions: session?.dataVersions ?? null,
        loaders: createLoaders(requestDb, clock, session?.viewer ?? null),
        clock,
        setup,
      };
    },
  });
}
