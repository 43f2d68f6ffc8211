// One import, whichever way it arrives (CLI, GraphQL upload, the dashboard's page): read the file,
// map its columns, check every row, then write everything in one transaction with the rollups
// refreshed and an audit entry, or write nothing and say which rows are wrong and why.
import { createHash } from 'node:crypto';
import type { Clock } from '../../clock.js';
import type { Database, RawQuery } from '../../db.js';
import { DomainError } from '../../errors.js';
import { refreshBudgetRollup, refreshHouseholdRollup, refreshProgramReachRollup, runnerFromRaw } from '../rollup/rollup.service.js';
import { currentFiscalYear } from '../settings/settings.service.js';
import {
  type ImportActor,
  type ImportCounts,
  type ImportKind,
  type ImportKindSpec,
  type ImportOptions,
  ImportRowsError,
  type KindContext,
  maskCell,
  type RowError,
  RowReader,
} from './importer.js';
import { KIND_SPECS } from './kinds.js';
import { type FieldSpec, type MappingOverride, mapColumns } from './mapping.js';
import { readTable, type Table, UnreadableFileError } from './table.js';

export const IMPORT_UNREADABLE = 'import/unreadable_file';
export const IMPORT_COLUMN_MISSING = 'import/column_missing';
export const IMPORT_BAD_MAPPING = 'import/bad_mapping';
export const IMPORT_NO_ROWS = 'import/no_rows';
export const IMPORT_BUSY = 'import/busy';
export const IMPORT_EXTRA_CELL = 'import/value_without_header';

export type ImportPhase = 'read' | 'check' | 'write' | 'refresh' | 'done';

export interface ImportProgress {
  phase: ImportPhase;
  /** Rows handled in this phase so far, and of how many. */
  done: number;
  total: number;
}

export interface ImportRequest {
  kind: ImportKind;
  bytes: Uint8Array;
  fileName: string;
  mapping?: readonly MappingOverride[] | undefined;
  dryRun: boolean;
  options?: ImportOptions | undefined;
  actor: ImportActor;
  clock: Clock;
  onProgress?: ((progress: ImportProgress) => void) | undefined;
}

export interface ImportSummary extends ImportCounts {
  kind: ImportKind;
  dryRun: boolean;
  fileName: string;
  format: string;
  /** Data rows read (blank rows skipped). */
  rows: number;
  seconds: number;
  /** One line for the CLI and the page: "households: 40 rows, 40 entered, …". */
  line: string;
}

export type ImportOutcome =
  | { ok: true; summary: ImportSummary }
  | { ok: false; errors: RowError[]; rows: number; format: string; fileName: string; kind: ImportKind };

/** Thrown inside the dry run's transaction after the writes, so that they roll back. */
class DryRunRollback extends Error {
  constructor(readonly counts: ImportCounts) {
    super('dry run');
  }
}

export function kindSpec(kind: ImportKind): ImportKindSpec<unknown> {
  return KIND_SPECS[kind] as ImportKindSpec<unknown>;
}

