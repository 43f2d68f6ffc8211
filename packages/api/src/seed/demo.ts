// The demo data set `pnpm start` comes up with: the five real regions and every headline figure of
// the source articles in its real place, and around them a synthetic but plausible city-scale
// data set (households, programs, monthly reports, benefits, targets, 100-day priorities, rakor),
// deterministic from one seed and flagged synthetic wherever it is not real.
import { DEMO_TODAY } from '../clock.js';
import type { Database } from '../db.js';
import { hashPassword } from '../modules/auth/password.js';
import { refreshAllRollups, runnerFromRaw } from '../modules/rollup/rollup.service.js';
import { bulkInsert, syncSequence } from './bulk.js';
import { generateHouseholds, type HouseholdBatch, type ReachProgram, type Status, type TargetGroup } from './households.js';
import { apportion, createRandom, type Random, seedFrom } from './random.js';
import {
  DEMO_REGENCIES,
  type IndicatorValueRow,
  insertIndicatorValues,
  loadReferenceData,
  PALEMBANG_ARTICLE_YEAR,
  realIndicatorValues,
  SYNTHETIC_SOURCE,
  seedRegions,
} from './reference.js';

export const DEMO_SEED = 20_261_123;
/** The fiscal year the demo is "in": reports run to October, today is late November 2026. */
export const DEMO_FISCAL_YEAR = 2026;
export const DEMO_LAST_REPORTED_MONTH = 10;
/** Every demo user's password, printed in the README. */
export const DEMO_PASSWORD = 'pantau-demo';

/** The four priority kelurahan of Bontang (article 002), with their Kemendagri codes. */
export const BONTANG_PRIORITY_KELURAHAN = ['64.74.01.1003', '64.74.01.1006', '64.74.02.1001', '64.74.02.1006'] as const;

const S = SYNTHETIC_SOURCE;

interface RegionRow {
  code: string;
  name: string;
  level: string;
  parent_code: string | null;
}

export interface SeedSummary {
  regions: number;
  households: number;
  programs: number;
  reports: number;
  benefits: number;
  indicatorValues: number;
  seconds: number;
}

/** True when the database already holds the demo (or any) data set. */
/**
 * True when the database holds data of its own: a user or a household. Reference data (regions,
 * indicators) does not count: every database has it.
 */
export async function isSeeded(db: Database): Promise<boolean> {
  const [row] = await db.raw<{ n: number }>('SELECT (EXISTS (SELECT 1 FROM app_user) OR EXISTS (SELECT 1 FROM household))::int AS n');
  return (row?.n ?? 0) > 0;
}

/** True when the database holds the demo data set (its seed setting is there). */
export async function holdsDemo(db: Database): Promise<boolean> {
  const rows = await db.raw("SELECT 1 FROM setting WHERE key = 'demo.seed'");
  return rows.length > 0;
}

/** Seeds the demo in one transaction: all of it lands, or none of it. */
export async function seedDemo(database: Database, log: (line: string) => void = () => {}): Promise<SeedSummary> {
  const started = performance.now();
  const summary = await database.transaction((raw) => seedAll({ raw }, log));
  return { ...summary, seconds: (performance.now() - started) / 1000 };
}

/** What the seed writes through: one connection, inside the seed's transaction. */
type Tx = Pick<Database, 'raw'>;

async function seedAll(db: Tx, log: (line: string) => void): Promise<Omit<SeedSummary, 'seconds'>> {
  const random = createRandom(DEMO_SEED);
  await loadReferenceData(db);
  const regionCount = await seedRegions(db);
  const regions = await db.raw<RegionRow>('SELECT code, name, level, parent_code FROM region ORDER BY code');
  const children = groupBy(regions, (r) => r.parent_code ?? '');
  log(`regions: ${regionCount}`);

  const opds = await seedOrganisations(db);
  const clusters = await seedClusters(db, opds);
  log(`organisations: ${opds.size}, clusters: ${clusters.size}`);

  const programs = await seedPrograms(db, opds, clusters, random);
  log(`programs: ${programs.length}`);

  const batches = householdBatches(children, random);
  const economy = economies(realIndicatorValues());
  const reach: ReachProgram[] = programs
    .filter((p) => p.fiscalYear === DEMO_FISCAL_YEAR && p.template)
    .map((p) => ({
      id: p.id,
      regencyCode: p.regionCode,
      fiscalYear: p.fiscalYear,
      targetGroup: p.template!.targetGroup,
      coverage: p.template!.coverage,
      leakage: p.template!.leakage,
      amountPerHousehold: p.template!.amount,
    }));
  const generated = await generateHouseholds(db, {
    batches,
    programs: reach,
    economy: (code) => economy.get(code) ?? { povertyLine: 650_000, extremeLine: 330_000 },
    seed: DEMO_SEED,
    withMembers: true,
  });
  log(`households: ${generated.households} (${generated.members} members, ${generated.benefits} benefits)`);

  await sizeCurrentPrograms(db);
  const reports = await seedReports(db, programs, random);
  log(`progress reports: ${reports}`);

  const values = [...realIndicatorValues(), ...syntheticIndicatorValues(children, random)];
  await insertIndicatorValues(db, values);
  log(`indicator values: ${values.length}`);

  await seedTargets(db);
  await seedPriorities(db, opds, random);
  await seedRakor(db, opds, clusters, random);
  await seedUsers(db, opds, clusters, children);
  await seedSettings(db);
  await refreshAllRollups(runnerFromRaw(db.raw), DEMO_FISCAL_YEAR);
  log('rollups refreshed');

  return {
    regions: regionCount,
    households: generated.households,
    programs: programs.length,
    reports,
    benefits: generated.benefits,
    indicatorValues: values.length,
  };
}

// ───────────────────────────── organisations ─────────────────────────────

type OpdKey = `${string}/${string}`;

