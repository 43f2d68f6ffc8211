// Programs of a fiscal year as the secretariat plans them: OPD, cluster, pagu, the monthly
// disbursement plan and the targets. An OPD or cluster the kabupaten/kota does not have yet is
// created (and said so); a program already there (same code, region and year) is updated.
import type { RawQuery } from '../../../db.js';
import type { ImportCounts, ImportKindSpec, RowReader } from '../importer.js';
import type { FieldSpec } from '../mapping.js';
import { choices, parseChoice, parseRegionCode, parseRupiah, parseText, parseWhole, regionCodeDepth } from '../values.js';
import { IMPORT_REGION_NOT_FOUND } from './indicators.js';
import { checkScope } from './scope.js';

export const IMPORT_NOT_A_REGENCY = 'import/not_a_kabupaten_kota';
export const IMPORT_PLAN_DECREASES = 'import/plan_decreases';
export const IMPORT_PLAN_ABOVE_PAGU = 'import/plan_above_pagu';
export const IMPORT_DUPLICATE_PROGRAM = 'import/duplicate_program';

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

/** The standard cluster names (Perpres 15/2010), for clusters an import creates. */
export const CLUSTER_NAMES = [
  'Bantuan sosial terpadu berbasis keluarga',
  'Pemberdayaan masyarakat',
  'Pemberdayaan usaha ekonomi mikro dan kecil',
  'Program pro-rakyat lainnya',
];

type TargetGroup = 'EXTREME_POOR' | 'POOR' | 'DESIL_1_2' | 'DESIL_1_4' | 'ALL_REGISTERED';
const TARGET_GROUPS = choices<TargetGroup>([
  ['EXTREME_POOR', ['Miskin Ekstrem', 'KK Miskin Ekstrem', 'Extreme Poor']],
  ['POOR', ['Miskin', 'Miskin dan Miskin Ekstrem', 'Poor']],
  ['DESIL_1_2', ['Desil 1-2', 'Desil 1 2', 'Desil 1–2']],
  ['DESIL_1_4', ['Desil 1-4', 'Desil 1 4', 'Desil 1–4', 'P3KE']],
  ['ALL_REGISTERED', ['Semua', 'Semua Terdaftar', 'Seluruh KK Terdaftar', 'All']],
]);

