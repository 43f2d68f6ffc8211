import { builder } from '../../builder.js';
import { DomainError } from '../../errors.js';
import { requireViewer } from '../auth/scope.js';
import { ErrorInterface } from '../common/errors.schema.js';
import {
  errorsCsv,
  IMPORT_UNREADABLE,
  type ImportOutcome,
  type ImportPreview,
  type ImportProgress,
  type ImportSummary,
  kindSpec,
  previewImport,
  runImport,
  templateCsv,
} from './import.service.js';
import { IMPORT_KINDS, type ImportKind, type RowError } from './importer.js';
import type { FieldSpec } from './mapping.js';
import { readProgress, reportProgress } from './progress.js';
import { UnreadableFileError } from './table.js';

/** Uploads above this are refused before they are read (100,000 households are about 15 MB of CSV). */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
export const IMPORT_FILE_TOO_LARGE = 'import/file_too_large';

const KIND_NAMES: Record<ImportKind, string> = {
  regions: 'REGIONS',
  households: 'HOUSEHOLDS',
  benefits: 'BENEFITS',
  indicators: 'INDICATORS',
  programs: 'PROGRAMS',
  budget: 'BUDGET',
};

const ImportKindEnum = builder.enumType('ImportKind', {
  description: 'What a file holds.',
  values: {
    REGIONS: { value: 'regions', description: 'Kemendagri codes and names (kode, nama): kecamatan and kelurahan/desa.' },
    HOUSEHOLDS: { value: 'households', description: 'The household registry: a P3KE or DTSEN extract, or Pantau’s template.' },
    BENEFITS: { value: 'benefits', description: 'Who received which program (household id, program code, year, month, amount).' },
    INDICATORS: { value: 'indicators', description: 'BPS tables: region, year, one column per indicator, source.' },
    PROGRAMS: { value: 'programs', description: 'Programs of a year: OPD, cluster, pagu, monthly plan, targets.' },
    BUDGET: { value: 'budget', description: 'Monthly realisasi per program, as an SIPD export.' },
  } as const,
});

const HouseholdSourceEnum = builder.enumType('ImportHouseholdSource', {
  description: 'The registry a household file is an extract of.',
  values: {
    P3KE: { description: 'Pensasaran Percepatan Penghapusan Kemiskinan Ekstrem (Kemenko PMK).' },
    DTSEN: { description: 'Data Tunggal Sosial dan Ekonomi Nasional (BPS).' },
    DTKS: { description: 'Data Terpadu Kesejahteraan Sosial (Kemensos).' },
    LOCAL_SURVEY: { description: "The region's own survey (RT/kelurahan verification)." },
  } as const,
});

const ImportFieldRef = builder.objectRef<FieldSpec>('ImportField').implement({
  description: "One of Pantau's fields an import kind reads, with the headers it recognises.",
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key, used in `mapping`.' }),
    header: t.exposeString('header', { description: "The header of Pantau's template (Indonesian)." }),
    aliases: t.exposeStringList('aliases', { description: 'Other headers read as this field (P3KE, DTSEN, SIPD, BPS spellings).' }),
    required: t.exposeBoolean('required', { description: 'True when a file without this column is refused.' }),
    description: t.exposeString('description', { description: 'What the field holds, in English.' }),
    example: t.exposeString('example', { description: "The template's example value." }),
    personal: t.boolean({ description: 'True for personal data (masked in previews and errors).', resolve: (f) => !!f.personal }),
  }),
});

const ImportKindInfoRef = builder.objectRef<{ kind: ImportKind }>('ImportKindInfo').implement({
  description: 'An import kind: its fields and a template to fill in.',
  fields: (t) => ({
    kind: t.field({ type: ImportKindEnum, description: 'The kind.', resolve: (k) => k.kind }),
    fields: t.field({
      type: [ImportFieldRef],
      description: 'Fields in template order.',
      resolve: (k, _a, ctx) => kindSpec(k.kind).fields(ctx.db),
    }),
    templateCsv: t.string({
      description: "Pantau's template: the headers and one example row, `;`-separated, UTF-8 with a BOM (opens in Excel).",
      resolve: (k, _a, ctx) => templateCsv(ctx.db, k.kind),
    }),
  }),
});

