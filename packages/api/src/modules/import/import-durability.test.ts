// What must hold when an import meets the real world: the process killed (SIGKILL) in the middle
// of writing 100,000 households leaves the database exactly as it was, on PGlite and PostgreSQL;
// two imports into one kabupaten/kota at once are serialised or refused with a clear message.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { type Database, openDatabase } from '../../db.js';
import { DomainError } from '../../errors.js';
import { withDatabase } from '../../test/global-setup.js';
import { householdsCsv, kupangHouseholds, regionsCsv } from '../../test/import-files.js';
import { IMPORT_BUSY, type ImportRequest, runImport } from './import.service.js';

const API = resolve(import.meta.dirname, '../../..');
const clock = fixedClock('2026-03-10');
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A migrated database with the reference data on disk (PGlite) or on the server (PostgreSQL), which a child process can open too. */
async function sharedDatabase(): Promise<{ env: NodeJS.ProcessEnv; open: () => Promise<Database> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `pantau_t_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('pgEmptyTemplate')}`);
    cleanups.push(async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    });
    const dbUrl = withDatabase(url, name);
    return { env: { DATABASE_URL: dbUrl }, open: () => openDatabase({ url: dbUrl }) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'pantau-import-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const dataDir = join(dir, 'pglite');
  const first = await openDatabase({ dataDir, loadDataDir: new Blob([readFileSync(inject('pgliteEmptyDump'))]) });
  await first.close();
  return { env: { PANTAU_DATA_DIR: dataDir }, open: () => openDatabase({ dataDir }) };
}

const request = (kind: ImportRequest['kind'], bytes: Uint8Array, drawnOn?: string): ImportRequest => ({
  kind,
  bytes,
  fileName: `${kind}.csv`,
  dryRun: false,
  options: { drawnOn },
  actor: { userId: null, regionCode: null },
  clock,
});

/** Everything an import writes, in a form two states can be compared by. */
async function snapshot(db: Database) {
  const [row] = await db.raw(
    `SELECT (SELECT COUNT(*) FROM household)::int AS households,
            (SELECT md5(COALESCE(string_agg(source_key || ':' || COALESCE(desil, 0) || ':' || lifecycle || ':' || vintage_id, ',' ORDER BY id), '')) FROM household) AS rows,
            (SELECT COUNT(*) FROM household_identity)::int AS identities,
            (SELECT COUNT(*) FROM registry_vintage)::int AS vintages,
            (SELECT COALESCE(SUM(households), 0) FROM household_rollup)::int AS rollup,
            (SELECT COUNT(*) FROM audit_log)::int AS audit,
            (SELECT version FROM data_version)::text AS version`,
  );
  return row;
}

function runCli(
  env: NodeJS.ProcessEnv,
  args: string[],
): { child: ChildProcess; output: () => string; exited: Promise<{ code: number | null; signal: string | null }> } {
  const { DATABASE_URL: _u, PANTAU_DATA_DIR: _d, NODE_ENV: _n, ...inherited } = process.env;
  // node itself with tsx's loader, not the tsx wrapper: SIGKILL must reach the process that writes.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], {
    cwd: API,
    env: { ...inherited, ...env, PANTAU_TODAY: '2026-03-10' },
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<{ code: number | null; signal: string | null }>((r) =>
    child.once('exit', (code, signal) => r({ code, signal })),
  );
  return { child, output: () => output, exited };
}

describe('an import killed in the middle', () => {
  it('leaves the database exactly as it was, and the next import works', async () => {
    const shared = await sharedDatabase();
    let db = await shared.open();
    await runImport(db, request('regions', regionsCsv()));
    expect((await runImport(db, request('households', householdsCsv(kupangHouseholds(100)), '2026-01-15'))).ok).toBe(true);
    const before = await snapshot(db);
    await db.close();

    const dir = mkdtempSync(join(tmpdir(), 'pantau-file-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'p3ke-100000.csv');
    writeFileSync(file, householdsCsv(kupangHouseholds(100_000)));

    const run = runCli(shared.env, ['households', file, '--drawn-on', '2026-03-01']);
    // Kill it once it is writing: the rows are checked and the transaction is open.
    await new Promise<void>((resolvePromise, reject) => {
      const timer = setInterval(() => {
        if (run.output().includes('writing')) {
          clearInterval(timer);
          setTimeout(() => {
            run.child.kill('SIGKILL');
            resolvePromise();
          }, 400);
        } else if (run.child.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(`the import ended before it was killed:\n${run.output()}`));
        }
      }, 20);
    });
    expect((await run.exited).signal).toBe('SIGKILL');
    expect(run.output()).not.toMatch(/^households: /m);

    db = await shared.open();
    expect(await snapshot(db)).toEqual(before);
    await db.close();

    const again = runCli(shared.env, ['households', file, '--drawn-on', '2026-03-01']);
    expect((await again.exited).code).toBe(0);
    expect(again.output()).toMatch(/households: 100000 rows, 99900 entered, 0 left/);
  }, 180_000);
});

describe('two imports into one kabupaten/kota at once', () => {
  it('are refused with a clear message while another holds the region (PostgreSQL), or run one after the other (PGlite)', async () => {
    const shared = await sharedDatabase();
    const db = await shared.open();
    cleanups.push(() => db.close());
    await runImport(db, request('regions', regionsCsv()));
    const url = process.env.DATABASE_URL;
    if (url) {
      // Another import (another instance, the CLI) holds 53.71.
      const other = new pg.Client({ connectionString: shared.env.DATABASE_URL });
      await other.connect();
      await other.query('BEGIN');
      await other.query("SELECT pg_advisory_xact_lock(hashtext('pantau/import/' || '53.71'))");
      const refused = await runImport(db, request('households', householdsCsv(kupangHouseholds(50)), '2026-01-15')).catch(
        (e: unknown) => e,
      );
      expect(refused).toBeInstanceOf(DomainError);
      expect((refused as DomainError).code).toBe(IMPORT_BUSY);
      expect((refused as DomainError).message).toBe('Another import into 53.71 is running; try again when it has finished');
      expect((await db.raw<{ n: number }>('SELECT COUNT(*)::int AS n FROM household'))[0]!.n).toBe(0);
      await other.query('ROLLBACK');
      await other.end();
    }
    // In one process (and always on PGlite, one connection), two imports run one after the other.
    const [a, b] = await Promise.all([
      runImport(db, request('households', householdsCsv(kupangHouseholds(50)), '2026-01-15')),
      runImport(db, request('households', householdsCsv(kupangHouseholds(60, 1000)), '2026-01-20')).catch((e: unknown) => e),
    ]);
    expect(a.ok).toBe(true);
    // The second either ran after the first (PGlite), or was refused as busy (PostgreSQL, two connections).
    if (b instanceof DomainError) expect(b.code).toBe(IMPORT_BUSY);
    else expect((b as { ok: boolean }).ok).toBe(true);
  }, 120_000);
});
