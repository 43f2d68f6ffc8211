// Settings an admin may change (table `setting`), read with their defaults.
import type { Database } from '../../db.js';

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
export const currentFiscalYear = (db: Database) => readSetting(db, 'fiscal.currentYear', new Date().getUTCFullYear());

export interface RegistryProvenance {
  sourceId: string;
  synthetic: boolean;
  /** What the counts describe, e.g. "registri KK, tahun anggaran 2026". */
  vintage: string;
}

/**
 * Provenance of figures counted from the household registry. A database loaded by the demo seed
 * holds a synthetic registry; one loaded from P3KE/DTSEN imports does not.
 */
export async function registryProvenance(db: Database): Promise<RegistryProvenance> {
  const [all, year] = await Promise.all([allSettings(db), currentFiscalYear(db)]);
  const demo = all.get('demo.seed');
  return demo
    ? { sourceId: 'pantau-synthetic', synthetic: true, vintage: `registri KK sintetis, ${year}` }
    : { sourceId: 'registry', synthetic: false, vintage: `registri KK, ${year}` };
}
