// The answer cache keeps an answer until a table it read changes (issue 13). What makes that
// safe and worth it, shown on the dashboard's own operations for four roles:
//   - every table an answer's SQL touches is among its recorded reads: the answer is computed
//     again by a database role that may read only those tables, and comes back the same;
//   - a write empties exactly the answers that read a table it changed, and what is served
//     afterwards equals a fresh computation; a saved report draft, which no dashboard figure
//     shows, empties none;
//   - concurrent requests for the same missing answer compute it once.
import { randomBytes } from 'node:crypto';
import { type DocumentNode, Kind, print, type SelectionSetNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from './db.js';
import { type CachedAnswer, isCacheable, ResponseCache } from './response-cache.js';
import { createTestApp, type GqlResult, loginAs, type TestApp } from './test/app.js';
import { dashboardOperations } from './test/dashboard-operations.js';
import { withDatabase } from './test/global-setup.js';
import { createApp } from './yoga.js';

interface Call {
  name: string;
  user: string;
  query: string;
  variables: Record<string, unknown>;
}
type Gql = (query: string, variables: Record<string, unknown>, headers: Record<string, string>) => Promise<GqlResult<unknown>>;

const USERS = ['walikota', 'klaster1', 'dinsos', 'admin'];

let app: TestApp;
let cache: ResponseCache;
const auth: Record<string, { cookie: string }> = {};
const calls: Call[] = [];

/** Variables for a dashboard operation on Palembang (16.71) in the demo's year and month; null if it needs others. */
function variablesFor(document: DocumentNode, ids: { clusterId: number; opdId: number }): Record<string, unknown> | null {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
  const values: Record<string, unknown> = {
    regionCode: '16.71',
    regencyCode: '16.71',
    year: 2026,
    month: 11,
    asOf: '2026-11-20',
    groupBy: 'OPD',
    povertyLine: 600_000,
    ...ids,
  };
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (name in values) variables[name] = values[name];
    else if (definition.type.kind === Kind.NON_NULL_TYPE) return null;
  }
  return variables;
}

function cacheableOperations() {
  return dashboardOperations()
    .filter(({ operation, document }) => {
      const fragments = new Map<string, SelectionSetNode>();
      for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d.selectionSet);
      return operation.operation === 'query' && isCacheable(operation.selectionSet, fragments);
    })
    .map(({ operation, document }) => ({ name: operation.name?.value ?? '(anonymous)', query: print(document), document }));
}

