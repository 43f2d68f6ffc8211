// How long each unpaged list can be right now: the row count bound of limits.ts. A list cannot
// hold more rows than its table has (or, under a parent, more than the largest parent has), so
// the cost estimate with these sizes is an upper bound of the answer, and a tight one: the
// dashboard's lists are sized by the data they show, not by a guess. Counted in one round trip of
// small aggregates, again only when a table they read has changed (read-tracking.ts), so a
// household verified or a draft report saved costs no recount.
import type { DataVersions } from './context.js';
import type { Database } from './db.js';
import { READS_REPORT_STATES, type ReadSet, trackReads } from './read-tracking.js';

/**
 * Paged fields and the page each gives when asked without `first`/`last` (its default page, as
 * the resolver applies it): the estimate of an unsized page is the page the server will return.
 */
export const PAGE_SIZE_MAX: Readonly<Record<string, number>> = {
  'Query.households': 50, // defaultSize; `first` up to HOUSEHOLD_PAGE_MAX (500) counts as asked
  'Query.auditLog': 50, // the audit page's default; `first` up to 200
  'ImportRejected.errors': 500, // `first: Int = 500`
};

/**
 * The longest each list without a page size can be: a bound the API or the data enforces (a write
 * refuses more; a kabupaten/kota has so many OPDs, a year twelve months), or, for registers that
 * grow with use (programs, reports, rakor), the largest a kabupaten/kota keeps in a year many times
 * over. Lists of scalars cost one field whatever their length and need no entry. A list of objects
 * missing here counts UNLISTED_LIST_SIZE; limits.test.ts fails until it is added.
 */
export const LIST_SIZE_MAX: Readonly<Record<string, number>> = {
  // Administrative structure: a province has at most ~40 kabupaten/kota, a kabupaten ~60 kecamatan,
  // a kecamatan fewer than 300 desa/kelurahan; a kabupaten/kota holds fewer than 1,000 regions.
  'Region.children': 300,
  'Query.regions': 1_000,
  'ExtremePoverty.byPlace': 300,
  'Stunting.byPlace': 300,
  'Targeting.byChildRegion': 300,
  'RegionGroup.regions': 200, // MAX_GROUP_MEMBERS
  'PriorityGroupProgress.areas': 200, // MAX_GROUP_MEMBERS
  'Query.regionGroups': 50,
  'ExtremePoverty.priorityGroups': 50,
  // Years: targets span at most 30 (target-write MAX_SPAN); series from 2000 to 2100.
  'Target.path': 31,
  'Target.progress': 31,
  'QueryPreviewTargetPathSuccess.data': 31,
  'PriorityArea.series': 101,
  'Region.indicatorSeries': 101,
  'Region.targets': 100,
  'Query.indicators': 100,
  // Months of one fiscal year.
  'Program.plan': 12,
  'Query.budgetCurve': 12,
  // The organisation of a kabupaten/kota.
  'Query.clusters': 20,
  'Query.opds': 200,
  'Program.partners': 200,
  'Rakor.attendees': 100, // MAX_ATTENDEES
  'Query.users': 1_000,
  // Registers that grow with use, per kabupaten/kota and year.
  'Query.programs': 1_000,
  'ProgramOutcomes.programs': 1_000,
  'Targeting.byProgram': 1_000,
  'Query.budget': 1_000,
  'Query.reportingCompleteness': 200,
  'ReportingCompleteness.missingPrograms': 1_000,
  'Query.reports': 12_000,
  'Query.reviewQueue': 12_000,
  'Query.priorities': 500,
  'Priority.milestones': 20, // MAX_MILESTONES
  'Query.rakors': 500,
  'Rakor.agenda': 20, // MAX_AGENDA
  'Rakor.decisions': 100,
  'RakorDecision.followUps': 20, // MAX_FOLLOW_UPS
  'Query.followUps': 10_000,
  // A household: 1–30 members (the import's rule); its verifications over the years.
  // The estimate's members per household: the import allows 30, but the cost of a page of 50 with
  // its members must fit the limit; 15 is above nearly every real family (counting household rows
  // for the true largest would read the registry after every write).
  'Household.members': 15,
  'Household.verifications': 100,
  'Query.recentVerifications': 50, // region.schema.ts RECENT_VERIFICATIONS_MAX
  'Psks.byType': 20,
  // The fields of one audited record before and after: the widest (a program, a household) has
  // about 20; 40 leaves room and lets the audit page's largest page (200) fit the cost limit.
  'AuditEntry.changes': 40,
  'DomainError.inUse': 20,
  // Imports: the fields of a kind, the columns of a file and the preview's sample rows.
  'Query.importKinds': 20,
  'ImportKindInfo.fields': 50,
  'ImportPreview.fields': 50,
  'ImportPreview.mapping': 50,
  'ImportPreview.sample': 20,
};