const ColumnMappingRef = builder.objectRef<{ field: string; column: string | null }>('ImportColumnMapping').implement({
  description: 'Which column of the file a field reads.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'Field key.' }),
    column: t.exposeString('column', { nullable: true, description: 'Header of the column it reads; null when none.' }),
  }),
});

const SampleRowRef = builder.objectRef<{ line: number; cells: string[] }>('ImportSampleRow').implement({
  description: 'One of the first rows of a file, personal fields masked.',
  fields: (t) => ({
    row: t.exposeInt('line', { description: 'Row number as Excel shows it (header = 1).' }),
    cells: t.exposeStringList('cells', { description: 'Cells in header order.' }),
  }),
});

const ImportPreviewRef = builder.objectRef<ImportPreview>('ImportPreview').implement({
  description: 'A file as Pantau reads it, before anything is checked: columns found, their mapping and the first rows.',
  fields: (t) => ({
    kind: t.field({ type: ImportKindEnum, description: 'The kind.', resolve: (p) => p.kind }),
    format: t.exposeString('format', { description: 'What was read, e.g. "CSV (;) Windows-1252" or "XLSX".' }),
    rows: t.exposeInt('rows', { description: 'Data rows (blank rows not counted).' }),
    header: t.exposeStringList('header', { description: "The file's headers, in order." }),
    fields: t.field({ type: [ImportFieldRef], description: "The kind's fields.", resolve: (p) => [...p.fields] }),
    mapping: t.field({ type: [ColumnMappingRef], description: 'Each field and the column it reads.', resolve: (p) => p.mapping }),
    missing: t.exposeStringList('missing', { description: 'Keys of required fields no column holds.' }),
    unused: t.exposeStringList('unused', { description: 'Headers no field reads (ignored).' }),
    sample: t.field({ type: [SampleRowRef], description: 'The first rows.', resolve: (p) => p.sample }),
  }),
});

const ImportSummaryRef = builder.objectRef<ImportSummary>('ImportSummary').implement({
  description: 'What an import did, or in a dry run would do.',
  fields: (t) => ({
    kind: t.field({ type: ImportKindEnum, description: 'The kind.', resolve: (s) => s.kind }),
    dryRun: t.exposeBoolean('dryRun', { description: 'True when nothing was written (a check).' }),
    fileName: t.exposeString('fileName', { description: 'Name of the file.' }),
    format: t.exposeString('format', { description: 'What was read.' }),
    rows: t.exposeInt('rows', { description: 'Data rows read.' }),
    created: t.exposeInt('created', { description: 'Records new to Pantau (households: entered the registry).' }),
    updated: t.exposeInt('updated', { description: 'Records changed.' }),
    unchanged: t.exposeInt('unchanged', { description: 'Records already as the file says.' }),
    left: t.int({
      description: 'Households: left the registry with this vintage (absent, or marked graduated, moved or deceased).',
      resolve: (s) => s.left ?? 0,
    }),
    changedDesil: t.int({ description: 'Households: desil changed since the last vintage.', resolve: (s) => s.changedDesil ?? 0 }),
    changedStatus: t.int({
      description: 'Households: poverty status changed since the last vintage.',
      resolve: (s) => s.changedStatus ?? 0,
    }),
    alreadyImported: t.boolean({
      description: 'True when this very file was imported before: nothing changed.',
      resolve: (s) => !!s.alreadyImported,
    }),
    notes: t.exposeStringList('notes', { description: 'Things to read, in English: OPDs created, a plan spread evenly.' }),
    regions: t.exposeStringList('regions', { description: 'Kabupaten/kota codes whose figures changed.' }),
    line: t.exposeString('line', { description: 'The whole summary in one line, in English (as the CLI prints it).' }),
    seconds: t.exposeFloat('seconds', { description: 'Time taken, seconds.' }),
  }),
});

