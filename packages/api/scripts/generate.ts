// pnpm db:generate --households N [--with-members] [--seed S]
// Adds N synthetic households (with identities and benefits) to the database and prints the rate.
import { migrateDatabase } from '../src/migrations/engine.js';
import { generateLargeDataSet } from '../src/seed/generate.js';
import { exitWithError, UsageError, withDatabase } from './cli.js';

const USAGE = 'usage: pnpm db:generate --households N [--with-members] [--seed S]';

export function parseGenerateArgs(argv: readonly string[]): { households: number; withMembers: boolean; seed?: number } {
  let households: number | undefined;
  let withMembers = false;
  let seed: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? (arg.split('=', 2) as [string, string]) : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--households' || flag === '-n') {
      const raw = value();
      // Allow 1_000_000 and 1,000,000 as people write them.
      const n = Number(String(raw).replaceAll(/[_,]/g, ''));
      if (raw === undefined || !Number.isInteger(n) || n < 1) {
        throw new UsageError(`--households needs a whole number of at least 1, got "${raw ?? ''}". ${USAGE}`);
      }
      households = n;
    } else if (flag === '--with-members') withMembers = true;
    else if (flag === '--seed') {
      const raw = value();
      seed = Number(raw);
      if (!Number.isInteger(seed)) throw new UsageError(`--seed needs a whole number, got "${raw ?? ''}". ${USAGE}`);
    } else if (flag === '--') continue;
    else throw new UsageError(`unknown argument "${arg}". ${USAGE}`);
  }
  if (households === undefined) throw new UsageError(`--households is required. ${USAGE}`);
  return { households, withMembers, ...(seed === undefined ? {} : { seed }) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let args: ReturnType<typeof parseGenerateArgs>;
  try {
    args = parseGenerateArgs(process.argv.slice(2));
  } catch (error) {
    exitWithError(error);
  }
  await withDatabase(async (db) => {
    console.log((await migrateDatabase(db)).summary);
    console.log(`Generating ${args.households.toLocaleString('en')} households into ${db.label} …`);
    const r = await generateLargeDataSet(db, { ...args, log: (line) => console.log(line) });
    console.log(
      `Generated ${r.households.toLocaleString('en')} households and ${r.benefits.toLocaleString('en')} benefits in ${r.seconds.toFixed(1)} s: ` +
        `${Math.round(r.householdsPerSecond).toLocaleString('en')} households/s, ${Math.round(r.rowsPerSecond).toLocaleString('en')} rows/s ` +
        `(rollups refreshed in ${r.rollupSeconds.toFixed(1)} s).`,
    );
  });
}
