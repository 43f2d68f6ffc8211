// What every import kind shares: reading a row's cells by field, collecting row errors with the
// row and column a person finds in their spreadsheet, and the contract each kind fulfils.
import type { Clock } from '../../clock.js';
import type { Database, RawQuery } from '../../db.js';
import type { FieldSpec } from './mapping.js';
import { maskNik, maskText, type Parsed } from './values.js';

export const IMPORT_KINDS = ['regions', 'households', 'benefits', 'indicators', 'programs', 'budget'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** One thing wrong with one cell (or a whole row: column is then ""). */
export interface RowError {
  /** The row number Excel shows (the header is row 1); 1 for a problem with the header. */
  line: number;
  /** The column's header as it is in the file, or the template's header when the file lacks it. */
  column: string;
  code: string;
  message: string;
  /** The cell as written, personal data masked (a NIK keeps its last 2 digits). */
  value: string;
}

/** Who runs an import: a signed-in ADMIN, or the machine's operator at the command line. */
export interface ImportActor {
  userId: number | null;
  /** Kabupaten/kota or wider the actor may write; null for everywhere (deployment-wide ADMIN, CLI). */
  regionCode: string | null;
}

export interface ImportOptions {
  /** Households: which registry the file is an extract of (P3KE, DTSEN, …). */
  source?: string | undefined;
  /** Households: when the source drew the list (YYYY-MM-DD). */
  drawnOn?: string | undefined;
}

export interface KindContext {
  db: Database;
  clock: Clock;
  actor: ImportActor;
  options: ImportOptions;
  fileName: string;
  fileSha256: string;
}

/** What an import did (or, in a dry run, would do). */
export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** Households: left the registry (absent from the new vintage, or marked so by the file). */
  left?: number;
  changedDesil?: number;
  changedStatus?: number;
  /** Notes a person should read: "created 3 OPDs", "the plan was spread evenly". */
  notes: string[];
  /** Kabupaten/kota codes whose figures the import changed (rollups to refresh, locks). */
  regions: string[];
  /** Programs whose budget figures changed. */
  programIds?: number[];
  /** True when the same file was imported before: nothing was written. */
  alreadyImported?: boolean;
}

/** A row's cells by field, and the errors found in it. */
export class RowReader {
  constructor(
    readonly line: number,
    private readonly cells: readonly string[],
    private readonly mapping: ReadonlyMap<string, number>,
    private readonly fields: ReadonlyMap<string, FieldSpec>,
    private readonly headers: readonly string[],
    private readonly errors: RowError[],
  ) {}

  private failures = 0;

  /** True once any error was recorded for this row. */
  get failed(): boolean {
    return this.failures > 0;
  }

  has(key: string): boolean {
    return this.mapping.has(key);
  }

  /** The cell's text, trimmed; '' when the file has no such column. */
  text(key: string): string {
    const index = this.mapping.get(key);
    return index === undefined ? '' : (this.cells[index] ?? '').trim();
  }

  /** Parses the field's cell; a blank cell gives `fallback` when one is given, else a "required" error. */
  read<T>(key: string, parse: (raw: string) => Parsed<T>, fallback?: T): T | undefined {
    const raw = this.text(key);
    if (raw === '') {
      if (fallback !== undefined || !this.fields.get(key)?.required) return fallback;
      this.fail(key, 'import/required', 'is required');
      return undefined;
    }
    const parsed = parse(raw);
    if (parsed.ok) return parsed.value;
    this.fail(key, parsed.problem.code, parsed.problem.message);
    return undefined;
  }

  /** Records an error on the field's cell. */
  fail(key: string, code: string, message: string): void {
    const index = this.mapping.get(key);
    const field = this.fields.get(key);
    const column = index !== undefined ? (this.headers[index] ?? key) : (field?.header ?? key);
    this.failures++;
    this.errors.push({ line: this.line, column, code, message, value: maskCell(field, this.text(key)) });
  }

  /** Records an error about the whole row. */
  failRow(code: string, message: string): void {
    this.failures++;
    this.errors.push({ line: this.line, column: '', code, message, value: '' });
  }
}

/** A cell as an error may show it: personal fields masked, the rest cut to 80 characters. */
export function maskCell(field: FieldSpec | undefined, raw: string): string {
  if (raw === '') return '';
  if (field?.personal === 'nik') return maskNik(raw);
  if (field?.personal === 'text') return maskText(raw);
  return raw.length > 80 ? `${raw.slice(0, 77)}…` : raw;
}

/** One import kind: its fields, how a row becomes a record, and how records are written. */
export interface ImportKindSpec<R> {
  kind: ImportKind;
  /** Fields in template order; a function when they depend on the database (indicators). */
  fields: (db: Database) => Promise<readonly FieldSpec[]>;
  /** Checks every row (the database may be read); errors go to the readers' shared list. */
  validate(rows: readonly RowReader[], ctx: KindContext): Promise<R[]>;
  /** Writes inside the import's transaction; throws an ImportRowsError for errors found only now. */
  write(raw: RawQuery, records: readonly R[], ctx: KindContext): Promise<ImportCounts>;
  /** The kabupaten/kota codes the records touch, for the import lock. */
  regions(records: readonly R[]): string[];
}

/** Row errors found while writing (a conflict the checks could not see): the transaction rolls back. */
export class ImportRowsError extends Error {
  override name = 'ImportRowsError';
  constructor(readonly errors: RowError[]) {
    super(`${errors.length} row error(s)`);
  }
}

/** `16.71.06.1001` → `16.71`. */
export const regencyOf = (code: string) => code.slice(0, 5);
