// The live subscription over server-sent events, on PGlite and on the PostgreSQL of DATABASE_URL:
// a listener hears the version at once, then each committed write within about a second — also a
// write this server did not make (another connection, as psql or a second instance would).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from '../../test/app.js';
import { withDatabase } from '../../test/global-setup.js';
import { DataVersionWatcher, readDataVersion, watcherFor } from './live.service.js';

let app: TestApp;
let walikota: { cookie: string };
beforeAll(async () => {
  app = await createTestApp();
  walikota = await loginAs(app, 'walikota');
});

const SUBSCRIPTION = 'subscription { dataChanged { version changedAt } }';

interface Stream {
  /** The next `data:` event's payload, or throws after `ms`. */
  next(
    ms?: number,
  ): Promise<{ data?: { dataChanged: { version: string; changedAt: string } }; errors?: { extensions?: { code?: string } }[] }>;
  close(): Promise<void>;
  status: number;
  contentType: string | null;
}

async function subscribe(headers: Record<string, string>): Promise<Stream> {
  const controller = new AbortController();
  const response = await app.yoga.fetch('http://pantau.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query: SUBSCRIPTION }),
    signal: controller.signal,
  });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    async next(ms = 5_000) {
      const deadline = Date.now() + ms;
      for (;;) {
        // Events are separated by a blank line; pings (":") and "event: complete" carry no data.
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = event
            .split('\n')
            .filter((l) => l.startsWith('data:'))
            .map((l) => l.slice(5).trim())
            .join('');
          if (data) return JSON.parse(data);
          continue;
        }
        const left = deadline - Date.now();
        if (left <= 0) throw new Error('no event in time');
        const chunk = await Promise.race([
          reader.read(),
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no event in time')), left)),
        ]);
        if (chunk.done) throw new Error('stream ended');
        buffer += decoder.decode(chunk.value, { stream: true });
      }
    },
    async close() {
      controller.abort();
      await reader.cancel().catch(() => {});
    },
  };
}

describe('subscription dataChanged', () => {
  it('sends the version at once over SSE, then a committed write within about a second', async () => {
    const stream = await subscribe(walikota);
    try {
      expect(stream.status).toBe(200);
      expect(stream.contentType).toContain('text/event-stream');
      const first = await stream.next();
      expect(first.errors).toBeUndefined();
      const before = BigInt(first.data!.dataChanged.version);
      expect(before).toBe(await readDataVersion(app.db));

      const started = Date.now();
      await app.db.raw(`UPDATE region SET name = name WHERE code = '16.71'`);
      const next = await stream.next(3_000);
      expect(Date.now() - started).toBeLessThan(2_500);
      expect(BigInt(next.data!.dataChanged.version)).toBeGreaterThan(before);
      expect(Number.isNaN(Date.parse(next.data!.dataChanged.changedAt))).toBe(false);
    } finally {
      await stream.close();
    }
  });

  it('hears a write made on another connection, as psql or a second instance would make it', async () => {
    const url = process.env.DATABASE_URL;
    const stream = await subscribe(walikota);
    let other: pg.Client | undefined;
    try {
      const first = await stream.next();
      if (url) {
        const [{ name }] = (await app.db.raw<{ name: string }>('SELECT current_database() AS name')) as [{ name: string }];
        other = new pg.Client({ connectionString: withDatabase(url, name) });
        await other.connect();
        await other.query(`UPDATE setting SET key = key WHERE key = 'fiscal.currentYear'`);
        await other.query(`INSERT INTO data_source (id, kind, title, publisher, synthetic) VALUES ('live-test', 'test', 't', 'p', true)`);
      } else {
        // PGlite is one process's database: the only other writer is a raw statement outside Prisma.
        await app.db.raw(`INSERT INTO data_source (id, kind, title, publisher, synthetic) VALUES ('live-test', 'test', 't', 'p', true)`);
      }
      const next = await stream.next(3_000);
      expect(BigInt(next.data!.dataChanged.version)).toBeGreaterThan(BigInt(first.data!.dataChanged.version));
    } finally {
      await other?.end();
      await stream.close();
    }
  });

  it('stays still for a report draft, which no open page shows, and moves for a submitted report', async () => {
    const start = await readDataVersion(app.db);
    // Statement triggers fire for zero rows too: the first touches drafts only, the second the
    // submitted and approved reports' statement, so each moves exactly its own topics.
    await app.db.raw(`UPDATE progress_report SET problems = problems WHERE status = 'DRAFT' AND id < 0`);
    expect(await readDataVersion(app.db)).toBe(start);
    await app.db.raw(
      `UPDATE progress_report SET problems = problems WHERE status = 'APPROVED' AND id = (SELECT min(id) FROM progress_report WHERE status = 'APPROVED')`,
    );
    expect(await readDataVersion(app.db)).toBeGreaterThan(start);
  });

  it('refuses a visitor who is not signed in', async () => {
    const stream = await subscribe({});
    try {
      const first = await stream.next();
      expect(first.errors?.[0]?.extensions?.code).toBe('auth/unauthenticated');
    } finally {
      await stream.close();
    }
  });

  it('reads the row once per interval for all listeners, and stops when the last one leaves', async () => {
    const watcher = watcherFor(app.db);
    const streams = await Promise.all([subscribe(walikota), subscribe(walikota)]);
    for (const s of streams) await s.next();
    expect(watcher.listenerCount).toBe(2);
    for (const s of streams) await s.close();
    // The server notices the closed streams when it next writes to them or they end.
    for (let i = 0; i < 50 && watcher.listenerCount > 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(watcher.listenerCount).toBe(0);
  });
});

describe('DataVersionWatcher', () => {
  afterAll(() => {});

  it('tells each listener once per change, however many writes a tick holds', async () => {
    let version = 5n;
    const watcher = new DataVersionWatcher({ raw: (async () => [{ version: String(version) }]) as never }, 20);
    const heard: bigint[] = [];
    const stop = watcher.subscribe((c) => heard.push(c.version));
    expect((await watcher.current()).version).toBe(5n);
    version = 6n;
    version = 7n;
    await new Promise((r) => setTimeout(r, 80));
    version = 8n;
    await new Promise((r) => setTimeout(r, 80));
    stop();
    expect(heard).toEqual([7n, 8n]);
    expect(watcher.listenerCount).toBe(0);
  });
});
