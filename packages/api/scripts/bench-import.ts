// pnpm bench:import [--households N] [--no-docs]
//
// The household import, parse to commit, at 100,000 rows (issue 9: under 10 s on PostgreSQL,
// under 30 s on PGlite): a first vintage into an empty kabupaten/kota, then a second vintage of
// the same source (1% left, 2% new, 10% changed desil), each timed from the file's bytes to the
// committed transaction with the rollups refreshed. Fresh databases: pantau_bench_import on the
// server of BENCH_DATABASE_URL (default the local PostgreSQL) and a temporary PGlite folder.
// Prints a table and writes it to docs/benchmarks.md; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { fixedClock } from '../src/clock.js';
import { type Database, openDatabase, repoRoot } from '../src/db.js';
import { migrateDatabase } from '../src/migrations/engine.js';
import { type ImportProgress, runImport } from '../src/modules/import/import.service.js';
import { loadReferenceData } from '../src/seed/reference.js';
import { withDatabase } from '../src/test/global-setup.js';
import { householdsCsv, kupangHouseholds, regionsCsv } from '../src/test/import-files.js';
import { upsertSection } from './bench/report.js';
import { exitWithError, UsageError } from './cli.js';

const DOCS = resolve(repoRoot, 'docs/benchmarks.md');
const SECTION = '## Household import (`pnpm bench:import`)';
const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

let args: { households: number; docs: boolean };
try {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: { households: { type: 'string' }, 'no-docs': { type: 'boolean' } },
  });
  const households = Number(values.households ?? 100_000);
  if (!Number.isInteger(households) || households < 100) throw new UsageError('--households must be a whole number of at least 100');
  args = { households, docs: !values['no-docs'] };
} catch (error) {
  exitWithError(
    error instanceof UsageError
      ? error
      : new UsageError(`${(error as Error).message}\nusage: pnpm bench:import [--households N] [--no-docs]`),
  );
}

const clock = fixedClock('2026-03-10');
const first = householdsCsv(kupangHouseholds(args.households));
const secondRows = kupangHouseholds(args.households);
for (let i = 0; i < secondRows.length; i += 10) secondRows[i]!.desil = String((Number(secondRows[i]!.desil) % 4) + 1);
secondRows.splice(0, Math.round(args.households / 100));
secondRows.push(...kupangHouseholds(Math.round(args.households / 50), 10_000_000));
const second = householdsCsv(secondRows);

interface Row {
  database: string;
  vintage: string;
  rows: number;
  seconds: number;
  phases: string;
  summary: string;
}

async function timeImport(db: Database, label: string, vintage: string, bytes: Uint8Array, drawnOn: string): Promise<Row> {
  const phaseStart = new Map<ImportProgress['phase'], number>();
  const started = performance.now();
  const outcome = await runImport(db, {
    kind: 'households',
    bytes,
    fileName: `p3ke-${vintage}.csv`,
    dryRun: false,
    options: { drawnOn },
    actor: { userId: null, regionCode: null },
    clock,
    onProgress: (p) => {
      if (!phaseStart.has(p.phase)) phaseStart.set(p.phase, performance.now());
    },
  });
  const seconds = (performance.now() - started) / 1000;
  if (!outcome.ok) throw new Error(`the benchmark file was refused: ${outcome.errors[0]?.message}`);
  const at = (phase: ImportProgress['phase']) => phaseStart.get(phase) ?? started;
  const span = (from: ImportProgress['phase'], to: ImportProgress['phase']) => ((at(to) - at(from)) / 1000).toFixed(1);
  const phases = `read+check ${span('read', 'write')} s, write ${span('write', 'refresh')} s, rollups+commit ${span('refresh', 'done')} s`;
  console.log(`${label}, ${vintage}: ${seconds.toFixed(1)} s (${phases}) — ${outcome.summary.line}`);
  return {
    database: label,
    vintage,
    rows: outcome.summary.rows,
    seconds,
    phases,
    summary: outcome.summary.line.replace(/ \([\d.]+ s\)/, ''),
  };
}

async function bench(label: string, db: Database): Promise<Row[]> {
  await migrateDatabase(db);
  await db.transaction((raw) => loadReferenceData({ raw }));
  const regions = await runImport(db, {
    kind: 'regions',
    bytes: regionsCsv(),
    fileName: 'wilayah.csv',
    dryRun: false,
    actor: { userId: null, regionCode: null },
    clock,
  });
  if (!regions.ok) throw new Error('regions refused');
  return [
    await timeImport(db, label, 'first vintage', first, '2026-01-15'),
    await timeImport(db, label, 'second vintage', second, '2026-03-01'),
  ];
}

const results: Row[] = [];
const admin = new pg.Client({ connectionString: SERVER });
await admin.connect();
await admin.query('DROP DATABASE IF EXISTS pantau_bench_import WITH (FORCE)');
await admin.query('CREATE DATABASE pantau_bench_import');
try {
  const db = await openDatabase({ url: withDatabase(SERVER, 'pantau_bench_import') });
  results.push(...(await bench('PostgreSQL 15', db)));
  await db.close();
} finally {
  await admin.query('DROP DATABASE IF EXISTS pantau_bench_import WITH (FORCE)');
  await admin.end();
}
const dir = mkdtempSync(join(tmpdir(), 'pantau-bench-import-'));
try {
  const db = await openDatabase({ dataDir: join(dir, 'pglite') });
  results.push(...(await bench('PGlite (data folder)', db)));
  await db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const table = [
  '| database | import | rows | parse to commit | phases | summary |',
  '| --- | --- | ---: | ---: | --- | --- |',
  ...results.map(
    (r) => `| ${r.database} | ${r.vintage} | ${r.rows.toLocaleString('en')} | ${r.seconds.toFixed(1)} s | ${r.phases} | ${r.summary} |`,
  ),
].join('\n');
const load = loadavg()
  .map((l) => l.toFixed(2))
  .join(', ');
const body = `Command: \`pnpm bench:import --households ${args.households}\` (${clock.today().toISOString().slice(0, 10)} fixed clock; run on ${new Date().toISOString().slice(0, 10)}). Machine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average after the run: ${load}.

A P3KE-style extract (\`;\`, Windows-1252, CRLF, a trailing empty column, NIK as text, per-capita expenditure as \`350.000\`) of Kota Kupang's households (\`src/test/import-files.ts\`), imported through the same \`runImport\` as \`pnpm data:import\`, the GraphQL upload and the "Impor data" page: decode and parse, map the headers, check every row, then one transaction that writes the households and identities, marks those that left, refreshes the kabupaten/kota's rollups and writes the audit entry. The second vintage matches the first by the source's household id: 1% left, 2% are new, 10% changed desil. Issue 9's targets: under 10 s on PostgreSQL and under 30 s on PGlite for 100,000 rows.

${table}`;
console.log(`\n${table}`);
if (args.docs) {
  upsertSection(DOCS, SECTION, body);
  console.log(`\nWritten to ${DOCS}`);
}
