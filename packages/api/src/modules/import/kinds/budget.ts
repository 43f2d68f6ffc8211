// Monthly realisasi per program as the finance system (SIPD) exports it: cumulative ("s.d. bulan
// ini") or for the month alone ("bulan ini"), which is added up month by month. The figures are
// written as approved reports of those months: the finance system is the record of spending. An
// OPD's own output and beneficiary figures stay unless the file gives them.
import type { RawQuery } from '../../../db.js';
import { type ImportCounts, type ImportKindSpec, ImportRowsError, type RowError } from '../importer.js';
import type { FieldSpec } from '../mapping.js';
import { parseRegionCode, parseRupiah, parseText, parseWhole } from '../values.js';
import { IMPORT_PROGRAM_NOT_FOUND } from './benefits.js';
import { checkScope } from './scope.js';

export const IMPORT_REALISASI_MISSING = 'import/realisasi_missing';
export const IMPORT_REALISASI_ABOVE_PAGU = 'import/realisasi_above_pagu';
export const IMPORT_REALISASI_DECREASES = 'import/realisasi_decreases';
export const IMPORT_DUPLICATE_MONTH = 'import/duplicate_month';

const FIELDS: readonly FieldSpec[] = [
  {
    key: 'regionCode',
    header: 'Kode Wilayah',
    aliases: ['kode_wilayah', 'Kode Pemda', 'Kode Kab/Kota'],
    required: true,
    description: 'Kemendagri code of the kabupaten/kota.',
    example: '53.71',
  },
  {
    key: 'year',
    header: 'Tahun',
    aliases: ['Tahun Anggaran', 'tahun_anggaran'],
    required: true,
    description: 'Fiscal year.',
    example: '2026',
  },
  {
    key: 'programCode',
    header: 'Kode Program',
    aliases: ['kode_program', 'Kode Kegiatan', 'Kode Sub Kegiatan'],
    required: true,
    description: "The program's code (programs: Kode Program).",
    example: 'K1-BLT-2026',
  },
  { key: 'month', header: 'Bulan', aliases: ['bulan', 'Periode'], required: true, description: 'Month 1–12.', example: '10' },
  {
    key: 'realisasiCumulative',
    header: 'Realisasi s.d. Bulan Ini',
    aliases: ['Realisasi Kumulatif', 'realisasi_kumulatif', 'Realisasi sd Bulan Ini', 'Realisasi', 'Total Realisasi'],
    required: false,
    description: 'Realised spending from January to the end of the month, whole rupiah. Give this or Realisasi Bulan Ini.',
    example: '5.700.000.000',
  },
  {
    key: 'realisasiMonth',
    header: 'Realisasi Bulan Ini',
    aliases: ['realisasi_bulan_ini', 'Realisasi Periode Ini'],
    required: false,
    description: "Realised spending in the month alone; added to the months before (those in the file, or Pantau's approved figure).",
    example: '',
  },
  {
    key: 'output',
    header: 'Output Kumulatif',
    aliases: ['output_kumulatif', 'Capaian Output'],
    required: false,
    description: 'Cumulative output, in the program’s unit; kept from the OPD’s report when blank.',
    example: '',
  },
  {
    key: 'beneficiaries',
    header: 'Penerima Kumulatif (KK)',
    aliases: ['Penerima Kumulatif', 'penerima_kumulatif'],
    required: false,
    description: 'Cumulative beneficiary households; kept from the OPD’s report when blank.',
    example: '',
  },
];

interface BudgetRecord {
  line: number;
  regionCode: string;
  programId: number;
  pagu: bigint;
  month: number;
  cumulative?: bigint;
  monthly?: bigint;
  output?: number;
  beneficiaries?: number;
}

