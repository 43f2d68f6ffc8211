// The household registry as it arrives: Pantau's template or a P3KE / DTSEN extract, headers
// matched by name. Each import is a vintage of its source: households are matched to the last
// vintage by the source's own id, so a newer list says who entered, who left and whose desil or
// status changed, and those that left keep their rows (history) with the reason when the file
// gives one.
import type { RawQuery } from '../../../db.js';
import { bulkInsert } from '../../../seed/bulk.js';
import { type ImportCounts, type ImportKindSpec, type RowReader, regencyOf } from '../importer.js';
import type { FieldSpec } from '../mapping.js';
import { choices, parseChoice, parseDate, parseNik, parseRegionCode, parseText, parseWhole, parseYesNo } from '../values.js';
import { checkScope } from './scope.js';

export const IMPORT_DUPLICATE_HOUSEHOLD = 'import/duplicate_household';
export const IMPORT_KELURAHAN_NOT_FOUND = 'import/kelurahan_not_found';
export const IMPORT_STATUS_OR_DESIL = 'import/status_or_desil_required';
export const IMPORT_BAD_OPTION = 'import/bad_option';

const HOUSEHOLD_KEY_ALIASES = [
  'ID Keluarga P3KE',
  'id_keluarga',
  'No KK',
  'Nomor KK',
  'No. KK',
  'ID Keluarga DTSEN',
  'ID DTSEN',
  'id_dtsen',
];

export const HOUSEHOLD_FIELDS: readonly FieldSpec[] = [
  {
    key: 'sourceKey',
    header: 'ID Keluarga',
    aliases: HOUSEHOLD_KEY_ALIASES,
    required: true,
    description: "The source's own id of the household (P3KE family id, or the KK number): a newer vintage is matched by it.",
    example: 'P3KE-5371-000123',
  },
  {
    key: 'kelurahanCode',
    header: 'Kode Kelurahan',
    aliases: ['Kode Desa/Kelurahan', 'kode_kelurahan', 'Kode Desa', 'kode_desa', 'Kode Kelurahan/Desa', 'Kode Wilayah'],
    required: true,
    description:
      'Kemendagri code of the kelurahan/desa, dotted (`53.71.01.1001`) or as 10 digits; it must be in Pantau (import regions first).',
    example: '53.71.01.1001',
  },
  {
    key: 'nik',
    header: 'NIK Kepala Keluarga',
    aliases: ['NIK', 'nik_kepala_keluarga', 'NIK KK', 'NIK Kepala Rumah Tangga'],
    required: false,
    description:
      'NIK of the head of household, 16 digits (format the column as Text in Excel). Personal data: only ADMIN and the kelurahan operator see it.',
    example: '5371010101800001',
    personal: 'nik',
  },
  {
    key: 'headName',
    header: 'Nama Kepala Keluarga',
    aliases: ['Kepala Keluarga', 'nama_kepala_keluarga', 'Nama KK', 'Nama Kepala Rumah Tangga'],
    required: false,
    description: 'Name of the head of household, up to 120 characters. Personal data.',
    example: 'Yohanes Bria',
    personal: 'text',
  },
  {
    key: 'address',
    header: 'Alamat',
    aliases: ['alamat', 'Alamat Lengkap'],
    required: false,
    description: 'Street address, up to 250 characters. Personal data.',
    example: 'Jl. Timor Raya No. 12',
    personal: 'text',
  },
  {
    key: 'rt',
    header: 'RT',
    aliases: ['no rt', 'nomor rt'],
    required: false,
    description: 'RT number, up to 5 characters.',
    example: '003',
  },
  {
    key: 'rw',
    header: 'RW',
    aliases: ['no rw', 'nomor rw'],
    required: false,
    description: 'RW number, up to 5 characters.',
    example: '001',
  },
  {
    key: 'desil',
    header: 'Desil',
    aliases: ['Desil Kesejahteraan', 'desil_kesejahteraan', 'Desil Nasional', 'Peringkat Kesejahteraan'],
    required: false,
    description: 'National welfare decile, 1 (poorest) to 10. P3KE lists desil 1–4.',
    example: '1',
  },
  {
    key: 'memberCount',
    header: 'Jumlah Anggota Keluarga',
    aliases: ['jumlah_anggota_keluarga', 'Jumlah Anggota', 'Jumlah ART', 'Jml Anggota Keluarga', 'Anggota Keluarga'],
    required: true,
    description: 'People in the household, 1–30.',
    example: '4',
  },
  {
    key: 'perCapitaExpenditure',
    header: 'Pengeluaran per Kapita',
    aliases: ['pengeluaran_per_kapita', 'Pengeluaran per Kapita (Rp/bulan)', 'Pengeluaran Perkapita'],
    required: false,
    description: 'Rupiah per person per month (`450.000`); FGT indices are computed from it.',
    example: '350.000',
  },
  {
    key: 'povertyStatus',
    header: 'Status Kemiskinan',
    aliases: ['status_kemiskinan', 'Kategori Kemiskinan', 'Status Kesejahteraan'],
    required: false,
    description:
      'Miskin Ekstrem, Miskin, Rentan (Hampir Miskin) or Tidak Miskin. When absent, it follows from the desil: 1 extreme poor, 2 poor, 3–4 vulnerable, 5–10 not poor.',
    example: 'Miskin Ekstrem',
  },
  {
    key: 'lifecycle',
    header: 'Status Keluarga',
    aliases: ['status_keluarga', 'Keterangan', 'Status Dalam Daftar'],
    required: false,
    description:
      'Aktif (default), Graduasi, Pindah or Meninggal: a household the source marks as having left keeps its history with this reason.',
    example: 'Aktif',
  },
  {
    key: 'lacksIncome',
    header: 'Tidak Berpenghasilan',
    aliases: ['tidak_berpenghasilan', 'Tidak Punya Sumber Penghasilan', 'Tidak memiliki sumber mata pencaharian'],
    required: false,
    description: 'Local fakir-miskin indicator: no source of income (Ya/Tidak).',
    example: 'Ya',
  },
  {
    key: 'inadequateHousing',
    header: 'Rumah Tidak Layak Huni',
    aliases: ['RTLH', 'rumah_tidak_layak_huni', 'Rumah Tidak Layak'],
    required: false,
    description: 'Local fakir-miskin indicator: house not fit to live in (Ya/Tidak).',
    example: 'Ya',
  },
  {
    key: 'foodInsecure',
    header: 'Rawan Pangan',
    aliases: ['rawan_pangan', 'Tidak Dapat Memenuhi Kebutuhan Makan'],
    required: false,
    description: 'Local fakir-miskin indicator: cannot meet food needs (Ya/Tidak).',
    example: 'Tidak',
  },
  {
    key: 'noBasicServices',
    header: 'Tanpa Layanan Dasar',
    aliases: ['tanpa_layanan_dasar', 'Tidak Mampu Mengakses Layanan Dasar'],
    required: false,
    description: 'Local fakir-miskin indicator: no access to basic services (Ya/Tidak).',
    example: 'Tidak',
  },
];

