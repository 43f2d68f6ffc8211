// The other kinds a secretariat imports: programs (with their OPDs and clusters), who received
// them, the monthly realisation from the finance system, and BPS tables.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.js';
import { householdsCsv, kupangHouseholds, regionsCsv } from '../../test/import-files.js';
import { errorLine, type ImportOutcome, runImport } from './import.service.js';
import type { ImportKind } from './importer.js';

let app: TestApp;
const csv = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const run = (kind: ImportKind, bytes: Uint8Array, dryRun = false) =>
  runImport(app.db, {
    kind,
    bytes,
    fileName: `${kind}.csv`,
    dryRun,
    options: { drawnOn: '2026-01-15' },
    actor: { userId: null, regionCode: null },
    clock: app.clock,
  });
const ok = (o: ImportOutcome) => {
  if (!o.ok) throw new Error(o.errors.map(errorLine).join('\n'));
  return o.summary;
};
const errors = (o: ImportOutcome) => (o.ok ? [] : o.errors.map(errorLine));
const rows = <T>(sql: string, params: unknown[] = []) => app.db.raw<T>(sql, params);

const PROGRAMS_HEADER =
  'Kode Wilayah;Tahun;Kode Program;Nama Program;OPD;Singkatan OPD;Klaster;Pagu;Satuan Output;Target Output;Target Penerima (KK);Kelompok Sasaran';

beforeAll(async () => {
  app = await createTestApp({ seeded: false, today: '2026-03-10' });
  ok(await run('regions', regionsCsv()));
  ok(await run('households', householdsCsv(kupangHouseholds(40))));
});

describe('programs', () => {
  it('creates the programs with their OPDs and clusters, spreading a missing plan evenly', async () => {
    const file = csv(
      `${PROGRAMS_HEADER};Rencana s.d. Juni;Rencana s.d. Desember\n` +
        '53.71;2026;K1-BLT;Bantuan langsung tunai miskin ekstrem;Dinas Sosial;DINSOS;1;1.200.000.000;KK;40;40;Miskin Ekstrem;600.000.000;1.200.000.000\n' +
        '53.71;2026;K4-RTLH;Bedah rumah tidak layak huni;Dinas Perumahan dan Kawasan Permukiman;PERKIM;4;Rp 480.000.000;unit rumah;12;12;Desil 1-2;;\n',
    );
    const first = ok(await run('programs', file));
    expect([first.created, first.updated, first.unchanged]).toEqual([2, 0, 0]);
    expect(first.notes).toEqual([
      '2 OPD(s) created',
      '2 cluster(s) created',
      '1 program(s) without a monthly plan: the pagu is spread evenly',
    ]);
    const plan = await rows<{ month: number; planned_cumulative: string }>(
      "SELECT month, planned_cumulative::text FROM program_monthly_plan pl JOIN program p ON p.id = pl.program_id WHERE p.code = 'K1-BLT' ORDER BY month",
    );
    // A blank month carries the last planned figure forward.
    expect(plan.map((p) => Number(p.planned_cumulative))).toEqual([0, 0, 0, 0, 0, 6e8, 6e8, 6e8, 6e8, 6e8, 6e8, 1.2e9]);
    const rtlh = await rows<{ planned_cumulative: string }>(
      "SELECT planned_cumulative::text FROM program_monthly_plan pl JOIN program p ON p.id = pl.program_id WHERE p.code = 'K4-RTLH' AND month IN (3, 12) ORDER BY month",
    );
    expect(rtlh.map((p) => Number(p.planned_cumulative))).toEqual([120_000_000, 480_000_000]);
    expect((await rows('SELECT 1 FROM budget_rollup b JOIN program p ON p.id = b.program_id WHERE p.code = $1', ['K1-BLT'])).length).toBe(
      12,
    );

    const again = ok(await run('programs', file));
    expect([again.created, again.updated, again.unchanged]).toEqual([0, 0, 2]);
  });

  it('refuses a bad cluster, a falling or oversized plan, an unknown target group and a kecamatan code', async () => {
    const outcome = await run(
      'programs',
      csv(
        `${PROGRAMS_HEADER};Rencana s.d. Juni;Rencana s.d. Desember\n` +
          '53.71;2026;K5-X;Program lima;Dinas Sosial;DINSOS;5;100.000.000;KK;1;1;Miskin;;\n' +
          '53.71;2026;K1-Y;Program turun;Dinas Sosial;DINSOS;1;100.000.000;KK;1;1;Miskin;90.000.000;80.000.000\n' +
          '53.71;2026;K1-Z;Program lebih;Dinas Sosial;DINSOS;1;100.000.000;KK;1;1;Miskin;;150.000.000\n' +
          '53.71;2026;K1-W;Program sasaran;Dinas Sosial;DINSOS;1;100.000.000;KK;1;1;Orang kaya;;\n' +
          '53.71.01;2026;K1-V;Program kecamatan;Dinas Sosial;DINSOS;1;100.000.000;KK;1;1;Miskin;;\n',
      ),
    );
    expect(errors(outcome)).toEqual([
      'row 2, column "Klaster": must be between 1 and 4 (5)',
      'row 3, column "Rencana s.d. Desember": is cumulative and must not be below November\'s plan (80.000.000)',
      'row 4, column "Rencana s.d. Desember": is above the pagu (150.000.000)',
      'row 5, column "Kelompok Sasaran": not a known target group (Miskin Ekstrem, Miskin, Desil 1-2, Desil 1-4, Semua) (Orang kaya)',
      'row 6, column "Kode Wilayah": must be a kabupaten/kota code (`53.71`) (53.71.01)',
    ]);
    expect((await rows("SELECT 1 FROM program WHERE code LIKE 'K_-_'")).length).toBe(0);
  });
});

