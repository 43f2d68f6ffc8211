// Reading a GraphQL request off HTTP: the body-size limits, and what is wrong with a body or a
// query string in Pantau's words. Yoga's own parsers stay for what they do well (multipart), but
// their JSON reading answers a bad `variables` in a GET or a form POST with a 500, and quotes the
// JavaScript parser on a bad JSON body. Here every malformed request is a 400 that says what is
// wrong, and a body over its limit is a 413 before it is read (Content-Length) or as soon as it
// passes the limit (chunked).
import { GraphQLError } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { MAX_IMPORT_BYTES } from '../modules/import/import.schema.js';

export interface RequestLimits {
  /** Bytes of a JSON, form or application/graphql body, and of a GET's URL. */
  maxBodyBytes: number;
  /** Bytes of a multipart body: the uploads of the import mutations. */
  maxUploadBytes: number;
}

const MB = 1024 * 1024;

// The dashboard's largest operation is under 10 KB with its variables, and the longest text input
// (a report's problems and solutions, 4,000 characters each, even if every character were sent
// as a six-byte \u escape) under 50 KB: 1 MB leaves room for scripts and for a long text to reach
// the check that names its field. Uploads carry a file of up to MAX_IMPORT_BYTES plus the form.
export const DEFAULT_REQUEST_LIMITS: RequestLimits = { maxBodyBytes: MB, maxUploadBytes: MAX_IMPORT_BYTES + MB };

export const REQUEST_TOO_LARGE = 'REQUEST_TOO_LARGE';
export const BAD_REQUEST = 'BAD_REQUEST';

const megabytes = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} MB`;

function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: BAD_REQUEST, http: { status: 400 } } });
}

function tooLarge(limits: RequestLimits, upload: boolean): GraphQLError {
  const message = upload
    ? `The upload is larger than ${megabytes(limits.maxUploadBytes)}, the limit for a multipart request (a file of at most ${megabytes(MAX_IMPORT_BYTES)}).`
    : `The request is larger than ${megabytes(limits.maxBodyBytes)}, the limit for a GraphQL request; only uploads (multipart requests to the import mutations) may be larger.`;
  return new GraphQLError(message, { extensions: { code: REQUEST_TOO_LARGE, http: { status: 413 } } });
}

/** The media type of a request, as yoga matches it: the first of a list, parameters after `;` dropped. */
function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(',')[0]!.split(';')[0]!.trim();
}

/**
 * Bytes of a refused body read and thrown away before the 413 goes out. A server that answers and
 * closes while the client is still sending makes the client's next write fail (EPIPE, reset),
 * and most clients then lose the answer; reading on lets them finish and read it. Past this,
 * the connection is closed anyway: nobody's real request is that far over.
 */
const DRAIN_BYTES = 16 * MB;

/** Reads a refused request's body off the wire (up to DRAIN_BYTES) before its refusal goes out. */
export async function drainBody(request: Request): Promise<void> {
  if (request.body && !request.bodyUsed) await drain(request.body.getReader());
}

async function drain(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  let left = DRAIN_BYTES;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      left -= value.byteLength;
      if (left < 0) break;
    }
  } catch {
    return; // the client stopped sending
  }
  await reader.cancel().catch(() => undefined);
}

/** The body as UTF-8 text, refused with 413 as soon as it passes `limit` bytes. */
async function readText(request: Request, limit: number, onTooLarge: () => GraphQLError): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      throw badRequest('The request body could not be read to its end.');
    }
    const { done, value } = chunk;
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await drain(reader);
      throw onTooLarge();
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw badRequest('The request body is not UTF-8 text.');
  }
}

/** Where JSON.parse stopped, as "line L, column C", from the character offset in its message. */
function jsonErrorPlace(text: string, error: unknown): string {
  const match = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!match) return 'it ends before the JSON value is complete';
  const position = Number(match[1]);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `it is malformed at line ${line}, column ${column}`;
}

/** JSON text that must hold an object (or nothing): the body, or `variables` / `extensions` of a GET or form. */
function parseJsonObject(text: string, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw badRequest(`${what} is not valid JSON: ${jsonErrorPlace(text, error)}.`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw badRequest(`${what} must be a JSON object, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}.`);
  }
  return value as Record<string, unknown>;
}

/** query, operationName, variables and extensions of a GET's query string or a form body. */
function paramsFromSearch(search: URLSearchParams, where: string): GraphQLParams {
  const json = (name: string) => {
    const text = search.get(name);
    return text ? parseJsonObject(text, `The \`${name}\` ${where}`) : undefined;
  };
  return {
    query: search.get('query') || undefined,
    operationName: search.get('operationName') || undefined,
    variables: json('variables'),
    extensions: json('extensions'),
  };
}

/** Body-size limits and Pantau's reading of GET, JSON, form and application/graphql requests. */
export function useRequestParsing(limits: RequestLimits = DEFAULT_REQUEST_LIMITS): Plugin {
  return {
    async onRequestParse({ request, requestParser, setRequestParser }) {
      // Yoga picked its parser by method and media type; Pantau replaces it for the same requests.
      if (!requestParser) return; // yoga answers 415 Unsupported Media Type
      const type = mediaType(request);
      const upload = request.method === 'POST' && type === 'multipart/form-data';
      const limit = upload ? limits.maxUploadBytes : limits.maxBodyBytes;
      const refuse = () => tooLarge(limits, upload);
      // Bodies are read as sent; a compressed one would be decompressed past every limit.
      const encoding = request.headers.get('content-encoding')?.trim().toLowerCase();
      if (request.method !== 'GET' && encoding && encoding !== 'identity') {
        throw new GraphQLError(`The request body is sent with Content-Encoding ${encoding.slice(0, 40)}; send it uncompressed.`, {
          extensions: { code: BAD_REQUEST, http: { status: 415 } },
        });
      }
      const declared = request.headers.get('content-length');
      if (declared !== null && /^\d+$/.test(declared) && Number(declared) > limit) {
        // Refused on its declared length, unparsed; read off the wire when it is not far over.
        if (request.body && Number(declared) <= limit + DRAIN_BYTES) await drain(request.body.getReader());
        throw refuse();
      }

      if (request.method === 'GET') {
        if (request.url.length > limits.maxBodyBytes) throw refuse();
        setRequestParser((req) => paramsFromSearch(new URL(req.url).searchParams, 'parameter'));
      } else if (upload) {
        // Yoga reads the form (createYoga's maxRequestBodySize holds it to maxUploadBytes); its
        // refusals of a malformed form carry no status, so they would go out as 200.
        setRequestParser(async (req) => {
          try {
            return await requestParser(req);
          } catch (error) {
            if (error instanceof GraphQLError && !(error.extensions as { http?: unknown }).http) throw badRequest(error.message);
            throw error;
          }
        });
      } else if (type === 'application/json' || type === 'application/graphql+json') {
        setRequestParser(async (req) => {
          const text = await readText(req, limit, refuse);
          if (text.trim() === '') throw badRequest('The request body is empty: send a JSON object with a `query`.');
          return parseJsonObject(text, 'The request body');
        });
      } else if (type === 'application/x-www-form-urlencoded') {
        setRequestParser(async (req) => paramsFromSearch(new URLSearchParams(await readText(req, limit, refuse)), 'form field'));
      } else if (type === 'application/graphql') {
        setRequestParser(async (req) => ({ query: await readText(req, limit, refuse) }));
      }
    },
  };
}
