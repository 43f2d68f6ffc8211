import {
  type DocumentNode,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  validate,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DOCUMENT_LIMITS,
  DEFAULT_QUERY_LIMITS,
  documentShape,
  documentViolation,
  limitViolations,
  measureOperation,
} from './limits.js';
import { countListSizes, LIST_SIZE_MAX, type ListSizes, PAGE_SIZE_MAX } from './list-bounds.js';
import { schema } from './schema.js';
import { createTestApp, loginAs } from './test/app.js';
import { dashboardOperations } from './test/dashboard-operations.js';

const measure = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return measureOperation(schema, document, document.definitions[0] as OperationDefinitionNode, variables);
};

describe('query limits', async () => {
  // The demo's row counts: the sizes the server measures unpaged lists by (list-bounds.ts).
  const demo = await createTestApp();
  const demoSizes = await countListSizes(demo.db);

  it("lets every operation of the dashboard through on the demo, with pages at the API's largest size", () => {
    const operations = dashboardOperations();
    expect(operations.length).toBeGreaterThan(30);
    for (const { operation, document } of operations) {
      // The largest page any list accepts (households: 500) wherever the dashboard sizes one by a variable.
      const variables = Object.fromEntries((operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, 500]));
      const m = measureOperation(schema, document, operation, variables, demoSizes);
      expect(limitViolations(m, DEFAULT_QUERY_LIMITS, operation.name?.value), operation.name?.value).toEqual([]);
    }
  });

  it('bounds every list of objects in the schema: by a page size, a row count or a fixed maximum', () => {
    const unbounded: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const list = getNullableType(field.type);
        if (!isListType(list) || !isObjectType(getNamedType(list))) continue;
        const coordinate = `${type.name}.${field.name}`;
        // A connection's edges and the audit page's entries are sized by the page above them.
        if ((type.name.endsWith('Connection') && field.name === 'edges') || coordinate === 'AuditLogPage.entries') continue;
        if (!(coordinate in LIST_SIZE_MAX) && !(coordinate in PAGE_SIZE_MAX)) unbounded.push(coordinate);
      }
    }
    expect(unbounded).toEqual([]);
  });

  it('reads every operation of the dashboard within the document limits, and each validates against the schema', () => {
    let largest = { tokens: 0, nesting: 0, length: 0 };
    for (const { operation, document } of dashboardOperations()) {
      const text = print(document);
      expect(documentViolation(text, DEFAULT_DOCUMENT_LIMITS), operation.name?.value).toBeNull();
      // A variable declared String! where the argument is a RegionCode! fails here, not in a browser.
      expect(
        validate(schema, document).map((e) => e.message),
        operation.name?.value,
      ).toEqual([]);
      const shape = documentShape(text, DEFAULT_DOCUMENT_LIMITS);
      largest = {
        tokens: Math.max(largest.tokens, shape.tokens),
        nesting: Math.max(largest.nesting, shape.nesting),
        length: Math.max(largest.length, text.length),
      };
    }
    // The figures limits.ts quotes for the dashboard's largest operation.
    expect(largest.tokens).toBeLessThan(DEFAULT_DOCUMENT_LIMITS.maxTokens / 4);
    expect(largest.nesting).toBeLessThan(DEFAULT_DOCUMENT_LIMITS.maxNesting / 2);
  });

  it('counts tokens and nesting as the parser reads them, outside strings and comments', () => {
    expect(documentShape('{ a { b(c: [1, {d: 2}]) } }', DEFAULT_DOCUMENT_LIMITS)).toEqual({ tokens: 18, nesting: 5 });
    expect(documentShape('# {{{{\n{ a(b: "{[(", c: """{{\\"""[[""") }', DEFAULT_DOCUMENT_LIMITS)).toEqual({ tokens: 11, nesting: 2 });
    // Counting stops past a limit: a megabyte of brackets costs no more than the limit.
    expect(documentShape('['.repeat(1_000_000), DEFAULT_DOCUMENT_LIMITS)).toEqual({ tokens: 33, nesting: 33 });
  });

  it('measures depth through fragments, cost through list sizes, and counts aliases', () => {
    const deep = measure('{ region(code: "16.71") { children { children { parent { parent { code } } } } } }');
    expect(deep).toMatchObject({ depth: 6, deepestPath: 'region.children.children.parent.parent.code' });
    const viaFragment = measure('query { region(code: "16.71") { ...F } } fragment F on Region { children { code name } }');
    // A region's children are at most LIST_SIZE_MAX's 300 without the database's count.
    expect(viaFragment).toMatchObject({ depth: 3, cost: 1 + 1 + 300 * 2 });
    const paged = 'query ($n: Int) { households(filter: { regionCode: "16.71" }, first: $n) { edges { node { id desil } } } }';
    // households, edges, then node, id and desil once per item of the page.
    expect(measure(paged, { n: 200 }).cost).toBe(1 + 1 + 200 * 3);
    // Without a page size: the page the field gives then (households: 50), not a guess.
    expect(measure(paged).cost).toBe(1 + 1 + 50 * 3);
    expect(measure('{ a: me { id } b: me { id } }').aliases).toBe(2);
    // Introspection counts like data (its depth does not: a type reference nests ofType a dozen levels).
    const types = Object.keys(schema.getTypeMap()).length;
    expect(measure('{ __schema { types { name } } }')).toMatchObject({ depth: 0, cost: 1 + 1 + types });
    expect(measure('{ a: __schema { queryType { name } } b: __type(name: "Query") { name } }').aliases).toBe(2);
  });

  it('names the limit, the figure and where it was found', () => {
    const limits = { maxDepth: 3, maxCost: 20, maxAliases: 1 };
    const problems = limitViolations(
      measure('query Deep { a: region(code: "16.71") { b: children { children { code } } } }'),
      limits,
      'Deep',
    );
    expect(problems).toEqual([
      'Operation "Deep" is nested 4 levels deep (at a.b.children.code); the limit is 3.',
      'Operation "Deep" could return 90302 fields (each field counted once per item of the lists above it); the limit is 20. Ask for fewer fields or smaller pages.',
      'Operation "Deep" uses 2 aliases; the limit is 1.',
    ]);
  });
});

