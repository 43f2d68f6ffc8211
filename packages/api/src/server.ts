// The one process of production: GraphQL at /graphql and the built dashboard at /, one port.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Clock, clockFromEnv, isoDate } from './clock.js';
import { allowedOriginsFromEnv, ConfigurationError, logLevelFromEnv, switchFromEnv, trustProxyFromEnv } from './config.js';
import { type Database, DatabaseUnavailableError, databaseConfigFromEnv, openDatabase, repoRoot } from './db.js';
import { DASHBOARD_SECURITY_HEADERS } from './http/security-headers.js';
import { createLogger } from './log.js';
import { migrateDatabase, pendingMigrations } from './migrations/engine.js';
import { FirstRunSetup, setupLink } from './modules/setup/setup.service.js';
import { hasNoUsers } from './modules/user/user.service.js';
import { responseCacheFromEnv } from './response-cache.js';
import { holdsDemo, isSeeded, seedDemo } from './seed/demo.js';
import { loadReferenceData } from './seed/reference.js';
import { staticHandler } from './static.js';
import { type AppOptions, createApp } from './yoga.js';

export const dashboardDist = resolve(repoRoot, 'packages/dashboard/dist');

export function createHttpServer(
  db: Database,
  clock: Clock,
  { dashboardDir = dashboardDist, ...appOptions }: { dashboardDir?: string } & Omit<AppOptions, 'db' | 'clock'> = {},
): Server {
  const yoga = createApp({ db, clock, ...appOptions });
  const assets = staticHandler(dashboardDir);
  return createServer((req, res) => {
    if (req.url === '/graphql' || req.url?.startsWith('/graphql?') || req.url?.startsWith('/graphql/')) {
      yoga(req, res);
      return;
    }
    if (existsSync(dashboardDir)) {
      void assets(req, res);
      return;
    }
    res.statusCode = 503;
    for (const [name, value] of Object.entries(DASHBOARD_SECURITY_HEADERS)) res.setHeader(name, value);
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end('The dashboard is not built yet: run `pnpm start` (it builds it) or `pnpm build`.');
  });
}

/** PANTAU_DEMO: "on" (default) loads the demo into an empty database; "off" starts empty. */
export function demoFromEnv(env: NodeJS.ProcessEnv): boolean {
  const setting = env.PANTAU_DEMO?.trim().toLowerCase() ?? '';
  if (['', 'on', 'true', '1'].includes(setting)) return true;
  if (['off', 'false', '0'].includes(setting)) return false;
  throw new ConfigurationError(`PANTAU_DEMO must be "on" or "off", got "${env.PANTAU_DEMO}"`);
}

/**
 * PANTAU_MIGRATE: "on" (default) migrates at start, one server after another when several start
 * together; "off" leaves it to `pnpm db:migrate`, run once per deployment, and refuses to start
 * on a database that lacks a migration.
 */
export const migrateFromEnv = (env: NodeJS.ProcessEnv) => switchFromEnv(env, 'PANTAU_MIGRATE', true);

const CLOCK_SOURCES: Record<Clock['source'], string> = {
  SETTING: 'PANTAU_TODAY',
  DEMO: 'the demo data set is a snapshot of that day; set PANTAU_TODAY to move it',
  SYSTEM: "the machine's date in WIB",
};

/** Opens the database, migrates, seeds an empty one with the demo, and listens. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<{ server: Server; db: Database; url: string }> {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new DatabaseUnavailableError(`PORT must be a whole number 0–65535, got "${env.PORT}"`);
  }
  // Read before the database opens: a mistyped setting stops the start, not a request later.
  const responseCache = responseCacheFromEnv(env);
  const demo = demoFromEnv(env);
  const migrate = migrateFromEnv(env);
  const allowedOrigins = allowedOriginsFromEnv(env);
  const trustProxy = trustProxyFromEnv(env);
  // One JSON line per request and per unexpected error, personal fields redacted (log.ts).
  const logger = createLogger({ level: logLevelFromEnv(env) });
  const db = await openDatabase(databaseConfigFromEnv(env));
  if (migrate) {
    console.log((await migrateDatabase(db, { onWait: (message) => console.log(message) })).summary);
    await db.transaction((raw) => loadReferenceData({ raw }));
  } else {
    const pending = await pendingMigrations(db);
    if (pending.length > 0) {
      await db.close();
      throw new ConfigurationError(
        `PANTAU_MIGRATE=off, but ${db.label} lacks ${pending.length} migration${pending.length === 1 ? '' : 's'} (${pending.join(', ')}): run \`pnpm db:migrate\` first`,
      );
    }
    console.log(`Database is up to date (${db.label}); migrations are left to \`pnpm db:migrate\` (PANTAU_MIGRATE=off)`);
  }
  if (demo && !(await isSeeded(db))) {
    console.log(`Empty database: loading the demo data set into ${db.label} …`);
    const summary = await seedDemo(db, (line) => console.log(`  ${line}`));
    console.log(`Demo data loaded in ${summary.seconds.toFixed(1)} s (${summary.households} households).`);
  }
  const clock = clockFromEnv(env, { demo: await holdsDemo(db) });
  // No user yet: open the one-time set-up for the first administrator (printed below).
  const firstRun = (await hasNoUsers(db)) ? FirstRunSetup.create() : null;
  const server = createHttpServer(db, clock, { responseCache, setup: firstRun?.setup ?? null, allowedOrigins, trustProxy, logger });
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, env.HOST ?? '0.0.0.0', () => resolvePromise());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://localhost:${actualPort}`;
  console.log(`Today is ${isoDate(clock.today())} (${CLOCK_SOURCES[clock.source]}).`);
  console.log(`Pantau is running on ${db.label}: dashboard ${url}/ · GraphQL ${url}/graphql`);
  if (firstRun) {
    console.log(`No user yet. Create the first administrator at ${setupLink(url, firstRun.token)}`);
    console.log('  (the link works until one exists; or run: pnpm user:create <username> --role ADMIN --region <code> --password-stdin)');
  }
  const shutdown = () => {
    server.close();
    void db.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return { server, db, url };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    if (error instanceof DatabaseUnavailableError || error instanceof ConfigurationError) {
      console.error(`pantau: ${error.message}`);
    } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`pantau: port ${process.env.PORT ?? 4000} is already in use; set PORT to another one`);
    } else {
      console.error(error);
    }
    process.exit(1);
  });
}
