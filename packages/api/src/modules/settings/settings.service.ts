// Settings an admin may change (table `setting`), read with their defaults.
import type { Viewer } from '../../context.js';
import type { Database } from '../../db.js';
import { DomainError } from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { noteTopics } from '../../read-tracking.js';
import { forbidden } from '../auth/scope.js';
import { numberIn, wholeNumber } from '../common/input.js';
import { assertVersion, audit, type Tx, write } from '../common/write.js';
import { refreshHouseholdRollup, refreshProgramReachRollup, runnerFromPrisma } from '../rollup/rollup.service.js';

export interface StatusThresholds {
  /** Gap (actual − target) / target at or below which a figure is on track. */
  onTrackMaxGap: number;
  /** Gap below which it is at risk; at or above, off track. */
  atRiskMaxGap: number;
}

export const DEFAULT_THRESHOLDS: StatusThresholds = { onTrackMaxGap: 0, atRiskMaxGap: 0.25 };
export const DEFAULT_MIN_CELL_SIZE = 5;

/** All settings in one query; once per request when the request's db carries a memo. */
export function allSettings(db: Database): Promise<Map<string, unknown>> {
  const cached = db.requestCache?.get('settings') as Promise<Map<string, unknown>> | undefined;
  // The memo may have been filled before the answer cache began noting this request's reads.
  noteTopics('setting');
  if (cached) return cached;
  const read = db
    .raw<{ key: string; value: unknown }>('SELECT key, value FROM setting')
    .then((rows) => new Map(rows.map((r) => [r.key, r.value])));
  db.requestCache?.set('settings', read);
  return read;
}

async function readSetting<T>(db: Database, key: string, fallback: T): Promise<T> {
  const all = await allSettings(db);
  return all.has(key) ? (all.get(key) as T) : fallback;
}

export const statusThresholds = (db: Database) => readSetting(db, 'targets.statusThresholds', DEFAULT_THRESHOLDS);
/** Household counts below this are suppressed in aggregates for roles without household access. */
export const minCellSize = (db: Database) => readSetting(db, 'privacy.minCellSize', DEFAULT_MIN_CELL_SIZE);
/** The fiscal year dashboards open on: the admin's setting, else the year of the clock's today. */
export const currentFiscalYear = (db: Database, today: Date) => readSetting(db, 'fiscal.currentYear', today.getUTCFullYear());

export interface RegistryProvenance {
  sourceId: string;
  synthetic: boolean;
  /** What the counts describe, e.g. "registri KK, tahun anggaran 2026". */
  vintage: string;
}

/**
 * Provenance of figures counted from the household registry of a region: the newest vintage
 * imported for its kabupaten/kota ("P3KE, ditarik 15 Januari 2026"); the demo's synthetic registry
 * where nothing was imported and the demo is loaded.
 */
export async function registryProvenance(db: Database, today: Date, regionCode: string): Promise<RegistryProvenance> {
  const regency = regionCode.slice(0, 5);
  const [all, year, [newest]] = await Promise.all([
    allSettings(db),
    currentFiscalYear(db, today),
    db.raw<{ data_source: string; drawn_on: Date }>(
      `SELECT data_source::text AS data_source, drawn_on FROM registry_vintage
       WHERE EXISTS (SELECT 1 FROM unnest(region_codes) AS c(code) WHERE c.code = $1 OR c.code LIKE $1 || '.%')
       ORDER BY drawn_on DESC, id DESC LIMIT 1`,
      [regency],
    ),
  ]);
  if (!newest && all.get('demo.seed')) return { sourceId: 'pantau-synthetic', synthetic: true, vintage: `registri KK sintetis, ${year}` };
  if (!newest) return { sourceId: 'registry', synthetic: false, vintage: `registri KK, ${year}` };
  return {
    sourceId: 'registry',
    synthetic: false,
    vintage: `${REGISTRY_NAMES[newest.data_source] ?? newest.data_source}, ditarik ${DRAWN_ON.format(newest.drawn_on)}`,
  };
}

const REGISTRY_NAMES: Record<string, string> = { P3KE: 'P3KE', DTSEN: 'DTSEN', DTKS: 'DTKS', LOCAL_SURVEY: 'survei daerah' };
const DRAWN_ON = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'UTC' });

// ───────────────────────────── writes (issue 11) ─────────────────────────────
// Settings are deployment-wide (one `setting` row per key, read by every region's figures), so
// only a deployment-wide ADMIN changes them; an ADMIN of one kabupaten/kota reads them. The
// `updatedAt` of a setting is its version: a save from a form opened before another save is
// refused with who and when. `privacy.secret` is never read or written here.

export const SETTING_THRESHOLDS_ORDER = 'settings/thresholds_order';

