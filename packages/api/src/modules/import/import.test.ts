// Imports as a new kabupaten/kota makes them: regions, then its P3KE household extract, messy
// first, then fixed, then again, then a newer vintage; the same through the GraphQL upload.
import { beforeAll, describe, expect, it } from 'vitest';
import { CSRF, createTestApp, loginAs, type TestApp } from '../../test/app.js';
import { householdsCsv, KUPANG, kupangHouseholds, regionsCsv } from '../../test/import-files.js';
import { createUser } from '../user/user.service.js';
import { errorLine, type ImportOutcome, runImport } from './import.service.js';
import type { ImportKind } from './importer.js';

let app: TestApp;
const CLI = { userId: null, regionCode: null };

function run(kind: ImportKind, bytes: Uint8Array, extra: { dryRun?: boolean; source?: string; drawnOn?: string; fileName?: string } = {}) {
  return runImport(app.db, {
    kind,
    bytes,
    fileName: extra.fileName ?? `${kind}.csv`,
    dryRun: extra.dryRun ?? false,
    options: { source: extra.source, drawnOn: extra.drawnOn },
    actor: CLI,
    clock: app.clock,
  });
}

const summary = (o: ImportOutcome) => {
  if (!o.ok) throw new Error(`import refused:\n${o.errors.map(errorLine).join('\n')}`);
  return o.summary;
};

const count = async (sql: string, params: unknown[] = []) => (await app.db.raw<{ n: number }>(`SELECT (${sql})::int AS n`, params))[0]!.n;

beforeAll(async () => {
  app = await createTestApp({ seeded: false, today: '2026-03-10' });
});

