import { Client, CombinedError, fetchExchange } from '@urql/core';
import { describe, expect, it } from 'vitest';
import { connectionExchange, getConnection, isUnreachable } from './connection';
import { authErrorCode } from './urql';

const QUERY = 'query Count { region(code: "16.71") { extremePoorHouseholds } }';

/** A fetch that answers from a list: a body to send, or an error to throw (the network is down). */
function scripted(answers: (object | Error)[]) {
  return async () => {
    const next = answers.shift();
    if (!next || next instanceof Error) throw next ?? new TypeError('Failed to fetch');
    return new Response(JSON.stringify(next), { status: 200, headers: { 'content-type': 'application/json' } });
  };
}

describe('connectionExchange', () => {
  it('keeps the last answer when the server cannot be reached, and says when it is back', async () => {
    const fetch = scripted([
      { data: { region: { extremePoorHouseholds: 10644 } } },
      new TypeError('Failed to fetch'),
      { data: { region: { extremePoorHouseholds: 10650 } } },
    ]);
    const client = new Client({
      url: 'http://pantau/graphql',
      exchanges: [connectionExchange, fetchExchange],
      fetch,
      preferGetMethod: false,
    });
    const ask = () => client.query(QUERY, {}, { requestPolicy: 'network-only' }).toPromise();

    expect((await ask()).data).toEqual({ region: { extremePoorHouseholds: 10644 } });
    expect(getConnection().online).toBe(true);
    const firstAnswer = getConnection().lastAnswerAt;

    const offline = await ask();
    expect(offline.error).toBeUndefined();
    expect(offline.data).toEqual({ region: { extremePoorHouseholds: 10644 } });
    expect(getConnection()).toEqual({ online: false, lastAnswerAt: firstAnswer });

    expect((await ask()).data).toEqual({ region: { extremePoorHouseholds: 10650 } });
    expect(getConnection().online).toBe(true);
  });

  it('passes the error on when there is nothing to keep', async () => {
    const client = new Client({
      url: 'http://pantau/graphql',
      exchanges: [connectionExchange, fetchExchange],
      fetch: scripted([new TypeError('Failed to fetch')]),
    });
    const result = await client.query(QUERY, {}).toPromise();
    expect(result.error?.networkError).toBeDefined();
    expect(result.data).toBeUndefined();
  });
});

describe('error kinds', () => {
  const network = new CombinedError({ networkError: new TypeError('Failed to fetch') });
  const graphQL = (code: string) => new CombinedError({ graphQLErrors: [{ message: 'no', extensions: { code } }] });

  it('tells a server that is away from one that answered', () => {
    expect(isUnreachable(network)).toBe(true);
    expect(isUnreachable(new CombinedError({ networkError: new Error('Bad Gateway'), response: new Response('', { status: 502 }) }))).toBe(
      true,
    );
    expect(isUnreachable(new CombinedError({ networkError: new Error('Bad Request'), response: new Response('', { status: 400 }) }))).toBe(
      false,
    );
    expect(isUnreachable(graphQL('auth/forbidden'))).toBe(false);
    expect(isUnreachable(undefined)).toBe(false);
  });

  it('reads auth codes: signed out wins over not allowed', () => {
    expect(authErrorCode(graphQL('auth/forbidden'))).toBe('auth/forbidden');
    expect(authErrorCode(graphQL('auth/unauthenticated'))).toBe('auth/unauthenticated');
    expect(authErrorCode(graphQL('report/not_found'))).toBeNull();
    expect(authErrorCode(network)).toBeNull();
  });
});
