// pnpm start — the one command a fresh machine needs: build the dashboard when its build is
// missing or older than its sources, then migrate, seed an empty database and serve (server.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigurationError } from '../src/config.js';
import { DatabaseUnavailableError, repoRoot } from '../src/db.js';
import { dashboardDist, main } from '../src/server.js';

const dashboard = resolve(repoRoot, 'packages/dashboard');

/** Newest modification time under the given paths, skipping dependencies and builds. */
function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'node_modules' && entry !== 'dist') visit(join(path, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const path of paths) visit(path);
  return newest;
}

export function dashboardBuildIsStale(): boolean {
  const built = join(dashboardDist, 'index.html');
  if (!existsSync(built)) return true;
  const sources = newestMtime([
    join(dashboard, 'src'),
    join(dashboard, 'public'),
    join(dashboard, 'index.html'),
    join(dashboard, 'vite.config.ts'),
    join(dashboard, 'package.json'),
    resolve(repoRoot, 'packages/schema/schema.graphql'),
  ]);
  return sources > statSync(built).mtimeMs;
}

if (dashboardBuildIsStale()) {
  console.log('Building the dashboard (its build is missing or older than its sources) …');
  const build = spawnSync('pnpm', ['--filter', '@pantau/dashboard', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('pantau: the dashboard build failed (see above); fix it or run `pnpm build` to retry');
    process.exit(1);
  }
}

main().catch((error) => {
  if (error instanceof DatabaseUnavailableError || error instanceof ConfigurationError) console.error(`pantau: ${error.message}`);
  else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
    console.error(`pantau: port ${process.env.PORT ?? 4000} is already in use; set PORT to another one`);
  else console.error(error);
  process.exit(1);
});