const FIELDS: readonly FieldSpec[] = [
  {
    key: 'regionCode',
    header: 'Kode Wilayah',
    aliases: ['kode_wilayah', 'Kode Kab/Kota', 'Kode Kabupaten/Kota'],
    required: true,
    description: 'Kemendagri code of the kabupaten/kota (`53.71`).',
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
    key: 'code',
    header: 'Kode Program',
    aliases: ['kode_program', 'Kode Kegiatan', 'Kode Sub Kegiatan'],
    required: true,
    description: 'Code of the program, unique in the kabupaten/kota and year, up to 40 characters.',
    example: 'K1-BLT-2026',
  },
  {
    key: 'name',
    header: 'Nama Program',
    aliases: ['nama_program', 'Nama Kegiatan', 'Program'],
    required: true,
    description: 'Name, up to 200 characters.',
    example: 'Bantuan langsung tunai miskin ekstrem',
  },
  {
    key: 'opd',
    header: 'OPD',
    aliases: ['Nama OPD', 'Perangkat Daerah', 'SKPD', 'nama_opd', 'Pelaksana'],
    required: true,
    description: 'Name of the OPD (or partner) that runs it; created when the kabupaten/kota has none of that name.',
    example: 'Dinas Sosial',
  },
  {
    key: 'opdShortName',
    header: 'Singkatan OPD',
    aliases: ['singkatan_opd', 'Singkatan'],
    required: false,
    description: "The OPD's short name (`DINSOS`); the name itself when blank.",
    example: 'DINSOS',
  },
  {
    key: 'cluster',
    header: 'Klaster',
    aliases: ['klaster', 'Cluster', 'Nomor Klaster'],
    required: true,
    description: 'TKPKD cluster 1–4.',
    example: '1',
  },
  {
    key: 'pagu',
    header: 'Pagu',
    aliases: ['Pagu Anggaran', 'pagu_anggaran', 'Anggaran', 'Pagu (Rp)'],
    required: true,
    description: 'Budget ceiling, whole rupiah (`7.480.000.000`).',
    example: '7.480.000.000',
  },
  {
    key: 'outputUnit',
    header: 'Satuan Output',
    aliases: ['satuan_output', 'Satuan'],
    required: true,
    description: 'What one unit of output is (`KK`, `unit rumah`).',
    example: 'KK',
  },
  {
    key: 'outputTarget',
    header: 'Target Output',
    aliases: ['target_output', 'Target Volume'],
    required: true,
    description: 'Output target for the year.',
    example: '7500',
  },
  {
    key: 'beneficiaryTarget',
    header: 'Target Penerima (KK)',
    aliases: ['Target Penerima', 'target_penerima', 'Target KK'],
    required: true,
    description: 'Beneficiary households the program means to reach.',
    example: '7500',
  },
  {
    key: 'targetGroup',
    header: 'Kelompok Sasaran',
    aliases: ['kelompok_sasaran', 'Sasaran'],
    required: true,
    description:
      'Miskin Ekstrem, Miskin, Desil 1-2, Desil 1-4 or Semua: who the program is meant for (targeting accuracy is measured against it).',
    example: 'Miskin Ekstrem',
  },
  ...MONTHS.map((month, i) => ({
    key: `plan${i + 1}`,
    header: `Rencana s.d. ${month}`,
    aliases: [`Rencana ${month}`, `Rencana ${MONTHS_SHORT[i]}`, `rencana_${i + 1}`, `Rencana Kumulatif ${month}`],
    required: false,
    description: `Planned cumulative disbursement to the end of ${month}, whole rupiah. When every month is blank, the plan spreads the pagu evenly.`,
    example: i === 11 ? '7.480.000.000' : '',
  })),
];

interface ProgramRecord {
  line: number;
  regionCode: string;
  year: number;
  code: string;
  name: string;
  opd: string;
  opdShortName: string;
  cluster: number;
  pagu: bigint;
  outputUnit: string;
  outputTarget: number;
  beneficiaryTarget: number;
  targetGroup: TargetGroup;
  /** Cumulative rupiah planned by the end of each month, January first. */
  plan: bigint[];
  evenPlan: boolean;
}

export const programsImport: ImportKindSpec<ProgramRecord> = {
  kind: 'programs',
  fields: async () => FIELDS,
  async validate(rows, ctx) {
    const regencies = new Set(
      (await ctx.db.raw<{ code: string }>("SELECT code FROM region WHERE level = 'KABUPATEN_KOTA'")).map((r) => r.code),
    );
    const seen = new Map<string, number>();
    const records: ProgramRecord[] = [];
    for (const row of rows) {
      const record = readProgram(row, regencies);
      if (!record || !checkScope(row, 'regionCode', ctx.actor, record.regionCode)) continue;
      const key = `${record.regionCode}|${record.year}|${record.code}`;
      if (seen.has(key)) {
        row.fail('code', IMPORT_DUPLICATE_PROGRAM, `the same program is already in row ${seen.get(key)}`);
        continue;
      }
      seen.set(key, row.line);
      records.push(record);
    }
    return records;
  },
  write: writePrograms,
  regions: (records) => [...new Set(records.map((r) => r.regionCode))],
};

