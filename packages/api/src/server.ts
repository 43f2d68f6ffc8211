// The one process of production: GraphQL at /graphql and the built dashboard at /, one port.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Database, DatabaseUnavailableError, databaseConfigFromEnv, openDatabase, repoRoot } from './db.js';
import { migrateDatabase } from './migrations/engine.js';
import { ConfigurationError, type ResponseCache, responseCacheFromEnv } from './response-cache.js';
import { isSeeded, seedDemo } from './seed/demo.js';
import { staticHandler } from './static.js';
import { createApp } from './yoga.js';

export const dashboardDist = resolve(repoRoot, 'packages/dashboard/dist');

export function createHttpServer(
  db: Database,
  { dashboardDir = dashboardDist, responseCache }: { dashboardDir?: string; responseCache?: ResponseCache | null } = {},
): Server {
  const yoga = createApp({ db, ...(responseCache !== undefined ? { responseCache } : {}) });
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
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end('The dashboard is not built yet: run `pnpm start` (it builds it) or `pnpm build`.');
  });
}

/** Opens the database, migrates, seeds an empty one with the demo, and listens. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<{ server: Server; db: Database; url: string }> {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new DatabaseUnavailableError(`PORT must be a whole number 0–65535, got "${env.PORT}"`);
  }
  // Read before the database opens: a mistyped setting stops the start, not a request later.
  const responseCache = responseCacheFromEnv(env);
  const db = await openDatabase(databaseConfigFromEnv(env));
  console.log((await migrateDatabase(db)).summary);
  if (!(await isSeeded(db))) {
    console.log(`Empty database: loading the demo data set into ${db.label} …`);
    const summary = await seedDemo(db, (line) => console.log(`  ${line}`));
    console.log(`Demo data loaded in ${summary.seconds.toFixed(1)} s (${summary.households} households).`);
  }
  const server = createHttpServer(db, { responseCache });
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, env.HOST ?? '0.0.0.0', () => resolvePromise());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://localhost:${actualPort}`;
  console.log(`Pantau is running on ${db.label}: dashboard ${url}/ · GraphQL ${url}/graphql`);
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
