// Opens the one database Pantau talks to: embedded PGlite by default, PostgreSQL when
// DATABASE_URL is set. Both speak PostgreSQL, so everything above this file is dialect-free.
import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from './generated/prisma/client.js';
import { type ModelGraph, noteSql, prismaReadNoter, setTrackedTables } from './read-tracking.js';

export type Db = PrismaClient;

/** The repository root, for the default data folder. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const defaultDataDir = resolve(repoRoot, '.data/pglite');

export interface DatabaseConfig {
  /** PostgreSQL connection string; when absent, PGlite is used. */
  url?: string | undefined;
  /** PGlite data folder, or "memory://" for a throwaway database. */
  dataDir?: string | undefined;
  /** A PGlite data-folder dump (from `dumpDataDir`) to start from, for fast test fixtures. */
  loadDataDir?: Blob | File | undefined;
}

export interface DedicatedConnection {
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  raw: RawQuery;
  close(): Promise<void>;
}

/** Runs one statement with positional parameters on the underlying driver, for bulk loads. */
export type RawQuery = <Row = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<Row[]>;

export interface Database {
  kind: 'pglite' | 'postgres';
  /** Where the data lives, without credentials: "PGlite at .data/pglite", "PostgreSQL at host:port/db". */
  label: string;
  prisma: Db;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  raw: RawQuery;
  /**
   * Runs `work` in one transaction on one connection; `raw` inside it is bound to that
   * connection. Do not use `prisma` inside: on PGlite it would wait for this transaction.
   */
  transaction<T>(work: (raw: RawQuery) => Promise<T>): Promise<T>;
  /**
   * Memo of small reads (the settings) for one request: set by the per-request view that
   * yoga.ts makes, absent elsewhere, so nothing is cached across requests.
   */
  requestCache?: Map<string, Promise<unknown>>;
  /**
   * PostgreSQL only: a connection of its own (a pool of one), for the migration engine and its
   * locks. The engine takes and frees its advisory lock with separate statements: on the shared
   * pool they may land on different connections and leave the lock held (issue 13).
   */
  dedicatedConnection?: () => Promise<DedicatedConnection>;
  /** The embedded instance, when kind is "pglite". */
  pglite?: PGlite;
  close(): Promise<void>;
}

