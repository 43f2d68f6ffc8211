// Cookies a resolver wants on the response. Resolvers see the request, not the response, so
// they park the header here and the yoga plugin below adds it once the response exists.
import type { Plugin } from 'graphql-yoga';

const pending = new WeakMap<Request, string[]>();

export function setResponseCookie(request: Request, cookie: string): void {
  pending.set(request, [...(pending.get(request) ?? []), cookie]);
}

export function useResponseCookies(): Plugin {
  return {
    onResponse({ request, response }) {
      for (const cookie of pending.get(request) ?? []) response.headers.append('set-cookie', cookie);
      pending.delete(request);
    },
  };
}
