// The benchmark's server process: Pantau's own HTTP server (createHttpServer, the GraphQL API
// over the rollups) as it runs in production, with its answer cache, the same without the cache,
// and the naive JSON endpoints, on one database, on loopback ports chosen by
// the system. It runs apart from the client so the client's work does not share its event loop.
// Started by scripts/bench.ts with the database config as JSON in argv[2]; answers with the
// ports over IPC and stops on "stop".
import type { Server } from 'node:http';
import { clockFromEnv } from '../../src/clock.js';
import { type DatabaseConfig, openDatabase } from '../../src/db.js';
import { ResponseCache } from '../../src/response-cache.js';
import { holdsDemo } from '../../src/seed/demo.js';
import { createHttpServer } from '../../src/server.js';
import { createNaiveServer } from './naive.js';

export interface ServeReady {
  rollupPort: number;
  /** The same API with PANTAU_RESPONSE_CACHE=off: every request reads the rollups. */
  uncachedPort: number;
  naivePort: number;
}

const listen = (server: Server) =>
  new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });

const config = JSON.parse(process.argv[2] ?? '{}') as DatabaseConfig;
const db = await openDatabase(config);
const clock = clockFromEnv(process.env, { demo: await holdsDemo(db) });
const rollup = createHttpServer(db, clock, { responseCache: new ResponseCache() });
const uncached = createHttpServer(db, clock, { responseCache: null });
const naive = createNaiveServer(db);
const ready: ServeReady = { rollupPort: await listen(rollup), uncachedPort: await listen(uncached), naivePort: await listen(naive) };
process.send?.(ready);
process.on('message', (message) => {
  if (message !== 'stop') return;
  for (const server of [rollup, uncached, naive]) {
    server.closeAllConnections();
    server.close();
  }
  void db.close().finally(() => process.exit(0));
});
// The parent went away (Ctrl-C): do not linger holding the database.
process.on('disconnect', () => process.exit(0));