type Status = 'EXTREME' | 'POOR' | 'VULNERABLE' | 'NOT_POOR';
type Lifecycle = 'ACTIVE' | 'GRADUATED' | 'MOVED' | 'DECEASED';

const STATUSES = choices<Status>([
  ['EXTREME', ['Miskin Ekstrem', 'Sangat Miskin', 'Ekstrem', 'Extreme', 'Extreme Poor', 'ME']],
  ['POOR', ['Miskin', 'Poor']],
  ['VULNERABLE', ['Rentan', 'Hampir Miskin', 'Rentan Miskin', 'Vulnerable', 'Near Poor']],
  ['NOT_POOR', ['Tidak Miskin', 'Bukan Miskin', 'Not Poor', 'Mampu']],
]);

const LIFECYCLES = choices<Lifecycle>([
  ['ACTIVE', ['Aktif', 'Active', 'Ada']],
  ['GRADUATED', ['Graduasi', 'Lulus', 'Graduated', 'Keluar Dari Kemiskinan', 'Mandiri']],
  ['MOVED', ['Pindah', 'Pindah Domisili', 'Moved']],
  ['DECEASED', ['Meninggal', 'Meninggal Dunia', 'Deceased']],
]);

export const SOURCES = ['P3KE', 'DTSEN', 'DTKS', 'LOCAL_SURVEY'] as const;
export type HouseholdSource = (typeof SOURCES)[number];

/** Poverty status from the desil alone (README: households): 1 extreme, 2 poor, 3–4 vulnerable. */
export function statusFromDesil(desil: number): Status {
  if (desil <= 1) return 'EXTREME';
  if (desil === 2) return 'POOR';
  if (desil <= 4) return 'VULNERABLE';
  return 'NOT_POOR';
}

