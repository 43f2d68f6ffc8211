// pnpm db:seed — loads the demo data set into an empty database; does nothing when data is there.
import { migrateDatabase } from '../src/migrations/engine.js';
import { isSeeded, seedDemo } from '../src/seed/demo.js';
import { withDatabase } from './cli.js';

await withDatabase(async (db) => {
  console.log((await migrateDatabase(db)).summary);
  if (await isSeeded(db)) {
    console.log(`Demo data already present in ${db.label}; nothing to do.`);
    return;
  }
  const summary = await seedDemo(db, (line) => console.log(`  ${line}`));
  console.log(
    `Seeded ${db.label} in ${summary.seconds.toFixed(1)} s: ${summary.regions} regions, ${summary.households} households, ` +
      `${summary.programs} programs, ${summary.reports} reports, ${summary.benefits} benefits, ${summary.indicatorValues} indicator values.`,
  );
});