/** A list of objects with no entry above: large, so a new list is not cheap by omission. */
export const UNLISTED_LIST_SIZE = 1_000;

/**
 * Each list, and the SQL that bounds it (one integer). Small tables only: these run on the first
 * request after every write, and a dashboard request reads no household rows (rollup-only.test.ts);
 * a household's members and verifications keep their static bounds.
 */
const COUNTS: Readonly<Record<string, string>> = {
  regionChildren: 'SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM region GROUP BY parent_code) x',
  regions: 'SELECT count(*) FROM region',
  regionGroups: 'SELECT count(*) FROM region_group',
  groupMembers: 'SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM region_group_member GROUP BY group_id) x',
  opds: 'SELECT count(*) FROM opd',
  clusters: 'SELECT count(*) FROM cluster',
  users: 'SELECT count(*) FROM app_user',
  programs: 'SELECT count(*) FROM program',
  reports: 'SELECT count(*) FROM progress_report',
  reportsPerYear:
    'SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM progress_report r JOIN program p ON p.id = r.program_id GROUP BY p.fiscal_year) x',
  reportsPerYearMonth:
    'SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM progress_report r JOIN program p ON p.id = r.program_id GROUP BY p.fiscal_year, r.month) x',
  reportsPerOpdYear:
    'SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM progress_report r JOIN program p ON p.id = r.program_id GROUP BY p.opd_id, p.fiscal_year) x',
  programsPerYear: 'SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM program GROUP BY fiscal_year) x',
  programsPerOpdYear: 'SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM program GROUP BY opd_id, fiscal_year) x',
  priorities: 'SELECT count(*) FROM priority',
  milestones: 'SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM priority_milestone GROUP BY priority_id) x',
  rakors: 'SELECT count(*) FROM rakor',
  agenda: 'SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM rakor_agenda_item GROUP BY rakor_id) x',
  attendees: 'SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM rakor_attendee GROUP BY rakor_id) x',
  decisions: 'SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM rakor_decision GROUP BY rakor_id) x',
  decisionFollowUps: 'SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM follow_up GROUP BY decision_id) x',
  followUps: 'SELECT count(*) FROM follow_up',
  partners: 'SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM program_partner GROUP BY program_id) x',
  targets: 'SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM target GROUP BY region_code) x',
  // A household's members as its row declares them (1–30 on import); member rows are assumed not to exceed it.
};

/**
 * Which count bounds which list (schema coordinates); the others keep LIST_SIZE_MAX. A key
 * `Type.field@a+b` is a tighter bound for when the arguments a and b are given (limits.ts takes
 * the smallest that applies): a year's reports are fewer than all reports.
 */
const BOUND_BY: Readonly<Record<string, (c: Record<keyof typeof COUNTS, number>) => number>> = {
  'Region.children': (c) => c.regionChildren!,
  'ExtremePoverty.byPlace': (c) => c.regionChildren!,
  'Stunting.byPlace': (c) => c.regionChildren!,
  'Targeting.byChildRegion': (c) => c.regionChildren!,
  'Query.regions': (c) => c.regions!,
  'Query.regions@parentCode': (c) => c.regionChildren!,
  'Query.regionGroups': (c) => c.regionGroups!,
  'ExtremePoverty.priorityGroups': (c) => c.regionGroups!,
  'RegionGroup.regions': (c) => c.groupMembers!,
  'PriorityGroupProgress.areas': (c) => c.groupMembers!,
  'Query.opds': (c) => c.opds!,
  'Query.clusters': (c) => c.clusters!,
  'Query.users': (c) => c.users!,
  'Query.programs': (c) => c.programs!,
  'ProgramOutcomes.programs': (c) => c.programs!,
  'Targeting.byProgram': (c) => c.programs!,
  'ReportingCompleteness.missingPrograms': (c) => c.programsPerOpdYear!,
  // Rows by OPD, cluster or program: no more than the largest of those.
  'Query.budget': (c) => Math.max(c.programs!, c.opds!, c.clusters!),
  // One row per OPD, listing that OPD's programs of the year.
  'Query.reportingCompleteness': (c) => c.opds!,
  'Query.reports': (c) => c.reports!,
  'Query.reports@year': (c) => c.reportsPerYear!,
  'Query.reports@month+year': (c) => c.reportsPerYearMonth!,
  'Query.reports@opdId+year': (c) => c.reportsPerOpdYear!,
  'Query.reviewQueue': (c) => c.reports!,
  'Query.reviewQueue@year': (c) => c.reportsPerYear!,
  'Query.programs@year': (c) => c.programsPerYear!,
  'Query.programs@opdId+year': (c) => c.programsPerOpdYear!,
  'Query.priorities': (c) => c.priorities!,
  'Priority.milestones': (c) => c.milestones!,
  'Query.rakors': (c) => c.rakors!,
  'Rakor.agenda': (c) => c.agenda!,
  'Rakor.attendees': (c) => c.attendees!,
  'Rakor.decisions': (c) => c.decisions!,
  'RakorDecision.followUps': (c) => c.decisionFollowUps!,
  'Query.followUps': (c) => c.followUps!,
  'Program.partners': (c) => c.partners!,
  'Region.targets': (c) => c.targets!,
};

