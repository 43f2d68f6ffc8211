// Runs once per test run: migrates and seeds one database, so every test file can start from a
// copy in a second instead of seeding its own. PGlite: a data-folder dump on disk. PostgreSQL
// (DATABASE_URL set): template databases, dropped at the end of the run.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import type { Database } from '../db.js';
import { openDatabase } from '../db.js';
import { migrateDatabase } from '../migrations/engine.js';
import { hashPassword, TEST_PASSWORD_COST } from '../modules/auth/password.js';
import { DEMO_PASSWORD, seedDemo } from '../seed/demo.js';
import { loadReferenceData } from '../seed/reference.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite dumps: the migrated-only and the seeded database. */
    pgliteEmptyDump: string;
    pgliteSeededDump: string;
    /** PostgreSQL template databases, when DATABASE_URL is set. */
    pgEmptyTemplate: string;
    pgSeededTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const run = randomBytes(4).toString('hex');
    const empty = `pantau_tpl_empty_${run}`;
    const seeded = `pantau_tpl_seeded_${run}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    for (const [name, seed] of [
      [empty, false],
      [seeded, true],
    ] as const) {
      await admin.query(`CREATE DATABASE ${name}`);
      const db = await openDatabase({ url: withDatabase(url, name) });
      await migrateDatabase(db);
      // As `pnpm db:migrate` leaves a database: with the shipped reference data.
      await db.transaction((raw) => loadReferenceData({ raw }));
      if (seed) await seedDemoForTests(db);
      await db.close();
    }
    project.provide('pgEmptyTemplate', empty);
    project.provide('pgSeededTemplate', seeded);
    project.provide('pgliteEmptyDump', '');
    project.provide('pgliteSeededDump', '');
    return async () => {
      for (const name of [empty, seeded]) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'pantau-test-'));
  const dumps: string[] = [];
  for (const seed of [false, true]) {
    const db = await openDatabase({ dataDir: 'memory://' });
    await migrateDatabase(db);
    await db.transaction((raw) => loadReferenceData({ raw }));
    if (seed) await seedDemoForTests(db);
    const file = join(dir, seed ? 'seeded.tar.gz' : 'empty.tar.gz');
    const dump = await db.pglite!.dumpDataDir('gzip');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    dumps.push(file);
    await db.close();
  }
  project.provide('pgliteEmptyDump', dumps[0]!);
  project.provide('pgliteSeededDump', dumps[1]!);
  project.provide('pgEmptyTemplate', '');
  project.provide('pgSeededTemplate', '');
  return () => rmSync(dir, { recursive: true, force: true });
}

/**
 * The demo as `pnpm start` loads it, but with the demo users' password hashed at the tests' cost:
 * every test signs in, and at production's (about a second each) the suite would spend minutes
 * in scrypt. Apps made by createTestApp hash at the same cost (test/app.ts); password.test.ts and
 * auth.test.ts test production's cost and the rehash from one to the other.
 */
async function seedDemoForTests(db: Database): Promise<void> {
  await seedDemo(db);
  await db.raw('UPDATE app_user SET password_hash = $1', [await hashPassword(DEMO_PASSWORD, TEST_PASSWORD_COST)]);
}

/** The same server and credentials, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
