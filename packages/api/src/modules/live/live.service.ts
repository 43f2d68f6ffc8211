// Live figures: every open page shows a committed change within seconds, without polling every
// query. The statement triggers move the topic versions in the writing transaction (migrations
// 20261123221522_data_version, 20261205062232_topic_versions), so they say when anything a dashboard reads has changed,
// whoever wrote it: this server, another instance behind the load balancer, a script, psql. One
// watcher per database reads that row twice a second while someone listens and tells every
// listener when it moved; the dashboard then asks its queries on screen again (the answer cache
// keeps what did not change cheap).
import type { Database } from '../../db.js';

// Twice a second: a committed change reaches open pages well within the 2 s issue 8 asks for, and
// the read (one row by primary key) costs nothing next to the queries the pages then ask again.
export const DATA_VERSION_POLL_MS = 500;

/** The data changed: its version now, and when this server saw it move. */
export interface DataChange {
  version: bigint;
  changedAt: Date;
}

type Listener = (change: DataChange) => void;

/**
 * What open pages show, as one number: the sum of every topic's version (each only grows, so the
 * sum moves exactly when one of them does), leaving out report drafts, which no dashboard figure
 * reads: an OPD saving a draft every second must not make every open page ask again.
 */
export async function readDataVersion(db: Pick<Database, 'raw'>): Promise<bigint> {
  const [row] = await db.raw<{ version: string }>(
    `SELECT coalesce(sum(version), 0)::text AS version FROM data_topic_version WHERE topic <> 'progress_report:draft'`,
  );
  return BigInt(row?.version ?? 0);
}

/**
 * Reads the data version every `intervalMs` while at least one listener is attached, and calls
 * each listener once per change (several writes within one interval are one change). A failed
 * read (database restarting) is retried at the next tick; listeners hear nothing meanwhile.
 */
export class DataVersionWatcher {
  private readonly listeners = new Set<Listener>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private last: DataChange | null = null;
  private reading = false;

  constructor(
    private readonly db: Pick<Database, 'raw'>,
    private readonly intervalMs = DATA_VERSION_POLL_MS,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * The version now (read from the database), as the first thing a new listener hears. It does not
   * move the watcher's own baseline once it has one: listeners attached earlier still hear a change
   * that happened just before (a listener may hear a version twice; it compares).
   */
  async current(): Promise<DataChange> {
    const change = { version: await readDataVersion(this.db), changedAt: this.now() };
    this.last ??= change;
    return change;
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    if (this.timer === undefined) {
      this.timer = setInterval(() => void this.tick(), this.intervalMs);
      // A watcher must not keep a process (a test, a script) alive on its own.
      this.timer.unref?.();
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.timer !== undefined) {
        clearInterval(this.timer);
        this.timer = undefined;
        this.last = null;
      }
    };
  }

  private async tick(): Promise<void> {
    if (this.reading) return;
    this.reading = true;
    try {
      const version = await readDataVersion(this.db);
      if (this.last === null) {
        this.last = { version, changedAt: this.now() };
        return;
      }
      if (version === this.last.version) return;
      this.last = { version, changedAt: this.now() };
      for (const listener of [...this.listeners]) listener(this.last);
    } catch {
      // The database is away for a moment; the next tick reads again.
    } finally {
      this.reading = false;
    }
  }
}

// One watcher per database, however many requests (each with its own per-request view of it,
// db.ts forRequest) subscribe: keyed by the Prisma client they share.
const watchers = new WeakMap<object, DataVersionWatcher>();

export function watcherFor(db: Database): DataVersionWatcher {
  let watcher = watchers.get(db.prisma);
  if (!watcher) {
    watcher = new DataVersionWatcher({ raw: db.raw });
    watchers.set(db.prisma, watcher);
  }
  return watcher;
}