export async function runImport(db: Database, request: ImportRequest): Promise<ImportOutcome> {
  const started = performance.now();
  const progress = request.onProgress ?? (() => {});
  const spec = kindSpec(request.kind);
  progress({ phase: 'read', done: 0, total: 0 });
  let table: Table;
  try {
    table = readTable(request.bytes);
  } catch (error) {
    if (error instanceof UnreadableFileError) return fileRejected(request, error.message, IMPORT_UNREADABLE);
    throw error;
  }
  const fields = await spec.fields(db);
  const base = { rows: table.rows.length, format: table.format, fileName: request.fileName, kind: request.kind };
  const mapped = mapColumns(table, fields, request.mapping);
  const headerErrors: RowError[] = [
    ...mapped.invalidOverrides.map((m) => ({ line: 1, column: '', code: IMPORT_BAD_MAPPING, message: m, value: '' })),
    ...mapped.missing.map((f) => ({
      line: 1,
      column: f.header,
      code: IMPORT_COLUMN_MISSING,
      message: `no column for "${f.header}" (also read as: ${f.aliases.join(', ') || 'no other name'})`,
      value: '',
    })),
  ];
  if (headerErrors.length > 0) return { ok: false, errors: headerErrors, ...base };
  if (table.rows.length === 0) {
    return {
      ok: false,
      errors: [{ line: 2, column: '', code: IMPORT_NO_ROWS, message: 'the file has a header but no rows', value: '' }],
      ...base,
    };
  }

  // Check every row; stop at nothing, so the person fixes the whole file at once.
  const errors: RowError[] = [];
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const readers = table.rows.map((row) => {
    for (let i = table.header.length; i < row.cells.length; i++) {
      if (row.cells[i] !== '') {
        errors.push({
          line: row.line,
          column: `column ${i + 1}`,
          code: IMPORT_EXTRA_CELL,
          message: 'a value in a column without a header',
          value: maskCell(undefined, row.cells[i]!),
        });
      }
    }
    return new RowReader(row.line, row.cells, mapped.mapping, byKey, table.header, errors);
  });
  progress({ phase: 'check', done: 0, total: readers.length });
  const ctx: KindContext = {
    db,
    clock: request.clock,
    actor: request.actor,
    options: request.options ?? {},
    fileName: request.fileName,
    fileSha256: createHash('sha256').update(request.bytes).digest('hex'),
  };
  const records = await spec.validate(readers, ctx);
  progress({ phase: 'check', done: readers.length, total: readers.length });
  if (errors.length > 0) return { ok: false, errors: sortErrors(errors), ...base };

  // Read before the transaction: on PGlite, a query outside it would wait for it to end.
  const fiscalYear = await currentFiscalYear(db, request.clock.today());
  let counts: ImportCounts;
  try {
    counts = await db.transaction(async (raw) => {
      await lockRegions(raw, spec.regions(records));
      progress({ phase: 'write', done: 0, total: records.length });
      const written = await spec.write(raw, records, ctx);
      progress({ phase: 'write', done: records.length, total: records.length });
      if (!written.alreadyImported) {
        progress({ phase: 'refresh', done: 0, total: 1 });
        await refreshRollups(raw, request.kind, written, fiscalYear);
        await audit(raw, request, ctx, table, written);
      }
      if (request.dryRun) throw new DryRunRollback(written);
      return written;
    });
  } catch (error) {
    if (error instanceof DryRunRollback) counts = error.counts;
    else if (error instanceof ImportRowsError) return { ok: false, errors: sortErrors(error.errors), ...base };
    else throw error;
  }
  progress({ phase: 'done', done: records.length, total: records.length });
  const summary: ImportSummary = {
    ...counts,
    kind: request.kind,
    dryRun: request.dryRun,
    fileName: request.fileName,
    format: table.format,
    rows: table.rows.length,
    seconds: (performance.now() - started) / 1000,
    line: '',
  };
  summary.line = summaryLine(summary);
  return { ok: true, summary };
}

function fileRejected(request: ImportRequest, message: string, code: string): ImportOutcome {
  return {
    ok: false,
    errors: [{ line: 1, column: '', code, message, value: '' }],
    rows: 0,
    format: 'unknown',
    fileName: request.fileName,
    kind: request.kind,
  };
}

const sortErrors = (errors: RowError[]) => errors.sort((a, b) => a.line - b.line);

/**
 * One import at a time per kabupaten/kota, on every instance: a second one is refused at once
 * with a clear message rather than queued behind a long write.
 */
async function lockRegions(raw: RawQuery, regions: readonly string[]): Promise<void> {
  for (const region of [...new Set(regions)].sort()) {
    const [row] = await raw<{ locked: boolean }>("SELECT pg_try_advisory_xact_lock(hashtext('pantau/import/' || $1)) AS locked", [region]);
    if (!row?.locked) {
      throw new DomainError(IMPORT_BUSY, `Another import into ${region} is running; try again when it has finished`, 'file');
    }
  }
}

async function refreshRollups(raw: RawQuery, kind: ImportKind, counts: ImportCounts, fiscalYear: number): Promise<void> {
  const runner = runnerFromRaw(raw);
  if (kind === 'households' || kind === 'benefits') {
    for (const region of counts.regions) {
      await refreshHouseholdRollup(runner, fiscalYear, region);
      await refreshProgramReachRollup(runner, fiscalYear, region);
    }
  }
  if (kind === 'programs' || kind === 'budget') {
    for (const id of counts.programIds ?? []) await refreshBudgetRollup(runner, id);
    if (kind === 'programs') for (const region of counts.regions) await refreshProgramReachRollup(runner, fiscalYear, region);
  }
}