describe('the server refuses requests over the limits', async () => {
  const app = await createTestApp();
  const admin = await loginAs(app, 'admin');
  const post = (query: string, variables?: Record<string, unknown>) =>
    app.yoga.fetch('http://pantau.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...admin },
      body: JSON.stringify({ query, variables }),
    });

  it('refuses a query nested too deep with 400, before any resolver runs', async () => {
    const nested = `{ region(code: "16.71") { ${'children { '.repeat(10)}code${' }'.repeat(10)} } }`;
    const response = await post(nested);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(2); // too deep, and ten nested lists are too costly too
    expect(body.errors[0]).toMatchObject({
      message: expect.stringMatching(/^The operation is nested 12 levels deep \(at region(\.children){10}\.code\); the limit is 10\.$/),
      extensions: { code: 'QUERY_TOO_LARGE' },
    });
  });

  it('refuses an alias flood and a page too costly for its fields', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `r${i}: region(code: "16.71") { code }`).join(' ');
    const flood = await (await post(`query Flood { ${aliases} }`)).json();
    expect(flood.errors[0].message).toBe('Operation "Flood" uses 31 aliases; the limit is 30.');

    const wide = `query Wide($n: Int) { households(filter: { regionCode: "16.71" }, first: $n) {
      edges { node { id kelurahan { children { children { code name } } } } } } }`;
    const refused = await post(wide, { n: 500 });
    expect(refused.status).toBe(400);
    expect((await refused.json()).errors[0].message).toMatch(/^Operation "Wide" could return \d+ fields/);
  });

  it('refuses fragments spread into fragments without expanding them all', async () => {
    // Ten levels of eight spreads each: 8^10 (about a billion) fields if expanded.
    const levels = Array.from(
      { length: 10 },
      (_, i) => `fragment F${i} on Region { ${i === 9 ? 'code' : Array.from({ length: 8 }, () => `...F${i + 1}`).join(' ')} }`,
    );
    const started = performance.now();
    const response = await post(`query Bomb { region(code: "16.71") { ...F0 } } ${levels.join(' ')}`);
    expect(performance.now() - started).toBeLessThan(10_000); // a wall, not a benchmark: expanded, it would not return
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].message).toMatch(/^Operation "Bomb" could return \d+ fields/);
  });

  it('runs a login once per operation: aliases do not multiply password guesses', async () => {
    const logins = Array.from({ length: 3 }, (_, i) => `a${i}: login(username: "walikota", password: "guess${i}") { __typename }`);
    const response = await post(`mutation Guess { ${logins.join(' ')} }`);
    expect(response.status).toBe(400);
    expect((await response.json()).errors).toEqual([
      {
        message: 'login may be asked once per operation; this one asks it 3 times.',
        locations: [{ line: 1, column: 1 }],
        extensions: { code: 'QUERY_TOO_LARGE' },
      },
    ]);
    const viaFragment = await post(
      'mutation { ...A ...A } fragment A on Mutation { login(username: "walikota", password: "x") { __typename } }',
    );
    expect(viaFragment.status).toBe(200);
  });

  it('answers a query within the limits as usual', async () => {
    const response = await post('{ region(code: "16.71") { name children { code } } }');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.region.name).toBe('Kota Palembang');
  });
});

