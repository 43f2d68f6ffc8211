import { Client, type CombinedError, cacheExchange, fetchExchange, mapExchange, type Operation } from '@urql/core';
import { connectionExchange } from './connection';

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

export interface ClientOptions {
  /** Called when any answer says the viewer is signed out or not allowed; the auth provider re-checks `me`. */
  onAuthError?: (code: AuthErrorCode, operation: Operation) => void;
}

/**
 * A fresh client with an empty cache. The auth provider makes one per session, so figures of one
 * user never show for the next (urql's document cache has no "clear").
 *
 * The API serves /graphql on the dashboard's own origin (Vite proxies it in dev), so the session
 * cookie is first-party. Document caching is enough while the dashboard only reads; Region has
 * no `id`, so a normalised cache would need `keys: { Region: (r) => r.code }`.
 */
export function createClient({ onAuthError }: ClientOptions = {}): Client {
  return new Client({
    url: '/graphql',
    exchanges: [
      mapExchange({
        onError(error, operation) {
          const code = authErrorCode(error);
          if (code) onAuthError?.(code, operation);
        },
      }),
      cacheExchange,
      connectionExchange,
      fetchExchange,
    ],
    fetchOptions: { credentials: 'include' },
    // POST for everything: urql would otherwise send queries as GET, which yoga's CSRF prevention
    // may refuse and which puts variables (region codes, later household filters) in access logs.
    preferGetMethod: false,
  });
}
