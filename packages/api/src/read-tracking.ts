// Which data an answer read, so that the answer cache (response-cache.ts) keeps it until one of
// those tables changes rather than until any write anywhere. A topic is a table's name, moved by
// that table's statement trigger (migration 20261205062232_topic_versions); progress reports have
// three topics, since a draft saved every second must not empty what only approved reports feed.
//
// Reads are noted where SQL leaves the process: every raw statement (db.ts) by the table names in
// its text, every Prisma operation by its model and every relation its arguments reach (so that
// Prisma batching one request's findUnique into another's query cannot lose a read). Both err on
// the side of more topics: a table named in a comment or a column alias costs a miss, not a stale
// answer.
import { AsyncLocalStorage } from 'node:async_hooks';

/** The topics an execution read. */
export type ReadSet = Set<string>;

const current = new AsyncLocalStorage<ReadSet>();

/** Runs `work` noting every read it makes (through db.raw and Prisma) into `reads`. */
export function trackReads<T>(reads: ReadSet, work: () => T): T {
  return current.run(reads, work);
}

/** Notes topics read outside SQL (a memo filled before tracking began, say). */
export function noteTopics(...topics: string[]): void {
  const reads = current.getStore();
  if (reads) for (const topic of topics) reads.add(topic);
}

export const REPORT_TOPICS = {
  /** Submitted and approved reports: the figures a dashboard shows. */
  figures: 'progress_report',
  /** Which reports exist and their states: completeness and lateness counts. */
  states: 'progress_report:status',
  /** Any report's content, drafts included. */
  drafts: 'progress_report:draft',
} as const;

/**
 * Markers a statement carries (in an SQL comment) when it reads progress reports narrowly; without
 * one, a statement naming progress_report depends on all three report topics.
 */
export const READS_SUBMITTED_REPORTS = '/* reads: submitted and approved reports */';
export const READS_REPORT_STATES = '/* reads: report states */';

// Every table of the schema; data_version and data_topic_version are the versions themselves.
let tablePattern: RegExp | null = null;

/** Sets the tables raw SQL is searched for (db.ts, from the Prisma data model). */
export function setTrackedTables(tables: Iterable<string>): void {
  const names = [...new Set(tables)].sort((a, b) => b.length - a.length);
  tablePattern = new RegExp(`\\b(${names.join('|')})\\b`, 'g');
}

/** Notes the tables a raw SQL statement names. */
export function noteSql(text: string): void {
  const reads = current.getStore();
  if (!reads || !tablePattern) return;
  for (const [, table] of text.matchAll(tablePattern)) {
    if (table === 'progress_report') noteReportRead(reads, text);
    else reads.add(table!);
  }
}

function noteReportRead(reads: ReadSet, text: string) {
  reads.add(REPORT_TOPICS.figures);
  if (text.includes(READS_SUBMITTED_REPORTS)) return;
  reads.add(REPORT_TOPICS.states);
  if (text.includes(READS_REPORT_STATES)) return;
  reads.add(REPORT_TOPICS.drafts);
}

/** The part of Prisma's runtime data model read-tracking needs: model → table, relation → model. */
export interface ModelGraph {
  models: Record<string, { dbName: string | null; fields: ReadonlyArray<{ name: string; kind: string; type: string }> }>;
}

/** Prisma's model names as they reach a query extension (camel or Pascal case) to the model. */
const modelKey = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * A note-taker for Prisma operations: the model's table and, through every key of the arguments
 * that names a relation (select, include, where, orderBy, _count, at any depth), the related
 * tables. Raw operations are searched like db.raw.
 */
export function prismaReadNoter(graph: ModelGraph): (model: string | undefined, operation: string, args: unknown) => void {
  const tableOf = (model: string) => graph.models[model]?.dbName ?? model;
  const relations = new Map<string, Map<string, string>>();
  for (const [name, model] of Object.entries(graph.models)) {
    relations.set(name, new Map(model.fields.filter((f) => f.kind === 'object').map((f) => [f.name, f.type])));
  }

  const walk = (reads: ReadSet, model: string, value: unknown, depth: number) => {
    if (depth > 32 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) walk(reads, model, item, depth + 1);
      return;
    }
    const fields = relations.get(model);
    for (const [key, inner] of Object.entries(value)) {
      const related = fields?.get(key);
      if (related) {
        noteTable(reads, tableOf(related));
        walk(reads, related, inner, depth + 1);
      } else {
        walk(reads, model, inner, depth + 1);
      }
    }
  };

  return (model, operation, args) => {
    const reads = current.getStore();
    if (!reads) return;
    if (!model) {
      if (operation.startsWith('$queryRaw') || operation.startsWith('$executeRaw')) noteSql(rawText(args));
      return;
    }
    const name = modelKey(model);
    noteTable(reads, tableOf(name));
    walk(reads, name, args, 0);
  };
}

function noteTable(reads: ReadSet, table: string) {
  if (table === 'progress_report') {
    reads.add(REPORT_TOPICS.figures).add(REPORT_TOPICS.states).add(REPORT_TOPICS.drafts);
  } else {
    reads.add(table);
  }
}

// $queryRawUnsafe(text, ...params) passes [text, ...]; the tagged $queryRaw passes a Sql object.
function rawText(args: unknown): string {
  if (typeof args === 'string') return args;
  if (Array.isArray(args)) return args.map(rawText).join(' ');
  if (args && typeof args === 'object') {
    const sql = args as { strings?: unknown; sql?: unknown; text?: unknown };
    return rawText(sql.strings ?? sql.sql ?? sql.text ?? '');
  }
  return '';
}