interface HouseholdRecord {
  line: number;
  sourceKey: string;
  kelurahanCode: string;
  nik: string | null;
  headName: string | null;
  address: string | null;
  rt: string | null;
  rw: string | null;
  desil: number | null;
  memberCount: number;
  perCapitaExpenditure: number | null;
  povertyStatus: Status;
  lifecycle: Lifecycle;
  lacksIncome: boolean;
  inadequateHousing: boolean;
  foodInsecure: boolean;
  noBasicServices: boolean;
}

const blankToNull = (text: string | undefined) => (text === undefined || text === '' ? null : text);

/** The options of a household import: which registry, drawn when (default: Pantau's today). */
export function householdOptions(
  options: { source?: string | undefined; drawnOn?: string | undefined },
  today: Date,
): { ok: true; source: HouseholdSource; drawnOn: Date } | { ok: false; error: string } {
  const source = (options.source ?? 'P3KE')
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_') as HouseholdSource;
  if (!SOURCES.includes(source)) return { ok: false, error: `source must be one of ${SOURCES.join(', ')}, got "${options.source}"` };
  let drawnOn = today;
  if (options.drawnOn) {
    const parsed = parseDate(options.drawnOn);
    if (!parsed.ok) return { ok: false, error: `drawnOn: ${parsed.problem.message}` };
    if (parsed.value > today) return { ok: false, error: `drawnOn: ${options.drawnOn} is after today` };
    drawnOn = parsed.value;
  }
  return { ok: true, source, drawnOn };
}

export const householdsImport: ImportKindSpec<HouseholdRecord> = {
  kind: 'households',
  fields: async () => HOUSEHOLD_FIELDS,
  async validate(rows, ctx) {
    const options = householdOptions(ctx.options, ctx.clock.today());
    if (!options.ok) {
      rows[0]?.failRow(IMPORT_BAD_OPTION, options.error);
      return [];
    }
    const kelurahan = new Set((await ctx.db.raw<{ code: string }>("SELECT code FROM region WHERE level = 'KELURAHAN'")).map((r) => r.code));
    const seen = new Map<string, number>();
    const records: HouseholdRecord[] = [];
    for (const row of rows) {
      const record = readHousehold(row, kelurahan);
      if (!record) continue;
      if (!checkScope(row, 'kelurahanCode', ctx.actor, record.kelurahanCode)) continue;
      const first = seen.get(record.sourceKey);
      if (first !== undefined) {
        row.fail('sourceKey', IMPORT_DUPLICATE_HOUSEHOLD, `the same household id is already in row ${first}`);
        continue;
      }
      seen.set(record.sourceKey, row.line);
      records.push(record);
    }
    return records;
  },
  write: (raw, records, ctx) => writeHouseholds(raw, records, ctx),
  regions: (records) => [...new Set(records.map((r) => regencyOf(r.kelurahanCode)))],
};

