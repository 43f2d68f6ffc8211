// Who received which program: one row per household, program and period. A household is found by
// its source id (the ID Keluarga of its registry import), a program by its code in the household's
// kabupaten/kota and the year. Importing the same rows again changes nothing.
import type { RawQuery } from '../../../db.js';
import { bulkInsert } from '../../../seed/bulk.js';
import { type ImportCounts, type ImportKindSpec, regencyOf } from '../importer.js';
import type { FieldSpec } from '../mapping.js';
import { parseRupiah, parseText, parseWhole } from '../values.js';
import { checkScope } from './scope.js';

export const IMPORT_HOUSEHOLD_NOT_FOUND = 'import/household_not_found';
export const IMPORT_HOUSEHOLD_AMBIGUOUS = 'import/household_ambiguous';
export const IMPORT_PROGRAM_NOT_FOUND = 'import/program_not_found';
export const IMPORT_DUPLICATE_BENEFIT = 'import/duplicate_benefit';

const FIELDS: readonly FieldSpec[] = [
  {
    key: 'householdKey',
    header: 'ID Keluarga',
    aliases: ['ID Keluarga P3KE', 'id_keluarga', 'No KK', 'Nomor KK', 'ID Keluarga DTSEN', 'ID DTSEN'],
    required: true,
    description: 'The household id as in its registry import (households: ID Keluarga).',
    example: 'P3KE-5371-000123',
  },
  {
    key: 'programCode',
    header: 'Kode Program',
    aliases: ['kode_program', 'Program'],
    required: true,
    description: "The program's code in the household's kabupaten/kota and year (programs: Kode Program).",
    example: 'K1-BLT-2026',
  },
  {
    key: 'year',
    header: 'Tahun',
    aliases: ['Tahun Anggaran', 'tahun_anggaran', 'year'],
    required: true,
    description: 'Fiscal year.',
    example: '2026',
  },
  {
    key: 'month',
    header: 'Bulan',
    aliases: ['bulan', 'Bulan Penyaluran', 'month'],
    required: false,
    description: 'Month of the disbursement, 1–12; blank or 0 for a one-off or annual benefit.',
    example: '3',
  },
  {
    key: 'amount',
    header: 'Nilai Bantuan',
    aliases: ['Nilai Bantuan (Rp)', 'Nilai', 'Nominal', 'Jumlah Bantuan', 'nilai_bantuan', 'amount'],
    required: true,
    description: 'Value received, whole rupiah (`600.000`).',
    example: '600.000',
  },
];

interface BenefitRecord {
  householdId: number;
  regency: string;
  programId: number;
  year: number;
  month: number;
  amount: bigint;
}

export const benefitsImport: ImportKindSpec<BenefitRecord> = {
  kind: 'benefits',
  fields: async () => FIELDS,
  async validate(rows, ctx) {
    const keys = [...new Set(rows.map((r) => r.text('householdKey').replace(/^'/, '')).filter(Boolean))];
    const households = new Map<string, { id: number; kelurahan_code: string }[]>();
    for (const h of await ctx.db.raw<{ id: number; source_key: string; kelurahan_code: string }>(
      'SELECT id, source_key, kelurahan_code FROM household WHERE source_key = ANY($1::text[])',
      [keys],
    )) {
      households.set(h.source_key, [...(households.get(h.source_key) ?? []), h]);
    }
    const programs = new Map(
      (
        await ctx.db.raw<{ id: number; region_code: string; fiscal_year: number; code: string }>(
          'SELECT id, region_code, fiscal_year, code FROM program',
        )
      ).map((p) => [`${p.region_code}|${p.fiscal_year}|${p.code}`, p.id]),
    );
    const seen = new Map<string, number>();
    const records: BenefitRecord[] = [];
    for (const row of rows) {
      const key = row.read('householdKey', (raw) => parseText(raw.replace(/^'/, ''), 64));
      const code = row.read('programCode', (raw) => parseText(raw, 40));
      const year = row.read('year', (raw) => parseWhole(raw, 2000, 2100));
      const month = row.read('month', (raw) => parseWhole(raw, 0, 12), 0);
      const amount = row.read('amount', parseRupiah);
      if (row.failed || !key || !code || year === undefined || month === undefined || amount === undefined) continue;
      const matches = households.get(key) ?? [];
      if (matches.length === 0) {
        row.fail('householdKey', IMPORT_HOUSEHOLD_NOT_FOUND, 'no household with this id (import the households first)');
        continue;
      }
      if (matches.length > 1) {
        row.fail('householdKey', IMPORT_HOUSEHOLD_AMBIGUOUS, 'two registries use this id; rename one source id');
        continue;
      }
      const household = matches[0]!;
      if (!checkScope(row, 'householdKey', ctx.actor, household.kelurahan_code)) continue;
      const regency = regencyOf(household.kelurahan_code);
      const programId = programs.get(`${regency}|${year}|${code}`);
      if (programId === undefined) {
        row.fail(
          'programCode',
          IMPORT_PROGRAM_NOT_FOUND,
          `no program with this code in ${regency} for ${year} (import the programs first)`,
        );
        continue;
      }
      const dedupe = `${household.id}|${programId}|${month}`;
      if (seen.has(dedupe)) {
        row.fail('householdKey', IMPORT_DUPLICATE_BENEFIT, `the same household, program and month is already in row ${seen.get(dedupe)}`);
        continue;
      }
      seen.set(dedupe, row.line);
      records.push({ householdId: household.id, regency, programId, year, month, amount });
    }
    return records;
  },
  async write(raw: RawQuery, records) {
    const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0, notes: [], regions: [...new Set(records.map((r) => r.regency))] };
    const programIds = [...new Set(records.map((r) => r.programId))];
    const existing = new Map(
      (
        await raw<{ id: number; household_id: number; program_id: number; month: number; amount: string }>(
          'SELECT id, household_id, program_id, month, amount::text AS amount FROM benefit WHERE program_id = ANY($1::int[])',
          [programIds],
        )
      ).map((b) => [`${b.household_id}|${b.program_id}|${b.month}`, b]),
    );
    const fresh: BenefitRecord[] = [];
    const changed: { id: number; amount: bigint }[] = [];
    for (const r of records) {
      const before = existing.get(`${r.householdId}|${r.programId}|${r.month}`);
      if (!before) fresh.push(r);
      else if (BigInt(before.amount) !== r.amount) changed.push({ id: before.id, amount: r.amount });
      else counts.unchanged++;
    }
    counts.created = fresh.length;
    counts.updated = changed.length;
    await bulkInsert(
      { raw },
      'benefit',
      [
        { name: 'household_id', type: 'int' },
        { name: 'program_id', type: 'int' },
        { name: 'fiscal_year', type: 'int' },
        { name: 'month', type: 'int' },
        { name: 'amount', type: 'bigint' },
      ],
      fresh.map((r) => [r.householdId, r.programId, r.year, r.month, r.amount]),
    );
    if (changed.length > 0) {
      await raw('UPDATE benefit b SET amount = u.amount FROM unnest($1::int[], $2::bigint[]) AS u(id, amount) WHERE b.id = u.id', [
        changed.map((c) => c.id),
        changed.map((c) => c.amount.toString()),
      ]);
    }
    return counts;
  },
  regions: (records) => [...new Set(records.map((r) => r.regency))],
};