describe('introspection is measured like any query', async () => {
  const app = await createTestApp();
  const admin = await loginAs(app, 'admin');
  const post = (query: string, headers: Record<string, string> = {}) =>
    app.yoga.fetch('http://pantau.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
  const aliases = (n: number) =>
    `query Forty { ${Array.from({ length: n }, (_, i) => `s${i}: __schema { types { name fields { name args { name type { name } } } } }`).join(' ')} }`;

  it('refuses introspection to a caller who is not signed in, and keeps __typename', async () => {
    for (const query of ['{ __schema { queryType { name } } }', '{ __type(name: "Household") { fields { name } } }', aliases(40)]) {
      const response = await post(query);
      expect(response.status, query.slice(0, 40)).toBe(401);
      const body = await response.json();
      expect(body.data).toBeUndefined();
      expect(body.errors[0].extensions.code).toBe('INTROSPECTION_NEEDS_SIGN_IN');
      expect(body.errors[0].message).toContain('packages/schema/schema.graphql');
    }
    expect(await (await post('{ __typename }')).json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses 40 aliases of __schema to a signed-in caller: too many aliases, and __schema once per operation', async () => {
    const response = await post(aliases(40), admin);
    expect(response.status).toBe(400);
    const messages = (await response.json()).errors.map((e: { message: string }) => e.message);
    expect(messages).toContain('Operation "Forty" uses 40 aliases; the limit is 30.');
    expect(messages).toContain('__schema may be asked once per operation; this one asks it 40 times.');
    // Under the alias limit, still once.
    const two = await post(aliases(2), admin);
    expect(two.status).toBe(400);
    expect((await two.json()).errors.map((e: { message: string }) => e.message)).toEqual([
      '__schema may be asked once per operation; this one asks it 2 times.',
    ]);
  });

  it('refuses thirty aliased __type lookups by their cost, and answers the usual introspection query within its estimate', async () => {
    const lookups = Array.from({ length: 30 }, (_, i) => `t${i}: __type(name: "Query") { fields { name type { fields { name } } } }`);
    const refused = await post(`query Lookups { ${lookups.join(' ')} }`, admin);
    expect(refused.status).toBe(400);
    expect((await refused.json()).errors[0].message).toMatch(/^Operation "Lookups" could return \d+ fields/);

    const query = getIntrospectionQuery();
    const response = await post(query, admin);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    const document = parse(query);
    const estimate = measureOperation(schema, document, document.definitions[0] as OperationDefinitionNode).cost;
    expect(estimate).toBeGreaterThanOrEqual(fieldsIn(body.data));
    expect(estimate).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxCost);
  });
});

/** Fields in an answer as the estimate counts them: each key once per item of the lists above it. */
function fieldsIn(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + fieldsIn(item), 0);
  if (value !== null && typeof value === 'object') return Object.values(value).reduce((sum: number, item) => sum + 1 + fieldsIn(item), 0);
  return 0;
}