/** Who imported what, in the import's transaction; never a row's content. */
async function audit(raw: RawQuery, request: ImportRequest, ctx: KindContext, table: Table, counts: ImportCounts): Promise<void> {
  const { notes: _notes, programIds: _ids, ...figures } = counts;
  await raw(`INSERT INTO audit_log (user_id, action, entity, entity_id, details) VALUES ($1, 'import', $2, $3, $4::jsonb)`, [
    request.actor.userId,
    `import/${request.kind}`,
    ctx.fileSha256.slice(0, 16),
    JSON.stringify({
      file: request.fileName,
      format: table.format,
      rows: table.rows.length,
      source: ctx.options.source ?? null,
      ...figures,
    }),
  ]);
}

export function summaryLine(s: ImportSummary): string {
  const parts = [`${s.kind}: ${s.rows} rows`];
  if (s.alreadyImported) parts.push('this file was imported before; nothing changed');
  else if (s.kind === 'households') {
    parts.push(
      `${s.created} entered`,
      `${s.left ?? 0} left`,
      `${s.changedDesil ?? 0} changed desil`,
      `${s.changedStatus ?? 0} changed status`,
      `${s.unchanged} unchanged`,
    );
  } else parts.push(`${s.created} created`, `${s.updated} updated`, `${s.unchanged} unchanged`);
  const line = `${s.dryRun ? 'dry run, nothing written: ' : ''}${parts.join(', ')} (${s.seconds.toFixed(1)} s)`;
  return s.notes.length > 0 ? `${line}; ${s.notes.join('; ')}` : line;
}

/**
 * The errors as a CSV a person opens in Excel beside their file: `;`-separated with a BOM, as
 * Indonesian Excel reads it (and as the templates are); row, column, reason, value (masked).
 */
export function errorsCsv(errors: readonly RowError[]): string {
  const quote = (v: string | number) => `"${String(v).replace(/"/g, '""')}"`;
  const lines = [
    'baris;kolom;kode;alasan;nilai',
    ...errors.map((e) => [e.line, e.column, e.code, e.message, e.value].map(quote).join(';')),
  ];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** `row 12, column "NIK": must be 16 digits, found 15 (*************21)` */
export function errorLine(e: RowError): string {
  const where = e.column ? `row ${e.line}, column "${e.column}"` : `row ${e.line}`;
  return `${where}: ${e.message}${e.value ? ` (${e.value})` : ''}`;
}

export interface ImportPreview {
  kind: ImportKind;
  format: string;
  rows: number;
  header: string[];
  fields: readonly FieldSpec[];
  /** Field key → header of the column it reads, or null. */
  mapping: { field: string; column: string | null }[];
  missing: string[];
  unused: string[];
  /** The first rows, personal fields masked. */
  sample: { line: number; cells: string[] }[];
}

/** What the page shows before anything is checked: the columns found and the first rows. */
export async function previewImport(
  db: Database,
  kind: ImportKind,
  bytes: Uint8Array,
  overrides: readonly MappingOverride[] = [],
  sampleSize = 5,
): Promise<ImportPreview> {
  const table = readTable(bytes);
  const fields = await kindSpec(kind).fields(db);
  const mapped = mapColumns(table, fields, overrides);
  const fieldOfColumn = new Map([...mapped.mapping].map(([field, index]) => [index, fields.find((f) => f.key === field)]));
  return {
    kind,
    format: table.format,
    rows: table.rows.length,
    header: table.header,
    fields,
    mapping: fields.map((f) => ({ field: f.key, column: mapped.mapping.has(f.key) ? table.header[mapped.mapping.get(f.key)!]! : null })),
    missing: mapped.missing.map((f) => f.key),
    unused: mapped.unused,
    sample: table.rows.slice(0, sampleSize).map((r) => ({
      line: r.line,
      cells: table.header.map((_, i) => maskCell(fieldOfColumn.get(i), r.cells[i] ?? '')),
    })),
  };
}

/** Pantau's template for a kind: the headers and one example row, as CSV (`;`, UTF-8 with BOM for Excel). */
export async function templateCsv(db: Database, kind: ImportKind): Promise<string> {
  const fields = await kindSpec(kind).fields(db);
  const quote = (v: string) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `\ufeff${fields.map((f) => quote(f.header)).join(';')}\r\n${fields.map((f) => quote(f.example)).join(';')}\r\n`;
}