describe('a new kabupaten/kota brings its files', () => {
  it('imports its kecamatan and kelurahan under the shipped kabupaten/kota, and again changes nothing', async () => {
    expect(await count("SELECT COUNT(*) FROM region WHERE code = '53.71'")).toBe(1);
    const first = summary(await run('regions', regionsCsv()));
    expect([first.created, first.updated, first.unchanged]).toEqual([9, 0, 0]);
    const again = summary(await run('regions', regionsCsv()));
    expect([again.created, again.updated, again.unchanged]).toEqual([0, 0, 9]);
    expect(await count("SELECT COUNT(*) FROM region WHERE code LIKE '53.71.%' AND level = 'KELURAHAN'")).toBe(6);
  });

  it('refuses a region whose parent is nowhere, and a code that is not one', async () => {
    const outcome = await run(
      'regions',
      regionsCsv([
        ['53.72.09.1001', 'Entah'],
        ['53.71.0x', 'Salah'],
        ['53.71.04', ''],
      ]),
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.map(errorLine)).toEqual([
      'row 2, column "kode": its parent 53.72.09 is neither in Pantau nor in this file (53.72.09.1001)',
      'row 3, column "kode": not a Kemendagri code (e.g. 53.71, 53.71.01 or 53.71.01.1001) (53.71.0x)',
      'row 4, column "nama": is required',
    ]);
    expect(await count("SELECT COUNT(*) FROM region WHERE code LIKE '53.72.%' OR code = '53.71.04'")).toBe(0);
  });

  it('refuses a messy household file with every bad row named, and writes nothing', async () => {
    const rows = kupangHouseholds(40);
    rows[2]!.nik = '5,37E+15';
    rows[4]!.members = 'empat';
    rows[6]!.kelurahan = '53.71.09.9999';
    rows[8]!.desil = '11';
    rows[10]!.id = rows[9]!.id;
    rows[12]!.status = 'Kaya Raya';
    rows[14]!.nik = '537101';
    rows[16]!.desil = '';
    rows[16]!.status = '';
    rows[18]!.perCapita = '1.2.3';
    const outcome = await run('households', householdsCsv(rows), { drawnOn: '2026-01-15' });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    // Row numbers as Excel shows them: the header is row 1.
    expect(outcome.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [4, 'NIK Kepala Keluarga', 'import/nik_scientific_notation'],
      [6, 'Jumlah Anggota Keluarga', 'import/not_a_number'],
      [8, 'Kode Desa/Kelurahan', 'import/kelurahan_not_found'],
      [10, 'Desil Kesejahteraan', 'import/out_of_range'],
      [12, 'ID Keluarga P3KE', 'import/duplicate_household'],
      [14, 'Status Kemiskinan', 'import/unknown_value'],
      [16, 'NIK Kepala Keluarga', 'import/nik_invalid'],
      [18, 'Status Kemiskinan', 'import/status_or_desil_required'],
      [20, 'Pengeluaran per Kapita', 'import/not_a_number'],
    ]);
    // Personal data stays masked in the errors: a NIK keeps its last two digits (auth/scope.ts maskNik).
    expect(outcome.errors.find((e) => e.line === 16)?.value).toBe('****01');
    expect(JSON.stringify(outcome.errors)).not.toContain('Kepala Keluarga 1');
    expect(await count('SELECT COUNT(*) FROM household')).toBe(0);
    expect(await count('SELECT COUNT(*) FROM registry_vintage')).toBe(0);
  });

  it('imports the fixed file, with the status following the desil where the file has none', async () => {
    const result = summary(await run('households', householdsCsv(kupangHouseholds(40)), { drawnOn: '2026-01-15' }));
    expect([result.created, result.left, result.changedDesil, result.unchanged]).toEqual([40, 0, 0, 0]);
    expect(result.line).toMatch(/^households: 40 rows, 40 entered, 0 left, 0 changed desil, 0 changed status, 0 unchanged/);
    // Desil 1 → extreme poor: 10 of the 40 (every fourth).
    expect(await count("SELECT COUNT(*) FROM household WHERE poverty_status = 'EXTREME'")).toBe(10);
    expect(
      await count("SELECT SUM(households) FROM household_rollup WHERE kelurahan_code LIKE '53.71.%' AND poverty_status = 'EXTREME'"),
    ).toBe(10);
    // Windows-1252 text read as such: "Nº" survives.
    const [identity] = await app.db.raw<{ nik: string; head_name: string; address: string }>(
      "SELECT i.nik, i.head_name, i.address FROM household_identity i JOIN household h ON h.id = i.household_id WHERE h.source_key = 'P3KE-5371-000007'",
    );
    expect(identity).toEqual({ nik: '5371010000000007', head_name: 'Kepala Keluarga 7', address: 'Jl. Cendana Nº 7' });
    expect(await count("SELECT COUNT(*) FROM audit_log WHERE action = 'import' AND entity = 'import/households'")).toBe(1);
  });

  it('changes nothing when the same file comes again', async () => {
    const before = await count('SELECT version FROM data_version');
    const again = summary(await run('households', householdsCsv(kupangHouseholds(40)), { drawnOn: '2026-01-15' }));
    expect(again.alreadyImported).toBe(true);
    expect(again.line).toContain('this file was imported before; nothing changed');
    expect(await count('SELECT COUNT(*) FROM household')).toBe(40);
    expect(await count('SELECT COUNT(*) FROM registry_vintage')).toBe(1);
    expect(await count('SELECT version FROM data_version')).toBe(before);
  });

  it('says who entered, left and changed in a newer vintage, and keeps those who left', async () => {
    const rows = kupangHouseholds(40);
    rows.splice(37, 3); // three no longer listed
    rows[0]!.lifecycle = 'Meninggal'; // one marked deceased
    rows[1]!.desil = '1'; // desil 2 → 1, status follows (it had none written? it had "Miskin")
    rows[1]!.status = 'Miskin Ekstrem';
    rows[2]!.status = 'Tidak Miskin'; // status alone
    rows.push(...kupangHouseholds(5, 100)); // five new
    const dry = summary(await run('households', householdsCsv(rows), { drawnOn: '2026-03-01', dryRun: true }));
    expect(dry.dryRun).toBe(true);
    expect(await count("SELECT COUNT(*) FROM household WHERE lifecycle <> 'ACTIVE'")).toBe(0);
    const next = summary(await run('households', householdsCsv(rows), { drawnOn: '2026-03-01' }));
    expect({ entered: next.created, left: next.left, desil: next.changedDesil, status: next.changedStatus }).toEqual({
      entered: 5,
      left: 4,
      desil: 1,
      status: 2,
    });
    expect({ entered: dry.created, left: dry.left, desil: dry.changedDesil, status: dry.changedStatus }).toEqual({
      entered: 5,
      left: 4,
      desil: 1,
      status: 2,
    });
    expect(await count('SELECT COUNT(*) FROM household')).toBe(45);
    expect(await count("SELECT COUNT(*) FROM household WHERE lifecycle = 'LEFT'")).toBe(3);
    expect(await count("SELECT COUNT(*) FROM household WHERE lifecycle = 'DECEASED' AND source_key = 'P3KE-5371-000000'")).toBe(1);
    const [vintage] = await app.db.raw<{ entered: number; left: number }>(
      'SELECT entered, "left" FROM registry_vintage ORDER BY id DESC LIMIT 1',
    );
    expect(vintage).toEqual({ entered: 5, left: 4 });
  });

  it('reads the same registry from an XLSX workbook', async () => {
    const { xlsx } = await import('../../test/xlsx.js');
    const rows = kupangHouseholds(3, 200).map((r) => [
      r.id,
      r.kelurahan,
      r.nik.slice(1),
      r.name,
      r.address,
      r.rt,
      r.rw,
      Number(r.desil),
      Number(r.members),
      350000,
      r.status,
      r.lifecycle,
    ]);
    const book = xlsx([
      [
        'ID Keluarga',
        'Kode Kelurahan',
        'NIK',
        'Kepala Keluarga',
        'Alamat',
        'RT',
        'RW',
        'Desil',
        'Jumlah Anggota',
        'Pengeluaran per Kapita',
        'Status Kemiskinan',
        'Status Keluarga',
      ],
      ...rows,
    ]);
    const result = summary(await run('households', book, { drawnOn: '2026-03-05', source: 'DTSEN', fileName: 'dtsen.xlsx' }));
    expect([result.format, result.created]).toEqual(['XLSX', 3]);
  });
});

