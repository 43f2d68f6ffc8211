// Synthetic households (KK) with protected identities and the benefits they received. Used by
// the demo seed (counts that add up to the articles' figures) and by `pnpm db:generate
// --households N` (100k–1M rows for tests and benchmarks). Everything here is flagged synthetic.
import type { Database } from '../db.js';
import { bulkInsert, syncSequence } from './bulk.js';
import { createRandom, type Random, seedFrom } from './random.js';

export type Status = 'EXTREME' | 'POOR' | 'VULNERABLE' | 'NOT_POOR';
export type Lifecycle = 'ACTIVE' | 'GRADUATED' | 'MOVED' | 'DECEASED';
export type TargetGroup = 'EXTREME_POOR' | 'POOR' | 'DESIL_1_2' | 'DESIL_1_4' | 'ALL_REGISTERED';

/** How many households of one status and lifecycle to make in one kelurahan. */
export interface HouseholdBatch {
  kelurahanCode: string;
  kelurahanName: string;
  status: Status;
  lifecycle: Lifecycle;
  count: number;
}

/** A current-year program households may receive, with how well it hits its target group. */
export interface ReachProgram {
  id: number;
  regencyCode: string;
  fiscalYear: number;
  targetGroup: TargetGroup;
  /** Chance an eligible household is reached, before the household's own connectedness. */
  coverage: number;
  /** Chance a registered household outside the target group is reached anyway (inclusion error). */
  leakage: number;
  /** Rupiah one reached household receives in the year. */
  amountPerHousehold: number;
}

export interface RegionEconomy {
  /** BPS poverty line, Rp per capita per month. */
  povertyLine: number;
  /** Extreme poverty line, Rp per capita per month. */
  extremeLine: number;
}

export interface GenerateOptions {
  batches: readonly HouseholdBatch[];
  programs: readonly ReachProgram[];
  economy: (regencyCode: string) => RegionEconomy;
  seed: number;
  withMembers: boolean;
  /** Called after each chunk with the households written so far. */
  onProgress?: (done: number, total: number) => void;
  chunk?: number;
}

export interface GenerateResult {
  households: number;
  identities: number;
  members: number;
  benefits: number;
}

// Synthetic names, by sex so a head recorded as female has a woman's name.
const MALE_NAMES = [
  'Ahmad',
  'Budi',
  'Agus',
  'Rahmat',
  'Yusuf',
  'Hendra',
  'Joko',
  'Andi',
  'Hasan',
  'Dedi',
  'Rudi',
  'Iwan',
  'Bambang',
  'Eko',
  'Arif',
  'Fauzi',
  'Heri',
  'Zainal',
  'Syahrul',
];
const FEMALE_NAMES = [
  'Siti',
  'Nur',
  'Dewi',
  'Sri',
  'Fitri',
  'Rina',
  'Wati',
  'Ratna',
  'Lestari',
  'Aminah',
  'Yanti',
  'Mulyani',
  'Sulastri',
  'Nurhayati',
  'Suryani',
  'Maryam',
  'Kartini',
  'Rosmini',
  'Halimah',
];
const firstName = (random: Random, female: boolean) => random.pick(female ? FEMALE_NAMES : MALE_NAMES);
const LAST_NAMES = [
  'Saputra',
  'Hidayat',
  'Pratama',
  'Lubis',
  'Siregar',
  'Nasution',
  'Harahap',
  'Wijaya',
  'Kurniawan',
  'Setiawan',
  'Rahman',
  'Hakim',
  'Syahputra',
  'Gunawan',
  'Susanto',
  'Ramadhan',
  'Fadillah',
  'Hasibuan',
  'Daulay',
  'Marpaung',
];
const STREETS = [
  'Jl. Merdeka',
  'Jl. Sudirman',
  'Jl. Masjid',
  'Lorong Sepakat',
  'Gang Mawar',
  'Jl. Pasar',
  'Jl. Sungai',
  'Lorong Damai',
  'Jl. Pelita',
  'Gang Melati',
];

export function isEligible(targetGroup: TargetGroup, status: Status, desil: number): boolean {
  switch (targetGroup) {
    case 'EXTREME_POOR':
      return status === 'EXTREME';
    case 'POOR':
      return status === 'EXTREME' || status === 'POOR';
    case 'DESIL_1_2':
      return desil >= 1 && desil <= 2;
    case 'DESIL_1_4':
      return desil >= 1 && desil <= 4;
    case 'ALL_REGISTERED':
      return true;
  }
}

function desilFor(status: Status, random: Random): number {
  switch (status) {
    case 'EXTREME':
      return 1;
    case 'POOR':
      return random.chance(0.6) ? 1 : 2;
    case 'VULNERABLE':
      return random.pick([2, 3, 3, 4, 4]);
    case 'NOT_POOR':
      return random.pick([4, 5, 6]);
  }
}

