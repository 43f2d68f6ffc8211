// The GraphQL app without a port: tests call `yoga.fetch`, server.ts mounts it on HTTP.
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { type AppContext, createLoaders } from './context.js';
import { type Database, forRequest } from './db.js';
import { useQueryLimits } from './limits.js';
import { readCookie, SESSION_COOKIE, sessionForToken } from './modules/auth/auth.service.js';
import { useResponseCookies } from './modules/auth/cookies.js';
import { type ResponseCache, responseCacheFromEnv, useResponseCache } from './response-cache.js';
import { schema } from './schema.js';

export type PantauYoga = YogaServerInstance<Record<string, unknown>, AppContext>;

export interface AppOptions {
  db: Database;
  /** Answers of aggregate queries by data version; default from PANTAU_RESPONSE_CACHE (on), null for none. */
  responseCache?: ResponseCache | null;
}

export function createApp({ db, responseCache = responseCacheFromEnv() }: AppOptions): PantauYoga {
  return createYoga<Record<string, unknown>, AppContext>({
    schema,
    graphqlEndpoint: '/graphql',
    // GraphiQL loads its assets from a CDN; nothing Pantau serves may reach outside the machine.
    graphiql: false,
    landingPage: false,
    maskedErrors: true,
    logging: 'warn',
    // Limits first: an operation over them is refused before the cache is asked.
    plugins: [useResponseCookies(), useQueryLimits(), useResponseCache(responseCache)],
    context: async ({ request }): Promise<AppContext> => {
      // Per request: the same database with a memo of this request's small reads.
      const requestDb = forRequest(db);
      const session = await sessionForToken(db, readCookie(request.headers.get('cookie'), SESSION_COOKIE));
      return {
        db: requestDb,
        viewer: session?.viewer ?? null,
        dataVersion: session?.dataVersion ?? null,
        loaders: createLoaders(requestDb),
      };
    },
  });
}