describe('benefits', () => {
  const HEADER = 'ID Keluarga;Kode Program;Tahun;Bulan;Nilai Bantuan';
  it('records who received which program, refreshes program reach, and again changes nothing', async () => {
    const lines = kupangHouseholds(8).map((h) => `${h.id};K1-BLT;2026;3;600.000`);
    const file = csv(`${HEADER}\n${lines.join('\n')}\n`);
    const first = ok(await run('benefits', file));
    expect([first.created, first.unchanged]).toEqual([8, 0]);
    const [reach] = await rows<{ households: number; eligible: number }>(
      "SELECT SUM(r.households)::int AS households, SUM(r.eligible)::int AS eligible FROM program_reach_rollup r JOIN program p ON p.id = r.program_id WHERE p.code = 'K1-BLT'",
    );
    // Desil 1 is every fourth household: 2 of the first 8 are extreme poor, the program's target group.
    expect(reach).toEqual({ households: 8, eligible: 2 });
    expect(ok(await run('benefits', file)).unchanged).toBe(8);
    const changed = ok(await run('benefits', csv(`${HEADER}\n${kupangHouseholds(1)[0]!.id};K1-BLT;2026;3;650.000\n`)));
    expect([changed.created, changed.updated]).toEqual([0, 1]);
  });

  it('refuses an unknown household, an unknown program and the same benefit twice', async () => {
    const [h] = kupangHouseholds(1);
    const outcome = await run(
      'benefits',
      csv(`${HEADER}\nP3KE-TIDAK-ADA;K1-BLT;2026;3;1\n${h!.id};K9-TIDAK;2026;3;1\n${h!.id};K1-BLT;2026;4;1\n${h!.id};K1-BLT;2026;4;2\n`),
    );
    expect(errors(outcome)).toEqual([
      'row 2, column "ID Keluarga": no household with this id (import the households first) (P3KE-TIDAK-ADA)',
      'row 3, column "Kode Program": no program with this code in 53.71 for 2026 (import the programs first) (K9-TIDAK)',
      'row 5, column "ID Keluarga": the same household, program and month is already in row 4 (P3KE-5371-000000)',
    ]);
  });
});

