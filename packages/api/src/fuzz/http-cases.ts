// Malformed HTTP: what a broken script, a scanner or an attacker sends to /graphql. Bodies that
// are not JSON or not an object, wrong media types and methods, query strings with bad JSON,
// malformed session cookies, documents nested thousands deep or thousands of tokens long, bodies
// over the size limit with and without a Content-Length, and documents with control characters.
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';

export interface HttpCase {
  name: string;
  method: string;
  /** Path and query string, e.g. `/graphql?query=…`. */
  path: string;
  headers: Record<string, string>;
  /** Text, bytes, or a stream made on demand (chunked, no Content-Length). */
  body?: string | Uint8Array | (() => ReadableStream<Uint8Array>);
  /** Sends the case without the role's session cookie (it brings its own, or none). */
  ownCookie?: boolean;
}

const JSON_TYPE = { 'content-type': 'application/json' };
const TYPENAME = JSON.stringify({ query: '{ __typename }' });
const q = (text: string) => encodeURIComponent(text);

const post = (name: string, body: HttpCase['body'], headers: Record<string, string> = JSON_TYPE): HttpCase => ({
  name,
  method: 'POST',
  path: '/graphql',
  headers,
  body,
});

const get = (name: string, query: string, headers: Record<string, string> = {}): HttpCase => ({
  name,
  method: 'GET',
  path: `/graphql?${query}`,
  headers,
});

/** A stream of `bytes` bytes in 64 KB chunks, sent chunked: the limit must hold without a Content-Length. */
const chunked =
  (bytes: number, unit = ' ') =>
  () => {
    let sent = 0;
    const chunk = new TextEncoder().encode(unit.repeat(65_536));
    return new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"query":"{ __typename }","x":"'));
      },
      pull(controller) {
        if (sent >= bytes) {
          controller.enqueue(new TextEncoder().encode('"}'));
          controller.close();
          return;
        }
        controller.enqueue(chunk);
        sent += chunk.byteLength;
      },
    });
  };

const deep = {
  object: (n: number) => `{ fgt(regionCode: "16.71", povertyLine: ${'{a:'.repeat(n)}1${'}'.repeat(n)}) { p0 } }`,
  list: (n: number) => `{ fgt(regionCode: "16.71", povertyLine: ${'['.repeat(n)}1${']'.repeat(n)}) { p0 } }`,
  selection: (n: number) => `{ ${'region(code: "16.71") { children { '.repeat(Math.ceil(n / 2))} code ${'} }'.repeat(Math.ceil(n / 2))} }`,
  parentheses: (n: number) => `{ region(code: ${'['.repeat(n)}"16.71"${']'.repeat(n)}) { code } }`,
};

const MULTIPART = (boundary: string, parts: [string, string, string?][]) =>
  `${parts.map(([name, value, filename]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"\r\nContent-Type: text/csv` : ''}\r\n\r\n${value}\r\n`).join('')}--${boundary}--\r\n`;

