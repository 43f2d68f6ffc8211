// Issue 12, one regression test per class of hostile input that once ended in a 500 or in the
// masked "Unexpected error.": each is now a 4xx (or a field error) that says what is wrong.
import { request as httpRequest, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { getNamedType, isInputObjectType, isNonNullType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContract } from '../fuzz/operations.js';
import { readCookie } from '../modules/auth/auth.service.js';
import { createHttpServer } from '../server.js';
import { CSRF, createTestApp, loginAs, type TestApp } from '../test/app.js';

const URL_ = 'http://pantau.test/graphql';
let app: TestApp;
// Admin's requests carry the CSRF header (test/app.ts): the GET, form and multipart cases here are
// about what follows it; http/security.test.ts is about the header.
let admin: Record<string, string>;
let dinsos: { cookie: string };

beforeAll(async () => {
  app = await createTestApp();
  admin = { ...(await loginAs(app, 'admin')), ...CSRF };
  dinsos = await loginAs(app, 'dinsos');
});

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

async function send(init: RequestInit & { path?: string }): Promise<{ status: number; body: Body; text: string }> {
  const response = await app.yoga.fetch(new Request(`${URL_}${init.path ?? ''}`, init));
  const text = await response.text();
  let body: Body = {};
  try {
    body = JSON.parse(text);
  } catch {}
  return { status: response.status, body, text };
}

const post = (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = admin) =>
  send({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });

const firstError = (body: Body) => body.errors?.[0];

describe('1. a malformed session cookie is no session', () => {
  it.each(['%', '%ZZ', '%E0%A4', '%E0%A4%A'])('pantau_session=%s answers as signed out', async (value) => {
    const { status, body } = await send({
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `pantau_session=${value}` },
      body: JSON.stringify({ query: '{ __typename me { id } }' }),
    });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { __typename: 'Query', me: null } });
  });

  it('reads a well-formed cookie beside a malformed one', () => {
    expect(readCookie('a=%ZZ; pantau_session=abc%3D', 'pantau_session')).toBe('abc=');
    expect(readCookie('pantau_session=%', 'pantau_session')).toBeUndefined();
  });

  it('logs out with a malformed cookie', async () => {
    const { status, body } = await send({
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'pantau_session=%' },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(status).toBe(200);
    expect(body.data).toEqual({ logout: true });
  });
});

describe('2. deep nesting is refused before the parser recurses', () => {
  // The depths the issue found: input objects, lists and selections that overflowed the parser.
  const documents = {
    'input objects (2,400)': `{ fgt(regionCode: "16.71", povertyLine: ${'{a:'.repeat(2_400)}1${'}'.repeat(2_400)}) { p0 } }`,
    'lists (4,100)': `{ fgt(regionCode: "16.71", povertyLine: ${'['.repeat(4_100)}1${']'.repeat(4_100)}) { p0 } }`,
    'selections (4,400)': `{ ${'a { '.repeat(4_400)}b${' }'.repeat(4_400)} }`,
  };
  it.each(Object.entries(documents))('%s: 400 QUERY_TOO_LARGE', async (_name, query) => {
    const { status, body } = await post(query);
    expect(status).toBe(400);
    expect(firstError(body)).toMatchObject({
      message: 'The document nests more than 32 levels of braces, brackets or parentheses; the limit is 32.',
      extensions: { code: 'QUERY_TOO_LARGE' },
    });
  });

  it('stops at 5,000 tokens and 100,000 characters', async () => {
    const tokens = await post(`{ ${'__typename '.repeat(6_000)}}`);
    expect(tokens.status).toBe(400);
    expect(firstError(tokens.body)?.message).toBe('The document has more than 5000 tokens; the limit is 5000.');
    const long = await post(`{ __typename ${' '.repeat(100_000)}}`);
    expect(long.status).toBe(400);
    expect(firstError(long.body)?.message).toBe('The document is 100014 characters long; the limit is 100000.');
  });

  it('does not count brackets inside strings and comments', async () => {
    const { status, body } = await post(
      `# ${'{'.repeat(100)}\n{ region(code: "16.71") { code } r: region(code: """${'['.repeat(100)}""") { code } }`,
    );
    // Past the nesting count: the block string is refused by the RegionCode scalar (a validation
    // error, which yoga answers 200 to a client that accepts only application/json), not as too deep.
    expect(status).toBe(200);
    expect(firstError(body)?.extensions?.code).toBe('input/invalid');
  });

  it('refuses variables nested deeper than any input of the schema', async () => {
    // Written out by hand: JSON.stringify itself overflows on a value this deep.
    const query = JSON.stringify('query ($f: HouseholdFilter!) { households(filter: $f) { totalCount } }');
    const desil = `${'['.repeat(5_000)}1${']'.repeat(5_000)}`;
    const { status, body } = await send({
      method: 'POST',
      headers: { 'content-type': 'application/json', ...admin },
      body: `{"query":${query},"variables":{"f":{"regionCode":"16.71","desil":${desil}}}}`,
    });
    expect(status).toBe(400);
    expect(firstError(body)?.message).toBe(
      'Variable $f.desil[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0] nests lists or objects more than 16 levels deep.',
    );
  });
});

