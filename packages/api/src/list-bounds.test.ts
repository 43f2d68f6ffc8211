// The list sizes of the cost estimate are counted again only when a table they read changes:
// a household verified or a draft report saved (the rakor morning's steady writes) costs no
// recount, and the counts never add topics to the answer being computed.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataVersions } from './context.js';
import { ListSizeCache } from './list-bounds.js';
import { type ReadSet, trackReads } from './read-tracking.js';
import { createTestApp, type TestApp } from './test/app.js';

let app: TestApp;

async function versions(): Promise<DataVersions> {
  const [all] = await app.db.raw<{ version: string }>('SELECT version::text AS version FROM data_version WHERE id = 1');
  const topics = await app.db.raw<{ topic: string; version: string }>('SELECT topic, version::text AS version FROM data_topic_version');
  return { all: BigInt(all!.version), topics: new Map(topics.map((t) => [t.topic, BigInt(t.version)])) };
}

beforeAll(async () => {
  app = await createTestApp();
});

describe('list sizes', () => {
  it('are counted again when a table they read changes, not on any write', async () => {
    const cache = new ListSizeCache();
    const first = await cache.sizesFor(app.db, await versions());
    expect(cache.recounts).toBe(1);
    expect(await cache.sizesFor(app.db, await versions())).toEqual(first);
    expect(cache.recounts).toBe(1);

    // A household verified: the counts read no household row.
    await app.db.raw('UPDATE household SET verification_state = $1 WHERE id = (SELECT min(id) FROM household)', ['VERIFIED']);
    // A draft's figures saved: which reports exist is unchanged.
    await app.db.raw(
      `UPDATE progress_report SET realisasi = realisasi + 1 WHERE id = (SELECT min(id) FROM progress_report WHERE status = 'DRAFT')`,
    );
    await cache.sizesFor(app.db, await versions());
    // Signed-out requests bring no versions: the cache reads them itself, to the same effect.
    await cache.sizesFor(app.db, null);
    expect(cache.recounts).toBe(1);

    // An OPD added: the OPD list can be longer now.
    const before = first['Query.opds']!;
    await app.db.raw(`INSERT INTO opd (region_code, name, short_name) VALUES ('16.71', 'Dinas Uji Batas', 'UJIBATAS')`);
    const after = await cache.sizesFor(app.db, await versions());
    expect(cache.recounts).toBe(2);
    expect(after['Query.opds']).toBe(before + 1);
  });

  it('are counted under their own read tracking, not the request’s', async () => {
    const cache = new ListSizeCache();
    const reads: ReadSet = new Set();
    await trackReads(reads, () => cache.sizesFor(app.db, null));
    expect(cache.recounts).toBe(1);
    expect([...reads]).toEqual([]);
  });
});