export const budgetImport: ImportKindSpec<BudgetRecord> = {
  kind: 'budget',
  fields: async () => FIELDS,
  async validate(rows, ctx) {
    const programs = new Map(
      (
        await ctx.db.raw<{ id: number; region_code: string; fiscal_year: number; code: string; pagu: string }>(
          'SELECT id, region_code, fiscal_year, code, pagu::text AS pagu FROM program',
        )
      ).map((p) => [`${p.region_code}|${p.fiscal_year}|${p.code}`, p]),
    );
    const seen = new Map<string, number>();
    const records: BudgetRecord[] = [];
    for (const row of rows) {
      const regionCode = row.read('regionCode', parseRegionCode);
      const year = row.read('year', (raw) => parseWhole(raw, 2000, 2100));
      const code = row.read('programCode', (raw) => parseText(raw, 40));
      const month = row.read('month', (raw) => parseWhole(raw, 1, 12));
      const cumulative = row.read('realisasiCumulative', parseRupiah);
      const monthly = row.read('realisasiMonth', parseRupiah);
      const output = row.read('output', (raw) => parseWhole(raw, 0, 100_000_000));
      const beneficiaries = row.read('beneficiaries', (raw) => parseWhole(raw, 0, 100_000_000));
      if (row.failed || !regionCode || !year || !code || !month) continue;
      if (!checkScope(row, 'regionCode', ctx.actor, regionCode)) continue;
      if (cumulative === undefined && monthly === undefined) {
        row.fail('realisasiCumulative', IMPORT_REALISASI_MISSING, 'give Realisasi s.d. Bulan Ini or Realisasi Bulan Ini');
        continue;
      }
      const program = programs.get(`${regionCode}|${year}|${code}`);
      if (!program) {
        row.fail(
          'programCode',
          IMPORT_PROGRAM_NOT_FOUND,
          `no program with this code in ${regionCode} for ${year} (import the programs first)`,
        );
        continue;
      }
      const key = `${program.id}|${month}`;
      if (seen.has(key)) {
        row.fail('month', IMPORT_DUPLICATE_MONTH, `the same program and month is already in row ${seen.get(key)}`);
        continue;
      }
      seen.set(key, row.line);
      records.push({
        line: row.line,
        regionCode,
        programId: program.id,
        pagu: BigInt(program.pagu),
        month,
        ...(cumulative !== undefined ? { cumulative } : {}),
        ...(monthly !== undefined ? { monthly } : {}),
        ...(output !== undefined ? { output } : {}),
        ...(beneficiaries !== undefined ? { beneficiaries } : {}),
      });
    }
    return records;
  },
  async write(raw: RawQuery, records, ctx) {
    const programIds = [...new Set(records.map((r) => r.programId))];
    const counts: ImportCounts = {
      created: 0,
      updated: 0,
      unchanged: 0,
      notes: [],
      regions: [...new Set(records.map((r) => r.regionCode))],
      programIds,
    };
    const reports = await raw<{
      program_id: number;
      month: number;
      realisasi: string;
      status: string;
      output_cumulative: number;
      beneficiaries_cumulative: number;
    }>(
      `SELECT program_id, month, realisasi::text AS realisasi, status::text AS status, output_cumulative, beneficiaries_cumulative
       FROM progress_report WHERE program_id = ANY($1::int[])`,
      [programIds],
    );
    const report = new Map(reports.map((r) => [`${r.program_id}|${r.month}`, r]));
    const errors: RowError[] = [];
    for (const programId of programIds) {
      // Month by month: a monthly figure adds to the cumulative before it; the S-curve never goes down.
      const rows = records.filter((r) => r.programId === programId).sort((a, b) => a.month - b.month);
      const approved = new Map(
        reports.filter((r) => r.program_id === programId && r.status === 'APPROVED').map((r) => [r.month, BigInt(r.realisasi)]),
      );
      const fromFile = new Map<number, bigint>();
      const cumulativeBefore = (month: number): bigint => {
        for (let m = month - 1; m >= 1; m--) {
          const v = fromFile.get(m) ?? approved.get(m);
          if (v !== undefined) return v;
        }
        return 0n;
      };
      for (const r of rows) {
        const before = cumulativeBefore(r.month);
        const cumulative = r.cumulative ?? before + r.monthly!;
        const fail = (code: string, message: string) =>
          errors.push({
            line: r.line,
            column: r.cumulative !== undefined ? 'Realisasi s.d. Bulan Ini' : 'Realisasi Bulan Ini',
            code,
            message,
            value: cumulative.toString(),
          });
        if (cumulative > r.pagu) fail(IMPORT_REALISASI_ABOVE_PAGU, `Rp${cumulative} is above the program's pagu of Rp${r.pagu}`);
        else if (cumulative < before)
          fail(IMPORT_REALISASI_DECREASES, `is cumulative and must not be below the month before (Rp${before})`);
        fromFile.set(r.month, cumulative);
        const existing = report.get(`${programId}|${r.month}`);
        const output = r.output ?? existing?.output_cumulative ?? 0;
        const beneficiaries = r.beneficiaries ?? existing?.beneficiaries_cumulative ?? 0;
        if (
          existing?.status === 'APPROVED' &&
          BigInt(existing.realisasi) === cumulative &&
          existing.output_cumulative === output &&
          existing.beneficiaries_cumulative === beneficiaries
        ) {
          counts.unchanged++;
          continue;
        }
        if (existing) counts.updated++;
        else counts.created++;
        await raw(
          `INSERT INTO progress_report (program_id, month, realisasi, output_cumulative, beneficiaries_cumulative, status,
                                        submitted_at, reviewed_at, reviewed_by_id, review_comment, synthetic, updated_at)
           VALUES ($1, $2, $3::bigint, $4, $5, 'APPROVED', now(), now(), $6, $7, false, now())
           ON CONFLICT (program_id, month) DO UPDATE SET
             realisasi = EXCLUDED.realisasi, output_cumulative = EXCLUDED.output_cumulative,
             beneficiaries_cumulative = EXCLUDED.beneficiaries_cumulative, status = 'APPROVED',
             reviewed_at = now(), reviewed_by_id = EXCLUDED.reviewed_by_id, review_comment = EXCLUDED.review_comment, updated_at = now()`,
          [
            programId,
            r.month,
            cumulative.toString(),
            output,
            beneficiaries,
            ctx.actor.userId,
            `Diimpor dari ${ctx.fileName}`.slice(0, 500),
          ],
        );
      }
    }
    if (errors.length > 0) throw new ImportRowsError(errors);
    return counts;
  },
  regions: (records) => [...new Set(records.map((r) => r.regionCode))],
};
