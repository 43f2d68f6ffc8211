// `pnpm db:migrate`: applies the pending migrations of prisma/migrations to the database
// chosen by the environment (PGlite in .data/pglite, or PostgreSQL when DATABASE_URL is set).
import { DatabaseUnavailableError, databaseConfigFromEnv, openDatabase } from '../src/db.js';
import { MigrationError, migrateDatabase } from '../src/migrations/engine.js';
import { loadReferenceData } from '../src/seed/reference.js';

try {
  const db = await openDatabase(databaseConfigFromEnv());
  try {
    const { summary } = await migrateDatabase(db, { onWait: (message) => console.log(message) });
    console.log(summary);
    const reference = await db.transaction((raw) => loadReferenceData({ raw }));
    console.log(`Reference data: ${reference.regions} provinces and kabupaten/kota, indicator definitions, data sources.`);
  } finally {
    await db.close();
  }
} catch (error) {
  // Expected failures are the user's to fix: say what, without a stack trace.
  if (error instanceof DatabaseUnavailableError || error instanceof MigrationError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
