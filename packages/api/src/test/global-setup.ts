// Runs once per test run: migrates and seeds one database, so every test file can start from a
// copy in a second instead of seeding its own. PGlite: a data-folder dump on disk. PostgreSQL
// (DATABASE_URL set): template databases, dropped at the end of the run.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db.js';
import { migrateDatabase } from '../migrations/engine.js';
import { seedDemo } from '../seed/demo.js';

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
      if (seed) await seedDemo(db);
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
    if (seed) await seedDemo(db);
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

/** The same server and credentials, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