export type ListSizes = Readonly<Record<string, number>>;

/** The sizes for the data as it is: LIST_SIZE_MAX, with each row-counted list at its count. */
export async function countListSizes(db: Database): Promise<ListSizes> {
  const names = Object.keys(COUNTS);
  // The report counts depend on which reports exist (program, month), not on a draft's figures.
  const [row] = await db.raw<Record<string, string>>(
    `${READS_REPORT_STATES} SELECT ${names.map((name) => `(${COUNTS[name]})::text AS "${name}"`).join(', ')}`,
  );
  const counts = Object.fromEntries(names.map((name) => [name, Number(row?.[name] ?? 0)]));
  const sizes: Record<string, number> = { ...LIST_SIZE_MAX };
  for (const [coordinate, bound] of Object.entries(BOUND_BY)) {
    sizes[coordinate] = bound(counts);
  }
  return sizes;
}

/** Counts of one database and the version of every topic (table) they read. */
interface CountedSizes {
  sizes: Promise<ListSizes>;
  /** The data version the counts started at, for requests that have no topic versions. */
  version: bigint;
  /** What the counts read and at which versions; null while they run. */
  reads: ReadonlyArray<readonly [topic: string, version: bigint]> | null;
}

const topicVersion = (versions: DataVersions, topic: string) => versions.topics.get(topic) ?? 0n;

/**
 * The sizes per database, counted again when a table the counts read has changed: the request's
 * topic versions (read with its session, context.ts) against those the counts were made at, as
 * the answer cache checks its answers. The counts run under their own read tracking, never the
 * request's (they are not part of an answer), so they add nothing to a cached answer's topics.
 * Without topic versions (a request signed out), the data version decides, read here. When the
 * counts cannot be read, the static bounds stand in for that request: the execution that follows
 * reports a database fault as such.
 */
export class ListSizeCache {
  // One entry per database: an embedded PGlite by its instance, a PostgreSQL by its label (server and
  // database name), which every connection to it shares.
  private readonly known = new Map<unknown, CountedSizes>();
  /** Times the counts ran (for tests and inspection). */
  recounts = 0;

  async sizesFor(db: Database, versions: DataVersions | null = null): Promise<ListSizes> {
    try {
      const current = versions ?? (await trackReads(new Set(), () => this.versionsOf(db)));
      const key = db.pglite ?? db.label;
      const found = this.known.get(key);
      if (found && this.isCurrent(found, current)) return await found.sizes;
      const entry: CountedSizes = { sizes: Promise.resolve(LIST_SIZE_MAX), version: current.all, reads: null };
      const reads: ReadSet = new Set();
      this.recounts += 1;
      entry.sizes = trackReads(reads, () => countListSizes(db)).then((sizes) => {
        // Versions read before the counts ran: a write in between makes the entry look older than it is (a recount), never newer.
        entry.reads = [...reads].map((topic) => [topic, topicVersion(current, topic)] as const);
        return sizes;
      });
      this.known.set(key, entry);
      entry.sizes.catch(() => {
        if (this.known.get(key) === entry) this.known.delete(key);
      });
      return await entry.sizes;
    } catch {
      return LIST_SIZE_MAX;
    }
  }

  /** Whether counts still hold at `versions`: every topic they read unchanged; while they run, the same data version. */
  private isCurrent(entry: CountedSizes, versions: DataVersions): boolean {
    if (!entry.reads) return entry.version === versions.all;
    return entry.reads.every(([topic, version]) => topicVersion(versions, topic) === version);
  }

  /** The versions of a request that brought none (not signed in): one small query. */
  private async versionsOf(db: Database): Promise<DataVersions> {
    const rows = await db.raw<{ topic: string; version: string }>(
      `SELECT 'all' AS topic, version::text AS version FROM data_version WHERE id = 1
       UNION ALL SELECT topic, version::text FROM data_topic_version`,
    );
    const topics = new Map(rows.filter((r) => r.topic !== 'all').map((r) => [r.topic, BigInt(r.version)] as const));
    return { all: BigInt(rows.find((r) => r.topic === 'all')?.version ?? '0'), topics };
  }
}

/** One cache for every app of this process: apps on one database share its counts. */
export const listSizeCache = new ListSizeCache();
