// CORS: which other origins' pages may read the API's answers with the user's cookie. Yoga's
// default answers every Origin with itself and Allow-Credentials, so any site a signed-in user
// visits could read their figures. Pantau's dashboard is served from the API's own origin and
// needs no CORS at all; PANTAU_ALLOWED_ORIGINS (config.ts) names the others, if any.
import type { CORSOptions } from 'graphql-yoga';
import { CSRF_HEADER } from './csrf.js';

/** Yoga's `cors` option: the CORS headers for an allowed Origin, none for any other. */
export function corsFor(allowedOrigins: readonly string[]): (request: Request) => CORSOptions {
  const allowed = new Set(allowedOrigins);
  return (request) => {
    const origin = request.headers.get('origin');
    if (!origin || !allowed.has(origin)) return false as unknown as CORSOptions;
    return {
      origin: [origin],
      credentials: true,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'accept', CSRF_HEADER],
      maxAge: 600,
    };
  };
}
