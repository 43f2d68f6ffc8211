import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  visit,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY_LIMITS, limitViolations, measureOperation } from './limits.js';
import { schema } from './schema.js';
import { createTestApp, loginAs } from './test/app.js';

/** Every operation the dashboard sends, each with the fragments it uses (gql.tada `graphql(\`…\`)` calls). */
function dashboardOperations(): { operation: OperationDefinitionNode; document: DocumentNode }[] {
  const root = resolve(import.meta.dirname, '../../dashboard/src');
  const definitions: DefinitionNode[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name)) {
        for (const match of readFileSync(path, 'utf8').matchAll(/graphql\(\s*`([^`]*)`/g))
          definitions.push(...parse(match[1]!).definitions);
      }
    }
  };
  walk(root);
  const fragments = new Map(
    definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => {
      const used = new Set<string>();
      const queue: DefinitionNode[] = [operation];
      while (queue.length > 0) {
        visit(queue.pop()!, {
          FragmentSpread(node) {
            if (used.has(node.name.value)) return;
            used.add(node.name.value);
            queue.push(fragments.get(node.name.value)!);
          },
        });
      }
      return { operation, document: { kind: Kind.DOCUMENT, definitions: [operation, ...[...used].map((n) => fragments.get(n)!)] } };
    });
}

const measure = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return measureOperation(schema, document, document.definitions[0] as OperationDefinitionNode, variables);
};

describe('query limits', () => {
  it("lets every operation of the dashboard through, with pages at the API's largest size", () => {
    const operations = dashboardOperations();
    expect(operations.length).toBeGreaterThan(30);
    for (const { operation, document } of operations) {
      // The largest page any list accepts (households: 500) wherever the dashboard sizes one by a variable.
      const variables = Object.fromEntries((operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, 500]));
      const m = measureOperation(schema, document, operation, variables);
      expect(limitViolations(m, DEFAULT_QUERY_LIMITS, operation.name?.value), operation.name?.value).toEqual([]);
    }
  });

  it('measures depth through fragments, cost through list sizes, and counts aliases', () => {
    const deep = measure('{ region(code: "16.71") { children { children { parent { parent { code } } } } } }');
    expect(deep).toMatchObject({ depth: 6, deepestPath: 'region.children.children.parent.parent.code' });
    const viaFragment = measure('query { region(code: "16.71") { ...F } } fragment F on Region { children { code name } }');
    expect(viaFragment).toMatchObject({ depth: 3, cost: 1 + 1 + 10 * 2 });
    const paged = 'query ($n: Int) { households(filter: { regionCode: "16.71" }, first: $n) { edges { node { id desil } } } }';
    // households, edges, then node, id and desil once per item of the page.
    expect(measure(paged, { n: 200 }).cost).toBe(1 + 1 + 200 * 3);
    expect(measure(paged).cost).toBe(1 + 1 + 10 * 3);
    expect(measure('{ a: me { id } b: me { id } }').aliases).toBe(2);
    expect(measure('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }').depth).toBe(0);
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
      'Operation "Deep" could return 112 fields (each field counted once per item of the lists above it); the limit is 20. Ask for fewer fields or smaller pages.',
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
    expect((await refused.json()).errors[0].message).toMatch(/^Operation "Wide" could return 107002 fields/);
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

  it('answers a query within the limits as usual', async () => {
    const response = await post('{ region(code: "16.71") { name children { code } } }');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.region.name).toBe('Kota Palembang');
  });
});