const ImportRowErrorRef = builder.objectRef<RowError>('ImportRowError').implement({
  description: 'One thing wrong in a file: the row and column to look at, why, and the cell (personal data masked).',
  fields: (t) => ({
    row: t.exposeInt('line', { description: 'Row number as Excel shows it (header = 1).' }),
    column: t.exposeString('column', { description: "The column's header in the file; empty for the whole row." }),
    code: t.exposeString('code', { description: 'Stable code, e.g. import/nik_invalid; the dashboard translates by it.' }),
    message: t.exposeString('message', { description: 'Why, in English.' }),
    value: t.exposeString('value', {
      description: 'The cell as written; a NIK or KK number shows only its last 2 digits, names only initials.',
    }),
  }),
});

/** A file with row errors: nothing was written. An error type, so the union says it plainly. */
export class ImportRejected extends Error {
  override name = 'ImportRejected';
  constructor(readonly outcome: Extract<ImportOutcome, { ok: false }>) {
    super(`${outcome.errors.length} problem(s) in ${outcome.fileName}; nothing was written`);
  }
}

builder.objectType(ImportRejected, {
  name: 'ImportRejected',
  description: 'The file was refused: every row error is listed and nothing was written.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ImportRejected,
  fields: (t) => ({
    fileName: t.string({ description: 'Name of the file.', resolve: (e) => e.outcome.fileName }),
    rows: t.int({ description: 'Data rows read.', resolve: (e) => e.outcome.rows }),
    errorCount: t.int({ description: 'How many problems there are.', resolve: (e) => e.outcome.errors.length }),
    errors: t.field({
      type: [ImportRowErrorRef],
      description: 'The problems by row, at most `first` of them.',
      args: { first: t.arg.int({ required: false, defaultValue: 500, description: 'At most this many (1–5,000).' }) },
      resolve: (e, { first }) => e.outcome.errors.slice(0, Math.min(Math.max(first ?? 500, 1), 5000)),
    }),
    errorsCsv: t.string({
      description: 'Every problem as CSV (row, column, code, reason, value), to download and fix the file with.',
      resolve: (e) => errorsCsv(e.outcome.errors),
    }),
  }),
});

const ImportProgressRef = builder.objectRef<ImportProgress>('ImportProgress').implement({
  description: 'How far a running import has come.',
  fields: (t) => ({
    phase: t.exposeString('phase', { description: 'read, check, write, refresh or done.' }),
    done: t.exposeInt('done', { description: 'Rows handled in this phase.' }),
    total: t.exposeInt('total', { description: 'Rows in this phase; 0 while unknown.' }),
  }),
});

const MappingInput = builder.inputType('ImportColumnMappingInput', {
  description: 'A correction to the detected mapping: this field reads the column with this header (or none).',
  fields: (t) => ({
    field: t.string({ required: true, description: 'Field key (ImportField.key).' }),
    column: t.string({ required: false, description: "The column's header as in the file; null for no column." }),
  }),
});

builder.queryFields((t) => ({
  importKinds: t.field({
    type: [ImportKindInfoRef],
    description: 'Every import kind with its fields and template (ADMIN).',
    authScopes: { admin: true },
    resolve: () => IMPORT_KINDS.map((kind) => ({ kind })),
  }),
  importProgress: t.field({
    type: ImportProgressRef,
    nullable: true,
    description: 'Progress of an import you started with this `progressKey`; null when unknown.',
    authScopes: { admin: true },
    args: { key: t.arg.string({ required: true, description: 'The progressKey given to the import mutation.' }) },
    resolve: (_root, { key }, ctx) => readProgress(key, requireViewer(ctx.viewer).id),
  }),
}));

async function fileBytes(file: File): Promise<Uint8Array> {
  const tooLarge = (size: number) =>
    new DomainError(
      IMPORT_FILE_TOO_LARGE,
      `The file is ${(size / 1048576).toFixed(0)} MB; at most ${MAX_IMPORT_BYTES / 1048576} MB is read`,
      'file',
    );
  if (typeof file.size === 'number' && file.size > MAX_IMPORT_BYTES) throw tooLarge(file.size);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length > MAX_IMPORT_BYTES) throw tooLarge(bytes.length);
  return bytes;
}

