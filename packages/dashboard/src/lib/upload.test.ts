import { Client, cacheExchange, fetchExchange, mapExchange } from '@urql/core';
import { describe, expect, it } from 'vitest';
import { extractFiles, hasFiles, multipartBody, type RawAnswer, type Sender, type UploadProgress, uploadExchange } from './upload';
import { DATA_TYPENAME, tagQuery } from './urql';

const csv = (text: string, name = 'rumah-tangga.csv') => new File([text], name, { type: 'text/csv' });

describe('multipartBody', () => {
  it('sends operations with the file nulled, the map, and the file as part 0', async () => {
    const file = csv('kode,nama\n53.71.01,Alak\n', 'wilayah.csv');
    const body = multipartBody({
      query: 'mutation ImportRegions($file: File!) { importRegions(file: $file) { __typename } }',
      operationName: 'ImportRegions',
      variables: { file, dryRun: true, mapping: [{ field: 'code', column: 'kode' }] },
    });
    expect([...body.keys()]).toEqual(['operations', 'map', '0']);
    expect(JSON.parse(String(body.get('operations')))).toEqual({
      query: 'mutation ImportRegions($file: File!) { importRegions(file: $file) { __typename } }',
      operationName: 'ImportRegions',
      variables: { file: null, dryRun: true, mapping: [{ field: 'code', column: 'kode' }] },
    });
    expect(JSON.parse(String(body.get('map')))).toEqual({ 0: ['variables.file'] });
    const part = body.get('0') as File;
    expect(part.name).toBe('wilayah.csv');
    expect(await part.text()).toBe('kode,nama\n53.71.01,Alak\n');
  });

  it('finds files anywhere in the variables, in order', () => {
    const a = csv('a', 'a.csv');
    const b = csv('b', 'b.csv');
    const files = extractFiles({ file: a, nested: { list: [null, b] } });
    expect([...files.keys()]).toEqual(['variables.file', 'variables.nested.list.1']);
    const body = multipartBody({ query: 'mutation M { x }', variables: { file: a, nested: { list: [null, b] } } });
    expect(JSON.parse(String(body.get('map')))).toEqual({ 0: ['variables.file'], 1: ['variables.nested.list.1'] });
    expect(JSON.parse(String(body.get('operations'))).variables).toEqual({ file: null, nested: { list: [null, null] } });
  });

  it('tells file variables from plain ones', () => {
    expect(hasFiles({ file: csv('x') })).toBe(true);
    expect(hasFiles({ regionCode: '53.71', year: 2026, list: [1, 2] })).toBe(false);
    expect(hasFiles(undefined)).toBe(false);
  });
});

const ImportQuery =
  'mutation ImportHouseholds($file: File!, $dryRun: Boolean!) { importHouseholds(file: $file, dryRun: $dryRun) { __typename } }';
const CountQuery = 'query Count { region(code: "53.71") { code extremePoorHouseholds } }';

/** A client as lib/urql.ts makes it, with scripted transports for uploads and for everything else. */
function clientWith(answers: { upload: RawAnswer; fetch: object[] }) {
  const sent: { url: string; body: FormData }[] = [];
  const send: Sender = async (url, body, { onUploadProgress }) => {
    sent.push({ url, body });
    onUploadProgress?.({ loaded: 50, total: 100 });
    onUploadProgress?.({ loaded: 100, total: 100 });
    return answers.upload;
  };
  const fetched: string[] = [];
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    fetched.push(String(init?.body));
    const next = answers.fetch.shift() ?? {};
    return new Response(JSON.stringify(next), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  const client = new Client({
    url: 'http://pantau/graphql',
    exchanges: [mapExchange({ onOperation: tagQuery }), cacheExchange, uploadExchange(send), fetchExchange],
    fetch,
    preferGetMethod: false,
  });
  return { client, sent, fetched };
}

describe('uploadExchange', () => {
  it('sends a file mutation itself, reports upload progress, and reads the answer', async () => {
    const { client, sent, fetched } = clientWith({
      upload: { status: 200, text: JSON.stringify({ data: { importHouseholds: { __typename: 'ImportRejected' } } }) },
      fetch: [],
    });
    const progress: UploadProgress[] = [];
    const result = await client
      .mutation(ImportQuery, { file: csv('x'), dryRun: true }, { onUploadProgress: (p: UploadProgress) => progress.push(p) })
      .toPromise();
    expect(result.data).toEqual({ importHouseholds: { __typename: 'ImportRejected' } });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe('http://pantau/graphql');
    expect(JSON.parse(String(sent[0]!.body.get('operations'))).operationName).toBe('ImportHouseholds');
    expect(progress).toEqual([
      { loaded: 50, total: 100 },
      { loaded: 100, total: 100 },
    ]);
    expect(fetched).toEqual([]);
  });

  it('turns an answer that is not GraphQL into an error with its status', async () => {
    const { client } = clientWith({ upload: { status: 413, text: '<html>Too large</html>' }, fetch: [] });
    const result = await client.mutation(ImportQuery, { file: csv('x'), dryRun: false }).toPromise();
    expect(result.data).toBeUndefined();
    expect(result.error?.networkError?.message).toBe('HTTP 413');
    expect((result.error?.response as { status: number } | undefined)?.status).toBe(413);
  });

  it('drops every cached answer after an import that names DATA_TYPENAME, and not after a check', async () => {
    const { client, fetched } = clientWith({
      upload: { status: 200, text: JSON.stringify({ data: { importHouseholds: { __typename: 'MutationImportHouseholdsSuccess' } } }) },
      fetch: [
        { data: { region: { __typename: 'Region', code: '53.71', extremePoorHouseholds: 0 } } },
        { data: { region: { __typename: 'Region', code: '53.71', extremePoorHouseholds: 312 } } },
      ],
    });
    const count = async () => (await client.query(CountQuery, {}).toPromise()).data?.region.extremePoorHouseholds;
    expect(await count()).toBe(0);
    expect(await count()).toBe(0); // from the cache
    expect(fetched).toHaveLength(1);

    // A check writes nothing: the cached answer stays.
    await client.mutation(ImportQuery, { file: csv('x'), dryRun: true }).toPromise();
    expect(await count()).toBe(0);
    expect(fetched).toHaveLength(1);

    await client.mutation(ImportQuery, { file: csv('x'), dryRun: false }, { additionalTypenames: [DATA_TYPENAME] }).toPromise();
    expect(await count()).toBe(312);
    expect(fetched).toHaveLength(2);
  });
});
