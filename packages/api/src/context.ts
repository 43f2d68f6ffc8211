// Per-request context: the database, who is asking, and the request's loaders.

import DataLoader from 'dataloader';
import type { YogaInitialContext } from 'graphql-yoga';
import type { Database } from './db.js';
import type { Role } from './generated/prisma/enums.js';
import { extremePoorByChild, type PlaceCount } from './modules/extreme-poverty/extreme-poverty.service.js';
import { extremePoorLoader, priorityPlacesLoader } from './modules/region/region.service.js';
import { type RegistryProvenance, registryProvenance } from './modules/settings/settings.service.js';

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

/** What Pantau adds to each request's context. */
export interface AppContext {
  db: Database;
  viewer: Viewer | null;
  /** The data version read with the session (null when signed out): the answer cache's key. */
  dataVersion: bigint | null;
  loaders: Loaders;
}

/** The context resolvers see: yoga's request plus Pantau's additions. */
export type Context = YogaInitialContext & AppContext;

export type Loaders = ReturnType<typeof createLoaders>;

/** DataLoaders live per request so batching never mixes viewers. */
export function createLoaders(db: Database) {
  return {
    extremePoor: extremePoorLoader(db),
    priorityPlaces: priorityPlacesLoader(db),
    // Per parent: every child's extreme-poor count, to decide which kelurahan counts to hide.
    extremePoorPlaces: new DataLoader<string, PlaceCount[]>((parents) => Promise.all(parents.map((code) => extremePoorByChild(db, code)))),
    // Read once per request however many regions ask.
    registry: new DataLoader<'registry', RegistryProvenance>(async (keys) => {
      const provenance = await registryProvenance(db);
      return keys.map(() => provenance);
    }),
  };
}