/**
 * PGlite is one process's database: a second process opening the same folder (`pnpm
 * data:import` while `pnpm start` runs) would corrupt it. A lock file with the owner's pid keeps
 * the second one out with a clear message; a lock left by a process that died is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const lockFile = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(lockFile, 'utf8') === String(process.pid)) unlinkSync(lockFile);
        } catch {
          // Already gone.
        }
        process.off('exit', release);
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lockFile, 'utf8').trim());
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new DatabaseUnavailableError(
          `The embedded database at ${dataDir} is in use by process ${owner} (a running \`pnpm start\`?). ` +
            'Stop it first, or use the dashboard while it runs.',
        );
      }
      unlinkSync(lockFile);
    }
  }
  throw new DatabaseUnavailableError(`Cannot lock the embedded database at ${dataDir}`);
}

const LOCK_FILE = 'pantau.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Start-up failure the server prints as one line, without a stack trace. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  return { url: url || undefined, dataDir: env.PANTAU_DATA_DIR?.trim() || defaultDataDir };
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.url ? openPostgres(config.url) : openPglite(config);
}

async function openPglite(config: DatabaseConfig): Promise<Database> {
  const dataDir = config.dataDir ?? defaultDataDir;
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory && !existsSync(dataDir)) mkdirSync(dataDir, { recursive: true });
  const unlock = inMemory ? () => {} : lockDataDir(dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(inMemory ? undefined : dataDir, config.loadDataDir ? { loadDataDir: config.loadDataDir } : {});
  } catch (error) {
    unlock();
    throw new DatabaseUnavailableError(`Cannot open the embedded database at ${dataDir}: ${describeError(error)}`);
  }
  const adapterFactory = new PrismaPGlite(pglite);
  const prisma = trackedClient(new PrismaClient({ adapter: adapterFactory }));
  return {
    kind: 'pglite',
    label: inMemory ? 'PGlite in memory' : `PGlite at ${dataDir}`,
    prisma,
    adapterFactory,
    pglite,
    raw: async (text, params) => {
      noteSql(text);
      return (await pglite.query(text, params)).rows as never;
    },
    transaction: (work) =>
      pglite.transaction((tx) =>
        work(async (text, params) => {
          noteSql(text);
          return (await tx.query(text, params)).rows as never;
        }),
      ),
    async close() {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
      unlock();
    },
  };
}

async function openPostgres(url: string): Promise<Database> {
  const where = describeUrl(url);
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  // An unreachable server must fail here, with its name, not at the first query.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new DatabaseUnavailableError(`Cannot connect to PostgreSQL at ${where}: ${describeError(error)}`);
  }
  const adapterFactory = new PrismaPg(pool);
  const prisma = trackedClient(new PrismaClient({ adapter: adapterFactory }));
  return {
    kind: 'postgres',
    label: `PostgreSQL at ${where}`,
    prisma,
    adapterFactory,
    raw: async (text, params) => {
      noteSql(text);
      return (await pool.query(text, params)).rows;
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(async (text, params) => {
          noteSql(text);
          return (await client.query(text, params)).rows;
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async dedicatedConnection() {
      const single = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 5_000 });
      single.on('error', () => {});
      return {
        adapterFactory: new PrismaPg(single),
        raw: async (text, params) => (await single.query(text, params)).rows,
        close: () => single.end().catch(() => {}),
      };
    },
    async close() {
      await prisma.$disconnect();
      await pool.end().catch(() => {});
    },
  };
}

/**
 * The client with read-tracking (read-tracking.ts): each operation notes the tables it reads when
 * an answer-cache execution is listening. The extended client keeps PrismaClient's API.
 */
function trackedClient(client: PrismaClient): PrismaClient {
  // The runtime data model is the generated client's own: model names, tables and relations.
  const graph = (client as unknown as { _runtimeDataModel: ModelGraph })._runtimeDataModel;
  setTrackedTables(Object.entries(graph.models).map(([name, model]) => model.dbName ?? name));
  const note = prismaReadNoter(graph);
  return client.$extends({
    query: {
      $allOperations({ model, operation, args, query }) {
        note(model, operation, args);
        return query(args);
      },
    },
  }) as unknown as PrismaClient;
}

/** host:port/database of a connection string, never the password. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const port = parsed.port || '5432';
    return `${parsed.hostname || 'localhost'}:${port}${parsed.pathname || ''}`;
  } catch {
    return 'an unparseable DATABASE_URL (expected postgresql://user@host:port/database)';
  }
}

function describeError(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { code?: string; message?: string; errors?: unknown[] };
    // AggregateError from pg when every address of the host refused.
    const inner = Array.isArray(e.errors) && e.errors.length > 0 ? (e.errors[0] as { code?: string; message?: string }) : e;
    const code = inner.code ?? e.code;
    const reasons: Record<string, string> = {
      ECONNREFUSED: 'connection refused (is the server running and listening on that port?)',
      ENOTFOUND: 'host not found',
      ETIMEDOUT: 'connection timed out',
      EHOSTUNREACH: 'host unreachable',
      '3D000': 'database does not exist',
      '28000': 'role not allowed to log in',
      '28P01': 'password authentication failed',
    };
    if (code && reasons[code]) return `${reasons[code]} (${code})`;
    const message = (inner.message || e.message || '').split('\n')[0];
    if (message) return code ? `${message} (${code})` : message;
  }
  return String(error);
}

/** A view of the database for one request: the same connections, with its own read memo. */
export function forRequest(db: Database): Database {
  return { ...db, requestCache: new Map() };
}
