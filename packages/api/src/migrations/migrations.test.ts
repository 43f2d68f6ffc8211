import { randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Database, openDatabase } from '../db.js';
import {
  applyMigrations,
  defaultMigrationsDir,
  defaultSchemaPath,
  diffMigrations,
  MigrationError,
  migrateDatabase,
  pendingMigrations,
  writeMigration,
} from './engine.js';

// Each case starts a PGlite (1–2 s) and runs the engine; the default 5 s is too tight on a busy CI.
const SLOW = 120_000;

const EXTRA_MODEL = `
model MigrationProbe {
  id    Int    @id @default(autoincrement())
  label String

  @@map("migration_probe")
}
`;

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'pantau-migrations-'));
});

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** schema.prisma plus one model, in the scratch folder. */
async function modifiedSchema(): Promise<string> {
  const path = join(scratch, `schema-${randomBytes(4).toString('hex')}.prisma`);
  await writeFile(path, (await readFile(defaultSchemaPath, 'utf8')) + EXTRA_MODEL);
  return path;
}

/** A copy of prisma/migrations that a test may add to. */
async function copyOfMigrations(): Promise<string> {
  const dir = join(scratch, `migrations-${randomBytes(4).toString('hex')}`);
  await cp(defaultMigrationsDir, dir, { recursive: true });
  return dir;
}

async function expectSchemaApplied(db: Database, migrationsDir = defaultMigrationsDir): Promise<void> {
  const tables = (await db.raw<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)).map(
    (row) => row.tablename,
  );
  expect(tables).toEqual(expect.arrayContaining(['region', 'household', '_prisma_migrations']));
  const folders = (await readdir(migrationsDir, { withFileTypes: true })).filter((entry) => entry.isDirectory());
  const applied = await db.raw<{ migration_name: string; finished_at: Date | null }>(
    'SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name',
  );
  expect(applied.map((row) => row.migration_name)).toEqual(folders.map((entry) => entry.name).sort());
  expect(applied.every((row) => row.finished_at !== null)).toBe(true);
}

