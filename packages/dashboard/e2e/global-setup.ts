// Runs once before the browser tests: makes sure the dashboard is built and the Prisma client
// generated, and seeds the template database every spec's server copies (e2e/server.ts). A fresh
// PGlite folder by default; with DATABASE_URL, a template database on that PostgreSQL server,
// dropped afterwards.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { OUTPUT_DIR, prepareTemplate, REPO, type Template } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The seeded database each spec's server starts from a copy of. */
    e2eTemplate: Template;
  }
}

const dashboard = resolve(import.meta.dirname, '..');

export default async function setup(project: TestProject) {
  const started = performance.now();
  mkdirSync(OUTPUT_DIR, { recursive: true });
  buildDashboardIfNeeded();
  generatePrismaClientIfNeeded();
  const { template, remove } = await prepareTemplate();
  project.provide('e2eTemplate', template);
  console.log(
    `e2e: demo template on ${template.kind === 'postgres' ? 'PostgreSQL' : 'PGlite'} ready in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return remove;
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
    cwd: REPO,
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
  if (existsSync(join(REPO, 'packages/api/src/generated/prisma/client.ts'))) return;
  const result = spawnSync('pnpm', ['--filter', '@pantau/api', 'generate'], { cwd: REPO, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('pnpm --filter @pantau/api generate failed');
}
