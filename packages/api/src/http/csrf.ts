// CSRF prevention: a page on another site can make the browser send a "simple" request to Pantau
// with the user's cookie and no preflight: a GET, or a POST as a form (urlencoded or multipart).
// Yoga's useCSRFPrevention refuses those unless they carry a header such a page cannot set
// without a preflight, which CORS (cors.ts) then refuses. A JSON POST is preflighted anyway and
// needs nothing. The dashboard sends the header on every request (lib/urql.ts, lib/upload.ts);
// scripts sending GET, form or multipart requests must send it too, with any value.
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { drainBody } from './request-parser.js';

export const CSRF_HEADER = 'x-graphql-yoga-csrf';
export const CSRF_HEADER_REQUIRED = 'CSRF_HEADER_REQUIRED';

function refused(request: Request): GraphQLError {
  const how = request.method === 'GET' ? 'a GET' : 'a form or multipart POST';
  return new GraphQLError(
    `Permintaan ini ditolak: ${request.method === 'GET' ? 'GET' : 'formulir atau multipart'} tanpa header ${CSRF_HEADER} bisa dikirim oleh halaman situs lain. ` +
      `(Refused: ${how} without the header ${CSRF_HEADER} could come from another site's page. Send that header with any value, or POST JSON.)`,
    { extensions: { code: CSRF_HEADER_REQUIRED, http: { status: 403 } } },
  );
}

/**
 * Yoga's CSRF prevention with Pantau's answer: 403, code CSRF_HEADER_REQUIRED, a sentence that
 * says which header, and the refused body read off the wire first (as a 413 is, request-parser.ts)
 * so a client still sending an upload reads the answer instead of a reset.
 */
export function useCsrfPrevention(): Plugin {
  const yogaPlugin = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  const check = yogaPlugin.onRequestParse as (payload: { request: Request }) => void;
  return {
    async onRequestParse({ request, requestParser }) {
      // A media type yoga cannot read (text/plain) gets its 415 without being read.
      if (!requestParser) return;
      try {
        check({ request });
      } catch {
        await drainBody(request);
        throw refused(request);
      }
    },
  };
}