describe('3. bad JSON in a query string or a form is a 400 that names it', () => {
  it.each([
    ['variables', `/graphql?query=${encodeURIComponent('{ __typename }')}&variables=%7Bx`],
    ['extensions', `/graphql?query=${encodeURIComponent('{ __typename }')}&extensions=%7Bx`],
  ])('GET with bad %s', async (name, path) => {
    const response = await app.yoga.fetch(`http://pantau.test${path}`, { headers: admin });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Body).errors?.[0]).toEqual({
      message: `The \`${name}\` parameter is not valid JSON: it is malformed at line 1, column 2.`,
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('GET with variables that are not an object', async () => {
    const response = await app.yoga.fetch(`${URL_}?query=${encodeURIComponent('{ __typename }')}&variables=%5B1%5D`, { headers: admin });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Body).errors?.[0]?.message).toBe('The `variables` parameter must be a JSON object, got an array.');
  });

  it('a form POST with bad variables', async () => {
    const { status, body } = await send({
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...admin },
      body: `query=${encodeURIComponent('{ __typename }')}&variables=%7Bx`,
    });
    expect(status).toBe(400);
    expect(firstError(body)?.message).toBe('The `variables` form field is not valid JSON: it is malformed at line 1, column 2.');
  });

  it('a multipart request with bad operations', async () => {
    const form = new FormData();
    form.set('operations', '{x');
    const { status, body } = await send({ method: 'POST', headers: admin, body: form });
    expect(status).toBe(400);
    expect(firstError(body)?.extensions?.code).toBe('BAD_REQUEST');
  });
});