function readHousehold(row: RowReader, kelurahan: ReadonlySet<string>): HouseholdRecord | null {
  const sourceKey = row.read('sourceKey', (raw) => parseText(raw.replace(/^'/, ''), 64));
  const kelurahanCode = row.read('kelurahanCode', parseRegionCode);
  if (kelurahanCode !== undefined && !kelurahan.has(kelurahanCode)) {
    row.fail('kelurahanCode', IMPORT_KELURAHAN_NOT_FOUND, 'is not a kelurahan/desa in Pantau (import the regions first)');
  }
  const nik = row.read('nik', parseNik);
  const headName = row.read('headName', (raw) => parseText(raw, 120));
  const address = row.read('address', (raw) => parseText(raw, 250));
  const rt = row.read('rt', (raw) => parseText(raw, 5));
  const rw = row.read('rw', (raw) => parseText(raw, 5));
  const desil = row.read('desil', (raw) => parseWhole(raw, 1, 10));
  const memberCount = row.read('memberCount', (raw) => parseWhole(raw, 1, 30));
  const perCapita = row.read('perCapitaExpenditure', (raw) => parseWhole(raw, 0, 100_000_000));
  const status = row.read('povertyStatus', (raw) =>
    parseChoice(raw, STATUSES, 'poverty status (Miskin Ekstrem, Miskin, Rentan, Tidak Miskin)'),
  );
  const lifecycle = row.read(
    'lifecycle',
    (raw) => parseChoice(raw, LIFECYCLES, 'household status (Aktif, Graduasi, Pindah, Meninggal)'),
    'ACTIVE',
  );
  const flags = (['lacksIncome', 'inadequateHousing', 'foodInsecure', 'noBasicServices'] as const).map((key) =>
    row.read(key, parseYesNo, false),
  );
  let povertyStatus = status;
  if (povertyStatus === undefined && row.text('povertyStatus') === '') {
    if (desil !== undefined) povertyStatus = statusFromDesil(desil);
    else if (row.text('desil') === '')
      row.fail('povertyStatus', IMPORT_STATUS_OR_DESIL, 'give the poverty status or the desil (either is enough)');
  }
  if (row.failed || sourceKey === undefined || kelurahanCode === undefined || memberCount === undefined || povertyStatus === undefined) {
    return null;
  }
  return {
    line: row.line,
    sourceKey,
    kelurahanCode,
    nik: nik ?? null,
    headName: blankToNull(headName),
    address: blankToNull(address),
    rt: blankToNull(rt),
    rw: blankToNull(rw),
    desil: desil ?? null,
    memberCount,
    perCapitaExpenditure: perCapita ?? null,
    povertyStatus,
    lifecycle: lifecycle ?? 'ACTIVE',
    lacksIncome: flags[0] ?? false,
    inadequateHousing: flags[1] ?? false,
    foodInsecure: flags[2] ?? false,
    noBasicServices: flags[3] ?? false,
  };
}

interface ExistingHousehold {
  id: number;
  source_key: string;
  kelurahan_code: string;
  rt: string | null;
  rw: string | null;
  desil: number | null;
  poverty_status: Status;
  lifecycle: Lifecycle | 'LEFT';
  member_count: number;
  per_capita_expenditure: number | null;
  lacks_income: boolean;
  inadequate_housing: boolean;
  food_insecure: boolean;
  no_basic_services: boolean;
}

const SAME_FIELDS = [
  ['kelurahan_code', 'kelurahanCode'],
  ['rt', 'rt'],
  ['rw', 'rw'],
  ['desil', 'desil'],
  ['poverty_status', 'povertyStatus'],
  ['lifecycle', 'lifecycle'],
  ['member_count', 'memberCount'],
  ['per_capita_expenditure', 'perCapitaExpenditure'],
  ['lacks_income', 'lacksIncome'],
  ['inadequate_housing', 'inadequateHousing'],
  ['food_insecure', 'foodInsecure'],
  ['no_basic_services', 'noBasicServices'],
] as const;

async function writeHouseholds(
  raw: RawQuery,
  records: readonly HouseholdRecord[],
  ctx: Parameters<ImportKindSpec<HouseholdRecord>['write']>[2],
): Promise<ImportCounts> {
  const options = householdOptions(ctx.options, ctx.clock.today());
  if (!options.ok) throw new Error(options.error);
  const { source, drawnOn } = options;
  const regencies = [...new Set(records.map((r) => regencyOf(r.kelurahanCode)))].sort();
  const counts: ImportCounts = {
    created: 0,
    updated: 0,
    unchanged: 0,
    left: 0,
    changedDesil: 0,
    changedStatus: 0,
    notes: [],
    regions: regencies,
  };

  // The same file again: nothing to do (its vintage is already there).
  const [previous] = await raw<{ id: number; drawn_on: Date }>(
    'SELECT id, drawn_on FROM registry_vintage WHERE data_source = $1::"HouseholdDataSource" AND file_sha256 = $2 ORDER BY id DESC LIMIT 1',
    [source, ctx.fileSha256],
  );
  if (previous) {
    counts.alreadyImported = true;
    counts.unchanged = records.length;
    counts.notes.push(`already imported as vintage ${previous.id}`);
    return counts;
  }

  const [vintage] = await raw<{ id: number }>(
    `INSERT INTO registry_vintage (data_source, drawn_on, region_codes, file_name, file_sha256, rows, entered, "left", changed_desil, changed_status, imported_by_id)
     VALUES ($1::"HouseholdDataSource", $2::date, $3::text[], $4, $5, $6, 0, 0, 0, 0, $7) RETURNING id`,
    [source, drawnOn.toISOString().slice(0, 10), regencies, ctx.fileName.slice(0, 200), ctx.fileSha256, records.length, ctx.actor.userId],
  );
  const vintageId = vintage!.id;

  // This source's households in the file's kabupaten/kota, and any the file names elsewhere (moved).
  const existingRows = await raw<ExistingHousehold>(
    `SELECT id, source_key, kelurahan_code, rt, rw, desil, poverty_status::text AS poverty_status, lifecycle::text AS lifecycle,
            member_count, per_capita_expenditure, lacks_income, inadequate_housing, food_insecure, no_basic_services
     FROM household
     WHERE data_source = $1::"HouseholdDataSource" AND source_key IS NOT NULL
       AND (substr(kelurahan_code, 1, 5) = ANY($2::text[]) OR source_key = ANY($3::text[]))`,
    [source, regencies, records.map((r) => r.sourceKey)],
  );
  const existing = new Map(existingRows.map((h) => [h.source_key, h]));

  const fresh: HouseholdRecord[] = [];
  const changed: { id: number; record: HouseholdRecord }[] = [];
  const matchedIds: number[] = [];
  for (const record of records) {
    const before = existing.get(record.sourceKey);
    if (!before) {
      fresh.push(record);
      continue;
    }
    existing.delete(record.sourceKey);
    matchedIds.push(before.id);
    const differs = SAME_FIELDS.some(([column, key]) => before[column] !== record[key]);
    if (before.desil !== record.desil) counts.changedDesil! += 1;
    if (before.poverty_status !== record.povertyStatus) counts.changedStatus! += 1;
    const wasActive = before.lifecycle === 'ACTIVE';
    if (wasActive && record.lifecycle !== 'ACTIVE') counts.left! += 1;
    if (differs) {
      changed.push({ id: before.id, record });
      counts.updated++;
    } else counts.unchanged++;
    if (before.kelurahan_code !== record.kelurahanCode) counts.regions.push(regencyOf(before.kelurahan_code));
  }
  // Active households of the source in these kabupaten/kota that the new vintage lacks have left.
  const gone = [...existing.values()].filter((h) => h.lifecycle === 'ACTIVE' && regencies.includes(regencyOf(h.kelurahan_code)));
  counts.left! += gone.length;
  counts.created = fresh.length;
  counts.regions = [...new Set(counts.regions)].sort();

  await insertHouseholds(raw, fresh, { source, drawnOn, vintageId });
  if (changed.length > 0) await updateHouseholds(raw, changed, drawnOn.getUTCFullYear());
  if (gone.length > 0) {
    await raw(`UPDATE household SET lifecycle = 'LEFT', updated_at = now() WHERE id = ANY($1::int[])`, [gone.map((h) => h.id)]);
  }
  if (matchedIds.length > 0) {
    await raw('UPDATE household SET vintage_id = $2, data_vintage = $3::date WHERE id = ANY($1::int[])', [
      matchedIds,
      vintageId,
      drawnOn.toISOString().slice(0, 10),
    ]);
  }
  await upsertIdentities(raw, records, source);
  await raw(`UPDATE registry_vintage SET entered = $2, "left" = $3, changed_desil = $4, changed_status = $5 WHERE id = $1`, [
    vintageId,
    counts.created,
    counts.left,
    counts.changedDesil,
    counts.changedStatus,
  ]);
  return counts;
}

async function insertHouseholds(
  raw: RawQuery,
  records: readonly HouseholdRecord[],
  { source, drawnOn, vintageId }: { source: HouseholdSource; drawnOn: Date; vintageId: number },
): Promise<void> {
  if (records.length === 0) return;
  // Pseudonymous numbers per kelurahan, continuing after the highest one there.
  const kelurahan = [...new Set(records.map((r) => r.kelurahanCode))];
  const highest = new Map(
    (
      await raw<{ kelurahan_code: string; n: number }>(
        `SELECT kelurahan_code, COALESCE(MAX(NULLIF(substring(household_number FROM '-([0-9]+)$'), '')::int), 0) AS n
         FROM household WHERE kelurahan_code = ANY($1::text[]) GROUP BY kelurahan_code`,
        [kelurahan],
      )
    ).map((r) => [r.kelurahan_code, r.n]),
  );
  const rows = records.map((r) => {
    const next = (highest.get(r.kelurahanCode) ?? 0) + 1;
    highest.set(r.kelurahanCode, next);
    return [
      `KK-${r.kelurahanCode}-${String(next).padStart(5, '0')}`,
      r.kelurahanCode,
      r.rt,
      r.rw,
      r.desil,
      r.povertyStatus,
      r.memberCount,
      r.perCapitaExpenditure,
      r.lacksIncome,
      r.inadequateHousing,
      r.foodInsecure,
      r.noBasicServices,
      source,
      r.sourceKey,
      drawnOn,
      vintageId,
      r.lifecycle,
      r.lifecycle === 'GRADUATED' ? drawnOn.getUTCFullYear() : null,
    ];
  });
  await bulkInsert(
    { raw },
    'household',
    [
      { name: 'household_number', type: 'text' },
      { name: 'kelurahan_code', type: 'text' },
      { name: 'rt', type: 'text' },
      { name: 'rw', type: 'text' },
      { name: 'desil', type: 'int' },
      { name: 'poverty_status', type: '"PovertyStatus"' },
      { name: 'member_count', type: 'int' },
      { name: 'per_capita_expenditure', type: 'int' },
      { name: 'lacks_income', type: 'bool' },
      { name: 'inadequate_housing', type: 'bool' },
      { name: 'food_insecure', type: 'bool' },
      { name: 'no_basic_services', type: 'bool' },
      { name: 'data_source', type: '"HouseholdDataSource"' },
      { name: 'source_key', type: 'text' },
      { name: 'data_vintage', type: 'date' },
      { name: 'vintage_id', type: 'int' },
      { name: 'lifecycle', type: '"HouseholdLifecycle"' },
      { name: 'graduated_year', type: 'int' },
    ],
    rows,
  );
}

async function updateHouseholds(raw: RawQuery, changed: readonly { id: number; record: HouseholdRecord }[], year: number): Promise<void> {
  const column = <T>(pick: (r: HouseholdRecord) => T) => changed.map((c) => pick(c.record));
  await raw(
    `UPDATE household h SET
       kelurahan_code = u.kelurahan_code, rt = u.rt, rw = u.rw, desil = u.desil,
       poverty_status = u.poverty_status::"PovertyStatus", lifecycle = u.lifecycle::"HouseholdLifecycle",
       graduated_year = CASE WHEN u.lifecycle = 'GRADUATED' THEN COALESCE(h.graduated_year, $14) ELSE NULL END,
       member_count = u.member_count, per_capita_expenditure = u.per_capita_expenditure,
       lacks_income = u.lacks_income, inadequate_housing = u.inadequate_housing,
       food_insecure = u.food_insecure, no_basic_services = u.no_basic_services, updated_at = now()
     FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[], $8::int[], $9::int[],
                 $10::bool[], $11::bool[], $12::bool[], $13::bool[])
       AS u(id, kelurahan_code, rt, rw, desil, poverty_status, lifecycle, member_count, per_capita_expenditure,
            lacks_income, inadequate_housing, food_insecure, no_basic_services)
     WHERE h.id = u.id`,
    [
      changed.map((c) => c.id),
      column((r) => r.kelurahanCode),
      column((r) => r.rt),
      column((r) => r.rw),
      column((r) => r.desil),
      column((r) => r.povertyStatus),
      column((r) => r.lifecycle),
      column((r) => r.memberCount),
      column((r) => r.perCapitaExpenditure),
      column((r) => r.lacksIncome),
      column((r) => r.inadequateHousing),
      column((r) => r.foodInsecure),
      column((r) => r.noBasicServices),
      year,
    ],
  );
}

/** Personal data where the file gives any; rows without it keep what Pantau had. */
async function upsertIdentities(raw: RawQuery, records: readonly HouseholdRecord[], source: HouseholdSource): Promise<void> {
  const withIdentity = records.filter((r) => r.nik || r.headName || r.address);
  if (withIdentity.length === 0) return;
  await raw(
    `INSERT INTO household_identity (household_id, nik, kk_number, head_name, address)
     SELECT h.id, u.nik, NULL, u.head_name, u.address
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS u(source_key, nik, head_name, address)
     JOIN household h ON h.data_source = $1::"HouseholdDataSource" AND h.source_key = u.source_key
     ON CONFLICT (household_id) DO UPDATE SET
       nik = COALESCE(EXCLUDED.nik, household_identity.nik),
       head_name = COALESCE(EXCLUDED.head_name, household_identity.head_name),
       address = COALESCE(EXCLUDED.address, household_identity.address)
     WHERE (household_identity.nik, household_identity.head_name, household_identity.address)
       IS DISTINCT FROM (COALESCE(EXCLUDED.nik, household_identity.nik), COALESCE(EXCLUDED.head_name, household_identity.head_name),
                         COALESCE(EXCLUDED.address, household_identity.address))`,
    [
      source,
      withIdentity.map((r) => r.sourceKey),
      withIdentity.map((r) => r.nik),
      withIdentity.map((r) => r.headName),
      withIdentity.map((r) => r.address),
    ],
  );
}