describe('the estimate is an upper bound of the answer', async () => {
  const app = await createTestApp({ responseCache: null });
  const admin = await loginAs(app, 'admin');
  const sizes: ListSizes = await countListSizes(app.db);
  const [ids] = await app.db.raw<{ clusterId: number; opdId: number; programId: number }>(
    `SELECT (SELECT min(id) FROM cluster) AS "clusterId", (SELECT min(id) FROM opd) AS "opdId", (SELECT min(id) FROM program) AS "programId"`,
  );
  /** Variables for an operation on Palembang in the demo's year; null when it needs others. */
  const variablesFor = (operation: OperationDefinitionNode): Record<string, unknown> | null => {
    const values: Record<string, unknown> = {
      regionCode: '16.71',
      regencyCode: '16.71',
      year: 2026,
      month: 11,
      asOf: '2026-11-20',
      groupBy: 'OPD',
      povertyLine: 600_000,
      first: 500,
      ...ids,
    };
    const variables: Record<string, unknown> = {};
    for (const definition of operation.variableDefinitions ?? []) {
      const name = definition.variable.name.value;
      if (name in values) variables[name] = values[name];
      else if (definition.type.kind === Kind.NON_NULL_TYPE) return null;
    }
    return variables;
  };
  const run = async (document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>) => {
    const response = await app.yoga.fetch('http://pantau.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...admin },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    return { status: response.status, body, estimate: measureOperation(schema, document, operation, variables, sizes).cost };
  };

  it('holds for every query of the dashboard the admin can run on the demo', async () => {
    let checked = 0;
    for (const { operation, document } of dashboardOperations()) {
      if (operation.operation !== 'query') continue;
      const variables = variablesFor(operation);
      if (!variables) continue;
      const { status, body, estimate } = await run(document, operation, variables);
      if (status !== 200 || !body.data) continue;
      expect(estimate, operation.name?.value).toBeGreaterThanOrEqual(fieldsIn(body.data));
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(25);
  }, 300_000);

  it('holds for lists asked without a page size, and refuses what would be too large', async () => {
    const hostile = [
      // Every region, each with its children's children: the 1,221 estimated, 96,370 returned.
      '{ regions { code name children { code name children { code name } } } }',
      '{ regions(parentCode: "16.71") { code children { code name } } }',
      '{ households(filter: { regionCode: "16.71" }) { edges { node { id householdNumber desil memberCount } } } }',
      '{ programs(regionCode: "16.71", year: 2026) { id name partners { name } plan { month } } }',
      '{ region(code: "16.71") { children { children { code name targets { id name } } } } }',
    ];
    for (const query of hostile) {
      const document = parse(query);
      const operation = document.definitions[0] as OperationDefinitionNode;
      const { status, body, estimate } = await run(document, operation, {});
      if (estimate > DEFAULT_QUERY_LIMITS.maxCost) {
        expect(status, query).toBe(400);
        expect(body.errors?.[0]?.message, query).toMatch(/could return \d+ fields/);
      } else {
        expect(body.errors, query).toBeUndefined();
        expect(estimate, query).toBeGreaterThanOrEqual(fieldsIn(body.data));
      }
    }
    // The query is refused outright now.
    const regions = parse(hostile[0]!);
    expect((await run(regions, regions.definitions[0] as OperationDefinitionNode, {})).status).toBe(400);
  });
});
