// Answers to the dashboard's aggregate queries, kept in memory per viewer and keyed by the data
// version: a counter that statement triggers move forward in every transaction that writes data a
// dashboard reads (migration 20261123221522_data_version). A request reads the version with its
// session (context.ts), and an answer computed at an older version is never served. Writes from another
// process or another API instance count the same, so the API stays stateless in what it answers.
// Personal data is never cached: only the root fields below, which answer aggregates.
import { type DefinitionNode, type DocumentNode, type ExecutionResult, getOperationAST, Kind, print, type SelectionSetNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { AppContext } from './context.js';
import { today } from './modules/priority/priority.service.js';

/** Root query fields whose answers are aggregates, functions of the data, the viewer, the arguments and the day. */
export const CACHEABLE_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'budget',
  'budgetCurve',
  'clusters',
  'extremePoverty',
  'fgt',
  'followUps',
  'indicators',
  'opds',
  'overview',
  'priorities',
  'programOutcomes',
  'programs',
  'psks',
  'rakors',
  'region',
  'regionGroups',
  'regions',
  'reportingCompleteness',
  'stunting',
  'targeting',
]);

export const DEFAULT_CACHE_ENTRIES = 2000;

export interface CacheStats {
  hits: number;
  misses: number;
  /** Times a newer data version emptied the cache. */
  invalidations: number;
}

/** Answers of one data version, least recently used dropped first. */
export class ResponseCache {
  readonly stats: CacheStats = { hits: 0, misses: 0, invalidations: 0 };
  private version = -1n;
  private readonly entries = new Map<string, ExecutionResult>();

  constructor(readonly maxEntries = DEFAULT_CACHE_ENTRIES) {}

  get size(): number {
    return this.entries.size;
  }

  /** The answer stored for `key` at `version`; a newer version first empties the cache. */
  get(version: bigint, key: string): ExecutionResult | undefined {
    if (version > this.version) {
      if (this.entries.size > 0) this.stats.invalidations += 1;
      this.entries.clear();
      this.version = version;
    }
    const hit = version === this.version ? this.entries.get(key) : undefined;
    if (!hit) {
      this.stats.misses += 1;
      return undefined;
    }
    this.stats.hits += 1;
    // Most recently used goes last; eviction takes the first.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  /** Stores an answer computed after reading `version`, unless a newer version was seen since. */
  set(version: bigint, key: string, result: ExecutionResult): void {
    if (version !== this.version) return;
    this.entries.set(key, result);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}

/** A setting in the environment that Pantau cannot read: the start stops with this one line. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

/** The cache `createApp` uses: on unless PANTAU_RESPONSE_CACHE=off (the benchmark measures both). */
export function responseCacheFromEnv(env: NodeJS.ProcessEnv = process.env): ResponseCache | null {
  const setting = env.PANTAU_RESPONSE_CACHE?.trim().toLowerCase() ?? '';
  if (['', 'on', 'true', '1'].includes(setting)) return new ResponseCache();
  if (['off', 'false', '0'].includes(setting)) return null;
  throw new ConfigurationError(`PANTAU_RESPONSE_CACHE must be "on" or "off", got "${env.PANTAU_RESPONSE_CACHE}"`);
}

/** True when every root selection is a cacheable field (or __typename), through fragments. */
export function isCacheable(selectionSet: SelectionSetNode, fragments: ReadonlyMap<string, SelectionSetNode>): boolean {
  return selectionSet.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === '__typename' || CACHEABLE_ROOT_FIELDS.has(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT) return isCacheable(selection.selectionSet, fragments);
    const fragment = fragments.get(selection.name.value);
    return fragment !== undefined && isCacheable(fragment, fragments);
  });
}

// Printed once per parsed document: yoga reuses the parsed document for the same query text.
const documentKeys = new WeakMap<DocumentNode, string>();
const documentKey = (document: DocumentNode): string => {
  let key = documentKeys.get(document);
  if (key === undefined) {
    key = print(document);
    documentKeys.set(document, key);
  }
  return key;
};

/** Serves cacheable queries from `cache`; with null, does nothing. */
export function useResponseCache(cache: ResponseCache | null): Plugin<AppContext> {
  if (!cache) return {};
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const { viewer, dataVersion } = args.contextValue;
      if (!viewer || dataVersion === null) return; // refusals are not cached
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'query') return;
      const fragments = new Map<string, SelectionSetNode>();
      for (const d of args.document.definitions as readonly DefinitionNode[]) {
        if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d.selectionSet);
      }
      if (!isCacheable(operation.selectionSet, fragments)) return;

      // Per user (answers follow role, scope and suppression) and per day (lateness is judged on
      // today unless the query names a date).
      const key = [
        viewer.id,
        viewer.role,
        today().toISOString().slice(0, 10),
        args.operationName ?? '',
        documentKey(args.document),
        JSON.stringify(args.variableValues ?? {}),
      ].join('\u0000');
      const hit = cache.get(dataVersion, key);
      if (hit) {
        setResultAndStopExecution(hit);
        return;
      }
      return {
        onExecuteDone({ result }) {
          // Errors may be passing (a refused field, a lost connection): answer them, never keep them.
          if (!(Symbol.asyncIterator in result) && !result.errors?.length) cache.set(dataVersion, key, result);
        },
      };
    },
  };
}