describe('the upload mutation', () => {
  const IMPORT = `mutation ($file: File!, $dryRun: Boolean, $key: String) {
    importHouseholds(file: $file, dryRun: $dryRun, drawnOn: "2026-03-09", progressKey: $key) {
      __typename
      ... on MutationImportHouseholdsSuccess { data { dryRun created left line } }
      ... on ImportRejected { errorCount errors { row column code value } errorsCsv }
      ... on DomainError { code field message }
    } }`;

  async function upload(query: string, variables: Record<string, unknown>, file: Uint8Array, cookie?: string) {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query, variables: { ...variables, file: null } }));
    form.set('map', JSON.stringify({ 0: ['variables.file'] }));
    form.set('0', new File([Buffer.from(file)], 'keluarga.csv', { type: 'text/csv' }));
    const response = await app.yoga.fetch('http://pantau.test/graphql', {
      method: 'POST',
      body: form,
      // A fresh object each time: fetch writes the form's content-type into the headers it is given.
      headers: cookie ? { cookie, ...CSRF } : { ...CSRF },
    });
    const text = await response.text();
    return JSON.parse(text) as { data?: Record<string, Record<string, unknown>>; errors?: { extensions?: { code?: string } }[] };
  }

  it("imports for a kabupaten/kota's ADMIN, within their region only, and is closed to other roles", async () => {
    await createUser(app.db, { username: 'admin.kupang', role: 'ADMIN', regionCode: KUPANG, password: 'rahasia-kupang-2026' });
    await createUser(app.db, { username: 'admin.bontang', role: 'ADMIN', regionCode: '64.74', password: 'rahasia-bontang-2026' });
    await createUser(app.db, { username: 'walikota.kupang', role: 'EXECUTIVE', regionCode: KUPANG, password: 'rahasia-walikota-2026' });
    const kupang = (await loginAs(app, 'admin.kupang', 'rahasia-kupang-2026')).cookie;
    const file = householdsCsv(kupangHouseholds(2, 300));

    const dry = await upload(IMPORT, { dryRun: true, key: 'k1' }, file, kupang);
    expect(dry.data?.importHouseholds).toMatchObject({ __typename: 'MutationImportHouseholdsSuccess', data: { dryRun: true, created: 2 } });
    expect(await count("SELECT COUNT(*) FROM household WHERE source_key LIKE 'P3KE-5371-0003%'")).toBe(0);
    const progress = await app.gql<{ importProgress: { phase: string } }>(
      'query { importProgress(key: "k1") { phase done total } }',
      {},
      { cookie: kupang },
    );
    expect(progress.data?.importProgress.phase).toBe('done');

    const done = await upload(IMPORT, { dryRun: false }, file, kupang);
    expect(done.data?.importHouseholds).toMatchObject({ data: { dryRun: false, created: 2 } });

    const bontang = (await loginAs(app, 'admin.bontang', 'rahasia-bontang-2026')).cookie;
    const foreign = await upload(IMPORT, {}, householdsCsv(kupangHouseholds(1, 400)), bontang);
    expect(foreign.data?.importHouseholds).toMatchObject({
      __typename: 'ImportRejected',
      errorCount: 1,
      errors: [{ row: 2, column: 'Kode Desa/Kelurahan', code: 'import/region_out_of_scope' }],
    });
    expect(foreign.data?.importHouseholds?.errorsCsv).toContain('import/region_out_of_scope');

    const mayor = (await loginAs(app, 'walikota.kupang', 'rahasia-walikota-2026')).cookie;
    expect((await upload(IMPORT, {}, file, mayor)).errors?.[0]?.extensions?.code).toBe('auth/forbidden');
    expect((await upload(IMPORT, {}, file)).errors?.[0]?.extensions?.code).toBe('auth/unauthenticated');
  });

  it('says plainly when a file cannot be read or misses a column', async () => {
    const kupang = (await loginAs(app, 'admin.kupang', 'rahasia-kupang-2026')).cookie;
    const old = await upload(IMPORT, {}, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 1, 2, 3]), kupang);
    expect(old.data?.importHouseholds).toMatchObject({
      __typename: 'ImportRejected',
      errors: [{ row: 1, code: 'import/unreadable_file' }],
    });
    const noMembers = await upload(
      IMPORT,
      {},
      new Uint8Array(Buffer.from('ID Keluarga;Kode Kelurahan;Desil\nA1;53.71.01.1001;1\n')),
      kupang,
    );
    expect(noMembers.data?.importHouseholds).toMatchObject({
      __typename: 'ImportRejected',
      errors: [{ row: 1, column: 'Jumlah Anggota Keluarga', code: 'import/column_missing' }],
    });
  });

  it('previews the columns it found and the first rows, personal data masked', async () => {
    const kupang = (await loginAs(app, 'admin.kupang', 'rahasia-kupang-2026')).cookie;
    const PREVIEW = `mutation ($file: File!) { previewImport(kind: HOUSEHOLDS, file: $file) {
      ... on MutationPreviewImportSuccess { data { format rows header missing unused mapping { field column } sample { row cells } } } } }`;
    const result = await upload(PREVIEW, {}, householdsCsv(kupangHouseholds(12)), kupang);
    const preview = result.data?.previewImport?.data as {
      format: string;
      rows: number;
      mapping: { field: string; column: string | null }[];
      sample: { row: number; cells: string[] }[];
      missing: string[];
    };
    expect(preview.format).toBe('CSV (;) Windows-1252');
    expect(preview.rows).toBe(12);
    expect(preview.missing).toEqual([]);
    expect(preview.mapping.find((m) => m.field === 'nik')?.column).toBe('NIK Kepala Keluarga');
    expect(preview.sample).toHaveLength(5);
    expect(preview.sample[0]!.cells.slice(0, 4)).toEqual(['P3KE-5371-000000', '5371011001', '**************00', 'K. K. 0.']);
  });
});