function readProgram(row: RowReader, regencies: ReadonlySet<string>): ProgramRecord | null {
  const regionCode = row.read('regionCode', parseRegionCode);
  if (regionCode !== undefined && regionCodeDepth(regionCode) !== 2)
    row.fail('regionCode', IMPORT_NOT_A_REGENCY, 'must be a kabupaten/kota code (`53.71`)');
  else if (regionCode !== undefined && !regencies.has(regionCode))
    row.fail('regionCode', IMPORT_REGION_NOT_FOUND, 'is not a kabupaten/kota in Pantau');
  const year = row.read('year', (raw) => parseWhole(raw, 2000, 2100));
  const code = row.read('code', (raw) => parseText(raw, 40));
  const name = row.read('name', (raw) => parseText(raw, 200));
  const opd = row.read('opd', (raw) => parseText(raw, 120));
  const opdShortName = row.read('opdShortName', (raw) => parseText(raw, 40));
  const cluster = row.read('cluster', (raw) => parseWhole(raw.replace(/^klaster\s*/i, ''), 1, 4));
  const pagu = row.read('pagu', parseRupiah);
  const outputUnit = row.read('outputUnit', (raw) => parseText(raw, 60));
  const outputTarget = row.read('outputTarget', (raw) => parseWhole(raw, 0, 100_000_000));
  const beneficiaryTarget = row.read('beneficiaryTarget', (raw) => parseWhole(raw, 0, 100_000_000));
  const targetGroup = row.read('targetGroup', (raw) =>
    parseChoice(raw, TARGET_GROUPS, 'target group (Miskin Ekstrem, Miskin, Desil 1-2, Desil 1-4, Semua)'),
  );
  const months = Array.from({ length: 12 }, (_, i) => row.read(`plan${i + 1}`, parseRupiah));
  if (row.failed || !regionCode || !year || !code || !name || !opd || cluster === undefined || pagu === undefined) return null;
  if (!outputUnit || outputTarget === undefined || beneficiaryTarget === undefined || !targetGroup) return null;
  const given = months.some((m) => m !== undefined);
  let plan: bigint[];
  if (!given) plan = Array.from({ length: 12 }, (_, i) => (pagu * BigInt(i + 1)) / 12n);
  else {
    // A blank month carries the last planned figure forward.
    let last = 0n;
    plan = months.map((m) => (last = m ?? last));
    for (let i = 1; i < 12; i++) {
      if (plan[i]! < plan[i - 1]!) {
        row.fail(`plan${i + 1}`, IMPORT_PLAN_DECREASES, `is cumulative and must not be below ${MONTHS[i - 1]}'s plan`);
        return null;
      }
    }
    if (plan[11]! > pagu) {
      row.fail('plan12', IMPORT_PLAN_ABOVE_PAGU, 'is above the pagu');
      return null;
    }
  }
  return {
    line: row.line,
    regionCode,
    year,
    code,
    name,
    opd,
    opdShortName: opdShortName || opd.slice(0, 40),
    cluster,
    pagu,
    outputUnit,
    outputTarget,
    beneficiaryTarget,
    targetGroup,
    plan,
    evenPlan: !given,
  };
}

