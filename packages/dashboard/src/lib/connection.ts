// Whether the API answers, and what the dashboard shows when it does not. When the server drops
// (network down, API restarting), pages keep the figures they last received and a banner says
// since when; the exchange below retries the queries on screen when asked to, on the browser's
// `online` event, and every RETRY_INTERVAL_MS while the server is away.
import type { CombinedError, Exchange, Operation, OperationResult } from '@urql/core';
import { makeOperation } from '@urql/core';
import { useSyncExternalStore } from 'react';
import { map, pipe, share, tap } from 'wonka';

export const RETRY_INTERVAL_MS = 20_000;

export interface ConnectionState {
  /** False once a request failed to reach the server, until one reaches it again. */
  online: boolean;
  /** When the server last answered; the figures on screen are from then at the latest. */
  lastAnswerAt: Date | null;
}

let state: ConnectionState = { online: true, lastAnswerAt: null };
const listeners = new Set<() => void>();
let retryActive: () => void = () => {};
let timer: ReturnType<typeof setInterval> | undefined;

function setState(next: ConnectionState): void {
  if (next.online === state.online && next.lastAnswerAt === state.lastAnswerAt) return;
  state = next;
  if (!state.online && timer === undefined && typeof setInterval === 'function') {
    timer = setInterval(() => retryActive(), RETRY_INTERVAL_MS);
  } else if (state.online && timer !== undefined) {
    clearInterval(timer);
    timer = undefined;
  }
  for (const listener of listeners) listener();
}

export function getConnection(): ConnectionState {
  return state;
}

/** Marks the server as answering (or not); exported for tests and for the login form. */
export function reportAnswer(online: boolean, at: Date = new Date()): void {
  setState(online ? { online: true, lastAnswerAt: at } : { ...state, online: false });
}

/** Asks the server again for every query on screen, skipping the cache. */
export function retryConnection(): void {
  retryActive();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useConnection(): ConnectionState {
  return useSyncExternalStore(subscribe, getConnection, getConnection);
}

if (typeof window !== 'undefined') window.addEventListener('online', () => retryActive());

/**
 * True when the request never got an answer from the API: fetch failed, or a proxy in front of
 * it said the upstream is gone (502–504). A GraphQL error or a 4xx is an answer.
 */
export function isUnreachable(error: CombinedError | undefined): boolean {
  if (!error?.networkError || error.graphQLErrors.length > 0) return false;
  const status = (error.response as Response | undefined)?.status;
  return status === undefined || status === 0 || status === 502 || status === 503 || status === 504;
}

/**
 * Sits between the cache and fetch exchanges. It remembers the last data of each query, and when
 * a later request for the same query cannot reach the server it answers with that data instead
 * of an error, so the page stays as it was; the banner (useConnection) tells the user. It also
 * keeps the queries on screen so that retryConnection can ask for them again.
 */
export const connectionExchange: Exchange = ({ forward, client }) => {
  const lastData = new Map<number, unknown>();
  const active = new Map<number, Operation>();
  const retry = () => {
    for (const operation of active.values()) {
      client.reexecuteOperation(makeOperation(operation.kind, operation, { ...operation.context, requestPolicy: 'network-only' }));
    }
  };
  // The newest client is the one on screen (a new one is made at each sign-in and sign-out).
  retryActive = retry;

  return (operations$) => {
    const tracked$ = pipe(
      operations$,
      tap((operation) => {
        if (operation.kind === 'teardown') active.delete(operation.key);
        else if (operation.kind === 'query') active.set(operation.key, operation);
      }),
      share,
    );
    return pipe(
      forward(tracked$),
      map((result): OperationResult => {
        const { operation } = result;
        if (isUnreachable(result.error)) {
          reportAnswer(false);
          const kept = operation.kind === 'query' ? lastData.get(operation.key) : undefined;
          // No error on a kept answer: the cache stores it as it is, and the page would otherwise
          // show an error box over figures that are still right.
          return kept === undefined ? result : { ...result, data: kept, error: undefined };
        }
        reportAnswer(true);
        if (operation.kind === 'query' && result.data != null) lastData.set(operation.key, result.data);
        return result;
      }),
    );
  };
};
