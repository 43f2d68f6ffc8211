// Per-request context: the database, who is asking, and the request's loaders.

import DataLoader from 'dataloader';
import type { YogaInitialContext } from 'graphql-yoga';
import type { Clock } from './clock.js';
import type { Database } from './db.js';
import { extremePoorViews, type RegistryView } from './disclosure/registry.js';
import type { Role } from './generated/prisma/enums.js';
import { type RegistryProvenance, registryProvenance } from './modules/settings/settings.service.js';
import type { FirstRunSetup } from './modules/setup/setup.service.js';

/** The signed-in user as the schema sees them; never personal data beyond the display name. */
export interface Viewer {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  regionCode: string | null;
  opdId: number | null;
  clusterId: number | null;
}

/**
 * Counters the statement triggers move in every transaction that writes data: `all` on any write,
 * and one per topic (a table, or a slice of progress reports; read-tracking.ts). A topic never
 * written is at 0.
 */
export interface DataVersions {
  all: bigint;
  topics: ReadonlyMap<string, bigint>;
}

/** What Pantau adds to each request's context. */
export interface AppContext {
  db: Database;
  viewer: Viewer | null;
  /** The data versions read with the session (null when signed out): what the answer cache checks. */
  dataVersions: DataVersions | null;
  loaders: Loaders;
  /** Pantau's today (clock.ts): every business date is judged on it. */
  clock: Clock;
  /** The first-run set-up while no user exists (server start printed its link); null otherwise. */
  setup: FirstRunSetup | null;
}

/** The context resolvers see: yoga's request plus Pantau's additions. */
export type Context = YogaInitialContext & AppContext;

export type Loaders = ReturnType<typeof createLoaders>;

/** DataLoaders live per request so batching never mixes viewers. */
export function createLoaders(db: Database, clock: Clock, viewer: Viewer | null) {
  return {
    // Per kabupaten/kota: extreme-poor counts and the cells this viewer may not see (src/disclosure).
    extremePoorView: new DataLoader<string, RegistryView>((regencies) => extremePoorViews(db, viewer, regencies)),
    // Per kabupaten/kota, read once per request however many of its regions ask.
    registry: new DataLoader<string, RegistryProvenance>((regencies) =>
      Promise.all(regencies.map((r) => registryProvenance(db, clock.today(), r))),
    ),
  };
}