builder.mutationField('previewImport', (t) =>
  t.field({
    type: ImportPreviewRef,
    description: 'Reads a file and shows its columns mapped to the fields and its first rows; checks and writes nothing (ADMIN).',
    authScopes: { admin: true },
    errors: {
      types: [DomainError],
      union: { description: 'The preview, or a DomainError when the file cannot be read at all.' },
      result: { description: 'The file was read.' },
      dataField: { description: 'What Pantau read.' },
    },
    args: {
      kind: t.arg({ type: ImportKindEnum, required: true, description: 'What the file holds.' }),
      file: t.arg({ type: 'File', required: true, description: 'CSV (`;` or `,`, UTF-8 or Windows-1252) or XLSX.' }),
      mapping: t.arg({ type: [MappingInput], required: false, description: 'Corrections to the detected mapping.' }),
    },
    resolve: async (_root, args, ctx) => {
      try {
        return await previewImport(
          ctx.db,
          args.kind as ImportKind,
          await fileBytes(args.file),
          (args.mapping ?? []).map((m) => ({ field: m.field, column: m.column ?? null })),
        );
      } catch (error) {
        if (error instanceof UnreadableFileError) throw new DomainError(IMPORT_UNREADABLE, error.message, 'file');
        throw error;
      }
    },
  }),
);

for (const kind of IMPORT_KINDS) {
  const name = `import${kind[0]!.toUpperCase()}${kind.slice(1)}`;
  builder.mutationField(name, (t) =>
    t.field({
      type: ImportSummaryRef,
      description: `Imports a ${KIND_NAMES[kind].toLowerCase()} file (ADMIN, into their region): every row is checked, then all of it is written in one transaction with the figures refreshed, or nothing is written and each bad row is named. \`dryRun\` checks and counts without writing.`,
      authScopes: { admin: true },
      errors: {
        types: [DomainError, ImportRejected],
        union: {
          description: `The summary, ImportRejected with every row error, or a DomainError (file too large, another import running).`,
        },
        result: { description: 'The file was imported (or, in a dry run, would be).' },
        dataField: { description: 'What the import did.' },
      },
      args: {
        file: t.arg({ type: 'File', required: true, description: 'CSV (`;` or `,`, UTF-8 or Windows-1252) or XLSX.' }),
        dryRun: t.arg.boolean({ required: false, defaultValue: false, description: 'Check and count without writing.' }),
        mapping: t.arg({ type: [MappingInput], required: false, description: 'Corrections to the detected mapping.' }),
        progressKey: t.arg.string({ required: false, description: 'A key of your choosing to follow the import with importProgress.' }),
        ...(kind === 'households'
          ? {
              source: t.arg({
                type: HouseholdSourceEnum,
                required: false,
                defaultValue: 'P3KE',
                description: 'The registry the file is an extract of.',
              }),
              drawnOn: t.arg({ type: 'Date', required: false, description: "When the source drew the list; default Pantau's today." }),
            }
          : {}),
      },
      resolve: async (_root, args, ctx) => {
        const viewer = requireViewer(ctx.viewer);
        const a = args as typeof args & { source?: string | null; drawnOn?: Date | null };
        const key = args.progressKey?.slice(0, 100);
        const outcome = await runImport(ctx.db, {
          kind,
          bytes: await fileBytes(args.file),
          fileName: args.file.name.slice(0, 200) || `${kind}.csv`,
          mapping: (args.mapping ?? []).map((m) => ({ field: m.field, column: m.column ?? null })),
          dryRun: args.dryRun ?? false,
          options: { source: a.source ?? undefined, drawnOn: a.drawnOn ? a.drawnOn.toISOString().slice(0, 10) : undefined },
          actor: { userId: viewer.id, regionCode: viewer.regionCode },
          clock: ctx.clock,
          onProgress: key ? (p) => reportProgress(key, viewer.id, p) : undefined,
        });
        if (!outcome.ok) throw new ImportRejected(outcome);
        return outcome.summary;
      },
    }),
  );
}
