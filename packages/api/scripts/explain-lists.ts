// pnpm explain:lists [--region CODE]… [--analyze]
//
// Prints the query plans of the household list (`households(filter: {regionCode})`, a first page
// of 50 and its totalCount) for a kabupaten/kota, a kecamatan and a kelurahan of the database the
// environment names (PGlite in .data/pglite, or DATABASE_URL), so anyone can check at their own
// registry size that a region filter reads an index range or a rollup, never the whole registry
// (issue 13). --analyze runs them (EXPLAIN ANALYZE) and shows the times.
import { parseArgs } from 'node:util';
import { clockFromEnv } from '../src/clock.js';
import { householdListPlans } from '../src/modules/household/household.plans.js';
import { REGION_CODE } from '../src/region-code.js';
import { exitWithError, UsageError, withDatabase } from './cli.js';

let args: { regions: string[]; analyze: boolean };
try {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: { region: { type: 'string', multiple: true }, analyze: { type: 'boolean' } },
  });
  const regions = values.region ?? [];
  for (const code of regions)
    if (!REGION_CODE.test(code)) throw new UsageError(`--region must be a Kemendagri code such as 16.71.06, got "${code}"`);
  args = { regions, analyze: values.analyze ?? false };
} catch (error) {
  exitWithError(
    error instanceof UsageError
      ? error
      : new UsageError(`${(error as Error).message}\nusage: pnpm explain:lists [--region CODE]… [--analyze]`),
  );
}

await withDatabase(async (db) => {
  const [schema] = await db.raw<{ ok: boolean }>(`SELECT to_regclass('household_rollup') IS NOT NULL AS ok`);
  if (!schema?.ok) throw new UsageError('the database has no Pantau schema yet: run `pnpm db:migrate` (or `pnpm start`) first');
  let regions = args.regions;
  if (regions.length === 0) {
    // The kabupaten/kota with the most households, its largest kecamatan and kelurahan.
    const [kelurahan] = await db.raw<{ code: string }>(
      'SELECT kelurahan_code AS code FROM household_rollup GROUP BY 1 ORDER BY SUM(households) DESC, 1 LIMIT 1',
    );
    if (!kelurahan) throw new UsageError('the database holds no households: run `pnpm db:seed` or import a registry first');
    regions = [kelurahan.code.slice(0, 5), kelurahan.code.slice(0, 8), kelurahan.code];
  }
  const [size] = await db.raw<{ households: string }>('SELECT COALESCE(SUM(households), 0)::text AS households FROM household_rollup');
  console.log(
    `Household list plans, ${Number(size?.households ?? 0).toLocaleString('en')} households${args.analyze ? ' (EXPLAIN ANALYZE)' : ''}\n`,
  );
  const plans = await householdListPlans(db, regions, clockFromEnv(process.env, { demo: true }).today(), { analyze: args.analyze });
  for (const { label, plan } of plans) console.log(`## ${label}\n${plan}\n`);
});