describe('4. text: NUL and control characters, and region codes', () => {
  it.each([
    ['login(username)', 'mutation ($u: String!) { login(username: $u, password: "x") { __typename } }', { u: 'walikota\u0000' }],
    ['region(code)', 'query ($c: RegionCode!) { region(code: $c) { name } }', { c: '16.71\u0000' }],
    ['indicatorSeries(code)', 'query ($c: String!) { region(code: "16.71") { indicatorSeries(code: $c) { year } } }', { c: 'P0\u0000' }],
    [
      'a report draft',
      'mutation ($i: SaveReportDraftInput!) { saveReportDraft(input: $i) { __typename } }',
      {
        i: { programId: 1, month: 10, realisasi: 1, outputCumulative: 1, beneficiariesCumulative: 1, problems: 'a\u0000b' },
      },
    ],
  ])('refuses NUL in %s, naming the variable', async (_name, query, variables) => {
    const { status, body } = await post(query, variables);
    expect(status).toBe(400);
    expect(firstError(body)).toMatchObject({
      message: expect.stringMatching(/^Variable \$[\w.]+ holds a control character \(U\+0000\); text may hold tabs and line breaks/),
      extensions: { code: 'input/control_character' },
    });
  });

  it('refuses NUL and other control characters in a literal, and keeps tabs and line breaks', async () => {
    const nul = await post('{ region(code: "16.71") { indicatorSeries(code: "P0\\u0000") { year } } }');
    expect(nul.status).toBe(400);
    expect(firstError(nul.body)?.extensions?.code).toBe('input/control_character');
    const bell = await post('mutation { login(username: "walikota\\u0007", password: "x") { __typename } }');
    expect(firstError(bell.body)?.message).toMatch(/\(U\+0007\)/);
    const tab = await post('mutation { login(username: "wali\\tkota\\n", password: "x") { __typename } }');
    expect(tab.status).toBe(200);
  });

  it.each([
    ['fgt', 'query ($r: RegionCode!) { fgt(regionCode: $r, povertyLine: 500000) { p0 } }'],
    ['extremePoverty', 'query ($r: RegionCode!) { extremePoverty(regionCode: $r) { __typename } }'],
    ['psks', 'query ($r: RegionCode!) { psks(regionCode: $r) { __typename } }'],
  ])('%s refuses LIKE wildcards as a region code', async (_field, query) => {
    for (const code of ['%', '_', '16.7%', '16._1', '16.71%']) {
      const { status, body } = await post(query, { r: code });
      expect(status).toBe(400);
      expect(firstError(body)).toMatchObject({
        message: expect.stringContaining('A region code is a Kemendagri code such as 16, 16.71, 16.71.06 or 16.71.06.1005'),
        extensions: { code: 'input/invalid' },
      });
    }
  });

  // Found by the fuzzer: a scalar's error message quoted the value with String(), which calls the
  // value's own toString — in JSON variables, anything (a number, here).
  it.each([
    ['a list holding an object whose toString is a number', [{ toString: 1.5 }]],
    ['an object whose toString is a string', { toString: 'x', valueOf: 2 }],
  ])('refuses %s as a region code, quoting it as JSON', async (_what, value) => {
    const { status, body } = await post('query ($r: RegionCode!) { opds(regionCode: $r) { id } }', { r: value });
    expect(status).toBe(400);
    expect(firstError(body)).toMatchObject({
      message: expect.stringMatching(/A region code is a Kemendagri code .*, got [[{]+"toString"/),
      extensions: { code: 'input/invalid' },
    });
  });

  it('takes every region code of the contract as a RegionCode', () => {
    const contract = loadContract();
    const asString: string[] = [];
    const regionArgument = /^(regionCode|parentCode|kelurahanCode|regencyCode)$/;
    for (const root of [contract.getQueryType()!, contract.getMutationType()!]) {
      for (const field of Object.values(root.getFields())) {
        for (const arg of field.args) {
          if (regionArgument.test(arg.name) || (arg.name === 'code' && field.name === 'region')) {
            if (getNamedType(arg.type).name !== 'RegionCode') asString.push(`${field.name}(${arg.name})`);
          }
        }
      }
    }
    for (const type of Object.values(contract.getTypeMap())) {
      if (!isInputObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        if (regionArgument.test(field.name) && getNamedType(field.type).name !== 'RegionCode') asString.push(`${type.name}.${field.name}`);
      }
    }
    // setUpFirstAdmin takes a blank code for a deployment-wide administrator and looks it up by equality.
    expect(asString).toEqual(['setUpFirstAdmin(regionCode)']);
    expect(
      isNonNullType(
        contract
          .getQueryType()!
          .getFields()
          .fgt!.args.find((a) => a.name === 'regionCode')!.type,
      ),
    ).toBe(true);
  });
});

describe('5. forged households cursors', () => {
  const HOUSEHOLDS =
    'query ($a: String) { households(filter: { regionCode: "16.71" }, first: 2, after: $a) { edges { cursor node { id } } } }';
  it.each(['GPC:N:NaN', 'GPC:N:1.5', 'GPC:N:99999999999', 'GPC:S:abc', 'GPC:N:-1', 'GPC:N:0', 'not a cursor'])(
    '%s is BAD_CURSOR',
    async (forged) => {
      const { status, body } = await post(HOUSEHOLDS, { a: Buffer.from(forged).toString('base64') });
      expect(status).toBe(200);
      expect(body.data).toBeNull();
      expect(firstError(body)).toMatchObject({
        message: '`after` is not a cursor this API issued; pass an endCursor or startCursor of an earlier page',
        extensions: { code: 'BAD_CURSOR', field: 'after' },
      });
    },
  );

  it('pages on with a cursor it issued', async () => {
    const first = await post(HOUSEHOLDS, {});
    const edges = (first.body.data as { households: { edges: { cursor: string; node: { id: number } }[] } }).households.edges;
    const next = await post(HOUSEHOLDS, { a: edges[1]!.cursor });
    expect(next.body.errors).toBeUndefined();
    const ids = (next.body.data as { households: { edges: { node: { id: number } }[] } }).households.edges.map((e) => e.node.id);
    expect(ids[0]).toBeGreaterThan(edges[1]!.node.id);
  });
});

describe('6. dates', () => {
  const FOLLOW_UPS = 'query ($d: Date) { followUps(regionCode: "16.71", asOf: $d) { id } }';
  it.each(['0000-01-01', '2026-02-30', '2026-04-31', '2026-13-01', '1999-12-31', '2101-01-01', '2026-1-1', ' 2026-11-20'])(
    '%s is refused',
    async (date) => {
      const { status, body } = await post(FOLLOW_UPS, { d: date });
      expect(status).toBe(400);
      expect(firstError(body)).toMatchObject({
        message: expect.stringContaining('Date must be a real day YYYY-MM-DD between 2000 and 2100'),
        extensions: { code: 'input/invalid' },
      });
    },
  );

  it('refuses an impossible date written in the document too', async () => {
    const { body } = await post('{ priorities(regionCode: "16.71", asOf: "2026-02-30") { id } }');
    expect(firstError(body)?.message).toContain('Date must be a real day YYYY-MM-DD between 2000 and 2100, got "2026-02-30"');
  });

  it('takes a real day', async () => {
    const { status, body } = await post(FOLLOW_UPS, { d: '2024-02-29' });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });
});

describe('7. request size', () => {
  const FIVE_MB = JSON.stringify({ query: `{ __typename } # ${'x'.repeat(5_000_000)}` });

  it('refuses a 5 MB document with 413 without parsing it', async () => {
    const started = performance.now();
    const { status, body } = await send({ method: 'POST', headers: { 'content-type': 'application/json', ...admin }, body: FIVE_MB });
    expect(performance.now() - started).toBeLessThan(1_000); // a wall, not a benchmark: reading it took 1–3 s
    expect(status).toBe(413);
    expect(firstError(body)).toEqual({
      message:
        'The request is larger than 1 MB, the limit for a GraphQL request; only uploads (multipart requests to the import mutations) may be larger.',
      extensions: { code: 'REQUEST_TOO_LARGE' },
    });
  });

  it('refuses a body over the limit sent without a Content-Length (chunked)', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(65_536));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 2_000_000) return controller.close();
        controller.enqueue(chunk);
        sent += chunk.byteLength;
      },
    });
    const { status } = await send({ method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    expect(status).toBe(413);
  });

  it('lets an upload larger than 1 MB through to the import mutation', async () => {
    const form = new FormData();
    form.set(
      'operations',
      JSON.stringify({ query: 'mutation ($f: File!) { previewImport(file: $f, kind: REGIONS) { __typename } }', variables: { f: null } }),
    );
    form.set('map', JSON.stringify({ 0: ['variables.f'] }));
    form.set('0', new Blob([`kode;nama\n${'16.71.01;Ilir Barat Dua\n'.repeat(100_000)}`]), 'regions.csv');
    const { status, body } = await send({ method: 'POST', headers: admin, body: form });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  describe('on the HTTP server', () => {
    let server: Server;
    let port = 0;
    beforeAll(async () => {
      server = createHttpServer(app.db, app.clock, { dashboardDir: '/nonexistent', responseCache: null });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as { port: number }).port;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    const raw = (headers: Record<string, string | number>, body: string | string[]) =>
      new Promise<{ status: number; text: string }>((resolve, reject) => {
        const outgoing = httpRequest({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers, agent: false }, (incoming) => {
          let text = '';
          incoming.on('data', (chunk: Buffer) => {
            text += chunk.toString();
          });
          incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, text }));
        });
        outgoing.on('error', reject);
        for (const part of Array.isArray(body) ? body : [body]) outgoing.write(part);
        outgoing.end();
      });

    it('answers 413 to a 5 MB body', async () => {
      const { status, text } = await raw({ 'content-type': 'application/json', 'content-length': Buffer.byteLength(FIVE_MB) }, FIVE_MB);
      expect(status).toBe(413);
      expect(JSON.parse(text).errors[0].extensions.code).toBe('REQUEST_TOO_LARGE');
    });

    it('answers 413 to a chunked body past the limit', async () => {
      const { status } = await raw(
        { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        Array(40).fill(' '.repeat(65_536)),
      );
      expect(status).toBe(413);
    });
  });
});

