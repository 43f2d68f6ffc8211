import { Client, type CombinedError, cacheExchange, fetchExchange, makeOperation, mapExchange, type Operation } from '@urql/core';
import { connectionExchange } from './connection';
import { liveExchange } from './live';
import { uploadExchange } from './upload';

export type AuthErrorCode = 'auth/unauthenticated' | 'auth/forbidden';

/** The auth code of an error from the API, if it is one: signed out, or not allowed. */
export function authErrorCode(error: CombinedError | undefined): AuthErrorCode | null {
  if (!error) return null;
  const status = (error.response as Response | undefined)?.status;
  if (status === 401) return 'auth/unauthenticated';
  const codes = error.graphQLErrors.map((e) => e.extensions?.code);
  if (codes.includes('auth/unauthenticated')) return 'auth/unauthenticated';
  if (status === 403 || codes.includes('auth/forbidden')) return 'auth/forbidden';
  return null;
}

/**
 * A cache tag every query's answer is filed under: an import can change any figure (regions,
 * households, programs, budget), so a mutation that names it in `additionalTypenames` drops every
 * cached answer and asks the server again for those on screen. Not a schema type (a GraphQL name
 * has no colon), so no result ever carries it by accident.
 */
export const DATA_TYPENAME = 'pantau:data';

/** Files every query under DATA_TYPENAME, beside the types its answer holds. */
export function tagQuery(operation: Operation): Operation {
  if (operation.kind !== 'query') return operation;
  const tags = operation.context.additionalTypenames ?? [];
  if (tags.includes(DATA_TYPENAME)) return operation;
  return makeOperation(operation.kind, operation, { ...operation.context, additionalTypenames: [...tags, DATA_TYPENAME] });
}

export interface ClientOptions {
  /** Called when any answer says the viewer is signed out or not allowed; the auth provider re-checks `me`. */
  onAuthError?: (code: AuthErrorCode, operation: Operation) => void;
}

/**
 * A fresh client with an empty cache. The auth provider makes one per session, so figures of one
 * user never show for the next (urql's document cache has no "clear").
 *
 * The API serves /graphql on the dashboard's own origin (Vite proxies it in dev), so the session
 * cookie is first-party. Document caching is enough: the few writes (report review, imports) name
 * what they make stale in `additionalTypenames`. Region has no `id`, so a normalised cache would
 * need `keys: { Region: (r) => r.code }`.
 */
export function createClient({ onAuthError }: ClientOptions = {}): Client {
  return new Client({
    url: '/graphql',
    exchanges: [
      mapExchange({
        onOperation: tagQuery,
        onError(error, operation) {
          const code = authErrorCode(error);
          if (code) onAuthError?.(code, operation);
        },
      }),
      // Before the cache: it sees every query on screen, cached or not (lib/live.ts).
      liveExchange,
      cacheExchange,
      connectionExchange,
      // Mutations carrying a file (imports) go as multipart over XMLHttpRequest, for its upload progress.
      uploadExchange(),
      fetchExchange,
    ],
    fetchOptions: { credentials: 'include' },
    // POST for everything: urql would otherwise send queries as GET, which yoga's CSRF prevention
    // may refuse and which puts variables (region codes, later household filters) in access logs.
    preferGetMethod: false,
    // The one subscription (dataChanged, lib/live.ts) goes over fetch as server-sent events, which
    // yoga serves on /graphql: no WebSocket server and no extra client library.
    fetchSubscriptions: true,
  });
}
