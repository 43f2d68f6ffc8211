import { Client, cacheExchange, type Exchange, makeResult, type Operation } from '@urql/core';
import { describe, expect, it } from 'vitest';
import { filter, map, pipe, subscribe } from 'wonka';
import { liveExchange, liveStoreFor } from './live';

const COUNT = 'query Count($code: String!) { region(code: $code) { extremePoorHouseholds } }';

/** Client with the real exchange order (live before the cache, lib/urql.ts) and a fake server whose count grows with each request. */
function setup() {
  const asked: Operation[] = [];
  let count = 10_644;
  const server: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== 'teardown'),
      map((operation) => {
        asked.push(operation);
        return makeResult(operation, { data: { region: { __typename: 'Region', extremePoorHouseholds: count++ } } });
      }),
    );
  const client = new Client({ url: 'http://pantau/graphql', exchanges: [liveExchange, cacheExchange, server] });
  return { client, store: liveStoreFor(client), asked };
}

describe('live updates', () => {
  it('takes the first version as the baseline and a repeat of it as no change', () => {
    const { store } = setup();
    store.receive({ version: '41', changedAt: '2026-11-20T02:41:00.000Z' });
    expect(store.snapshot).toEqual({ version: '41', updatedAt: new Date('2026-11-20T02:41:00.000Z'), changes: 0 });
    store.receive({ version: '41', changedAt: '2026-11-20T02:45:00.000Z' });
    expect(store.snapshot.changes).toBe(0);
    expect(store.snapshot.updatedAt).toEqual(new Date('2026-11-20T02:41:00.000Z'));
  });

  it('asks the server again for the queries on screen when the version moves, and for cached ones when next opened', async () => {
    const { client, store, asked } = setup();
    const seen: number[] = [];
    // A query on screen: subscribed until the page closes.
    const { unsubscribe } = pipe(
      client.query<{ region: { extremePoorHouseholds: number } }>(COUNT, { code: '16.71' }),
      subscribe((r) => {
        if (r.data) seen.push(r.data.region.extremePoorHouseholds);
      }),
    );
    // Another page's query, answered and closed: it sits in the cache.
    const other = await client.query(COUNT, { code: '16.06' }).toPromise();
    expect(asked).toHaveLength(2);
    expect(seen).toEqual([10_644]);

    store.receive({ version: '1', changedAt: '2026-11-20T02:41:00.000Z' });
    // The cache answers again without the server while nothing changed.
    expect((await client.query(COUNT, { code: '16.06' }).toPromise()).data).toEqual(other.data);
    expect(asked).toHaveLength(2);

    store.receive({ version: '2', changedAt: '2026-11-20T02:42:00.000Z' });
    await Promise.resolve();
    // The query on screen was asked again, network-only, and its new answer shown.
    expect(asked).toHaveLength(3);
    expect(asked[2]!.context.requestPolicy).toBe('network-only');
    expect(seen.at(-1)).toBe(10_646);
    expect(store.snapshot).toMatchObject({ version: '2', changes: 1 });

    // The closed one goes to the server the next time it is opened, then the cache serves it again.
    await client.query(COUNT, { code: '16.06' }).toPromise();
    expect(asked).toHaveLength(4);
    expect(asked[3]!.context.requestPolicy).toBe('network-only');
    await client.query(COUNT, { code: '16.06' }).toPromise();
    expect(asked).toHaveLength(4);
    unsubscribe();
  });

  it('keeps the last time when an event carries no valid time', () => {
    const { store } = setup();
    store.receive({ version: '7', changedAt: '2026-11-20T02:41:00.000Z' });
    store.receive({ version: '8', changedAt: 'not a time' });
    expect(store.snapshot).toEqual({ version: '8', updatedAt: new Date('2026-11-20T02:41:00.000Z'), changes: 1 });
  });
});
