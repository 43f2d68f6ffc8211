// Fast by construction (issue 4; DESIGN.md, Analytics): a dashboard query reads rollups and small
// tables, never household rows. Every SQL statement a request sends is recorded at the driver
// (PGlite's query/exec/transaction; pg's Client#query on PostgreSQL) and checked three ways:
//   1. its text names none of the raw per-household tables (comments and literals stripped);
//   2. its plan (EXPLAIN, same parameters) scans none of them — this catches a view or a
//      function that reads them behind another name;
//   3. on PostgreSQL, their scan counters in pg_stat_user_tables do not move.
// The control at the end runs `fgt`, which reads household rows by design, and expects every check
// to catch it: the test can fail.
import type { PGlite } from '@electric-sql/pglite';
import { parse, validate } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERIES } from '../scripts/bench/queries.js';
import type { Database } from './db.js';
import { schema } from './schema.js';
import { createTestApp, loginAs, type TestApp } from './test/app.js';

/** Per-household source tables: a dashboard request must read none of them. */
const RAW_TABLES = ['household', 'household_identity', 'household_member', 'household_verification', 'benefit'] as const;

// A table name as a whole word: "household" and "public"."household" match; household_rollup,
// household_id and households do not (the underscore and the s are word characters).
const RAW_TABLE_WORD = new RegExp(`\\b(${RAW_TABLES.join('|')})\\b`, 'gi');

interface Statement {
  sql: string;
  params: unknown[];
  /** PGlite's exec: several statements, no parameters; checked by text only. */
  multi?: boolean;
}

/** The raw tables a statement's text names, after removing comments and string literals. */
function rawTablesNamed(sql: string): string[] {
  const code = sql
    .replace(/--[^\n]*/g, ' ')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/'(?:[^']|'')*'/g, "''");
  return [...new Set([...code.matchAll(RAW_TABLE_WORD)].map((m) => m[1]!.toLowerCase()))];
}

