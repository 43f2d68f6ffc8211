// Live figures (issue 8): every open page shows a committed change within seconds, without a
// reload, a navigation or blind polling. Each tab subscribes once to
// `subscription { dataChanged { version changedAt } }`, which the API serves over server-sent
// events (urql's fetchExchange reads the event stream: `fetchSubscriptions` in lib/urql.ts). When
// the version moves, liveExchange asks the server again for every query on screen (network-only),
// and marks every other cached answer stale so that a page opened later is asked for afresh too.
// The header says when the figures were last brought up to date ("diperbarui 09.41").
//
// Rakor presentations are not queries on screen (the deck is read once, lib/../features/rakor/
// deck.ts): they keep their "data per" snapshot and offer to reload instead (useLiveState).
import { type Client, type Exchange, gql, makeOperation, type Operation, type TypedDocumentNode } from '@urql/core';
import { useEffect, useSyncExternalStore } from 'react';
import { useClient } from 'urql';
import { map, onEnd, pipe, share, subscribe } from 'wonka';

export interface DataChanged {
  dataChanged: { version: string; changedAt: string };
}

export const DataChangedSubscription: TypedDocumentNode<DataChanged, Record<string, never>> = gql`
  subscription DataChanged {
    dataChanged {
      version
      changedAt
    }
  }
`;

/** After the stream drops (server restart, network), subscribe again after this long. */
export const RESUBSCRIBE_MS = 5_000;

export interface LiveState {
  /** The data version the figures on screen were read at; null until the first event. */
  version: string | null;
  /** When the figures on screen were last brought up to date (the server's time of the change). */
  updatedAt: Date | null;
  /** How many times the version moved since this tab subscribed. */
  changes: number;
}

type Listener = () => void;

/**
 * What one client knows of the data version, and the queries it must ask again when it moves.
 * One per client (a new client is made at each sign-in and sign-out, lib/urql.ts).
 */
export class LiveStore {
  private state: LiveState = { version: null, updatedAt: null, changes: 0 };
  private readonly listeners = new Set<Listener>();
  /** Queries on screen now, by key. */
  readonly active = new Map<number, Operation>();
  /** Every query key answered before the last change: asked afresh the next time it is opened. */
  readonly stale = new Set<number>();
  readonly seen = new Set<number>();
  refresh: (operations: Operation[]) => void = () => {};

  get snapshot(): LiveState {
    return this.state;
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): LiveState => this.state;

  /**
   * An event of the subscription. The first one sets the baseline; a later one with another
   * version marks every answer stale and asks again for the queries on screen. The same version
   * again (a resubscription) changes nothing.
   */
  receive(event: DataChanged['dataChanged']): void {
    const at = new Date(event.changedAt);
    const updatedAt = Number.isNaN(at.getTime()) ? this.state.updatedAt : at;
    if (this.state.version === null) {
      this.set({ version: event.version, updatedAt, changes: 0 });
      return;
    }
    if (event.version === this.state.version) return;
    for (const key of this.seen) this.stale.add(key);
    this.set({ version: event.version, updatedAt, changes: this.state.changes + 1 });
    this.refresh([...this.active.values()]);
  }

  private set(next: LiveState): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}

const stores = new WeakMap<Client, LiveStore>();

export function liveStoreFor(client: Client): LiveStore {
  let store = stores.get(client);
  if (!store) {
    store = new LiveStore();
    stores.set(client, store);
  }
  return store;
}

const networkOnly = (operation: Operation) =>
  makeOperation(operation.kind, operation, { ...operation.context, requestPolicy: 'network-only' });

/**
 * Sits before the cache exchange, so it sees every query on screen, answered from the cache or
 * not. It keeps them for LiveStore.receive, and sends a query answered before the last change to
 * the network instead of the cache.
 */
export const liveExchange: Exchange = ({ forward, client }) => {
  const store = liveStoreFor(client);
  store.refresh = (operations) => {
    for (const operation of operations) {
      store.stale.delete(operation.key);
      client.reexecuteOperation(networkOnly(operation));
    }
  };
  return (operations$) =>
    forward(
      pipe(
        operations$,
        map((operation) => {
          if (operation.kind === 'teardown') {
            store.active.delete(operation.key);
            return operation;
          }
          if (operation.kind !== 'query') return operation;
          store.active.set(operation.key, operation);
          store.seen.add(operation.key);
          // A query answered before the data changed goes to the network, once.
          if (!store.stale.delete(operation.key) || operation.context.requestPolicy === 'network-only') return operation;
          return networkOnly(operation);
        }),
        share,
      ),
    );
};

/**
 * Subscribes this tab to the data version while a component using it is mounted (the layout, the
 * rakor page): one subscription per client however many use it; after the stream drops it
 * subscribes again, and a version that moved meanwhile refreshes the screen.
 */
export function useLiveUpdates(): LiveState {
  const client = useClient();
  const store = liveStoreFor(client);
  useEffect(() => retainSubscription(client, store), [client, store]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}

/** What the tab knows of the data version, without subscribing (the subscription is the layout's). */
export function useLiveState(): LiveState {
  const store = liveStoreFor(useClient());
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}

const holders = new WeakMap<Client, { count: number; stop: () => void }>();

function retainSubscription(client: Client, store: LiveStore): () => void {
  let held = holders.get(client);
  if (!held) {
    held = { count: 0, stop: listen(client, store) };
    holders.set(client, held);
  }
  held.count++;
  const mine = held;
  return () => {
    mine.count--;
    // A tick later: a page that unmounts one user and mounts the next (layout to rakor) keeps the stream.
    setTimeout(() => {
      if (mine.count === 0 && holders.get(client) === mine) {
        holders.delete(client);
        mine.stop();
      }
    }, 0);
  };
}

function listen(client: Client, store: LiveStore): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unsubscribe = () => {};
  const start = () => {
    if (stopped) return;
    const { unsubscribe: stop } = pipe(
      client.subscription(DataChangedSubscription, {}),
      // The stream ended (the server restarted, the network dropped): listen again shortly.
      onEnd(() => again()),
      subscribe((result) => {
        if (result.data?.dataChanged) store.receive(result.data.dataChanged);
        else if (result.error) again();
      }),
    );
    unsubscribe = stop;
  };
  const again = () => {
    unsubscribe();
    if (stopped || timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      start();
    }, RESUBSCRIBE_MS);
  };
  start();
  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    unsubscribe();
  };
}