describe("8. a bad JSON body is described in Pantau's words", () => {
  it.each([
    ['{"query":', 'The request body is not valid JSON: it ends before the JSON value is complete.'],
    ['{"query": "{ __typename }",}', 'The request body is not valid JSON: it is malformed at line 1, column 28.'],
    ['[]', 'The request body must be a JSON object, got an array.'],
    ['null', 'The request body must be a JSON object, got null.'],
    ['', 'The request body is empty: send a JSON object with a `query`.'],
  ])('%j', async (raw, message) => {
    const { status, body, text } = await send({ method: 'POST', headers: { 'content-type': 'application/json' }, body: raw });
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ message, extensions: { code: 'BAD_REQUEST' } }]);
    expect(text).not.toMatch(/SyntaxError|Unexpected token|originalError/);
  });

  it('refuses a compressed body instead of inflating it past the limit', async () => {
    const { status, body } = await send({
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: new Uint8Array(gzipSync(JSON.stringify({ query: '{ __typename }', x: ' '.repeat(10_000_000) }))),
    });
    expect(status).toBe(415);
    expect(firstError(body)?.message).toBe('The request body is sent with Content-Encoding gzip; send it uncompressed.');
  });

  it('refuses a body that is not UTF-8', async () => {
    const { status, body } = await send({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Uint8Array([0x7b, 0xff, 0x7d]),
    });
    expect(status).toBe(400);
    expect(firstError(body)?.message).toBe('The request body is not UTF-8 text.');
  });
});

