// File uploads to the API: the GraphQL multipart request spec
// (https://github.com/jaydenseric/graphql-multipart-request-spec) sent with XMLHttpRequest, because
// fetch cannot report how much of a 15 MB household file has gone up. It runs as an urql exchange,
// so an upload's result passes urql's document cache like any mutation: `additionalTypenames` on
// the operation drops the cached answers it makes stale (lib/urql.ts, DATA_TYPENAME).
import {
  type Exchange,
  type ExecutionResult,
  getOperationName,
  makeErrorResult,
  makeResult,
  type Operation,
  stringifyDocument,
} from '@urql/core';
import { filter, make, merge, mergeMap, pipe, share, takeUntil } from 'wonka';

/** Bytes sent so far, of how many. */
export interface UploadProgress {
  loaded: number;
  total: number;
}

/** What an upload needs besides its operation: where to report bytes sent. */
export interface UploadContext {
  onUploadProgress?: (progress: UploadProgress) => void;
}

/**
 * Yoga's CSRF prevention refuses a multipart request (a "simple" request a foreign page could
 * send) unless it carries a header a browser only sends after a preflight.
 */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

const isFile = (value: unknown): value is Blob =>
  (typeof File !== 'undefined' && value instanceof File) || (typeof Blob !== 'undefined' && value instanceof Blob);

/** The files in `variables`, by their path (`variables.file`, `variables.list.0`). */
export function extractFiles(variables: unknown, path = 'variables'): Map<string, Blob> {
  const files = new Map<string, Blob>();
  const walk = (value: unknown, at: string) => {
    if (isFile(value)) files.set(at, value);
    else if (Array.isArray(value)) for (const [i, item] of value.entries()) walk(item, `${at}.${i}`);
    else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, `${at}.${key}`);
  };
  walk(variables, path);
  return files;
}

/** True when the variables hold a file: the operation must go as multipart. */
export function hasFiles(variables: unknown): boolean {
  return extractFiles(variables).size > 0;
}

/** `variables` with every file replaced by null, as the spec's `operations` field wants it. */
function withoutFiles(value: unknown): unknown {
  if (isFile(value)) return null;
  if (Array.isArray(value)) return value.map(withoutFiles);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutFiles(v)]));
  return value;
}

export interface GraphQLRequestBody {
  query: string;
  operationName?: string | undefined;
  variables: Record<string, unknown>;
}

/**
 * The multipart body: `operations` (the request, files nulled), `map` (which part fills which
 * variable: `{"0":["variables.file"]}`), then the files as parts `0`, `1`, … in that order.
 */
export function multipartBody(request: GraphQLRequestBody): FormData {
  const files = extractFiles(request.variables);
  const body = new FormData();
  body.append('operations', JSON.stringify({ ...request, variables: withoutFiles(request.variables) }));
  body.append('map', JSON.stringify(Object.fromEntries([...files.keys()].map((path, i) => [String(i), [path]]))));
  [...files.values()].forEach((file, i) => {
    body.append(String(i), file, file instanceof File ? file.name : `upload-${i}`);
  });
  return body;
}

/** An answer as it came back: the status and the body text; status 0 when none came. */
export interface RawAnswer {
  status: number;
  text: string;
}

export type Sender = (
  url: string,
  body: FormData,
  options: { onUploadProgress?: (p: UploadProgress) => void; signal: AbortSignal },
) => Promise<RawAnswer>;

/** Sends with XMLHttpRequest, reporting upload progress; rejects when the server cannot be reached. */
export const sendWithXhr: Sender = (url, body, { onUploadProgress, signal }) =>
  new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/graphql-response+json, application/json');
    xhr.setRequestHeader(CSRF_HEADER, '1');
    if (onUploadProgress) {
      xhr.upload.onprogress = (e) => onUploadProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : 0 });
      // The last progress event may not say 100%; the upload is whole once it has loaded.
      xhr.upload.onload = (e) => onUploadProgress({ loaded: e.total || e.loaded, total: e.total || e.loaded });
    }
    xhr.onload = () => resolve({ status: xhr.status, text: xhr.responseText });
    xhr.onerror = () => reject(new TypeError('Failed to fetch'));
    xhr.onabort = () => reject(new DOMException('The upload was stopped', 'AbortError'));
    signal.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });

/** The operation as the spec's `operations` field: its text, name and variables. */
export function requestOf(operation: Operation): GraphQLRequestBody {
  return {
    query: stringifyDocument(operation.query),
    operationName: getOperationName(operation.query),
    variables: (operation.variables ?? {}) as Record<string, unknown>,
  };
}

/** The urql result of an answer: GraphQL data and errors when the body is JSON, else a network error. */
function resultOf(operation: Operation, answer: RawAnswer) {
  // Enough of a Response for lib/urql.ts (authErrorCode) and lib/connection.ts to read the status.
  const response = { status: answer.status, ok: answer.status >= 200 && answer.status < 300 };
  let json: unknown;
  try {
    json = JSON.parse(answer.text);
  } catch {
    json = undefined;
  }
  if (json && typeof json === 'object' && ('data' in json || 'errors' in json))
    return makeResult(operation, json as ExecutionResult, response);
  return makeErrorResult(operation, new Error(answer.status ? `HTTP ${answer.status}` : 'No answer'), response);
}

/**
 * Handles mutations whose variables hold a file; everything else goes on to `fetchExchange`.
 * `send` is the transport (XMLHttpRequest in the browser; tests hand in their own).
 */
export function uploadExchange(send: Sender = sendWithXhr): Exchange {
  return ({ forward }) =>
    (operations$) => {
      const shared$ = pipe(operations$, share);
      const isUpload = (op: Operation) => op.kind === 'mutation' && hasFiles(op.variables);
      const uploads$ = pipe(
        shared$,
        filter(isUpload),
        mergeMap((operation) => {
          const teardown$ = pipe(
            shared$,
            filter((op) => op.kind === 'teardown' && op.key === operation.key),
          );
          return pipe(
            make<ReturnType<typeof resultOf>>(({ next, complete }) => {
              const controller = new AbortController();
              const context = operation.context as UploadContext;
              const url = operation.context.url;
              send(url, multipartBody(requestOf(operation)), {
                onUploadProgress: context.onUploadProgress,
                signal: controller.signal,
              }).then(
                (answer) => {
                  next(resultOf(operation, answer));
                  complete();
                },
                (error: unknown) => {
                  if (!controller.signal.aborted)
                    next(makeErrorResult(operation, error instanceof Error ? error : new Error(String(error))));
                  complete();
                },
              );
              return () => controller.abort();
            }),
            takeUntil(teardown$),
          );
        }),
      );
      const rest$ = forward(
        pipe(
          shared$,
          filter((op) => !isUpload(op)),
        ),
      );
      return merge([uploads$, rest$]);
    };
}
