// Larger synthetic registries for tests and benchmarks (`pnpm db:generate --households N`):
// N more households spread over the demo's kelurahan by population, reached by the current
// year's programs with the same targeting behaviour as the demo, then every rollup refreshed.
import type { Database } from '../db.js';
import { refreshAllRollups, runnerFromRaw } from '../modules/rollup/rollup.service.js';
import { DEMO_FISCAL_YEAR, DEMO_SEED, economies, isSeeded, seedDemo, TEMPLATES } from './demo.js';
import { generateHouseholds, type HouseholdBatch, type ReachProgram, type Status } from './households.js';
import { apportion, createRandom } from './random.js';
import { realIndicatorValues } from './reference.js';

export interface GenerateLargeOptions {
  households: number;
  withMembers?: boolean;
  /** Varies the synthetic stream, so repeated runs add different households. */
  seed?: number;
  log?: (line: string) => void;
}

export interface GenerateLargeResult {
  households: number;
  benefits: number;
  seconds: number;
  rowsPerSecond: number;
  householdsPerSecond: number;
  rollupSeconds: number;
}

const SHARES: [Status, HouseholdBatch['lifecycle'], number][] = [
  ['EXTREME', 'ACTIVE', 0.1],
  ['POOR', 'ACTIVE', 0.35],
  ['VULNERABLE', 'ACTIVE', 0.45],
  ['POOR', 'GRADUATED', 0.07],
  ['POOR', 'MOVED', 0.02],
  ['EXTREME', 'DECEASED', 0.01],
];

export async function generateLargeDataSet(db: Database, options: GenerateLargeOptions): Promise<GenerateLargeResult> {
  const log = options.log ?? (() => {});
  if (!Number.isInteger(options.households) || options.households < 1) {
    throw new RangeError(`households must be a whole number of at least 1, got ${options.households}`);
  }
  if (!(await isSeeded(db))) {
    log('Empty database: loading the demo data set first …');
    await seedDemo(db);
  }
  const kelurahan = await db.raw<{ code: string; name: string; regency: string; population: number }>(
    `SELECT k.code, k.name, left(k.code, 5) AS regency, COALESCE(r.population, 100000) AS population
     FROM region k JOIN region r ON r.code = left(k.code, 5)
     WHERE k.level = 'KELURAHAN' ORDER BY k.code`,
  );
  const random = createRandom((options.seed ?? Date.now()) >>> 0);
  // Kelurahan share their regency's population unevenly.
  const weights = kelurahan.map((k) => (k.population / 1000) * random.between(0.3, 1.7));
  const perKelurahan = apportion(options.households, weights);
  const batches: HouseholdBatch[] = [];
  for (const [i, k] of kelurahan.entries()) {
    const split = apportion(
      perKelurahan[i] ?? 0,
      SHARES.map(([, , share]) => share),
    );
    for (const [j, [status, lifecycle]] of SHARES.entries()) {
      if ((split[j] ?? 0) > 0) batches.push({ kelurahanCode: k.code, kelurahanName: k.name, status, lifecycle, count: split[j]! });
    }
  }
  const programs = await db.raw<{ id: number; region_code: string; code: string; target_group: ReachProgram['targetGroup'] }>(
    'SELECT id, region_code, code, target_group FROM program WHERE fiscal_year = $1',
    [DEMO_FISCAL_YEAR],
  );
  const reach: ReachProgram[] = programs.flatMap((p) => {
    const template = TEMPLATES.find((t) => p.code.startsWith(`${t.code}-`));
    return template
      ? [
          {
            id: p.id,
            regencyCode: p.region_code,
            fiscalYear: DEMO_FISCAL_YEAR,
            targetGroup: p.target_group,
            coverage: template.coverage,
            leakage: template.leakage,
            amountPerHousehold: template.amount,
          },
        ]
      : [];
  });
  const economy = economies(realIndicatorValues());
  const started = performance.now();
  let lastLog = 0;
  // One transaction: a generate that fails half-way leaves the database as it was.
  return db.transaction(async (raw) => {
    const result = await generateHouseholds(
      { raw },
      {
        batches,
        programs: reach,
        economy: (code) => economy.get(code) ?? { povertyLine: 650_000, extremeLine: 330_000 },
        seed: options.seed ?? DEMO_SEED + 1,
        withMembers: options.withMembers ?? false,
        chunk: 10_000,
        onProgress: (done, total) => {
          const now = performance.now();
          if (now - lastLog > 2_000 || done === total) {
            lastLog = now;
            const rate = done / ((now - started) / 1000);
            log(
              `  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} households (${Math.round(rate).toLocaleString('en')} households/s)`,
            );
          }
        },
      },
    );
    const written = performance.now();
    log('Refreshing rollups …');
    await refreshAllRollups(runnerFromRaw(raw), DEMO_FISCAL_YEAR);
    const rollupSeconds = (performance.now() - written) / 1000;
    const seconds = (written - started) / 1000;
    const rows = result.households + result.identities + result.members + result.benefits;
    return {
      households: result.households,
      benefits: result.benefits,
      seconds,
      rowsPerSecond: rows / seconds,
      householdsPerSecond: result.households / seconds,
      rollupSeconds,
    };
  });
}