describe('budget (an SIPD export)', () => {
  const HEADER = 'Kode Wilayah;Tahun;Kode Program;Bulan;Realisasi s.d. Bulan Ini;Realisasi Bulan Ini';
  it('writes the months as approved reports, adding monthly figures up, and the budget rollup follows', async () => {
    const file = csv(`${HEADER}\n53.71;2026;K1-BLT;1;100.000.000;\n53.71;2026;K1-BLT;2;;150.000.000\n53.71;2026;K4-RTLH;2;40.000.000;\n`);
    const first = ok(await run('budget', file));
    expect([first.created, first.updated]).toEqual([3, 0]);
    const reports = await rows<{ code: string; month: number; realisasi: string; status: string }>(
      `SELECT p.code, r.month, r.realisasi::text, r.status::text FROM progress_report r JOIN program p ON p.id = r.program_id ORDER BY p.code, r.month`,
    );
    expect(reports).toEqual([
      { code: 'K1-BLT', month: 1, realisasi: '100000000', status: 'APPROVED' },
      { code: 'K1-BLT', month: 2, realisasi: '250000000', status: 'APPROVED' },
      { code: 'K4-RTLH', month: 2, realisasi: '40000000', status: 'APPROVED' },
    ]);
    const [rollup] = await rows<{ realisasi: string }>(
      "SELECT b.realisasi::text FROM budget_rollup b JOIN program p ON p.id = b.program_id WHERE p.code = 'K1-BLT' AND b.month = 3",
    );
    expect(rollup?.realisasi).toBe('250000000');
    expect(ok(await run('budget', file)).unchanged).toBe(3);
  });

  it('refuses realisasi above the pagu or below the month before, and a month given twice', async () => {
    const outcome = await run(
      'budget',
      csv(
        `${HEADER}\n53.71;2026;K1-BLT;3;2.000.000.000;\n53.71;2026;K1-BLT;4;200.000.000;\n53.71;2026;K4-RTLH;5;;\n53.71;2026;K4-RTLH;6;1;\n53.71;2026;K4-RTLH;6;2;\n`,
      ),
    );
    expect(errors(outcome)).toEqual([
      'row 4, column "Realisasi s.d. Bulan Ini": give Realisasi s.d. Bulan Ini or Realisasi Bulan Ini',
      'row 6, column "Bulan": the same program and month is already in row 5 (6)',
    ]);
    const later = await run('budget', csv(`${HEADER}\n53.71;2026;K1-BLT;3;2.000.000.000;\n53.71;2026;K1-BLT;4;200.000.000;\n`));
    expect(errors(later)).toEqual([
      'row 2, column "Realisasi s.d. Bulan Ini": Rp2000000000 is above the program\'s pagu of Rp1200000000 (2000000000)',
      'row 3, column "Realisasi s.d. Bulan Ini": is cumulative and must not be below the month before (Rp2000000000) (200000000)',
    ]);
    expect((await rows('SELECT 1 FROM progress_report WHERE month IN (3, 4)')).length).toBe(0);
  });
});

describe('indicators (a BPS table)', () => {
  it('reads one column per indicator with BPS headers, and makes the named source a data source', async () => {
    const file = csv(
      'Kode Wilayah;Tahun;Persentase Penduduk Miskin;Garis Kemiskinan;Indeks Kedalaman Kemiskinan (P1);Sumber\n' +
        '53.71;2024;8,61;722.106;1,21;BPS Kota Kupang, Profil Kemiskinan Maret 2024\n' +
        '53.71;2025;8,35;748.310;;BPS Kota Kupang, Profil Kemiskinan Maret 2025\n',
    );
    const first = ok(await run('indicators', file));
    expect([first.created, first.updated]).toEqual([5, 0]);
    const values = await rows<{ indicator_code: string; year: number; value: number; source_id: string }>(
      "SELECT indicator_code, year, value, source_id FROM indicator_value WHERE region_code = '53.71' ORDER BY year, indicator_code",
    );
    expect(values.map((v) => [v.indicator_code, v.year, v.value])).toEqual([
      ['P0', 2024, 8.61],
      ['P1', 2024, 1.21],
      ['POVERTY_LINE', 2024, 722106],
      ['P0', 2025, 8.35],
      ['POVERTY_LINE', 2025, 748310],
    ]);
    expect(values[0]!.source_id).toBe('import-bps-kota-kupang-profil-kemiskinan-maret-2024');
    expect(ok(await run('indicators', file)).unchanged).toBe(5);
  });

  it('refuses a table without an indicator column, and a region Pantau does not have', async () => {
    expect(errors(await run('indicators', csv('Kode Wilayah;Tahun;Sumber;Catatan\n53.71;2025;BPS;x\n')))).toEqual([
      'row 2: no column names an indicator (e.g. Persentase Penduduk Miskin, P1, P2, Garis Kemiskinan)',
    ]);
    expect(errors(await run('indicators', csv('Kode Wilayah;Tahun;P0;Sumber\n53.99;2025;1;BPS\n53.71;20x5;1;BPS\n')))).toEqual([
      'row 2, column "Kode Wilayah": is not a region in Pantau (import the regions first) (53.99)',
      'row 3, column "Tahun": not a number (20x5)',
    ]);
  });
});