const THRESHOLDS_KEY = 'targets.statusThresholds';
const FISCAL_YEAR_KEY = 'fiscal.currentYear';

const DESCRIPTIONS: Record<string, string> = {
  [THRESHOLDS_KEY]:
    'Gap between target and actual as a share of the target: ≤ onTrackMaxGap is on track, < atRiskMaxGap at risk, else off track (as local e-monev tools use).',
  [FISCAL_YEAR_KEY]: 'Fiscal year the dashboards open on.',
};

export interface EditableSettings {
  statusThresholds: StatusThresholds;
  /** When the thresholds were last saved; null while the defaults apply. */
  statusThresholdsUpdatedAt: Date | null;
  currentFiscalYear: number;
  fiscalYearUpdatedAt: Date | null;
}

export async function editableSettings(db: Database, today: Date): Promise<EditableSettings> {
  const rows = await db.prisma.setting.findMany({ where: { key: { in: [THRESHOLDS_KEY, FISCAL_YEAR_KEY] } } });
  const row = (key: string) => rows.find((r) => r.key === key);
  const thresholds = row(THRESHOLDS_KEY)?.value as StatusThresholds | undefined;
  const year = row(FISCAL_YEAR_KEY)?.value;
  return {
    statusThresholds: thresholds ?? DEFAULT_THRESHOLDS,
    statusThresholdsUpdatedAt: row(THRESHOLDS_KEY)?.updatedAt ?? null,
    currentFiscalYear: typeof year === 'number' ? year : today.getUTCFullYear(),
    fiscalYearUpdatedAt: row(FISCAL_YEAR_KEY)?.updatedAt ?? null,
  };
}

/** True for an ADMIN whose area is the whole deployment: settings apply to every region. */
export const canEditSettings = (viewer: Viewer) => viewer.role === 'ADMIN' && viewer.regionCode === null;

function assertCanEdit(viewer: Viewer): void {
  if (!canEditSettings(viewer)) {
    throw forbidden('Settings apply to every region in Pantau; only a deployment-wide ADMIN changes them');
  }
}

/** Writes one setting after checking the version the form saw; returns the value before. */
async function putSetting(tx: Tx, viewer: Viewer, key: string, value: unknown, seenUpdatedAt: Date | null | undefined): Promise<void> {
  const current = await tx.setting.findUnique({ where: { key } });
  await assertVersion(
    tx,
    'setting',
    key,
    current?.updatedAt.getTime() ?? 0,
    seenUpdatedAt === undefined ? undefined : (seenUpdatedAt?.getTime() ?? 0),
  );
  await tx.setting.upsert({
    where: { key },
    create: { key, value: value as Prisma.InputJsonValue, description: DESCRIPTIONS[key] ?? key },
    update: { value: value as Prisma.InputJsonValue },
  });
  await audit(tx, viewer, {
    entity: 'setting',
    entityId: key,
    action: current ? 'update' : 'create',
    before: current?.value ?? null,
    after: value,
  });
}

export function updateStatusThresholds(
  db: Database,
  viewer: Viewer,
  input: StatusThresholds & { updatedAt?: Date | null | undefined },
): Promise<void> {
  assertCanEdit(viewer);
  const onTrackMaxGap = numberIn(input.onTrackMaxGap, 'onTrackMaxGap', -0.5, 0.5);
  const atRiskMaxGap = numberIn(input.atRiskMaxGap, 'atRiskMaxGap', -0.5, 1);
  if (atRiskMaxGap <= onTrackMaxGap) {
    throw new DomainError(SETTING_THRESHOLDS_ORDER, 'The at-risk limit must be above the on-track limit', 'atRiskMaxGap');
  }
  // Statuses are computed when read (program outcomes, target progress); the answer cache follows
  // the setting table's data version, so every figure shows the new statuses at once.
  return write(db, (tx) => putSetting(tx, viewer, THRESHOLDS_KEY, { onTrackMaxGap, atRiskMaxGap }, input.updatedAt));
}

export function setCurrentFiscalYear(db: Database, viewer: Viewer, year: number, updatedAt: Date | null | undefined): Promise<void> {
  assertCanEdit(viewer);
  wholeNumber(year, 'year', 2000, 2100);
  return write(db, async (tx) => {
    await putSetting(tx, viewer, FISCAL_YEAR_KEY, year, updatedAt);
    // The household rollup's "reached by no program" and the reach rollup describe one fiscal
    // year (rollups.fiscalYear): they follow a new year in the same transaction. Saving the year
    // they already describe recomputes nothing (a whole-registry refresh takes seconds).
    const described = await tx.setting.findUnique({ where: { key: 'rollups.fiscalYear' } });
    if (described?.value === year) return;
    const sql = runnerFromPrisma(tx);
    await refreshHouseholdRollup(sql, year);
    await refreshProgramReachRollup(sql, year);
  });
}
