// Structured logs: one JSON line per event (pino), written to standard output for whatever
// collects the server's output. Personal data never reaches a line (UU 27/2022; DESIGN.md): every
// object logged is walked before it is written, and the values of personal keys (NIK, names,
// addresses, passwords, cookies, tokens, …) are replaced by "[redacted]" at any depth; strings
// that look like a NIK or KK number are masked wherever they appear; the text of database errors
// (Prisma quotes the arguments of a failed call, which can hold a NIK or a name) is not logged,
// only their class and code. Requests are logged by method, path without its query string,
// status, time, operation name and error codes: never variables, bodies, cookies or addresses.

import { getOperationAST, Kind } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config.js';

export type { Logger } from 'pino';

export const REDACTED = '[redacted]';

/**
 * Keys whose values are personal or secret, matched case-insensitively on the key alone:
 * NIK and KK numbers, any kind of person's name (also Indonesian "nama"), addresses, contact
 * details, passwords, cookies, tokens and secrets. Names of things (regionName, opdName,
 * operationName) are not people's and stay.
 */
const PERSONAL_KEY =
  /^(?:nik|nkk|no_?kk|nomor_?kk|kk|name|nama|nama_?.*|(?:head|member|display|user|full|first|last|family|person|contact)_?name|username|alamat|address|street|phone|telepon|email|password|passwd|password_?hash|.*password|cookie|set-cookie|authorization|.*token|.*secret|session(?:_?id)?)$/i;

/** A NIK or KK number is 16 digits; masked wherever it appears in a string. */
const NIK_LIKE = /(?<!\d)\d{16}(?!\d)/g;

const maskText = (text: string) => text.replace(NIK_LIKE, '[nik]');

/** Error classes whose message can quote values a query was called with. */
const QUOTING_ERRORS = /^(?:PrismaClient\w*Error|DriverAdapterError|DatabaseError)$/;

function errorForLog(error: Error, seen: WeakSet<object>, depth: number): Record<string, unknown> {
  const e = error as Error & { code?: unknown; cause?: unknown };
  const quoting = QUOTING_ERRORS.test(e.name) || QUOTING_ERRORS.test(e.constructor?.name ?? '');
  const out: Record<string, unknown> = { type: e.constructor?.name || e.name };
  if (typeof e.code === 'string' || typeof e.code === 'number') out.code = e.code;
  if (!quoting) out.message = maskText(e.message);
  // The stack's first line repeats the message; only the frames are kept.
  if (e.stack)
    out.stack = e.stack
      .split('\n')
      .filter((line) => /^\s+at /.test(line))
      .join('\n');
  if (e.cause !== undefined) out.cause = redactForLog(e.cause, seen, depth + 1);
  return out;
}

/** A copy of `value` fit for a log line: personal keys redacted at any depth, NIK-like numbers masked. */
export function redactForLog(value: unknown, seen: WeakSet<object> = new WeakSet(), depth = 0): unknown {
  if (typeof value === 'string') return maskText(value);
  if (value === null || typeof value !== 'object') return typeof value === 'bigint' ? value.toString() : value;
  if (seen.has(value)) return '[circular]';
  if (depth > 8) return '[too deep]';
  seen.add(value);
  if (value instanceof Error) return errorForLog(value, seen, depth);
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => redactForLog(item, seen, depth + 1));
  if (value instanceof Headers) return redactForLog(Object.fromEntries(value.entries()), seen, depth + 1);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = PERSONAL_KEY.test(key) ? REDACTED : redactForLog(item, seen, depth + 1);
  return out;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Where lines go; standard output by default (tests pass a stream to read them). */
  destination?: DestinationStream;
}

export function createLogger({ level = 'info', destination }: LoggerOptions = {}): Logger {
  return pino(
    {
      level,
      base: { service: 'pantau' },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Every object logged passes redactForLog, the error under `err` included.
      formatters: { log: (object) => redactForLog(object) as Record<string, unknown> },
      serializers: { err: (error: unknown) => redactForLog(error) },
      // The message is a string the code wrote; NIK-like numbers are masked in it too.
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((arg) => (typeof arg === 'string' ? maskText(arg) : arg)) as Parameters<typeof method>);
        },
      },
    },
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

/** A logger that writes nothing: the default of apps made in tests. */
export const silentLogger = (): Logger => pino({ level: 'silent' });

/** Yoga's logger interface on a pino logger: its own warnings and the unexpected errors it masks. */
export function yogaLogger(logger: Logger) {
  const child = logger.child({ component: 'graphql' });
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const [first, ...rest] = args;
      if (first instanceof Error) child[level]({ err: first }, 'unexpected error');
      else if (typeof first === 'string') child[level](rest.length ? { details: rest } : {}, first);
      else child[level]({ details: args }, 'graphql');
    };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

interface RequestNote {
  started: number;
  operation?: string | undefined;
  userId?: number;
  codes: Set<string>;
}

/**
 * One line per GraphQL request: method, path, status, milliseconds, operation name (when it is a
 * plain name), the signed-in user's id (a number, not a name) and the codes of any errors.
 */
export function useRequestLog(logger: Logger): Plugin<{ viewer?: { id: number } | null }> {
  const notes = new WeakMap<Request, RequestNote>();
  const note = (request: Request) => {
    let found = notes.get(request);
    if (!found) {
      found = { started: performance.now(), codes: new Set() };
      notes.set(request, found);
    }
    return found;
  };
  return {
    onRequest({ request }) {
      note(request);
    },
    onParams({ params, request }) {
      if (typeof params.operationName === 'string' && /^[_A-Za-z]\w{0,99}$/.test(params.operationName))
        note(request).operation = params.operationName;
    },
    // The name written in the document, when the client sent no operationName: known once parsed,
    // so a request refused by validation is named too.
    onParse({ context }) {
      return ({ result }) => {
        const request = (context as { request?: Request }).request;
        if (!request || !result || !('kind' in result) || result.kind !== Kind.DOCUMENT) return;
        const found = note(request);
        // With operationName sent, onParams named it already; without, a document of one operation names it.
        found.operation ??= getOperationAST(result)?.name?.value;
      };
    },
    onExecute({ args }) {
      const context = args.contextValue as { request?: Request; viewer?: { id: number } | null };
      if (context.request && context.viewer) note(context.request).userId = context.viewer.id;
    },
    onResultProcess({ request, result }) {
      for (const item of Array.isArray(result) ? result : [result]) {
        const errors = (item as { errors?: readonly { extensions?: { code?: unknown } }[] }).errors ?? [];
        for (const error of errors) note(request).codes.add(String(error.extensions?.code ?? 'UNCODED'));
      }
    },
    onResponse({ request, response }) {
      const found = note(request);
      const status = response.status;
      const line = {
        method: request.method,
        path: new URL(request.url).pathname,
        status,
        ms: Math.round(performance.now() - found.started),
        ...(found.operation ? { operation: found.operation } : {}),
        ...(found.userId !== undefined ? { userId: found.userId } : {}),
        ...(found.codes.size ? { errors: [...found.codes] } : {}),
      };
      if (status >= 500) logger.error(line, 'request failed');
      else logger.info(line, 'request');
    },
  };
}