/** Statements EXPLAIN can plan: reads, possibly behind a WITH. */
const explainable = (s: Statement) => !s.multi && /^\s*(\(\s*)*(select|with)\b/i.test(s.sql);

interface Recorder {
  /** Runs `work` and returns what it did and every statement it sent. */
  during<T>(work: () => Promise<T>): Promise<{ result: T; statements: Statement[] }>;
  /** Makes every backend this test has seen flush its pending table statistics (PostgreSQL). */
  flushStats(): Promise<void>;
  restore(): void;
}

function recordPglite(pglite: PGlite): Recorder {
  let statements: Statement[] | null = null;
  const original = { query: pglite.query, exec: pglite.exec, transaction: pglite.transaction };
  type Queryable = Pick<PGlite, 'query' | 'exec'>;
  const wrap = <Q extends Queryable>(target: Q, base: Queryable): Q => {
    target.query = ((sql: string, params?: unknown[], options?: unknown) => {
      statements?.push({ sql, params: params ?? [] });
      return (base.query as (...a: unknown[]) => unknown).call(base, sql, params, options);
    }) as Q['query'];
    target.exec = ((sql: string, options?: unknown) => {
      statements?.push({ sql, params: [], multi: true });
      return (base.exec as (...a: unknown[]) => unknown).call(base, sql, options);
    }) as Q['exec'];
    return target;
  };
  const self = { query: original.query.bind(pglite), exec: original.exec.bind(pglite) } as Queryable;
  wrap(pglite, self);
  // Prisma's interactive transactions query through the transaction object, not the instance.
  pglite.transaction = ((work: (tx: Queryable) => Promise<unknown>) =>
    original.transaction.call(pglite, (tx) => work(wrap(Object.create(tx) as Queryable, tx)))) as PGlite['transaction'];
  return {
    async during(work) {
      statements = [];
      try {
        const result = await work();
        return { result, statements };
      } finally {
        statements = null;
      }
    },
    async flushStats() {},
    restore() {
      Object.assign(pglite, original);
    },
  };
}

type QueryFn = (this: pg.Client, ...args: unknown[]) => unknown;

function recordPostgres(): Recorder {
  let statements: Statement[] | null = null;
  const prototype = pg.Client.prototype as unknown as { query: QueryFn };
  const original = prototype.query;
  const clients = new Set<pg.Client>();
  prototype.query = function (this: pg.Client, ...args: unknown[]) {
    clients.add(this);
    if (statements) {
      const [first, second] = args;
      const config = typeof first === 'string' ? { text: first, values: second } : (first as { text: string; values?: unknown });
      statements.push({ sql: config.text, params: Array.isArray(config.values) ? config.values : [] });
    }
    return original.apply(this, args);
  };
  return {
    async during(work) {
      statements = [];
      try {
        const result = await work();
        return { result, statements };
      } finally {
        statements = null;
      }
    },
    async flushStats() {
      // A backend flushes its table statistics at most once a second, else up to 10 s later;
      // pg_stat_force_next_flush() makes it flush before it answers, so the counters are exact.
      for (const client of clients) {
        try {
          await (original.call(client, 'SELECT pg_stat_force_next_flush()') as Promise<unknown>);
        } catch {
          clients.delete(client); // closed by the pool; it flushed on exit
        }
      }
    },
    restore() {
      prototype.query = original;
    },
  };
}

/** Every relation the plans of `statements` scan, by EXPLAIN with the same parameters. */
async function relationsScanned(db: Database, statements: readonly Statement[]): Promise<Set<string>> {
  const relations = new Set<string>();
  for (const s of statements.filter(explainable)) {
    const rows = await db.raw<Record<string, unknown>>(`EXPLAIN (FORMAT JSON) ${s.sql}`, s.params);
    const plan = JSON.stringify(Object.values(rows[0] ?? {})[0]);
    for (const m of plan.matchAll(/"Relation Name":\s*"([^"]+)"/g)) relations.add(m[1]!);
  }
  return relations;
}

type Counters = Record<string, number>;

/** Scans and rows read of the raw tables so far (PostgreSQL's cumulative statistics). */
async function scanCounters(db: Database): Promise<Counters> {
  const rows = await db.raw<{
    relname: string;
    seq_scan: string;
    seq_tup_read: string;
    idx_scan: string | null;
    idx_tup_fetch: string | null;
  }>(`SELECT relname, seq_scan, seq_tup_read, idx_scan, idx_tup_fetch FROM pg_stat_user_tables WHERE relname = ANY($1::text[])`, [
    RAW_TABLES,
  ]);
  const counters: Counters = {};
  for (const r of rows) {
    for (const key of ['seq_scan', 'seq_tup_read', 'idx_scan', 'idx_tup_fetch'] as const)
      counters[`${r.relname}.${key}`] = Number(r[key] ?? 0);
  }
  return counters;
}

/** What moved between two counter snapshots. */
function moved(before: Counters, after: Counters): Counters {
  return Object.fromEntries(Object.keys(after).flatMap((k) => (after[k] !== before[k] ? [[k, after[k]! - (before[k] ?? 0)]] : [])));
}

let app: TestApp;
let auth: { cookie: string };
let recorder: Recorder;
const onPostgres = Boolean(process.env.DATABASE_URL);

beforeAll(async () => {
  app = await createTestApp();
  auth = await loginAs(app, 'admin');
  recorder = app.db.pglite ? recordPglite(app.db.pglite) : recordPostgres();
});
afterAll(() => recorder?.restore());

interface Observed {
  statements: Statement[];
  /** Every relation the plans scan. */
  relations: string[];
  named: string[];
  scanned: string[];
  counters: Counters;
  errors: unknown;
}

/** Runs one operation as admin and reports what it touched, by every check. */
async function observe(query: string, variables: Record<string, unknown>): Promise<Observed> {
  await recorder.flushStats();
  const before = onPostgres ? await scanCounters(app.db) : {};
  const { result, statements } = await recorder.during(() => app.gql(query, variables, auth));
  await recorder.flushStats();
  const after = onPostgres ? await scanCounters(app.db) : {};
  const relations = await relationsScanned(app.db, statements);
  return {
    statements,
    relations: [...relations].sort(),
    named: [...new Set(statements.flatMap((s) => rawTablesNamed(s.sql)))].sort(),
    scanned: [...relations].filter((r) => (RAW_TABLES as readonly string[]).includes(r)).sort(),
    counters: moved(before, after),
    errors: result.errors,
  };
}

const inSchema = (query: string) => validate(schema, parse(query)).length === 0;

describe('the table matcher', () => {
  it('finds a raw table as a whole word, not a rollup or a column', () => {
    expect(rawTablesNamed('SELECT COUNT(*) FROM "public"."household" AS "t0"')).toEqual(['household']);
    expect(rawTablesNamed('SELECT 1 FROM benefit b JOIN household_member m ON true')).toEqual(['benefit', 'household_member']);
    expect(rawTablesNamed('SELECT SUM(households), household_id FROM household_rollup -- each household once')).toEqual([]);
    expect(rawTablesNamed("SELECT 'registri household' AS note FROM program_reach_rollup")).toEqual([]);
  });
});

describe(`dashboard queries read no household rows (${onPostgres ? 'PostgreSQL' : 'PGlite'})`, () => {
  for (const q of QUERIES) {
    it.skipIf(!inSchema(q.query))(`${q.label}`, async () => {
      const seen = await observe(q.query, q.variables);
      expect(seen.errors).toBeUndefined();
      // The plans were read: every dashboard query reads some table (a rollup, region, indicator_value …).
      expect(seen.relations.length).toBeGreaterThan(0);
      expect(seen.named, 'raw tables named in the SQL').toEqual([]);
      expect(seen.scanned, 'raw tables in the query plans').toEqual([]);
      if (onPostgres) expect(seen.counters, 'pg_stat_user_tables counters that moved').toEqual({});
    });
  }

  it('control: fgt reads household rows by design, and every check catches it', async () => {
    const seen = await observe('query ($code: RegionCode!) { fgt(regionCode: $code, povertyLine: 700000) { p0 households } }', {
      code: '16.71',
    });
    expect(seen.errors).toBeUndefined();
    expect(seen.named).toContain('household');
    expect(seen.scanned).toContain('household');
    if (onPostgres) {
      const reads = Object.entries(seen.counters).filter(([k, v]) => k.startsWith('household.') && v > 0);
      expect(reads.length, 'household scan counters that moved').toBeGreaterThan(0);
    }
  });
});