const COMMON_OPDS: [string, string][] = [
  ['BAPPEDA', 'Badan Perencanaan Pembangunan Daerah'],
  ['DINSOS', 'Dinas Sosial'],
  ['DINKES', 'Dinas Kesehatan'],
  ['DISDIK', 'Dinas Pendidikan'],
  ['PERKIM', 'Dinas Perumahan dan Kawasan Permukiman'],
  ['DP3A', 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak'],
  ['DISNAKER', 'Dinas Tenaga Kerja'],
  ['DISKOPUKM', 'Dinas Koperasi dan Usaha Mikro'],
  ['DPM', 'Dinas Pemberdayaan Masyarakat dan Kelurahan'],
  ['PUPR', 'Dinas Pekerjaan Umum dan Penataan Ruang'],
  ['DUKCAPIL', 'Dinas Kependudukan dan Pencatatan Sipil'],
];
const PARTNERS: [string, string][] = [
  ['BAZNAS', 'Badan Amil Zakat Nasional'],
  ['TP-PKK', 'Tim Penggerak PKK'],
  ['BPJS-KES', 'BPJS Kesehatan (cabang)'],
  ['BPS', 'Badan Pusat Statistik'],
];
/** Names as the articles give them, where a region's OPD is named differently. */
const LOCAL_NAMES: Record<string, Record<string, string>> = {
  '16.06': {
    DISDIK: 'Dinas Pendidikan dan Kebudayaan',
    DPM: 'Dinas Pemberdayaan Masyarakat dan Desa',
    RSUD: 'RSUD Sekayu',
  },
  '13.74': { DINSOS: 'Dinas Sosial, Pengendalian Penduduk, KB, Pemberdayaan Perempuan dan Perlindungan Anak (Dinas Sosial PKBP3A)' },
  '64.74': { DINSOS: 'Dinas Sosial dan Pemberdayaan Masyarakat (DSPM)' },
};

async function seedOrganisations(db: Tx): Promise<Map<OpdKey, number>> {
  const rows: unknown[][] = [];
  let id = 1;
  const ids = new Map<OpdKey, number>();
  for (const regency of DEMO_REGENCIES) {
    const local = LOCAL_NAMES[regency] ?? {};
    const list = [...COMMON_OPDS, ...(local.RSUD ? [['RSUD', local.RSUD] as [string, string]] : [])];
    for (const [short, name] of list) {
      ids.set(`${regency}/${short}`, id);
      rows.push([id++, regency, local[short] ?? name, short, 'OPD']);
    }
    for (const [short, name] of PARTNERS) {
      ids.set(`${regency}/${short}`, id);
      rows.push([id++, regency, name, short, 'PARTNER']);
    }
  }
  await bulkInsert(
    db,
    'opd',
    [
      { name: 'id', type: 'int' },
      { name: 'region_code', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'short_name', type: 'text' },
      { name: 'kind', type: '"OrganisationKind"' },
    ],
    rows,
  );
  await syncSequence(db, 'opd');
  return ids;
}

const CLUSTERS: [number, string, string, string][] = [
  [1, 'Bantuan sosial terpadu berbasis keluarga', 'Asisten Bidang Pemerintahan dan Kesra', 'DINSOS'],
  [2, 'Pemberdayaan masyarakat', 'Asisten Bidang Perekonomian dan Pembangunan', 'DPM'],
  [3, 'Pemberdayaan usaha mikro dan kecil', 'Asisten Bidang Perekonomian dan Pembangunan', 'DISKOPUKM'],
  [4, 'Program pro-rakyat lainnya (perumahan, air bersih, listrik)', 'Asisten Bidang Administrasi Umum', 'PERKIM'],
];

async function seedClusters(db: Tx, opds: Map<OpdKey, number>): Promise<Map<string, number>> {
  const rows: unknown[][] = [];
  const ids = new Map<string, number>();
  let id = 1;
  for (const regency of DEMO_REGENCIES) {
    for (const [number, name, head, vice] of CLUSTERS) {
      ids.set(`${regency}/${number}`, id);
      rows.push([id++, regency, number, name, head, opds.get(`${regency}/${vice}`)]);
    }
  }
  await bulkInsert(
    db,
    'cluster',
    [
      { name: 'id', type: 'int' },
      { name: 'region_code', type: 'text' },
      { name: 'number', type: 'int' },
      { name: 'name', type: 'text' },
      { name: 'head_title', type: 'text' },
      { name: 'vice_opd_id', type: 'int' },
    ],
    rows,
  );
  await syncSequence(db, 'cluster');
  return ids;
}

// ───────────────────────────── programs ─────────────────────────────

export interface ProgramTemplate {
  code: string;
  name: string;
  opd: string;
  partner?: string;
  cluster: number;
  targetGroup: TargetGroup;
  coverage: number;
  leakage: number;
  /** Rupiah per reached household per year. */
  amount: number;
  outputUnit: string;
  /** Output units per reached household. */
  outputPerHousehold: number;
}

export const TEMPLATES: ProgramTemplate[] = [
  {
    code: 'K1-SEMBAKO',
    name: 'Bantuan sembako daerah bagi keluarga miskin',
    opd: 'DINSOS',
    cluster: 1,
    targetGroup: 'POOR',
    coverage: 0.5,
    leakage: 0.06,
    amount: 1_200_000,
    outputUnit: 'KK menerima sembako',
    outputPerHousehold: 1,
  },
  {
    code: 'K1-PBI',
    name: 'Iuran PBI JKN daerah',
    opd: 'DINKES',
    partner: 'BPJS-KES',
    cluster: 1,
    targetGroup: 'DESIL_1_4',
    coverage: 0.55,
    leakage: 0.3,
    amount: 1_680_000,
    outputUnit: 'KK terdaftar PBI',
    outputPerHousehold: 1,
  },
  {
    code: 'K1-BEASISWA',
    name: 'Beasiswa siswa dari keluarga miskin',
    opd: 'DISDIK',
    cluster: 1,
    targetGroup: 'POOR',
    coverage: 0.22,
    leakage: 0.05,
    amount: 1_000_000,
    outputUnit: 'siswa',
    outputPerHousehold: 1.3,
  },
  {
    code: 'K1-BLT',
    name: 'Bantuan langsung tunai miskin ekstrem',
    opd: 'DINSOS',
    cluster: 1,
    targetGroup: 'EXTREME_POOR',
    coverage: 0.55,
    leakage: 0.04,
    amount: 900_000,
    outputUnit: 'KK menerima BLT',
    outputPerHousehold: 1,
  },
  {
    code: 'K2-TENGOK',
    name: 'Pendampingan keluarga berbasis RT (Tengok Tetangga)',
    opd: 'DPM',
    cluster: 2,
    targetGroup: 'DESIL_1_2',
    coverage: 0.12,
    leakage: 0.05,
    amount: 450_000,
    outputUnit: 'KK didampingi',
    outputPerHousehold: 1,
  },
  {
    code: 'K2-STUNTING',
    name: 'Pendampingan keluarga rawan stunting',
    opd: 'DP3A',
    partner: 'TP-PKK',
    cluster: 2,
    targetGroup: 'POOR',
    coverage: 0.1,
    leakage: 0.04,
    amount: 600_000,
    outputUnit: 'keluarga didampingi',
    outputPerHousehold: 1,
  },
  {
    code: 'K3-PELATIHAN',
    name: 'Pelatihan keterampilan kerja (menjahit, bengkel)',
    opd: 'DISNAKER',
    cluster: 3,
    targetGroup: 'EXTREME_POOR',
    coverage: 0.09,
    leakage: 0.02,
    amount: 3_500_000,
    outputUnit: 'orang dilatih',
    outputPerHousehold: 1,
  },
  {
    code: 'K3-MODAL',
    name: 'Bantuan modal usaha mikro',
    opd: 'DISKOPUKM',
    partner: 'BAZNAS',
    cluster: 3,
    targetGroup: 'POOR',
    coverage: 0.06,
    leakage: 0.03,
    amount: 2_500_000,
    outputUnit: 'usaha mikro dibantu',
    outputPerHousehold: 1,
  },
  {
    code: 'K4-RTLH',
    name: 'Bedah rumah tidak layak huni (RTLH)',
    opd: 'PERKIM',
    partner: 'BAZNAS',
    cluster: 4,
    targetGroup: 'EXTREME_POOR',
    coverage: 0.04,
    leakage: 0.004,
    amount: 20_000_000,
    outputUnit: 'unit rumah',
    outputPerHousehold: 1,
  },
  {
    code: 'K4-AIR',
    name: 'Sambungan air bersih rumah tangga miskin',
    opd: 'PUPR',
    cluster: 4,
    targetGroup: 'POOR',
    coverage: 0.05,
    leakage: 0.01,
    amount: 1_500_000,
    outputUnit: 'sambungan rumah',
    outputPerHousehold: 1,
  },
];

export interface SeededProgram {
  id: number;
  regionCode: string;
  fiscalYear: number;
  pagu: bigint;
  outputTarget: number;
  template?: ProgramTemplate;
  /** True when the source gives the year-end figures (Muba 2018): only December is real. */
  realYearEnd?: boolean;
  /** Final absorption the synthetic reports move towards; fixed for real programs. */
  finalRealisasi?: bigint;
  finalOutput?: number;
}

/** Registry sizes per regency used to size programs of years with no household data. */
const REGISTRY_SIZE: Record<string, number> = { '13.74': 2_000, '16.06': 18_700, '16.71': 46_300, '64.72': 15_000, '64.74': 2_800 };

async function seedPrograms(db: Tx, opds: Map<OpdKey, number>, clusters: Map<string, number>, random: Random): Promise<SeededProgram[]> {
  const rows: unknown[][] = [];
  const partners: unknown[][] = [];
  const seeded: SeededProgram[] = [];
  let id = 1;
  // Muba 2018, klaster 1 (article 004): Dinas Sosial's poverty budget, Rp350 juta with Rp332 juta
  // realised, and seven houses renovated together with Baznas.
  rows.push([
    id,
    '16.06',
    2018,
    opds.get('16.06/DINSOS'),
    clusters.get('16.06/1'),
    'K1-2018-DINSOS',
    'Program penanggulangan kemiskinan Dinas Sosial (termasuk bedah rumah bersama Baznas)',
    350_000_000n,
    'unit rumah dibedah',
    7,
    7,
    'EXTREME_POOR',
    false,
    'article-004-muba: pagu Rp350 juta, realisasi Rp332 juta, 7 rumah dibedah bersama Baznas',
  ]);
  partners.push([id, opds.get('16.06/BAZNAS')]);
  seeded.push({
    id: id++,
    regionCode: '16.06',
    fiscalYear: 2018,
    pagu: 350_000_000n,
    outputTarget: 7,
    finalRealisasi: 332_000_000n,
    finalOutput: 7,
    realYearEnd: true,
  });
  // Padang Panjang 2020 (article 003): municipal BLT for October–December at Rp900.000.
  rows.push([
    id,
    '13.74',
    2020,
    opds.get('13.74/DINSOS'),
    clusters.get('13.74/1'),
    'K1-2020-BLT',
    'BLT daerah Oktober–Desember 2020',
    900_000_000n,
    'KK menerima BLT',
    1_000,
    1_000,
    'POOR',
    true,
    'article-003-padang-panjang: Rp900.000 for Oct–Dec 2020; recipients and pagu are synthetic',
  ]);
  seeded.push({
    id: id++,
    regionCode: '13.74',
    fiscalYear: 2020,
    pagu: 900_000_000n,
    outputTarget: 1_000,
    finalRealisasi: 882_000_000n,
    finalOutput: 980,
  });

  for (const regency of DEMO_REGENCIES) {
    for (const year of [2024, 2025, DEMO_FISCAL_YEAR]) {
      for (const t of TEMPLATES) {
        // Sized from the registry; the current year's are resized from real reach after generation.
        const expected = Math.max(5, Math.round((REGISTRY_SIZE[regency] ?? 1000) * t.coverage * random.between(0.45, 0.6)));
        const pagu = roundTo(expected * t.amount * random.between(1.02, 1.12), 10_000_000);
        const output = Math.max(1, Math.round(expected * t.outputPerHousehold));
        rows.push([
          id,
          regency,
          year,
          opds.get(`${regency}/${t.opd}`),
          clusters.get(`${regency}/${t.cluster}`),
          `${t.code}-${year}`,
          t.name,
          BigInt(pagu),
          t.outputUnit,
          output,
          expected,
          t.targetGroup,
          true,
          null,
        ]);
        if (t.partner) partners.push([id, opds.get(`${regency}/${t.partner}`)]);
        seeded.push({ id: id++, regionCode: regency, fiscalYear: year, pagu: BigInt(pagu), outputTarget: output, template: t });
      }
    }
  }
  await bulkInsert(
    db,
    'program',
    [
      { name: 'id', type: 'int' },
      { name: 'region_code', type: 'text' },
      { name: 'fiscal_year', type: 'int' },
      { name: 'opd_id', type: 'int' },
      { name: 'cluster_id', type: 'int' },
      { name: 'code', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'pagu', type: 'bigint' },
      { name: 'output_unit', type: 'text' },
      { name: 'output_target', type: 'int' },
      { name: 'beneficiary_target', type: 'int' },
      { name: 'target_group', type: '"TargetGroup"' },
      { name: 'synthetic', type: 'bool' },
      { name: 'source_note', type: 'text' },
    ],
    rows,
  );
  await bulkInsert(
    db,
    'program_partner',
    [
      { name: 'program_id', type: 'int' },
      { name: 'opd_id', type: 'int' },
    ],
    partners,
  );
  await syncSequence(db, 'program');

  // Planned disbursement: a back-loaded S-curve, as regional budgets usually spend.
  const plan: unknown[][] = [];
  for (const p of seeded) {
    for (let m = 1; m <= 12; m++) plan.push([p.id, m, BigInt(roundTo(Number(p.pagu) * sCurve(m), 1_000))]);
  }
  await bulkInsert(
    db,
    'program_monthly_plan',
    [
      { name: 'program_id', type: 'int' },
      { name: 'month', type: 'int' },
      { name: 'planned_cumulative', type: 'bigint' },
    ],
    plan,
  );
  return seeded;
}

/** Share of the year's budget planned to be spent by the end of month m (1–12). */
function sCurve(month: number): number {
  const x = month / 12;
  return month === 12 ? 1 : x * x * (3 - 2 * x);
}

/** The current year's targets and pagu follow from how many households the programs reached. */
async function sizeCurrentPrograms(db: Tx): Promise<void> {
  await db.raw(
    `UPDATE program p SET
       beneficiary_target = GREATEST(5, ROUND(r.reached * 1.15)::int),
       output_target = GREATEST(1, ROUND(r.reached * 1.15 * (p.output_target::float8 / GREATEST(p.beneficiary_target, 1)))::int),
       pagu = (CEIL(r.amount * 1.18 / 10000000.0) * 10000000)::bigint
     FROM (SELECT program_id, COUNT(DISTINCT household_id) AS reached, SUM(amount) AS amount
           FROM benefit GROUP BY program_id) r
     WHERE r.program_id = p.id AND p.fiscal_year = $1`,
    [DEMO_FISCAL_YEAR],
  );
  await db.raw(
    `UPDATE program_monthly_plan pl SET planned_cumulative =
       CASE WHEN pl.month = 12 THEN p.pagu
            ELSE (ROUND(p.pagu * (POWER(pl.month / 12.0, 2) * (3 - 2 * pl.month / 12.0)) / 1000) * 1000)::bigint END
     FROM program p WHERE p.id = pl.program_id AND p.fiscal_year = $1`,
    [DEMO_FISCAL_YEAR],
  );
}

// ───────────────────────────── progress reports ─────────────────────────────

const PROBLEMS = [
  ['Data penerima belum padan dengan DTSEN', 'Verifikasi bersama kelurahan dan Dukcapil'],
  ['Pencairan anggaran tahap II terlambat', 'Percepatan SPM dengan BPKAD'],
  ['Sebagian calon penerima pindah domisili', 'Pemutakhiran data oleh operator kelurahan'],
  ['Harga bahan bangunan naik', 'Penyesuaian spesifikasi dengan tetap memenuhi standar RTLH'],
  ['Peserta pelatihan tidak hadir penuh', 'Penjadwalan ulang dan uang transport peserta'],
];

async function seedReports(db: Tx, programs: SeededProgram[], random: Random): Promise<number> {
  // The demo is a snapshot of DEMO_TODAY: nothing in it happened later.
  const now = new Date(`${DEMO_TODAY}T12:00:00Z`);
  const reachRows = await db.raw<{ program_id: number; reached: number; pagu: string; output_target: number }>(
    `SELECT p.id AS program_id, COALESCE(r.reached, 0)::int AS reached, p.pagu::text AS pagu, p.output_target
     FROM program p LEFT JOIN (SELECT program_id, COUNT(DISTINCT household_id) AS reached FROM benefit GROUP BY program_id) r
       ON r.program_id = p.id`,
  );
  const current = new Map(reachRows.map((r) => [r.program_id, r]));
  const rows: unknown[][] = [];
  for (const p of programs) {
    const live = current.get(p.id);
    const pagu = live ? BigInt(live.pagu) : p.pagu;
    const outputTarget = live?.output_target ?? p.outputTarget;
    const isCurrent = p.fiscalYear === DEMO_FISCAL_YEAR;
    const lastMonth = isCurrent ? DEMO_LAST_REPORTED_MONTH : 12;
    const finalShare = p.finalRealisasi !== undefined ? Number(p.finalRealisasi) / Number(pagu) : random.between(0.8, 0.99);
    const pace = random.between(0.78, 1.05);
    const beneficiariesFinal = isCurrent ? (live?.reached ?? 0) : Math.round(outputTarget * random.between(0.85, 1));
    const outputFinal = p.finalOutput ?? Math.round(outputTarget * random.between(0.8, 1));
    const rng = createRandom(seedFrom(`report/${p.id}`, DEMO_SEED));
    for (let m = 1; m <= lastMonth; m++) {
      const progress = isCurrent ? Math.min(1, sCurve(m) * pace) : m === 12 ? 1 : Math.min(1, sCurve(m) * pace);
      // Real programs end exactly on their real figures; the others on a plausible share.
      const realisasi =
        m === 12 && p.finalRealisasi !== undefined ? p.finalRealisasi : BigInt(roundTo(Number(pagu) * finalShare * progress, 1_000));
      const output = m === 12 && p.finalOutput !== undefined ? p.finalOutput : Math.round(outputFinal * progress);
      const beneficiaries = isCurrent && m === lastMonth ? beneficiariesFinal : Math.round(beneficiariesFinal * progress);
      let status = 'APPROVED';
      if (isCurrent && m === lastMonth) {
        // Two Palembang OPDs have not reported October, so the mayor's "what is late" shows them.
        if (p.regionCode === '16.71' && (p.template?.code === 'K3-PELATIHAN' || p.template?.code === 'K4-AIR')) continue;
        const roll = rng.next();
        // Dinas Sosial Palembang's BLT report for October came back from the cluster head: the
        // demo's operator has a due report to correct and resubmit.
        if (p.regionCode === '16.71' && p.template?.code === 'K1-BLT') status = 'RETURNED';
        else if (roll < 0.1)
          continue; // not reported yet: shows in reporting completeness
        else status = roll < 0.25 ? 'SUBMITTED' : roll < 0.3 ? 'RETURNED' : 'APPROVED';
      }
      const [problem, solution] = rng.chance(0.3) ? rng.pick(PROBLEMS) : [null, null];
      const submittedAt = new Date(Date.UTC(p.fiscalYear, m, 5 + rng.int(0, 5)));
      rows.push([
        p.id,
        m,
        realisasi,
        output,
        beneficiaries,
        problem,
        solution,
        status,
        submittedAt,
        status === 'APPROVED' || status === 'RETURNED' ? new Date(submittedAt.getTime() + 3 * 86_400_000) : null,
        status === 'RETURNED' ? 'Lampirkan bukti realisasi (SP2D) dan perbaiki jumlah penerima' : null,
        // Only a real program's year-end figures come from its source; every other month is made up.
        !(p.realYearEnd && m === 12),
        submittedAt > now ? now : submittedAt,
      ]);
    }
  }
  await bulkInsert(
    db,
    'progress_report',
    [
      { name: 'program_id', type: 'int' },
      { name: 'month', type: 'int' },
      { name: 'realisasi', type: 'bigint' },
      { name: 'output_cumulative', type: 'int' },
      { name: 'beneficiaries_cumulative', type: 'int' },
      { name: 'problems', type: 'text' },
      { name: 'solutions', type: 'text' },
      { name: 'status', type: '"ReportStatus"' },
      { name: 'submitted_at', type: 'timestamp' },
      { name: 'reviewed_at', type: 'timestamp' },
      { name: 'review_comment', type: 'text' },
      { name: 'synthetic', type: 'bool' },
      { name: 'created_at', type: 'timestamp' },
    ],
    rows,
  );
  return rows.length;
}

// ───────────────────────────── households ─────────────────────────────

interface RegistryShape {
  EXTREME: number;
  POOR: number;
  VULNERABLE: number;
  GRADUATED: number;
  MOVED: number;
  DECEASED: number;
}

/**
 * Registry sizes per regency (P3KE/DTSEN style: desil 1–4 plus those who left). Palembang's
 * extreme-poor count is the article's 10,644; Bontang's per kelurahan are set below.
 */
const REGISTRY: Record<string, RegistryShape> = {
  '16.71': { EXTREME: 10_644, POOR: 18_000, VULNERABLE: 14_000, GRADUATED: 3_000, MOVED: 400, DECEASED: 250 },
  '16.06': { EXTREME: 900, POOR: 9_000, VULNERABLE: 7_000, GRADUATED: 1_500, MOVED: 150, DECEASED: 120 },
  '64.72': { EXTREME: 2_400, POOR: 5_500, VULNERABLE: 6_000, GRADUATED: 900, MOVED: 120, DECEASED: 80 },
  '64.74': { EXTREME: 12, POOR: 1_100, VULNERABLE: 1_300, GRADUATED: 300, MOVED: 40, DECEASED: 20 },
  // BPS: no extreme poverty in Padang Panjang (RIAU1, 2022).
  '13.74': { EXTREME: 0, POOR: 700, VULNERABLE: 900, GRADUATED: 400, MOVED: 30, DECEASED: 15 },
};

/**
 * Bontang's current extreme-poor households per kelurahan (synthetic, after the 2024 list of 42
 * KK): two of the four priority kelurahan have reached zero.
 */
const BONTANG_EXTREME_NOW: Record<string, number> = {
  '64.74.01.1003': 2, // Lok Tuan (6 in 2024)
  '64.74.01.1006': 0, // Api-api (5)
  '64.74.02.1001': 1, // Tanjung Laut (4)
  '64.74.02.1006': 0, // Tanjung Laut Indah (4)
  '64.74.01.1002': 1,
  '64.74.01.1005': 1,
  '64.74.02.1002': 5,
  '64.74.02.1003': 1,
  '64.74.03.1003': 1,
};

function householdBatches(children: Map<string, RegionRow[]>, random: Random): HouseholdBatch[] {
  const batches: HouseholdBatch[] = [];
  for (const regency of DEMO_REGENCIES) {
    const shape = REGISTRY[regency]!;
    const kelurahan = (children.get(regency) ?? []).flatMap((kec) => children.get(kec.code) ?? []);
    // Uneven weights: some kelurahan hold many more poor households than others.
    const weights = kelurahan.map(() => random.between(0.3, 1.7) ** 2);
    const split = (total: number) => apportion(total, weights);
    const extreme = regency === '64.74' ? kelurahan.map((k) => BONTANG_EXTREME_NOW[k.code] ?? 0) : split(shape.EXTREME);
    const parts: [Status, HouseholdBatch['lifecycle'], number[]][] = [
      ['EXTREME', 'ACTIVE', extreme],
      ['POOR', 'ACTIVE', split(shape.POOR)],
      ['VULNERABLE', 'ACTIVE', split(shape.VULNERABLE)],
      ['POOR', 'GRADUATED', split(shape.GRADUATED)],
      ['POOR', 'MOVED', split(shape.MOVED)],
      ['EXTREME', 'DECEASED', split(shape.DECEASED)],
    ];
    for (const [status, lifecycle, counts] of parts) {
      kelurahan.forEach((k, i) => {
        const count = counts[i] ?? 0;
        if (count > 0) batches.push({ kelurahanCode: k.code, kelurahanName: k.name, status, lifecycle, count });
      });
    }
  }
  return batches;
}

/** Poverty lines per regency from the latest BPS figure; the extreme line is Rp11.000 a day. */
export function economies(values: IndicatorValueRow[]): Map<string, { povertyLine: number; extremeLine: number }> {
  const latest = new Map<string, IndicatorValueRow>();
  for (const v of values) {
    if (v.indicator !== 'POVERTY_LINE') continue;
    const seen = latest.get(v.region);
    if (!seen || seen.year < v.year) latest.set(v.region, v);
  }
  return new Map([...latest].map(([code, v]) => [code, { povertyLine: v.value, extremeLine: 11_000 * 30 }]));
}

// ───────────────────────────── synthetic indicator values ─────────────────────────────

function syntheticIndicatorValues(children: Map<string, RegionRow[]>, random: Random): IndicatorValueRow[] {
  const out: IndicatorValueRow[] = [];
  const add = (indicator: IndicatorValueRow['indicator'], region: string, year: number, value: number, note?: string) =>
    out.push({ indicator, region, year, value, source: S, vintage: String(year), synthetic: true, note: note ?? null });

  // Stunting per kecamatan: Palembang's kecamatan share the article's 319 with Ilir Timur Dua's
  // real 18 kept; the other regions are invented at a similar rate.
  for (const regency of DEMO_REGENCIES) {
    const kecamatan = children.get(regency) ?? [];
    const isPalembang = regency === '16.71';
    const total = isPalembang ? 319 : Math.round((REGISTRY_SIZE[regency] ?? 1000) * random.between(0.006, 0.012));
    const others = kecamatan.filter((k) => !(isPalembang && k.code === '16.71.06'));
    const split = apportion(
      isPalembang ? total - 18 : total,
      others.map(() => random.between(0.4, 1.6)),
    );
    for (const [i, k] of others.entries()) add('STUNTING_CASES', k.code, PALEMBANG_ARTICLE_YEAR, split[i] ?? 0);
    if (!isPalembang) add('STUNTING_CASES', regency, PALEMBANG_ARTICLE_YEAR, total);
    for (const k of kecamatan) add('STUNTING_PREVALENCE', k.code, PALEMBANG_ARTICLE_YEAR, round1(random.between(9, 24)));
    add('STUNTING_PREVALENCE', regency, PALEMBANG_ARTICLE_YEAR, round1(random.between(12, 20)));
  }

  // PSKS for the regions the articles say nothing about (Padang Panjang's 2020 counts are real).
  for (const regency of DEMO_REGENCIES) {
    const kecamatan = (children.get(regency) ?? []).length;
    const kelurahan = (children.get(regency) ?? []).reduce((n, k) => n + (children.get(k.code)?.length ?? 0), 0);
    const years = regency === '13.74' ? [2024] : [2020, 2024];
    for (const year of years) {
      // Padang Panjang's counts are the article's (2020): no invented later year may hide them.
      // Its values are still drawn, so the random stream (and every later synthetic figure)
      // stays the same.
      const keep = (indicator: IndicatorValueRow['indicator'], value: number) =>
        regency !== '13.74' && add(indicator, regency, year, value);
      keep('PSKS_PSM', Math.round(kelurahan * random.between(4, 7)));
      keep('PSKS_TAGANA', Math.round(kecamatan * random.between(8, 14)));
      keep('PSKS_TKSK', kecamatan);
      keep('PSKS_KARANG_TARUNA', kelurahan + kecamatan + 1);
      keep('PSKS_PENDAMPING_PKH', Math.max(3, Math.round((REGISTRY_SIZE[regency] ?? 1000) / random.between(180, 260))));
      keep('PSKS_LK3', random.int(1, 3));
    }
    if (regency === '13.74') add('PSKS_LK3', regency, 2020, 1);
  }

  // Bontang's priority kelurahan on their way to zero: 2024 is real (SuaraKaltim), 2025 invented.
  const bontang2025: Record<string, number> = { '64.74.01.1003': 4, '64.74.01.1006': 2, '64.74.02.1001': 2, '64.74.02.1006': 1 };
  for (const [code, value] of Object.entries(bontang2025)) add('EXTREME_POOR_HOUSEHOLDS', code, 2025, value);

  // Padang Panjang's poor households (registry), the base of its "about 300 KK a year" target.
  const ppPoor = [2_200, 1_950, 1_640, 1_380, 1_060, 820];
  for (const [i, value] of ppPoor.entries()) add('POOR_HOUSEHOLDS', '13.74', 2020 + i, value);
  return out;
}

// ───────────────────────────── targets, priorities, rakor ─────────────────────────────

async function seedTargets(db: Tx): Promise<void> {
  const [group] = await db.raw<{ id: number }>(
    `INSERT INTO region_group (region_code, name, kind, year, reason, source_id)
     VALUES ('64.74', 'Lokasi intervensi prioritas kemiskinan ekstrem', 'PRIORITY_INTERVENTION', 2025,
             'Ditetapkan dalam rakor lintas sektoral: target nol kemiskinan ekstrem (prioritas 100 hari kerja)', 'article-002-bontang')
     RETURNING id`,
  );
  await bulkInsert(
    db,
    'region_group_member',
    [
      { name: 'group_id', type: 'int' },
      { name: 'region_code', type: 'text' },
    ],
    BONTANG_PRIORITY_KELURAHAN.map((code) => [group!.id, code]),
  );
  await bulkInsert(
    db,
    'target',
    [
      { name: 'region_code', type: 'text' },
      { name: 'indicator_code', type: 'text' },
      { name: 'shape', type: '"TargetShape"' },
      { name: 'name', type: 'text' },
      { name: 'baseline_year', type: 'int' },
      { name: 'baseline_value', type: 'float8' },
      { name: 'annual_step', type: 'float8' },
      { name: 'end_year', type: 'int' },
      { name: 'due_date', type: 'date' },
      { name: 'region_group_id', type: 'int' },
      { name: 'source_id', type: 'text' },
      { name: 'note', type: 'text' },
    ],
    [
      // "0.5% a year" read as percentage points of P0 (the data README notes the ambiguity).
      [
        '13.74',
        'P0',
        'ANNUAL_POINT_REDUCTION',
        'Penurunan angka kemiskinan 0,5 poin per tahun',
        2020,
        5.24,
        0.5,
        2025,
        null,
        null,
        'article-003-padang-panjang',
        'Read as percentage points; the article says "0.5%".',
      ],
      [
        '13.74',
        'POOR_HOUSEHOLDS',
        'ANNUAL_COUNT_REDUCTION',
        'Sekitar 300 KK keluar dari kemiskinan per tahun',
        2020,
        2_200,
        300,
        2025,
        null,
        null,
        'article-003-padang-panjang',
        'Baseline household count is synthetic.',
      ],
      [
        '64.74',
        'EXTREME_POOR_HOUSEHOLDS',
        'ZERO_BY_DATE',
        'Nol kemiskinan ekstrem di empat kelurahan prioritas',
        2024,
        19,
        null,
        2026,
        '2026-12-31',
        group!.id,
        'article-002-bontang',
        'Baseline: 2024 Dinas Sosial list (SuaraKaltim); the due date is synthetic.',
      ],
      [
        '16.71',
        'P0',
        'ANNUAL_RELATIVE_REDUCTION',
        'Penurunan angka kemiskinan 5% per tahun (relatif)',
        2020,
        10.89,
        0.05,
        2026,
        null,
        null,
        S,
        'Synthetic target.',
      ],
      [
        '16.06',
        'P0',
        'ANNUAL_POINT_REDUCTION',
        'Penurunan angka kemiskinan 1 poin per tahun',
        2020,
        16.13,
        1,
        2026,
        null,
        null,
        S,
        'Synthetic target.',
      ],
      [
        '64.72',
        'P0',
        'ANNUAL_RELATIVE_REDUCTION',
        'Penurunan angka kemiskinan 0,5% per tahun (relatif)',
        2020,
        4.76,
        0.005,
        2026,
        null,
        null,
        S,
        'Synthetic target: the relative reading of "0.5% a year".',
      ],
    ],
  );
}

async function seedPriorities(db: Tx, opds: Map<OpdKey, number>, random: Random): Promise<void> {
  interface P {
    region: string;
    title: string;
    description: string;
    opd: string;
    start: string;
    due: string;
    status: string;
    doneAt: string | null;
    synthetic: boolean;
    milestones: [string, string, string | null][];
  }
  const list: P[] = [
    {
      region: '64.74',
      title: 'Penanganan kemiskinan ekstrem di empat kelurahan prioritas',
      description:
        'Nol kemiskinan ekstrem di Lok Tuan, Api-api, Tanjung Laut dan Tanjung Laut Indah; pendataan mandiri oleh RT dengan empat indikator fakir miskin (artikel 002).',
      opd: 'DINSOS',
      start: '2025-02-20',
      due: '2025-05-30',
      status: 'IN_PROGRESS',
      doneAt: null,
      synthetic: false,
      milestones: [
        ['Pendataan mandiri RT dengan 4 indikator', '2025-03-15', '2025-03-20'],
        ['Verifikasi kelurahan', '2025-04-15', '2025-04-30'],
        ['Intervensi lintas OPD dan Baznas', '2025-05-30', null],
      ],
    },
  ];
  const titles: [string, string, string][] = [
    ['Pemutakhiran data keluarga miskin ekstrem bersama RT/RW', 'DINSOS', 'Semua KK miskin ekstrem diverifikasi di lapangan'],
    ['Bedah rumah bagi keluarga miskin ekstrem', 'PERKIM', 'Rumah tidak layak huni keluarga miskin ekstrem diperbaiki'],
    ['Pelatihan kerja bagi pencari kerja dari keluarga miskin', 'DISNAKER', 'Pelatihan menjahit dan bengkel'],
    ['Percepatan penurunan stunting di kecamatan tertinggi', 'DINKES', 'Pemberian makanan tambahan dan pendampingan'],
    ['Aktivasi NIK dan KK bagi warga tanpa dokumen', 'DUKCAPIL', 'Layanan jemput bola di kelurahan'],
  ];
  for (const region of DEMO_REGENCIES) {
    titles.forEach(([title, opd, description], i) => {
      const roll = random.next();
      const status = roll < 0.3 ? 'DONE' : roll < 0.85 ? 'IN_PROGRESS' : 'NOT_STARTED';
      const due = ['2026-10-15', '2026-11-15', '2026-12-09', '2026-11-30', '2026-10-31'][i]!;
      list.push({
        region,
        title,
        description,
        opd,
        start: '2026-09-01',
        due,
        status,
        doneAt: status === 'DONE' ? '2026-10-10' : null,
        synthetic: true,
        milestones: [
          ['Rencana aksi disepakati', '2026-09-15', '2026-09-14'],
          ['Pelaksanaan tahap I', '2026-10-15', status === 'NOT_STARTED' ? null : '2026-10-20'],
          ['Pelaksanaan tahap II dan laporan', due, status === 'DONE' ? '2026-10-10' : null],
        ],
      });
    });
  }
  let id = 1;
  const rows: unknown[][] = [];
  const milestones: unknown[][] = [];
  for (const p of list) {
    rows.push([id, p.region, p.title, p.description, opds.get(`${p.region}/${p.opd}`), p.start, p.due, p.status, p.doneAt, p.synthetic]);
    for (const [i, [title, due, done]] of p.milestones.entries()) milestones.push([id, i + 1, title, due, done]);
    id++;
  }
  await bulkInsert(
    db,
    'priority',
    [
      { name: 'id', type: 'int' },
      { name: 'region_code', type: 'text' },
      { name: 'title', type: 'text' },
      { name: 'description', type: 'text' },
      { name: 'owner_opd_id', type: 'int' },
      { name: 'start_date', type: 'date' },
      { name: 'due_date', type: 'date' },
      { name: 'status', type: '"PriorityStatus"' },
      { name: 'done_at', type: 'date' },
      { name: 'synthetic', type: 'bool' },
    ],
    rows,
  );
  await syncSequence(db, 'priority');
  await bulkInsert(
    db,
    'priority_milestone',
    [
      { name: 'priority_id', type: 'int' },
      { name: 'position', type: 'int' },
      { name: 'title', type: 'text' },
      { name: 'due_date', type: 'date' },
      { name: 'done_at', type: 'date' },
    ],
    milestones,
  );
}

interface RakorSpec {
  region: string;
  cluster: number | null;
  title: string;
  heldOn: string;
  location: string;
  chair: string;
  status: 'PLANNED' | 'HELD';
  synthetic: boolean;
  sourceNote: string | null;
  attendees: string[];
  agenda: [string, string | null, unknown[]][];
  decisions: [string, [string, string, string, string, string | null][]][];
}

async function seedRakor(db: Tx, opds: Map<OpdKey, number>, clusters: Map<string, number>, random: Random): Promise<void> {
  const specs: RakorSpec[] = [
    {
      region: '16.06',
      cluster: 1,
      title: 'Rapat Koordinasi Percepatan Penanggulangan Kemiskinan Klaster 1',
      heldOn: '2019-05-02',
      location: 'Ruang Rapat Randik Setda Muba, Sekayu',
      chair: 'Asisten Bidang Pemerintahan dan Kesra Setda Muba (Ketua Klaster 1)',
      status: 'HELD',
      synthetic: false,
      sourceNote: 'article-004-muba',
      attendees: ['DINSOS', 'DINKES', 'DISDIK', 'PERKIM', 'DP3A', 'RSUD', 'BPS', 'BPJS-KES', 'TP-PKK', 'BAZNAS'],
      agenda: [
        [
          'Progres program penanggulangan kemiskinan Dinas Sosial 2018',
          'DINSOS',
          [
            { label: 'Pagu 2018', value: 350_000_000, unit: 'Rp', source: 'article-004-muba' },
            { label: 'Realisasi 2018', value: 332_000_000, unit: 'Rp', source: 'article-004-muba' },
            { label: 'Rumah dibedah bersama Baznas', value: 7, unit: 'unit', source: 'article-004-muba' },
          ],
        ],
        ['Permasalahan: bantuan tidak tepat sasaran dan ego sektoral', 'DISDIK', []],
      ],
      decisions: [
        [
          'Setiap OPD klaster 1 berkoordinasi dengan Dinas Sosial sebelum menyalurkan bantuan',
          [['Daftar penerima bantuan dipadankan dengan Dinas Sosial', 'DINSOS', '2019-06-30', 'DONE', '2019-06-25']],
        ],
        [
          'Pimpinan OPD memaparkan progres program pengentasan kemiskinan di rakor berikutnya',
          [['Paparan progres per OPD', 'DISDIK', '2019-08-31', 'DONE', '2019-08-29']],
        ],
      ],
    },
    {
      region: '64.74',
      cluster: null,
      title: 'Rapat koordinasi lintas sektoral penanganan kemiskinan ekstrem dan stunting',
      heldOn: '2024-04-10',
      location: 'Ruang Rapat Utama Kantor Wali Kota Bontang',
      chair: 'Wakil Wali Kota Bontang',
      status: 'HELD',
      synthetic: false,
      sourceNote: 'article-002-bontang (date as printed; the article suggests 2025)',
      attendees: ['DINSOS', 'DINKES', 'DPM', 'DISNAKER', 'BAZNAS', 'BAPPEDA'],
      agenda: [
        ['Penanganan kemiskinan ekstrem sebagai prioritas 100 hari kerja', 'BAPPEDA', []],
        ['Pendataan mandiri RT dengan empat indikator fakir miskin', 'DINSOS', []],
      ],
      decisions: [
        [
          'Lok Tuan, Api-api, Tanjung Laut dan Tanjung Laut Indah ditetapkan sebagai lokasi intervensi prioritas, target nol kemiskinan ekstrem',
          [['Rencana intervensi per kelurahan prioritas', 'DINSOS', '2024-05-31', 'DONE', '2024-05-28']],
        ],
        [
          'RT dan kelurahan melakukan pendataan mandiri dengan empat indikator utama fakir miskin',
          [['Formulir dan pelatihan pendataan RT', 'DPM', '2024-06-30', 'DONE', '2024-07-05']],
        ],
      ],
    },
    {
      region: '64',
      cluster: null,
      title: 'Rakor dan Sinkronisasi Teknis Bidang Kesejahteraan Sosial Kaltim',
      heldOn: '2017-04-06',
      location: 'Kantor Dinas Sosial Provinsi Kalimantan Timur, Samarinda',
      chair: 'Sekretaris Provinsi Kalimantan Timur',
      status: 'HELD',
      synthetic: false,
      sourceNote: 'article-001-kaltim',
      attendees: [],
      agenda: [['Lurah dan RT sebagai sumber informasi masalah kesejahteraan sosial', null, []]],
      decisions: [],
    },
  ];
  const followUpTitles: [string, string][] = [
    ['Padankan daftar penerima bantuan dengan DTSEN', 'DINSOS'],
    ['Laporkan realisasi bulanan tepat waktu', 'BAPPEDA'],
    ['Salurkan bantuan bedah rumah tahap II', 'PERKIM'],
    ['Jadwalkan pelatihan menjahit dan bengkel', 'DISNAKER'],
    ['Verifikasi KK miskin ekstrem yang belum menerima bantuan', 'DINSOS'],
    ['Pendampingan keluarga rawan stunting di kecamatan prioritas', 'DINKES'],
  ];
  for (const region of DEMO_REGENCIES) {
    for (const [cluster, heldOn] of [
      [null, '2026-08-20'],
      [1, '2026-10-08'],
      [4, '2026-10-22'],
    ] as const) {
      const picks = [0, 1, 2, 3, 4, 5].filter(() => random.chance(0.6)).slice(0, 4);
      specs.push({
        region,
        cluster,
        title: cluster ? `Rakor Klaster ${cluster} Triwulan III 2026` : 'Rakor TKPKD Semester I 2026',
        heldOn,
        location: 'Ruang Rapat Bappeda',
        chair: cluster ? 'Ketua Klaster' : 'Wakil Kepala Daerah (Ketua TKPKD)',
        status: 'HELD',
        synthetic: true,
        sourceNote: null,
        attendees: ['BAPPEDA', 'DINSOS', 'DINKES', 'PERKIM', 'DISNAKER'],
        agenda: [
          ['Capaian anggaran dan keluaran program', 'BAPPEDA', []],
          ['Ketepatan sasaran bantuan', 'DINSOS', []],
        ],
        decisions: picks.map((i) => {
          const [title, opd] = followUpTitles[i]!;
          const due = new Date(Date.parse(heldOn) + random.int(20, 70) * 86_400_000).toISOString().slice(0, 10);
          const roll = random.next();
          const status = roll < 0.35 ? 'DONE' : roll < 0.75 ? 'IN_PROGRESS' : 'OPEN';
          // Done before the demo's today (23 November 2026), never in the future.
          const doneOn = due < '2026-11-20' ? due : '2026-11-20';
          return [
            `${title} (keputusan rakor)`,
            [[title, opd, due, status, status === 'DONE' ? doneOn : null]],
          ] as RakorSpec['decisions'][number];
        }),
      });
    }
    specs.push({
      region,
      cluster: null,
      title: 'Rakor TKPKD Semester II 2026',
      heldOn: '2026-12-10',
      location: 'Ruang Rapat Bappeda',
      chair: 'Wakil Kepala Daerah (Ketua TKPKD)',
      status: 'PLANNED',
      synthetic: true,
      sourceNote: null,
      attendees: [],
      agenda: [['Evaluasi tindak lanjut rakor sebelumnya', 'BAPPEDA', []]],
      decisions: [],
    });
  }
  for (const s of specs) {
    const clusterId = s.cluster ? clusters.get(`${s.region}/${s.cluster}`) : null;
    const [rakor] = await db.raw<{ id: number }>(
      `INSERT INTO rakor (region_code, cluster_id, title, held_on, location, chair, status, synthetic, source_note)
       VALUES ($1, $2, $3, $4, $5, $6, $7::"RakorStatus", $8, $9) RETURNING id`,
      [s.region, clusterId ?? null, s.title, s.heldOn, s.location, s.chair, s.status, s.synthetic, s.sourceNote],
    );
    const rakorId = rakor!.id;
    const opd = (short: string | null) => (short ? (opds.get(`${s.region}/${short}`) ?? null) : null);
    await bulkInsert(
      db,
      'rakor_attendee',
      [
        { name: 'rakor_id', type: 'int' },
        { name: 'opd_id', type: 'int' },
      ],
      s.attendees.map((a) => [rakorId, opd(a)]).filter((r) => r[1] !== null),
    );
    await bulkInsert(
      db,
      'rakor_agenda_item',
      [
        { name: 'rakor_id', type: 'int' },
        { name: 'position', type: 'int' },
        { name: 'title', type: 'text' },
        { name: 'presenter_opd_id', type: 'int' },
        { name: 'figures', type: 'jsonb' },
      ],
      s.agenda.map(([title, presenter, figures], i) => [rakorId, i + 1, title, opd(presenter), figures]),
    );
    for (const [i, [text, followUps]] of s.decisions.entries()) {
      const [decision] = await db.raw<{ id: number }>(
        'INSERT INTO rakor_decision (rakor_id, position, text) VALUES ($1, $2, $3) RETURNING id',
        [rakorId, i + 1, text],
      );
      await bulkInsert(
        db,
        'follow_up',
        [
          { name: 'decision_id', type: 'int' },
          { name: 'title', type: 'text' },
          { name: 'owner_opd_id', type: 'int' },
          { name: 'due_date', type: 'date' },
          { name: 'status', type: '"FollowUpStatus"' },
          { name: 'done_at', type: 'date' },
        ],
        followUps.map(([title, owner, due, status, done]) => [decision!.id, title, opd(owner), due, status, done]),
      );
    }
  }
}

// ───────────────────────────── users and settings ─────────────────────────────

/** Demo users, one per role (and a second cluster head and operator for Muba's klaster 1). */
export const DEMO_USERS = [
  { username: 'admin', displayName: 'Sekretariat TKPKD (Bappeda)', role: 'ADMIN', region: null, opd: null, cluster: null },
  { username: 'walikota', displayName: 'Wali Kota Palembang', role: 'EXECUTIVE', region: '16.71', opd: null, cluster: null },
  { username: 'klaster1', displayName: 'Ketua Klaster 1 Kota Palembang', role: 'CLUSTER_HEAD', region: '16.71', opd: null, cluster: 1 },
  {
    username: 'dinsos',
    displayName: 'Operator Dinas Sosial Kota Palembang',
    role: 'OPD_OPERATOR',
    region: '16.71',
    opd: 'DINSOS',
    cluster: null,
  },
  {
    username: 'kelurahan',
    displayName: 'Operator Kelurahan (Ilir Timur Dua)',
    role: 'REGION_OPERATOR',
    region: 'first-kelurahan-of:16.71.06',
    opd: null,
    cluster: null,
  },
  {
    username: 'klaster1.muba',
    displayName: 'Ketua Klaster 1 Kabupaten Musi Banyuasin',
    role: 'CLUSTER_HEAD',
    region: '16.06',
    opd: null,
    cluster: 1,
  },
  {
    username: 'dinsos.muba',
    displayName: 'Operator Dinas Sosial Kabupaten Musi Banyuasin',
    role: 'OPD_OPERATOR',
    region: '16.06',
    opd: 'DINSOS',
    cluster: null,
  },
  { username: 'walikota.bontang', displayName: 'Wali Kota Bontang', role: 'EXECUTIVE', region: '64.74', opd: null, cluster: null },
] as const;

async function seedUsers(
  db: Tx,
  opds: Map<OpdKey, number>,
  clusters: Map<string, number>,
  children: Map<string, RegionRow[]>,
): Promise<void> {
  // One hash for every demo user: scrypt is slow on purpose, and they share the demo password.
  const hash = await hashPassword(DEMO_PASSWORD);
  const rows = DEMO_USERS.map((u) => {
    const region = u.region?.startsWith('first-kelurahan-of:') ? (children.get(u.region.split(':')[1]!)?.[0]?.code ?? null) : u.region;
    const regency = region?.slice(0, 5) ?? '';
    return [
      u.username,
      u.displayName,
      hash,
      u.role,
      region,
      u.opd ? opds.get(`${regency}/${u.opd}`) : null,
      u.cluster ? clusters.get(`${regency}/${u.cluster}`) : null,
    ];
  });
  await bulkInsert(
    db,
    'app_user',
    [
      { name: 'username', type: 'text' },
      { name: 'display_name', type: 'text' },
      { name: 'password_hash', type: 'text' },
      { name: 'role', type: '"Role"' },
      { name: 'region_code', type: 'text' },
      { name: 'opd_id', type: 'int' },
      { name: 'cluster_id', type: 'int' },
    ],
    rows,
  );
}

async function seedSettings(db: Tx): Promise<void> {
  const settings: [string, unknown, string][] = [
    ['fiscal.currentYear', DEMO_FISCAL_YEAR, 'Fiscal year the dashboards open on.'],
    [
      'targets.statusThresholds',
      { onTrackMaxGap: 0, atRiskMaxGap: 0.25 },
      'Gap between target and actual as a share of the target: ≤ onTrackMaxGap is on track, < atRiskMaxGap at risk, else off track (as local e-monev tools use).',
    ],
    ['privacy.minCellSize', 5, 'Aggregates shown to wide audiences suppress household counts below this number.'],
    [
      'demo.seed',
      { seed: DEMO_SEED, seededAt: new Date().toISOString() },
      'The demo data set: synthetic except where a source says otherwise.',
    ],
  ];
  await bulkInsert(
    db,
    'setting',
    [
      { name: 'key', type: 'text' },
      { name: 'value', type: 'jsonb' },
      { name: 'description', type: 'text' },
    ],
    settings,
  );
  const lines = [2020, 2021, 2022, 2023, 2024, 2025, 2026].map((year) => [
    year,
    year < 2022 ? 10_739 : 11_000,
    'Default from the World Bank PPP line converted (≈ Rp10.000–11.000 a day); set the official figure per year.',
  ]);
  await bulkInsert(
    db,
    'extreme_poverty_line',
    [
      { name: 'year', type: 'int' },
      { name: 'rupiah_per_capita_day', type: 'int' },
      { name: 'note', type: 'text' },
    ],
    lines,
  );
}

// ───────────────────────────── helpers ─────────────────────────────

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

const roundTo = (value: number, step: number) => Math.round(value / step) * step;
const round1 = (value: number) => Math.round(value * 10) / 10;