describe('migrations', () => {
  test(
    'schema.prisma and the migrations agree',
    async () => {
      const sql = await diffMigrations();
      expect(
        sql,
        'schema.prisma has changes that no migration in prisma/migrations contains: run `pnpm db:migration <name>` and commit the new folder',
      ).toBe('');
    },
    SLOW,
  );

  test(
    'the check can fail: a model missing from the migrations gives its CREATE TABLE',
    async () => {
      const sql = await diffMigrations({ schemaPath: await modifiedSchema() });
      expect(sql).toContain('CREATE TABLE "migration_probe"');
      // Only the difference, not the whole schema again.
      expect(sql).not.toContain('CREATE TABLE "household"');
    },
    SLOW,
  );

  test(
    'writeMigration writes the next folder, after which the diff is empty and a second write is refused',
    async () => {
      const migrationsDir = await copyOfMigrations();
      const schemaPath = await modifiedSchema();
      const before = (await readdir(migrationsDir)).filter((name) => /^\d{14}_/.test(name)).sort();
      // A clock behind the newest folder must still give a folder that sorts last.
      const folder = await writeMigration('add_probe', { schemaPath, migrationsDir, now: new Date('2000-01-01T00:00:00Z') });
      const after = (await readdir(migrationsDir)).filter((name) => /^\d{14}_/.test(name)).sort();
      expect(after).toEqual([...before, expect.stringMatching(/^\d{14}_add_probe$/)]);
      expect(folder).toBe(join(migrationsDir, String(after.at(-1))));
      expect(await readFile(join(folder, 'migration.sql'), 'utf8')).toContain('CREATE TABLE "migration_probe"');
      expect(await diffMigrations({ schemaPath, migrationsDir })).toBe('');
      await expect(writeMigration('again', { schemaPath, migrationsDir })).rejects.toThrow(
        'schema.prisma and the migrations agree: nothing to write',
      );
    },
    SLOW,
  );

  test(
    'applying to a fresh PGlite creates the tables, and applying again applies nothing',
    async () => {
      const db = await openDatabase({ dataDir: 'memory://' });
      try {
        const first = await applyMigrations(db);
        expect(first.length).toBeGreaterThan(0);
        expect(first[0]).toMatch(/^\d{14}_init$/);
        await expectSchemaApplied(db);
        const rows = await db.raw<{ count: number }>('SELECT count(*)::int AS count FROM _prisma_migrations');
        expect(rows[0]?.count).toBe(first.length);
        expect(await applyMigrations(db)).toEqual([]);
        const { applied, summary } = await migrateDatabase(db);
        expect(applied).toEqual([]);
        expect(summary).toBe('Database is up to date (PGlite in memory)');
        // The generated client works on the migrated tables.
        await db.prisma.region.create({ data: { code: '16.71', name: 'Kota Palembang', level: 'KABUPATEN_KOTA' } });
        expect(await db.prisma.region.count()).toBe(1);
      } finally {
        await db.close();
      }
    },
    SLOW,
  );

  test(
    'a migration that fails to apply is reported with its name and the database error',
    async () => {
      const migrationsDir = await copyOfMigrations();
      await mkdir(join(migrationsDir, '29990101000000_broken'));
      await writeFile(
        join(migrationsDir, '29990101000000_broken', 'migration.sql'),
        'ALTER TABLE "no_such_table" ADD COLUMN "x" INTEGER;\n',
      );
      const db = await openDatabase({ dataDir: 'memory://' });
      try {
        const error = await applyMigrations(db, { migrationsDir }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(Error);
        expect((error as Error).message).toContain('29990101000000_broken');
        expect((error as Error).message).toContain('no_such_table');
      } finally {
        await db.close();
      }
    },
    SLOW,
  );

  test('a bad migration name is refused with the rule', async () => {
    for (const name of ['', 'Add_Index', 'add-index', 'add index', 'x'.repeat(61)]) {
      await expect(writeMigration(name)).rejects.toThrow(/1–60 lowercase letters, digits and underscores/);
    }
  });
});

describe.skipIf(!process.env.DATABASE_URL)('migrations on PostgreSQL (DATABASE_URL)', () => {
  const serverUrl = process.env.DATABASE_URL ?? '';
  const database = `pantau_mig_${randomBytes(6).toString('hex')}`;
  let created = false;

  async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    await admin((client) => client.query(`CREATE DATABASE "${database}"`));
    created = true;
  });

  afterAll(async () => {
    if (created) await admin((client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
  });

  test(
    'applying to a fresh database creates the tables, and applying again applies nothing',
    async () => {
      const url = new URL(serverUrl);
      url.pathname = `/${database}`;
      const db = await openDatabase({ url: url.toString() });
      try {
        const first = await applyMigrations(db);
        expect(first[0]).toMatch(/^\d{14}_init$/);
        await expectSchemaApplied(db);
        expect(await applyMigrations(db)).toEqual([]);
        expect((await migrateDatabase(db)).summary).toBe(`Database is up to date (${db.label})`);
        expect(await pendingMigrations(db)).toEqual([]);
      } finally {
        await db.close();
      }
    },
    SLOW,
  );

  test(
    'a second server waits for the first one’s migration, saying so, and gives up with advice after its wait',
    async () => {
      const url = new URL(serverUrl);
      url.pathname = `/${database}`;
      const db = await openDatabase({ url: url.toString() });
      // Another instance, migrating: it holds Pantau's migration lock in an open transaction.
      const other = new pg.Client({ connectionString: url.toString() });
      await other.connect();
      try {
        await other.query('BEGIN');
        await other.query('SELECT pg_advisory_xact_lock(7262646801)');
        const told: string[] = [];
        await expect(migrateDatabase(db, { waitSeconds: 1, onWait: (m) => told.push(m) })).rejects.toThrow(MigrationError);
        await expect(migrateDatabase(db, { waitSeconds: 1 })).rejects.toThrow(/PANTAU_MIGRATE=off/);
        expect(told[0]).toMatch(/^Another Pantau instance is migrating PostgreSQL at .*; waiting for it/);
        // The other one finishes after a moment: this one goes on, with nothing left to apply.
        const waiting = migrateDatabase(db, { waitSeconds: 30, onWait: (m) => told.push(m) });
        await new Promise((done) => setTimeout(done, 700));
        await other.query('COMMIT');
        expect((await waiting).applied).toEqual([]);
      } finally {
        await other.end();
        await db.close();
      }
    },
    SLOW,
  );
});

test(
  'pendingMigrations lists every folder for an empty database, and none once it is migrated',
  async () => {
    const db = await openDatabase({ dataDir: 'memory://' });
    try {
      const folders = (await readdir(defaultMigrationsDir, { withFileTypes: true })).filter((entry) => entry.isDirectory());
      expect(await pendingMigrations(db)).toEqual(folders.map((entry) => entry.name).sort());
      await migrateDatabase(db);
      expect(await pendingMigrations(db)).toEqual([]);
    } finally {
      await db.close();
    }
  },
  SLOW,
);