describe('a report draft with hostile figures', () => {
  const SAVE = `mutation ($input: SaveReportDraftInput!) { saveReportDraft(input: $input) {
    __typename ... on DomainError { code field } ... on MutationSaveReportDraftSuccess { data { id } } } }`;

  it('is refused field by field, and nothing is stored', async () => {
    const operator = await app.db.prisma.user.findUniqueOrThrow({ where: { username: 'dinsos' } });
    // The demo's Dinas Sosial has a RETURNED report to correct: a real, editable record.
    const before = await app.db.prisma.progressReport.findFirstOrThrow({
      where: { status: 'RETURNED', program: { opdId: operator.opdId! } },
      include: { program: true },
    });
    const input = {
      programId: before.programId,
      month: before.month,
      realisasi: Number(before.realisasi),
      outputCumulative: before.outputCumulative,
      beneficiariesCumulative: before.beneficiariesCumulative,
    };
    const tries: [Record<string, unknown>, string][] = [
      [{ problems: 'a\u0000b' }, 'problems'],
      [{ solutions: 'x'.repeat(100_000) }, 'solutions'],
      [{ realisasi: -1 }, 'realisasi'],
      [{ realisasi: '99999999999999999999' }, 'realisasi'],
      [{ realisasi: Number(before.program.pagu) + 1 }, 'realisasi'],
      [{ outputCumulative: -5 }, 'outputCumulative'],
      [{ outputCumulative: 2 ** 31 }, 'outputCumulative'],
      [{ beneficiariesCumulative: 1e20 }, 'beneficiariesCumulative'],
    ];
    for (const [change, field] of tries) {
      const { body } = await post(SAVE, { input: { ...input, ...change } }, dinsos);
      const result = (body.data as { saveReportDraft?: { code?: string; field?: string } } | null | undefined)?.saveReportDraft;
      const named = result?.field === field || !!firstError(body)?.message.includes(field);
      expect(named, `${JSON.stringify(change).slice(0, 60)}: ${JSON.stringify(body).slice(0, 200)}`).toBe(true);
      const after = await app.db.prisma.progressReport.findUniqueOrThrow({ where: { id: before.id } });
      expect([
        after.realisasi,
        after.outputCumulative,
        after.beneficiariesCumulative,
        after.problems,
        after.solutions,
        after.updatedAt,
      ]).toEqual([
        before.realisasi,
        before.outputCumulative,
        before.beneficiariesCumulative,
        before.problems,
        before.solutions,
        before.updatedAt,
      ]);
    }
  });
});
