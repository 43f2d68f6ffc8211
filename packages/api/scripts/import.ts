// pnpm data:import <kind> <file> [--dry-run] [--source P3KE] [--drawn-on 2025-12-01] [--map "Field=Header"]
// The same import as the API and the "Impor data" page (modules/import): one summary line and
// exit 0 when the file is in; otherwise exit 1, nothing written, every bad row printed as
// `row N, column "C": reason (value)` and written to <file>.errors.csv.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { clockFromEnv } from '../src/clock.js';
import { DomainError } from '../src/errors.js';
import { errorLine, errorsCsv, type ImportProgress, runImport } from '../src/modules/import/import.service.js';
import { IMPORT_KINDS, type ImportKind } from '../src/modules/import/importer.js';
import type { MappingOverride } from '../src/modules/import/mapping.js';
import { holdsDemo } from '../src/seed/demo.js';
import { exitWithError, UsageError, withDatabase } from './cli.js';

const USAGE = `Usage: pnpm data:import <${IMPORT_KINDS.join('|')}> <file> [--dry-run] [--source P3KE|DTSEN|DTKS|LOCAL_SURVEY] [--drawn-on YYYY-MM-DD] [--map "field=Header" …]`;
const MAX_ERRORS_PRINTED = 200;

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean' },
      source: { type: 'string' },
      'drawn-on': { type: 'string' },
      map: { type: 'string', multiple: true },
      quiet: { type: 'boolean' },
    },
  });
}
try {
  parsed = parse();
} catch (error) {
  exitWithError(new UsageError(`${(error as Error).message}\n${USAGE}`));
}
const [kind, fileArg] = parsed.positionals;
if (!kind || !fileArg || parsed.positionals.length > 2) exitWithError(new UsageError(USAGE));
if (!(IMPORT_KINDS as readonly string[]).includes(kind)) exitWithError(new UsageError(`unknown kind "${kind}"\n${USAGE}`));
// pnpm runs the script in packages/api; the path is the person's, from where they typed it.
const file = resolve(process.env.INIT_CWD ?? process.cwd(), fileArg);
let bytes: Buffer;
try {
  bytes = readFileSync(file);
} catch (error) {
  exitWithError(
    new UsageError(
      `cannot read ${fileArg}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    ),
  );
}
const mapping: MappingOverride[] = (parsed.values.map ?? []).map((m) => {
  const [field, ...rest] = m.split('=');
  if (!field || rest.length === 0) exitWithError(new UsageError(`--map takes field=Header, got "${m}"`));
  const column = rest.join('=').trim();
  return { field: field.trim(), column: column === '' ? null : column };
});

const quiet = parsed.values.quiet || !process.stderr.isTTY;
let lastProgress = 0;
const PHASES: Record<ImportProgress['phase'], string> = {
  read: 'reading the file',
  check: 'checking rows',
  write: 'writing',
  refresh: 'refreshing the figures',
  done: 'done',
};
function showProgress(p: ImportProgress) {
  const now = performance.now();
  if (p.phase !== 'done' && now - lastProgress < 250 && p.done !== 0) return;
  lastProgress = now;
  const counts = p.total > 0 ? ` ${p.done.toLocaleString('id-ID')}/${p.total.toLocaleString('id-ID')}` : '';
  const line = `${PHASES[p.phase]}${counts}`;
  if (quiet) console.error(`… ${line}`);
  else process.stderr.write(`\r… ${line.padEnd(60)}${p.phase === 'done' ? '\n' : ''}`);
}

await withDatabase(async (db) => {
  const clock = clockFromEnv(process.env, { demo: await holdsDemo(db) });
  let outcome: Awaited<ReturnType<typeof runImport>>;
  try {
    outcome = await runImport(db, {
      kind: kind as ImportKind,
      bytes: new Uint8Array(bytes),
      fileName: basename(file),
      mapping,
      dryRun: parsed.values['dry-run'] ?? false,
      options: { source: parsed.values.source, drawnOn: parsed.values['drawn-on'] },
      actor: { userId: null, regionCode: null },
      clock,
      onProgress: showProgress,
    });
  } catch (error) {
    if (error instanceof DomainError) throw new UsageError(error.message);
    throw error;
  }
  if (outcome.ok) {
    console.log(outcome.summary.line);
    return;
  }
  const errorsFile = `${file}.errors.csv`;
  writeFileSync(errorsFile, errorsCsv(outcome.errors));
  for (const e of outcome.errors.slice(0, MAX_ERRORS_PRINTED)) console.error(errorLine(e));
  if (outcome.errors.length > MAX_ERRORS_PRINTED) console.error(`… and ${outcome.errors.length - MAX_ERRORS_PRINTED} more`);
  console.error(
    `pantau: ${outcome.errors.length} error(s) in ${basename(file)} (${outcome.rows} rows); nothing was written. The errors are in ${errorsFile}`,
  );
  await db.close();
  process.exit(1);
});