function expenditureFor(status: Status, economy: RegionEconomy, random: Random): number {
  const { povertyLine, extremeLine } = economy;
  const value =
    status === 'EXTREME'
      ? extremeLine * random.between(0.55, 0.98)
      : status === 'POOR'
        ? random.between(extremeLine, povertyLine * 0.99)
        : status === 'VULNERABLE'
          ? povertyLine * random.between(1.0, 1.5)
          : povertyLine * random.between(1.5, 2.6);
  return Math.round(value / 500) * 500;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A NIK-shaped number: kecamatan code digits, birth date (day + 40 for women), serial. Synthetic. */
function nikFor(kelurahanCode: string, birth: Date, female: boolean, serial: number): string {
  const district = kelurahanCode.replaceAll('.', '').slice(0, 6);
  const day = birth.getUTCDate() + (female ? 40 : 0);
  return `${district}${pad(day, 2)}${pad(birth.getUTCMonth() + 1, 2)}${pad(birth.getUTCFullYear() % 100, 2)}${pad(serial % 10_000, 4)}`;
}

function birthDate(random: Random, minAge: number, maxAge: number): Date {
  const year = 2026 - random.int(minAge, maxAge);
  return new Date(Date.UTC(year, random.int(0, 11), random.int(1, 28)));
}

/**
 * Writes households, identities, members and benefits in chunks. Household ids are assigned
 * here (from the table's current maximum) so identity and benefit rows can refer to them
 * without a round trip.
 */
export async function generateHouseholds(db: Pick<Database, 'raw'>, options: GenerateOptions): Promise<GenerateResult> {
  const { batches, programs, economy, withMembers } = options;
  const chunk = options.chunk ?? 5_000;
  const total = batches.reduce((sum, b) => sum + b.count, 0);
  const [maxRow] = await db.raw<{ max: number | null }>('SELECT MAX(id) AS max FROM household');
  let nextId = (maxRow?.max ?? 0) + 1;
  const result: GenerateResult = { households: 0, identities: 0, members: 0, benefits: 0 };
  const programsByRegency = new Map<string, ReachProgram[]>();
  for (const p of programs) programsByRegency.set(p.regencyCode, [...(programsByRegency.get(p.regencyCode) ?? []), p]);

  let households: unknown[][] = [];
  let identities: unknown[][] = [];
  let members: unknown[][] = [];
  let benefits: unknown[][] = [];

  const flush = async () => {
    await bulkInsert(db, 'household', HOUSEHOLD_COLUMNS, households, { chunkSize: chunk });
    await bulkInsert(db, 'household_identity', IDENTITY_COLUMNS, identities, { chunkSize: chunk });
    if (members.length) await bulkInsert(db, 'household_member', MEMBER_COLUMNS, members, { chunkSize: chunk });
    if (benefits.length) await bulkInsert(db, 'benefit', BENEFIT_COLUMNS, benefits, { chunkSize: chunk });
    result.households += households.length;
    result.identities += identities.length;
    result.members += members.length;
    result.benefits += benefits.length;
    households = [];
    identities = [];
    members = [];
    benefits = [];
    options.onProgress?.(result.households, total);
  };

  for (const batch of batches) {
    const random = createRandom(seedFrom(`${batch.kelurahanCode}/${batch.status}/${batch.lifecycle}`, options.seed));
    const regencyCode = batch.kelurahanCode.slice(0, 5);
    const econ = economy(regencyCode);
    const reachable = programsByRegency.get(regencyCode) ?? [];
    for (let i = 0; i < batch.count; i++) {
      const id = nextId++;
      const graduated = batch.lifecycle === 'GRADUATED';
      // A graduated household has climbed out: its current status is vulnerable or better.
      const status: Status = graduated ? (random.chance(0.7) ? 'VULNERABLE' : 'NOT_POOR') : batch.status;
      const desil = desilFor(status, random);
      const memberCount = status === 'EXTREME' ? random.int(1, 7) : random.int(1, 6);
      const rw = random.int(1, 12);
      const rt = random.int(1, 8);
      const verified = random.next();
      const verificationState = verified < 0.55 ? 'VERIFIED' : verified < 0.93 ? 'UNVERIFIED' : 'DISPUTED';
      const extreme = status === 'EXTREME';
      households.push([
        id,
        // From the id: unique across runs of the generator, and says nothing about the family.
        `KK-${batch.kelurahanCode}-${pad(id, 7)}`,
        batch.kelurahanCode,
        pad(rw, 3),
        pad(rt, 3),
        desil,
        status,
        memberCount,
        expenditureFor(status, econ, random),
        extreme || random.chance(0.25),
        random.chance(extreme ? 0.7 : 0.2),
        random.chance(extreme ? 0.6 : 0.15),
        random.chance(extreme ? 0.5 : 0.1),
        regencyCode === '16.71' ? 'P3KE' : 'DTSEN',
        regencyCode === '16.71' ? '2023-06-30' : '2025-01-31',
        verificationState,
        verificationState === 'UNVERIFIED' ? null : new Date(Date.UTC(2026, random.int(0, 9), random.int(1, 28))),
        batch.lifecycle,
        graduated ? random.pick([2024, 2025, 2026]) : null,
        true,
      ]);
      const female = random.chance(0.35);
      const headBirth = birthDate(random, 24, 78);
      const head = `${firstName(random, female)} ${random.pick(LAST_NAMES)}`;
      identities.push([
        id,
        nikFor(batch.kelurahanCode, headBirth, female, id),
        nikFor(batch.kelurahanCode, birthDate(random, 0, 30), false, id + 5_000),
        head,
        `${random.pick(STREETS)} No. ${random.int(1, 240)}, RT ${pad(rt, 3)}/RW ${pad(rw, 3)}, Kel. ${batch.kelurahanName}`,
      ]);
      if (withMembers) {
        members.push([
          id,
          nikFor(batch.kelurahanCode, headBirth, female, id),
          head,
          'KEPALA_KELUARGA',
          female ? 'FEMALE' : 'MALE',
          headBirth,
        ]);
        for (let m = 1; m < memberCount; m++) {
          const spouse = m === 1 && !female;
          const sex = spouse ? 'FEMALE' : random.chance(0.5) ? 'FEMALE' : 'MALE';
          const birth = spouse ? birthDate(random, 22, 70) : birthDate(random, 0, 25);
          members.push([
            id,
            nikFor(batch.kelurahanCode, birth, sex === 'FEMALE', id + m * 10_000),
            `${firstName(random, sex === 'FEMALE')} ${random.pick(LAST_NAMES)}`,
            spouse ? 'ISTRI' : 'ANAK',
            sex,
            birth,
          ]);
        }
      }
      if (batch.lifecycle === 'ACTIVE' || graduated) {
        // Connectedness models ego sektoral: some households are on every list, others on none.
        const roll = random.next();
        const connectedness = roll < 0.25 ? 0.35 : roll < 0.8 ? 1 : 1.7;
        for (const p of reachable) {
          const eligible = isEligible(p.targetGroup, status, desil);
          const chance = Math.min(0.97, (eligible ? p.coverage : p.leakage) * connectedness * (graduated ? 0.5 : 1));
          if (random.chance(chance)) benefits.push([id, p.id, p.fiscalYear, 0, p.amountPerHousehold, true]);
        }
      }
      if (households.length >= chunk) await flush();
    }
  }
  if (households.length) await flush();
  await syncSequence(db, 'household');
  return result;
}

const HOUSEHOLD_COLUMNS = [
  { name: 'id', type: 'int' },
  { name: 'household_number', type: 'text' },
  { name: 'kelurahan_code', type: 'text' },
  { name: 'rw', type: 'text' },
  { name: 'rt', type: 'text' },
  { name: 'desil', type: 'int' },
  { name: 'poverty_status', type: '"PovertyStatus"' },
  { name: 'member_count', type: 'int' },
  { name: 'per_capita_expenditure', type: 'int' },
  { name: 'lacks_income', type: 'bool' },
  { name: 'inadequate_housing', type: 'bool' },
  { name: 'food_insecure', type: 'bool' },
  { name: 'no_basic_services', type: 'bool' },
  { name: 'data_source', type: '"HouseholdDataSource"' },
  { name: 'data_vintage', type: 'date' },
  { name: 'verification_state', type: '"VerificationState"' },
  { name: 'verified_at', type: 'timestamp' },
  { name: 'lifecycle', type: '"HouseholdLifecycle"' },
  { name: 'graduated_year', type: 'int' },
  { name: 'synthetic', type: 'bool' },
] as const;

const IDENTITY_COLUMNS = [
  { name: 'household_id', type: 'int' },
  { name: 'nik', type: 'text' },
  { name: 'kk_number', type: 'text' },
  { name: 'head_name', type: 'text' },
  { name: 'address', type: 'text' },
] as const;

const MEMBER_COLUMNS = [
  { name: 'household_id', type: 'int' },
  { name: 'nik', type: 'text' },
  { name: 'name', type: 'text' },
  { name: 'relationship', type: 'text' },
  { name: 'sex', type: '"Sex"' },
  { name: 'birth_date', type: 'date' },
] as const;

const BENEFIT_COLUMNS = [
  { name: 'household_id', type: 'int' },
  { name: 'program_id', type: 'int' },
  { name: 'fiscal_year', type: 'int' },
  { name: 'month', type: 'int' },
  { name: 'amount', type: 'bigint' },
  { name: 'synthetic', type: 'bool' },
] as const;
