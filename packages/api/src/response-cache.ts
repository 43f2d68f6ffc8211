// Answers to the dashboard's aggregate queries, kept in memory per viewer. Each answer remembers
// the tables it read (read-tracking.ts) and their versions, counters that statement triggers move
// in every transaction that writes them (migrations 20261123221522_data_version and
// 20261205062232_topic_versions). A request reads the versions with its session (context.ts);
// an answer is served while every table it read is at the version it was computed on, so a write
// empties only the answers that read what it changed. Writes from another process or another API
// instance count the same, so the API stays stateless in what it answers. Concurrent requests for
// the same missing answer compute it once and share it. Personal data is never cached: only the
// root fields below, which answer aggregates.
import { type DefinitionNode, type DocumentNode, type ExecutionResult, getOperationAST, Kind, print, type SelectionSetNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { isoDate } from './clock.js';
import { ConfigurationError } from './config.js';
import type { AppContext, DataVersions } from './context.js';
import { type ReadSet, trackReads } from './read-tracking.js';

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
  /** Answers computed: requests that found nothing current, stored or being computed. */
  misses: number;
  /** Answers found but dropped because a table they read changed since. */
  invalidations: number;
  /** Requests that waited for the same answer another request was computing. */
  shared: number;
}

/** One answer and the version of every topic it read. */
export interface CachedAnswer {
  result: ExecutionResult;
  reads: ReadonlyArray<readonly [topic: string, version: bigint]>;
}

const versionOf = (versions: DataVersions, topic: string) => versions.topics.get(topic) ?? 0n;

/** Whether nothing `answer` read has changed at `versions`. */
export function isCurrent(answer: CachedAnswer, versions: DataVersions): boolean {
  return answer.reads.every(([topic, version]) => versionOf(versions, topic) === version);
}

/** Answers by key, least recently used dropped first, each valid while what it read is unchanged. */
export class ResponseCache {
  readonly stats: CacheStats = { hits: 0, misses: 0, invalidations: 0, shared: 0 };
  private readonly entries = new Map<string, CachedAnswer>();
  private readonly inFlight = new Map<string, Promise<CachedAnswer | null>>();

  constructor(readonly maxEntries = DEFAULT_CACHE_ENTRIES) {}

  get size(): number {
    return this.entries.size;
  }

  /** The stored answers with what each read, least recently used first (for tests and inspection). */
  answers(): IterableIterator<[string, CachedAnswer]> {
    return this.entries.entries();
  }

  /** The answer stored for `key` if nothing it read changed by `versions`. */
  get(key: string, versions: DataVersions): ExecutionResult | undefined {
    const answer = this.entries.get(key);
    if (answer && !isCurrent(answer, versions)) {
      this.entries.delete(key);
      this.stats.invalidations += 1;
    } else if (answer) {
      this.stats.hits += 1;
      // Most recently used goes last; eviction takes the first.
      this.entries.delete(key);
      this.entries.set(key, answer);
      return answer.result;
    }
    return undefined;
  }

  /**
   * Stores an answer computed after reading `versions`, depending on the topics in `reads`. An
   * answer already stored from newer data is kept (a slow request finishing late).
   */
  set(key: string, result: ExecutionResult, reads: ReadSet, versions: DataVersions): CachedAnswer {
    const answer: CachedAnswer = { result, reads: [...reads].sort().map((topic) => [topic, versionOf(versions, topic)] as const) };
    const stored = this.entries.get(key);
    if (stored?.reads.some(([topic, version]) => version > versionOf(versions, topic))) return answer;
    this.entries.delete(key);
    this.entries.set(key, answer);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return answer;
  }

  /**
   * The answer another request is computing for `key` right now, if any: the first request to
   * miss computes (startFlight), the others wait for it and take its answer if it is current for
   * them too. Resolves to null when there is none or it does not serve: compute your own.
   */
  joinInFlight(key: string, versions: DataVersions): Promise<ExecutionResult | null> | null {
    const flight = this.inFlight.get(key);
    if (!flight) return null;
    return flight.then((answer) => {
      if (!answer || !isCurrent(answer, versions)) return null;
      this.stats.shared += 1;
      return answer.result;
    });
  }

  /** Registers a computation of `key`; call the returned function with its answer (or null) when done, always. */
  startFlight(key: string): (answer: CachedAnswer | null) => void {
    this.stats.misses += 1;
    let settle!: (answer: CachedAnswer | null) => void;
    const flight = new Promise<CachedAnswer | null>((resolve) => {
      settle = resolve;
    });
    this.inFlight.set(key, flight);
    return (answer) => {
      if (this.inFlight.get(key) === flight) this.inFlight.delete(key);
      settle(answer);
    };
  }
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
    async onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      const { viewer, dataVersions } = args.contextValue;
      if (!viewer || dataVersions === null) return; // refusals are not cached
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'query') return;
      const fragments = new Map<string, SelectionSetNode>();
      for (const d of args.document.definitions as readonly DefinitionNode[]) {
        if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d.selectionSet);
      }
      if (!isCacheable(operation.selectionSet, fragments)) return;

      // Per user and their scope (answers follow role, area, OPD, cluster and suppression) and per
      // day (lateness is judged on today unless the query names a date).
      const key = [
        viewer.id,
        viewer.role,
        viewer.regionCode ?? '',
        viewer.opdId ?? '',
        viewer.clusterId ?? '',
        isoDate(args.contextValue.clock.today()),
        args.operationName ?? '',
        documentKey(args.document),
        JSON.stringify(args.variableValues ?? {}),
      ].join('\u0000');
      const hit = cache.get(key, dataVersions);
      if (hit) {
        setResultAndStopExecution(hit);
        return;
      }
      const flight = cache.joinInFlight(key, dataVersions);
      const shared = flight && (await flight);
      if (shared) {
        setResultAndStopExecution(shared);
        return;
      }

      const settle = cache.startFlight(key);
      const reads: ReadSet = new Set();
      setExecuteFn(async (executionArgs) => {
        try {
          const result = await trackReads(reads, () => executeFn(executionArgs));
          // Errors may be passing (a refused field, a lost connection): answer them, never keep them.
          const keep = !(Symbol.asyncIterator in result) && !result.errors?.length;
          settle(keep ? cache.set(key, result as ExecutionResult, reads, dataVersions) : null);
          return result;
        } catch (error) {
          settle(null);
          throw error;
        }
      });
    },
  };
}