async function writePrograms(raw: RawQuery, records: readonly ProgramRecord[]): Promise<ImportCounts> {
  const counts: ImportCounts = {
    created: 0,
    updated: 0,
    unchanged: 0,
    notes: [],
    regions: [...new Set(records.map((r) => r.regionCode))],
    programIds: [],
  };
  const opdIds = await ensureOpds(raw, records, counts);
  const clusterIds = await ensureClusters(raw, records, counts);
  const spread = records.filter((r) => r.evenPlan).length;
  if (spread > 0) counts.notes.push(`${spread} program(s) without a monthly plan: the pagu is spread evenly`);
  for (const r of records) {
    const opdId = opdIds.get(`${r.regionCode}|${r.opdShortName}`)!;
    const clusterId = clusterIds.get(`${r.regionCode}|${r.cluster}`)!;
    const [before] = await raw<{ id: number; same: boolean }>(
      `SELECT id, (name, opd_id, cluster_id, pagu, output_unit, output_target, beneficiary_target, target_group::text)
                  IS NOT DISTINCT FROM ($4, $5::int, $6::int, $7::bigint, $8, $9::int, $10::int, $11) AS same
       FROM program WHERE region_code = $1 AND fiscal_year = $2 AND code = $3`,
      [
        r.regionCode,
        r.year,
        r.code,
        r.name,
        opdId,
        clusterId,
        r.pagu.toString(),
        r.outputUnit,
        r.outputTarget,
        r.beneficiaryTarget,
        r.targetGroup,
      ],
    );
    const [plan] = before
      ? await raw<{ same: boolean }>(
          'SELECT array_agg(planned_cumulative::text ORDER BY month) = $2::text[] AS same FROM program_monthly_plan WHERE program_id = $1',
          [before.id, r.plan.map(String)],
        )
      : [];
    if (before?.same && plan?.same) {
      counts.unchanged++;
      continue;
    }
    const [{ id } = { id: 0 }] = await raw<{ id: number }>(
      `INSERT INTO program (region_code, fiscal_year, opd_id, cluster_id, code, name, pagu, output_unit, output_target, beneficiary_target, target_group, synthetic)
       VALUES ($1, $2, $3, $4, $5, $6, $7::bigint, $8, $9, $10, $11::"TargetGroup", false)
       ON CONFLICT (region_code, fiscal_year, code) DO UPDATE SET
         opd_id = EXCLUDED.opd_id, cluster_id = EXCLUDED.cluster_id, name = EXCLUDED.name, pagu = EXCLUDED.pagu,
         output_unit = EXCLUDED.output_unit, output_target = EXCLUDED.output_target,
         beneficiary_target = EXCLUDED.beneficiary_target, target_group = EXCLUDED.target_group
       RETURNING id`,
      [
        r.regionCode,
        r.year,
        opdId,
        clusterId,
        r.code,
        r.name,
        r.pagu.toString(),
        r.outputUnit,
        r.outputTarget,
        r.beneficiaryTarget,
        r.targetGroup,
      ],
    );
    await raw('DELETE FROM program_monthly_plan WHERE program_id = $1', [id]);
    await raw(
      `INSERT INTO program_monthly_plan (program_id, month, planned_cumulative)
       SELECT $1, m, p FROM unnest($2::int[], $3::bigint[]) AS u(m, p)`,
      [id, r.plan.map((_, i) => i + 1), r.plan.map(String)],
    );
    if (before) counts.updated++;
    else counts.created++;
    counts.programIds!.push(id);
  }
  return counts;
}

async function ensureOpds(raw: RawQuery, records: readonly ProgramRecord[], counts: ImportCounts): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  let created = 0;
  for (const r of records) {
    const key = `${r.regionCode}|${r.opdShortName}`;
    if (ids.has(key)) continue;
    const [found] = await raw<{ id: number }>(
      'SELECT id FROM opd WHERE region_code = $1 AND (lower(short_name) = lower($2) OR lower(name) = lower($3)) ORDER BY id LIMIT 1',
      [r.regionCode, r.opdShortName, r.opd],
    );
    if (found) ids.set(key, found.id);
    else {
      const [row] = await raw<{ id: number }>(
        `INSERT INTO opd (region_code, name, short_name, kind) VALUES ($1, $2, $3, $4::"OrganisationKind") RETURNING id`,
        [
          r.regionCode,
          r.opd,
          r.opdShortName,
          /^(dinas|badan|kantor|bagian|sekretariat|inspektorat|satuan|rsud|kecamatan)\b/i.test(r.opd) ? 'OPD' : 'PARTNER',
        ],
      );
      ids.set(key, row!.id);
      created++;
    }
  }
  if (created > 0) counts.notes.push(`${created} OPD(s) created`);
  return ids;
}

async function ensureClusters(raw: RawQuery, records: readonly ProgramRecord[], counts: ImportCounts): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  let created = 0;
  for (const r of records) {
    const key = `${r.regionCode}|${r.cluster}`;
    if (ids.has(key)) continue;
    const [found] = await raw<{ id: number }>('SELECT id FROM cluster WHERE region_code = $1 AND number = $2', [r.regionCode, r.cluster]);
    if (found) ids.set(key, found.id);
    else {
      const [row] = await raw<{ id: number }>(
        `INSERT INTO cluster (region_code, number, name, head_title) VALUES ($1, $2, $3, 'Ketua Klaster') RETURNING id`,
        [r.regionCode, r.cluster, CLUSTER_NAMES[r.cluster - 1]],
      );
      ids.set(key, row!.id);
      created++;
    }
  }
  if (created > 0) counts.notes.push(`${created} cluster(s) created`);
  return ids;
}
