import type { Client } from '@urql/core';
import { describe, expect, it } from 'vitest';
import { graphql } from '../../lib/graphql';
import { buildSlides, type DeckEntry, DeckEntryError, deckEntry, loadDeck, RakorClustersQuery, type Slide } from './deck';
import { coverSlide } from './rakor-deck';
import { testContext } from './test-context';

const slide = (id: string, title: string): Slide => ({ id, kicker: '', title, body: { kind: 'message', tone: 'neutral', text: title } });

function entry(id: string, answer: () => Promise<unknown>, titles: string[]): DeckEntry {
  return { id, load: answer, build: () => titles.map((t, i) => slide(`${id}-${i}`, t)) };
}

const client = {} as Client;
const params = { regionCode: '16.71', year: 2026, clusterNumber: 1 };

describe('deck', () => {
  it('loads every entry at once, freezes the time, and builds slides in deck order', async () => {
    const order: string[] = [];
    const slow = entry('a', () => new Promise((r) => setTimeout(() => r(order.push('a')), 20)), ['A']);
    const fast = entry('b', async () => order.push('b'), ['B1', 'B2']);
    const empty = entry('c', async () => ({}), []);
    const asOf = new Date(2026, 10, 23, 9, 5);
    const loaded = await loadDeck(client, [slow, fast, empty], params, () => asOf);
    expect(order).toEqual(['b', 'a']);
    expect(loaded.dataAsOf).toBe(asOf);
    expect(buildSlides([slow, fast, empty], loaded, testContext()).map((s) => s.title)).toEqual(['A', 'B1', 'B2']);
  });

  it('skips an entry whose query failed and reports it', async () => {
    const ok = entry('ok', async () => ({}), ['OK']);
    const broken = entry('broken', async () => {
      throw new DeckEntryError('broken', undefined);
    }, ['never']);
    const loaded = await loadDeck(client, [broken, ok], params, () => new Date(Date.UTC(2026, 10, 20, 2)));
    expect(loaded.failed.map((f) => f.entryId)).toEqual(['broken']);
    expect(buildSlides([broken, ok], loaded, testContext()).map((s) => s.title)).toEqual(['OK']);
  });

  it('opens with a cover naming region, cluster and date, and the agenda of what follows', () => {
    const cover = coverSlide(testContext({ clusterLabel: 'Klaster 1 — Bantuan sosial' }), 'Sumatera Selatan', [
      slide('x', 'Satu'),
      slide('y', 'Dua'),
    ]);
    expect(cover.title).toBe('Rapat Koordinasi TKPKD');
    expect(cover.body).toEqual({
      kind: 'cover',
      regionName: 'Kota Palembang',
      parentName: 'Sumatera Selatan',
      clusterLabel: 'Klaster 1 — Bantuan sosial',
      yearLabel: 'Tahun anggaran 2026',
      dateLabel: '23 November 2026',
      agenda: ['Satu', 'Dua'],
    });
  });

  it("looks the cluster's id up once for the entries that filter by it, and passes the frozen moment", async () => {
    const asked: { query: unknown; variables: Record<string, unknown> }[] = [];
    const fake = {
      query: (query: unknown, variables: Record<string, unknown>) => ({
        toPromise: async () => {
          asked.push({ query, variables });
          if (query === RakorClustersQuery)
            return {
              data: {
                clusters: [
                  { id: 5, number: 1 },
                  { id: 6, number: 2 },
                ],
              },
            };
          return { data: { health: { ok: true } } };
        },
      }),
    } as unknown as Client;
    const Health = graphql(`
      query RakorTestHealth { health { ok } }
    `);
    const byCluster = (id: string) =>
      deckEntry({
        id,
        query: Health,
        byCluster: true,
        variables: ({ clusterId, asOf }) => ({ clusterId, day: asOf.getDate() }) as never,
        build: () => [],
      });
    const plain = deckEntry({ id: 'plain', query: Health, variables: () => ({}), build: () => [] });
    const asOf = new Date(2026, 10, 23, 9, 5);
    const loaded = await loadDeck(fake, [byCluster('a'), byCluster('b'), plain], { ...params, clusterNumber: 2 }, () => asOf);
    expect(loaded.failed).toEqual([]);
    expect(asked.filter((a) => a.query === RakorClustersQuery)).toHaveLength(1);
    expect(asked.filter((a) => a.query === Health).map((a) => a.variables)).toEqual(
      expect.arrayContaining([{ clusterId: 6, day: 23 }, { clusterId: 6, day: 23 }, {}]),
    );

    // A cluster the region does not have fails the entries that need it, not the others.
    const missing = await loadDeck(
      fake,
      [byCluster('a'), plain],
      { ...params, clusterNumber: 4 },
      () => new Date(Date.UTC(2026, 10, 20, 2)),
    );
    expect(missing.failed.map((f) => f.entryId)).toEqual(['a']);
    expect(missing.answers.map((a) => a.id)).toEqual(['plain']);

    // The whole TKPKD: no lookup, no cluster filter.
    asked.length = 0;
    await loadDeck(fake, [byCluster('a')], { ...params, clusterNumber: null }, () => asOf);
    expect(asked.map((a) => a.variables)).toEqual([{ clusterId: null, day: 23 }]);
  });
});
