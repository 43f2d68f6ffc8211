// The real Pantau server for the browser tests. The global setup seeds one template database
// (the demo data, as `pnpm start` loads it); each spec file then gets its own server on a fresh
// copy of it, so no spec sees another's writes and the order specs run in does not matter. A copy
// is a folder copy on PGlite and CREATE DATABASE … TEMPLATE on PostgreSQL: about 2 s a spec.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';

const dashboard = resolve(import.meta.dirname, '..');
export const REPO = resolve(dashboard, '../..');
export const OUTPUT_DIR = join(dashboard, 'e2e-output');
const STARTUP_TIMEOUT_MS = 180_000;

/**
 * The browser tests' today: the demo's own day (packages/api/src/clock.ts DEMO_TODAY), pinned
 * whatever PANTAU_TODAY the run has, so the specs' expectations ("OPD belum melapor Oktober
 * 2026") hold on any date. The dashboard reads it from the API, never from the machine.
 */
export const E2E_TODAY = '2026-11-20';

/** Where the seeded template lives. */
export type Template = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; adminUrl: string; database: string };

/** As `pnpm start` runs the server: without vitest's NODE_ENV=test, with the clock pinned. */
function serverEnv(): NodeJS.ProcessEnv {
  const { NODE_ENV: _testEnv, DATABASE_URL: _url, PANTAU_DATA_DIR: _dir, ...inherited } = process.env;
  return { ...inherited, PORT: '0', HOST: '127.0.0.1', PANTAU_TODAY: E2E_TODAY };
}

/** Migrates and seeds the template once per run; returns it and its removal. */
export async function prepareTemplate(): Promise<{ template: Template; remove: () => Promise<void> }> {
  const env = serverEnv();
  const adminUrl = process.env.DATABASE_URL?.trim();
  if (adminUrl) {
    const database = `pantau_e2e_tpl_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    const remove = async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.end();
    };
    try {
      seed({ ...env, DATABASE_URL: withDatabase(adminUrl, database) });
    } catch (error) {
      await remove();
      throw error;
    }
    return { template: { kind: 'postgres', adminUrl, database }, remove };
  }
  const dir = mkdtempSync(join(tmpdir(), 'pantau-e2e-tpl-'));
  const dataDir = join(dir, 'pglite');
  const remove = async () => rmSync(dir, { recursive: true, force: true });
  try {
    seed({ ...env, PANTAU_DATA_DIR: dataDir });
  } catch (error) {
    await remove();
    throw error;
  }
  return { template: { kind: 'pglite', dataDir }, remove };
}

function seed(env: NodeJS.ProcessEnv) {
  const tsx = join(REPO, 'packages/api/node_modules/.bin/tsx');
  const result = spawnSync(tsx, ['packages/api/scripts/seed.ts'], { cwd: REPO, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`seeding the e2e template failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:40123 (no trailing slash). */
  url: string;
  stop(): Promise<void>;
}

/** A server on a fresh copy of the template; `stop` ends it and drops the copy. */
export async function startServerOnCopy(template: Template, name: string): Promise<RunningServer> {
  const env = serverEnv();
  let dropCopy: () => Promise<void>;
  if (template.kind === 'postgres') {
    const database = `pantau_e2e_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: template.adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database} TEMPLATE ${template.database}`);
    env.DATABASE_URL = withDatabase(template.adminUrl, database);
    dropCopy = async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.end();
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'pantau-e2e-'));
    cpSync(template.dataDir, join(dir, 'pglite'), { recursive: true });
    env.PANTAU_DATA_DIR = join(dir, 'pglite');
    dropCopy = async () => rmSync(dir, { recursive: true, force: true });
  }
  try {
    const child = await spawnServer(env, name);
    return {
      url: child.url,
      async stop() {
        await stop(child.child);
        await dropCopy();
      },
    };
  } catch (error) {
    await dropCopy();
    throw error;
  }
}

/**
 * Starts the server and resolves once it prints its address (and, with `also`, a line matching
 * that too: the first-run set-up link comes right after the address).
 */
async function spawnServer(
  env: NodeJS.ProcessEnv,
  name: string,
  also?: RegExp,
): Promise<{ child: ChildProcess; url: string; also?: string }> {
  const tsx = join(REPO, 'packages/api/node_modules/.bin/tsx');
  // Its own process group, so teardown can stop tsx and the node process it runs together.
  const child = spawn(tsx, ['packages/api/src/server.ts'], { cwd: REPO, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const log = createWriteStream(join(OUTPUT_DIR, `server-${name}.log`));
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      void stop(child);
      reject(new Error(`The server did not start within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output.slice(-3000)}`));
    }, STARTUP_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      log.write(chunk);
      output += chunk.toString();
      // "Pantau is running on …: dashboard http://localhost:40123/ · GraphQL …"
      const match = /dashboard (https?:\/\/[^\s/]+)\//.exec(output);
      const extra = also ? also.exec(output) : null;
      if (match?.[1] && (!also || extra?.[1])) {
        clearTimeout(timer);
        // Bound to 127.0.0.1: say so, so the browser does not try ::1 first.
        resolvePromise({ child, url: match[1].replace('localhost', '127.0.0.1'), also: extra?.[1] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (code ${code}) before it was ready:\n${output.slice(-3000)}`));
    });
  });
}

/**
 * A server on an empty in-memory database without the demo (PANTAU_DEMO=off): no user exists, so
 * it opens the first-run set-up and prints its link, which `setupPath` holds (`/siapkan#<token>`).
 */
export async function startEmptyServer(name: string): Promise<RunningServer & { setupPath: string }> {
  const env = { ...serverEnv(), PANTAU_DEMO: 'off', PANTAU_DATA_DIR: 'memory://' };
  const { child, url, also } = await spawnServer(env, name, /Create the first administrator at (\S+)/);
  const link = new URL(also!);
  return { url, setupPath: `${link.pathname}${link.hash}`, stop: () => stop(child) };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, s);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 10_000));
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    signal('SIGKILL');
    await exited;
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