/** A GraphQL client for an app on `db` with the given cache (null: none). */
function clientOn(db: Database, responseCache: ResponseCache | null): Gql {
  const yoga = createApp({ db, clock: app.clock, responseCache });
  return async (query, variables, headers) => {
    const response = await yoga.fetch('http://pantau.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GqlResult<unknown>;
  };
}

const send = (gql: Gql, call: Call) => gql(call.query, call.variables, auth[call.user]!);

/** The topics one call's answer reads, from a cache of its own. */
async function readsOf(call: Call): Promise<CachedAnswer['reads']> {
  const own = new ResponseCache();
  const result = await send(clientOn(app.db, own), call);
  expect(result.errors).toBeUndefined();
  const [[, answer]] = [...own.answers()] as [[string, CachedAnswer]];
  return answer.reads;
}

async function topicVersions(): Promise<Map<string, string>> {
  const rows = await app.db.raw<{ topic: string; version: string }>('SELECT topic, version::text AS version FROM data_topic_version');
  return new Map(rows.map((r) => [r.topic, r.version]));
}

beforeAll(async () => {
  cache = new ResponseCache(10_000);
  app = await createTestApp({ responseCache: cache });
  for (const user of USERS) auth[user] = await loginAs(app, user);
  const [ids] = await app.db.raw<{ clusterId: number; opdId: number }>(
    `SELECT (SELECT cluster_id FROM app_user WHERE username = 'klaster1') AS "clusterId",
            (SELECT opd_id FROM app_user WHERE username = 'dinsos') AS "opdId"`,
  );
  for (const operation of cacheableOperations()) {
    const variables = variablesFor(operation.document, ids!);
    if (!variables) continue;
    for (const user of USERS) {
      const call = { name: operation.name, user, query: operation.query, variables };
      // Only what the user may ask: a refusal is never cached.
      if (!(await app.gql(call.query, call.variables, auth[user])).errors?.length) calls.push(call);
    }
  }
}, 180_000);

describe('what an answer depends on', () => {
  it("covers the dashboard's cacheable operations for every role", () => {
    expect(new Set(calls.map((c) => c.name)).size).toBeGreaterThanOrEqual(20);
    for (const user of USERS) expect(calls.filter((c) => c.user === user).length).toBeGreaterThanOrEqual(10);
    expect(cache.size).toBe(calls.length);
  });

  it('records every table an answer reads: a role that may read only those tables computes the same answer', async () => {
    const role = `pantau_probe_${randomBytes(4).toString('hex')}`;
    await app.db.raw(`CREATE ROLE ${role} NOLOGIN`);
    await app.db.raw(`GRANT USAGE ON SCHEMA public TO ${role}`);
    // The session check runs before any answer is computed (yoga.ts), outside what an answer reads.
    const sessionTables = ['session', 'app_user', 'data_version', 'data_topic_version'];
    const probe = await probeAs(app.db, role);
    try {
      for (const call of calls) {
        const tables = new Set([...sessionTables, ...(await readsOf(call)).map(([topic]) => topic.split(':')[0]!)]);
        await app.db.raw(`REVOKE SELECT ON ALL TABLES IN SCHEMA public FROM ${role}`);
        await app.db.raw(`GRANT SELECT ON ${[...tables].map((t) => `"${t}"`).join(', ')} TO ${role}`);
        const expected = await send(clientOn(app.db, null), call);
        const probed = await probe.send(call);
        expect({ call: `${call.name} as ${call.user}`, ...probed }).toEqual({ call: `${call.name} as ${call.user}`, ...expected });
      }
    } finally {
      await probe.close();
      await app.db.raw(`DROP OWNED BY ${role}`);
      await app.db.raw(`DROP ROLE ${role}`);
    }
  }, 180_000);

  it('a write empties exactly the answers that read what it changed, and nothing served is stale', async () => {
    const fresh = clientOn(app.db, null);
    const [program] = await app.db.raw<{ id: number; realisasi: string; output: number; beneficiaries: number }>(
      `SELECT p.id, COALESCE(MAX(r.realisasi), 0)::text AS realisasi, COALESCE(MAX(r.output_cumulative), 0)::int AS output,
              COALESCE(MAX(r.beneficiaries_cumulative), 0)::int AS beneficiaries
       FROM program p LEFT JOIN progress_report r ON r.program_id = p.id AND r.status = 'APPROVED'
       WHERE p.opd_id = (SELECT opd_id FROM app_user WHERE username = 'dinsos') AND p.region_code = '16.71' AND p.fiscal_year = 2026
         AND NOT EXISTS (SELECT 1 FROM progress_report x WHERE x.program_id = p.id AND x.month = 12)
       GROUP BY p.id ORDER BY p.id LIMIT 1`,
    );
    const draft = (realisasi: number) => ({
      programId: program!.id,
      month: 12,
      realisasi,
      outputCumulative: program!.output,
      beneficiariesCumulative: program!.beneficiaries,
    });
    const mutate = async (user: string, query: string, variables: Record<string, unknown>) => {
      const { data, errors } = await app.gql<Record<string, { __typename: string; data?: { id: number } }>>(query, variables, auth[user]);
      expect(errors).toBeUndefined();
      const outcome = Object.values(data!)[0]!;
      expect(outcome.__typename).toMatch(/Success$/); // an accepted write: a refused one changes nothing
      return outcome.data!;
    };
    const SAVE = `mutation ($input: SaveReportDraftInput!) { saveReportDraft(input: $input) { __typename ... on MutationSaveReportDraftSuccess { data { id } } } }`;
    const SUBMIT = 'mutation ($id: Int!) { submitReport(id: $id) { __typename ... on MutationSubmitReportSuccess { data { id } } } }';
    const APPROVE = 'mutation ($id: Int!) { approveReport(id: $id) { __typename ... on MutationApproveReportSuccess { data { id } } } }';
    const realisasi = Number(program!.realisasi);
    let reportId = 0;

    const writes: [string, () => Promise<unknown>][] = [
      ['a new report draft', async () => (reportId = (await mutate('dinsos', SAVE, { input: draft(realisasi) })).id)],
      ['the same draft saved again', () => mutate('dinsos', SAVE, { input: draft(realisasi + 1_000) })],
      ['the draft submitted', () => mutate('dinsos', SUBMIT, { id: reportId })],
      ['the report approved', () => mutate('admin', APPROVE, { id: reportId })],
      [
        'a poverty rate corrected in psql',
        () => app.db.raw(`UPDATE indicator_value SET value = value + 0.5 WHERE indicator_code = 'P0' AND region_code = '16.71'`),
      ],
      [
        'a cluster renamed in psql',
        () => app.db.raw(`UPDATE cluster SET name = name || ' (baru)' WHERE region_code = '16.71' AND number = 1`),
      ],
    ];

    const cached = clientOn(app.db, cache);
    let draftSaveInvalidated = -1;
    for (const [label, write] of writes) {
      // Warm every answer, note what each read, then write.
      for (const call of calls) await send(cached, call);
      const answers = new Map(cache.answers());
      const before = await topicVersions();
      await write();
      const after = await topicVersions();
      const moved = new Set([...after].filter(([topic, version]) => before.get(topic) !== version).map(([topic]) => topic));
      expect(moved.size, label).toBeGreaterThan(0);
      const expected = [...answers].filter(([, answer]) => answer.reads.some(([topic]) => moved.has(topic))).length;

      const stats = { ...cache.stats };
      for (const call of calls) {
        const served = await send(cached, call);
        expect({ label, call: `${call.name} as ${call.user}`, ...served }).toEqual({
          label,
          call: `${call.name} as ${call.user}`,
          ...(await send(fresh, call)),
        });
      }
      const invalidated = cache.stats.invalidations - stats.invalidations;
      expect({ label, invalidated }).toEqual({ label, invalidated: expected });
      expect(cache.stats.hits - stats.hits, label).toBe(calls.length - expected);
      if (label === 'the same draft saved again') draftSaveInvalidated = invalidated;
    }
    // An OPD saving a draft every second (issue 13) recomputes nothing the dashboard shows.
    expect(draftSaveInvalidated).toBe(0);
  }, 300_000);

  it('computes an answer once however many ask for it at the same time', async () => {
    const call = calls.find((c) => c.name === 'SummaryPage' && c.user === 'walikota') ?? calls[0]!;
    // A write it reads, so that the answer must be computed again.
    await app.db.raw(`UPDATE indicator_value SET value = value WHERE region_code = '16.71'`);
    const client = clientOn(app.db, cache);
    const stats = { ...cache.stats };
    const answers = await Promise.all(Array.from({ length: 12 }, () => send(client, call)));
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]!.errors).toBeUndefined();
    expect(cache.stats.misses - stats.misses).toBe(1);
    expect(cache.stats.shared - stats.shared).toBe(11);
  });
});

/**
 * Sends calls as a database role: on PostgreSQL through a pool whose connections take the role,
 * on PGlite (one connection) by switching to it around each call.
 */
async function probeAs(db: Database, role: string): Promise<{ send(call: Call): Promise<GqlResult<unknown>>; close(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const [{ name }] = (await db.raw<{ name: string }>('SELECT current_database() AS name')) as [{ name: string }];
    const probeUrl = new URL(withDatabase(url, name));
    probeUrl.searchParams.set('options', `-c role=${role}`);
    const probeDb = await openDatabase({ url: probeUrl.toString() });
    const client = clientOn(probeDb, null);
    return { send: (call) => send(client, call), close: () => probeDb.close() };
  }
  const client = clientOn(db, null);
  return {
    async send(call) {
      await db.raw(`SET ROLE ${role}`);
      try {
        return await send(client, call);
      } finally {
        await db.raw('RESET ROLE');
      }
    },
    close: async () => {},
  };
}

afterAll(() => {
  calls.length = 0;
});