/** Fixed cases: each one is a request some server got wrong. */
export const HTTP_CASES: HttpCase[] = [
  // Bodies that are not a JSON object.
  ...[
    '',
    ' ',
    '{',
    '{"query":',
    '{"query": "{ __typename }",}',
    '[',
    '[]',
    'null',
    '1',
    '"x"',
    'true',
    '{}',
    '\ufeff{"query":"{ __typename }"}',
    `${TYPENAME}garbage`,
    `${TYPENAME}${TYPENAME}`,
  ].map((body) => post(`json body ${JSON.stringify(body).slice(0, 30)}`, body)),
  post('json batch', `[${TYPENAME},${TYPENAME}]`),
  post('query not a string', '{"query": 1}'),
  post('query null', '{"query": null}'),
  post('query an object', '{"query": {"kind":"Document","definitions":[]}}'),
  post('variables a string', '{"query":"{ __typename }","variables":"x"}'),
  post('variables an array', '{"query":"{ __typename }","variables":[]}'),
  post('variables a string of JSON', '{"query":"{ __typename }","variables":"{\\"a\\":1}"}'),
  post('extensions a number', '{"query":"{ __typename }","extensions":1}'),
  post('persisted query extension', '{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}'),
  post('operationName a number', '{"query":"{ __typename }","operationName":5}'),
  post('unknown parameter', '{"query":"{ __typename }","unknown":1}'),
  post('__proto__ body', '{"__proto__":{"query":"{ __typename }"}}'),
  post(
    '__proto__ variables',
    '{"query":"query($c: RegionCode!) { region(code: $c) { code } }","variables":{"__proto__":{"c":"16.71"},"c":"16.71"}}',
  ),
  post('duplicate keys', '{"query":"{ __typename }","query":"{ me { id } }"}'),
  post('deep JSON array', `{"query":"{ __typename }","variables":{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`),
  post('deep JSON object', `{"query":"{ __typename }","variables":{"a":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}}`),
  post(
    'deep variable',
    `{"query":"query($f: HouseholdFilter!) { households(filter: $f) { totalCount } }","variables":{"f":{"regionCode":"16.71","desil":${'['.repeat(5_000)}1${']'.repeat(5_000)}}}}`,
  ),
  post('many keys', `{"query":"{ __typename }","variables":{${Array.from({ length: 40_000 }, (_, i) => `"k${i}":${i}`).join(',')}}}`),
  post('invalid UTF-8', new Uint8Array([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x7d])),
  post('random bytes', new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 7919) % 256))),
  post('UTF-16 body', new Uint8Array(Buffer.from(TYPENAME, 'utf16le')), { 'content-type': 'application/json; charset=utf-16' }),
  post('2 MB body', JSON.stringify({ query: '{ __typename }', padding: 'x'.repeat(2_000_000) })),
  post('5 MB document', JSON.stringify({ query: `{ __typename } # ${'x'.repeat(5_000_000)}` })),
  post('2 MB chunked body', chunked(2_000_000)),
  post('70 MB chunked upload', chunked(70_000_000), { 'content-type': 'multipart/form-data; boundary=X' }),

  post('gzip body', new Uint8Array(gzipSync(TYPENAME)), { ...JSON_TYPE, 'content-encoding': 'gzip' }),
  post('gzip bomb', new Uint8Array(gzipSync(JSON.stringify({ query: '{ __typename }', x: ' '.repeat(20_000_000) }))), {
    ...JSON_TYPE,
    'content-encoding': 'gzip',
  }),
  post('garbage said to be deflate', 'garbage', { ...JSON_TYPE, 'content-encoding': 'deflate' }),

  // Media types.
  post('no content type', TYPENAME, {}),
  post('text/plain', TYPENAME, { 'content-type': 'text/plain' }),
  post('upper-case media type', TYPENAME, { 'content-type': 'Application/JSON' }),
  post('media type list', TYPENAME, { 'content-type': 'application/json, text/plain' }),
  post('graphql+json', TYPENAME, { 'content-type': 'application/graphql+json' }),
  post('application/graphql', '{ __typename }', { 'content-type': 'application/graphql' }),
  post('application/graphql empty', '', { 'content-type': 'application/graphql' }),
  post('form', `query=${q('{ __typename }')}`, { 'content-type': 'application/x-www-form-urlencoded' }),
  post('form bad variables', `query=${q('{ __typename }')}&variables=%7Bx`, { 'content-type': 'application/x-www-form-urlencoded' }),
  post('form bad extensions', `query=${q('{ __typename }')}&extensions=%5B`, { 'content-type': 'application/x-www-form-urlencoded' }),
  post('form bad escape', 'query=%E0%A4&variables=%', { 'content-type': 'application/x-www-form-urlencoded' }),
  post('multipart without boundary', 'x', { 'content-type': 'multipart/form-data' }),
  post('multipart garbage', 'garbage', { 'content-type': 'multipart/form-data; boundary=X' }),
  post('multipart bad operations', MULTIPART('X', [['operations', '{x']]), { 'content-type': 'multipart/form-data; boundary=X' }),
  post('multipart no operations', MULTIPART('X', [['map', '{}']]), { 'content-type': 'multipart/form-data; boundary=X' }),
  post(
    'multipart bad map',
    MULTIPART('X', [
      ['operations', TYPENAME],
      ['map', '{x'],
    ]),
    { 'content-type': 'multipart/form-data; boundary=X' },
  ),
  post(
    'multipart map to __proto__',
    MULTIPART('X', [
      ['operations', '{"query":"{ __typename }","variables":{}}'],
      ['map', '{"0":["__proto__.polluted","variables.__proto__.x","constructor.prototype.x"]}'],
      ['0', 'a;b\n1;2', 'x.csv'],
    ]),
    { 'content-type': 'multipart/form-data; boundary=X' },
  ),
  post(
    'multipart map to a missing file',
    MULTIPART('X', [
      ['operations', '{"query":"mutation($f: File!) { previewImport(file: $f, kind: REGIONS) { __typename } }","variables":{"f":null}}'],
      ['map', '{"1":["variables.f"]}'],
    ]),
    { 'content-type': 'multipart/form-data; boundary=X' },
  ),
  post(
    'multipart operations an array',
    MULTIPART('X', [
      ['operations', `[${TYPENAME}]`],
      ['map', '{}'],
    ]),
    { 'content-type': 'multipart/form-data; boundary=X' },
  ),

  // GET.
  get('get', `query=${q('{ __typename }')}`),
  get('get without query', ''),
  get('get bad variables', `query=${q('{ __typename }')}&variables=%7Bx`),
  get('get bad extensions', `query=${q('{ __typename }')}&extensions=%7Bx`),
  get('get variables an array', `query=${q('{ __typename }')}&variables=%5B%5D`),
  get('get variables null', `query=${q('{ __typename }')}&variables=null`),
  get('get bad escape', 'query=%E0%A4%A&variables=%'),
  get('get NUL', `query=${q('{ __typename }')}%00`),
  get('get mutation', `query=${q('mutation { logout }')}`),
  get('get 2 MB', `query=${q('{ __typename }')}&x=${'x'.repeat(2_000_000)}`),
  get('get 12 KB', `query=${q(`{ __typename } #${'x'.repeat(12_000)}`)}`),
  get('get graphql-response', `query=${q('{ __typename }')}`, { accept: 'application/graphql-response+json' }),
  { name: 'put', method: 'PUT', path: '/graphql', headers: JSON_TYPE, body: TYPENAME },
  { name: 'delete', method: 'DELETE', path: '/graphql', headers: {} },
  { name: 'patch', method: 'PATCH', path: '/graphql', headers: JSON_TYPE, body: TYPENAME },
  {
    name: 'options',
    method: 'OPTIONS',
    path: '/graphql',
    headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' },
  },
  { name: 'head', method: 'HEAD', path: '/graphql', headers: {} },
  { name: 'subpath', method: 'POST', path: '/graphql/x/../../graphql', headers: JSON_TYPE, body: TYPENAME },

  // Accept.
  ...[
    'text/event-stream',
    'application/graphql-response+json',
    'text/html',
    '*/*',
    'garbage',
    'application/json;q=0',
    'multipart/mixed',
    '',
  ].map(
    (accept): HttpCase => ({
      name: `accept ${accept}`,
      method: 'POST',
      path: '/graphql',
      headers: { ...JSON_TYPE, accept },
      body: TYPENAME,
    }),
  ),

  // Session cookies a browser may hold.
  ...[
    'pantau_session=%',
    'pantau_session=%ZZ',
    'pantau_session=%E0%A4',
    'pantau_session=%E0%A4%A',
    'pantau_session=%00',
    'pantau_session=',
    'pantau_session',
    '=;=;;',
    'pantau_session="quoted"',
    'pantau_session=%; pantau_session=abc',
    `pantau_session=${'a'.repeat(4_000)}`,
    Array.from({ length: 300 }, (_, i) => `c${i}=${i}`).join('; '),
    'pantau_session=x\u0001y',
  ].map(
    (cookie): HttpCase => ({
      name: `cookie ${cookie.slice(0, 30)}`,
      method: 'POST',
      path: '/graphql',
      headers: { ...JSON_TYPE, cookie },
      body: TYPENAME,
      ownCookie: true,
    }),
  ),

  // Documents.
  ...Object.entries(deep).flatMap(([kind, make]) =>
    [40, 2_500, 5_000].map((n) => post(`nested ${kind} ${n}`, JSON.stringify({ query: make(n) }))),
  ),
  post('token flood', JSON.stringify({ query: `{ ${'__typename '.repeat(8_000)}}` })),
  post('long document', JSON.stringify({ query: `{ __typename ${' '.repeat(150_000)}}` })),
  post('comment of brackets', JSON.stringify({ query: `# ${'{['.repeat(10_000)}\n{ __typename }` })),
  post('string of brackets', JSON.stringify({ query: `{ region(code: "${'{'.repeat(5_000)}") { code } }` })),
  post(
    'block string of brackets',
    JSON.stringify({ query: `{ region(code: """${'{'.repeat(5_000)}\\"""${'['.repeat(5_000)}""") { code } }` }),
  ),
  post('unterminated string', JSON.stringify({ query: '{ region(code: "16.71) { code } }' })),
  post('unterminated block string', JSON.stringify({ query: '{ region(code: """16.71) { code } }' })),
  post('NUL in a literal', JSON.stringify({ query: '{ region(code: "16.71\\u0000") { code } }' })),
  post(
    'NUL in a login literal',
    JSON.stringify({ query: 'mutation { login(username: "walikota\\u0000", password: "x") { __typename } }' }),
  ),
  post(
    'control character in a literal',
    JSON.stringify({ query: '{ indicators { code } region(code: "16.71") { indicatorSeries(code: "P0\\u0007") { year } } }' }),
  ),
  post('raw NUL in the document', JSON.stringify({ query: '{ __typename \u0000 }' })),
  post('fragment cycle', JSON.stringify({ query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' })),
  post('two operations, no name', JSON.stringify({ query: 'query A { __typename } query B { __typename }' })),
  post('unknown operation name', JSON.stringify({ query: 'query A { __typename }', operationName: 'B' })),
  post('subscription', JSON.stringify({ query: 'subscription { __typename }' })),
  post('unknown directive', JSON.stringify({ query: '{ __typename @nope }' })),
  post(
    'include with a bad variable',
    JSON.stringify({ query: 'query($x: Boolean!) { me @include(if: $x) { id } }', variables: { x: 'yes' } }),
  ),
  post('introspection', JSON.stringify({ query: '{ __schema { types { name fields { name args { name type { name } } } } } }' })),
  post('alias flood', JSON.stringify({ query: `{ ${Array.from({ length: 2_000 }, (_, i) => `a${i}: __typename`).join(' ')} }` })),
  post(
    'login alias flood',
    JSON.stringify({
      query: `mutation { ${Array.from({ length: 30 }, (_, i) => `a${i}: login(username: "walikota", password: "guess${i}") { __typename }`).join(' ')} }`,
    }),
  ),
  post(
    'fragment bomb',
    JSON.stringify({
      query: `{ ...F0 } ${Array.from({ length: 12 }, (_, i) => `fragment F${i} on Query { ${i === 11 ? '__typename' : `...F${i + 1} ...F${i + 1} a${i}: __typename`} }`).join(' ')}`,
    }),
  ),
];

/** A valid body cut or spliced at a random place. */
const mangledBody: fc.Arbitrary<HttpCase> = fc
  .tuple(
    fc.constantFrom(
      JSON.stringify({ query: 'query($c: RegionCode!) { region(code: $c) { code name } }', variables: { c: '16.71' } }),
      JSON.stringify({
        query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { __typename } }',
        variables: { u: 'walikota', p: 'x' },
      }),
    ),
    fc.nat(),
    fc.string({ unit: 'binary', maxLength: 8 }),
    fc.boolean(),
  )
  .map(([body, at, insert, cut]) => {
    const i = at % body.length;
    return post(`mangled body at ${i}`, cut ? body.slice(0, i) : body.slice(0, i) + insert + body.slice(i));
  });

/** A GET whose variables or extensions parameter is random text. */
const mangledGet: fc.Arbitrary<HttpCase> = fc
  .tuple(fc.constantFrom('variables', 'extensions', 'operationName', 'query'), fc.string({ unit: 'binary', maxLength: 30 }))
  .map(([name, value]) =>
    get(`get ${name}=random`, `query=${q('query($c: RegionCode!) { region(code: $c) { code } }')}&${name}=${q(value)}`),
  );

export const httpCaseArbitrary: fc.Arbitrary<HttpCase> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HTTP_CASES) },
  { weight: 1, arbitrary: mangledBody },
  { weight: 1, arbitrary: mangledGet },
);
