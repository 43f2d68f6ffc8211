// Runs once before the browser tests: makes sure the dashboard is built, starts the real Pantau
// server (API + built dashboard, one port) on a fresh database, and hands its address to the
// specs (inject('baseUrl')). A fresh PGlite folder by default; with DATABASE_URL, a fresh
// database on that PostgreSQL server, dropped afterwards. The server migrates and seeds the demo
// data itself, as `pnpm start` does on a new machine.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The running server, e.g. http://127.0.0.1:40123 (no trailing slash). */
    baseUrl: string;
  }
}

const dashboard = resolve(import.meta.dirname, '..');
const repo = resolve(dashboard, '../..');
export const OUTPUT_DIR = join(dashboard, 'e2e-output');
const STARTUP_TIMEOUT_MS = 180_000;

export default async function setup(project: TestProject) {
  const started = Date.now();
  mkdirSync(OUTPUT_DIR, { recursive: true });
  buildDashboardIfNeeded();
  generatePrismaClientIfNeeded();

  const cleanups: (() => Promise<void> | void)[] = [];
  // As `pnpm start` runs it: without vitest's NODE_ENV=test.
  const { NODE_ENV: _testEnv, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = { ...inherited, PORT: '0', HOST: '127.0.0.1' };
  const adminUrl = process.env.DATABASE_URL?.trim();
  if (adminUrl) {
    const name = `pantau_e2e_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    env.DATABASE_URL = withDatabase(adminUrl, name);
    cleanups.push(async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    });
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'pantau-e2e-'));
    delete env.DATABASE_URL;
    env.PANTAU_DATA_DIR = join(dir, 'pglite');
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  }

  let server: ChildProcess | undefined;
  try {
    const started$ = await startServer(env);
    server = started$.child;
    project.provide('baseUrl', started$.url);
    console.log(
      `e2e: Pantau at ${started$.url} (${adminUrl ? 'PostgreSQL' : 'PGlite'}), ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    for (const cleanup of cleanups.reverse()) await cleanup();
    throw error;
  }

  return async () => {
    if (server) await stop(server);
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
}

/** Builds when there is no build, or when a source file is newer than it: the tests must test this code. */
function buildDashboardIfNeeded() {
  const index = join(dashboard, 'dist/index.html');
  const builtAt = existsSync(index) ? statSync(index).mtimeMs : 0;
  const newest = Math.max(
    newestMtime(join(dashboard, 'src')),
    newestMtime(join(dashboard, 'public')),
    ...['index.html', 'vite.config.ts', 'package.json'].map((f) => statSync(join(dashboard, f)).mtimeMs),
  );
  if (builtAt > newest) return;
  console.log(builtAt ? 'e2e: sources changed since the last build; building the dashboard' : 'e2e: building the dashboard');
  // Not vitest's NODE_ENV=test: Vite would take it and bundle React's development build.
  const result = spawnSync('pnpm', ['--filter', '@pantau/dashboard', 'build'], {
    cwd: repo,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`pnpm --filter @pantau/dashboard build failed (exit ${result.status})`);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The server imports the generated Prisma client; `pnpm test` generates it, a lone e2e run may not have. */
function generatePrismaClientIfNeeded() {
  if (existsSync(join(repo, 'packages/api/src/generated/prisma/client.ts'))) return;
  const result = spawnSync('pnpm', ['--filter', '@pantau/api', 'generate'], { cwd: repo, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('pnpm --filter @pantau/api generate failed');
}

async function startServer(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const tsx = join(repo, 'packages/api/node_modules/.bin/tsx');
  // Its own process group, so teardown can stop tsx and the node process it runs together.
  const child = spawn(tsx, ['packages/api/src/server.ts'], { cwd: repo, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = createWriteStream(join(OUTPUT_DIR, 'server.log'));
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
      if (match?.[1]) {
        clearTimeout(timer);
        // Bound to 127.0.0.1: say so, so the browser does not try ::1 first.
        resolvePromise({ child, url: match[1].replace('localhost', '127.0.0.1') });
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
