import { describe, expect, it } from 'vitest';
import { testContext } from '../test-context';
import { buildFollowUpSlides, followUpsToPresent, lastRakor, type RakorFollowUpsData } from './follow-ups';

type Rakor = RakorFollowUpsData['rakors'][number];
type FollowUp = RakorFollowUpsData['followUps'][number];

const rakor = (id: number, heldOn: string, cluster: number | null, status = 'HELD'): Rakor => ({
  id,
  title: cluster === null ? `Rakor TKPKD ${id}` : `Rakor Klaster ${cluster} (${id})`,
  heldOn,
  status: status as Rakor['status'],
  synthetic: true,
  cluster: cluster === null ? null : { number: cluster },
});

const followUp = (id: number, from: Rakor, dueDate: string, daysLate: number, status: FollowUp['status'] = 'IN_PROGRESS'): FollowUp => ({
  id,
  title: `Tindak lanjut ${id}`,
  dueDate,
  daysLate,
  status,
  ownerOpd: { shortName: 'DINSOS' },
  rakor: { id: from.id, title: from.title, heldOn: from.heldOn, synthetic: from.synthetic },
});

// The deck starts on 23 November 2026 (testContext).
const plenary = rakor(8, '2026-08-20', null);
const cluster1 = rakor(9, '2026-10-08', 1);
const next = rakor(11, '2026-12-10', null, 'PLANNED');

describe('open follow-ups slide', () => {
  it('takes the last rakor held: the cluster’s own, or the last plenary one for the whole TKPKD', () => {
    const all = [next, cluster1, plenary];
    expect(lastRakor(all, 1, '2026-11-23')?.id).toBe(9);
    expect(lastRakor(all, null, '2026-11-23')?.id).toBe(8);
    // Before the plenary met, any rakor held.
    expect(lastRakor([cluster1], null, '2026-11-23')?.id).toBe(9);
    expect(lastRakor(all, null, '2026-08-01')).toBeNull();
  });

  it('presents the last rakor’s open follow-ups and every late one, the latest-running first', () => {
    const items = [followUp(1, cluster1, '2026-12-04', 0), followUp(2, plenary, '2026-11-12', 11), followUp(3, plenary, '2026-12-20', 0)];
    expect(followUpsToPresent(items, cluster1).map((f) => f.id)).toEqual([2, 1]);
  });

  it('says "terlambat N hari" in red with a clock, and how long the others have left', () => {
    const data: RakorFollowUpsData = {
      rakors: [cluster1, plenary],
      followUps: [
        followUp(1, cluster1, '2026-10-29', 25),
        followUp(2, cluster1, '2026-12-04', 0, 'OPEN'),
        followUp(3, plenary, '2026-09-17', 67),
      ],
    };
    const [slide] = buildFollowUpSlides(data, testContext({ clusterNumber: 1 }));
    expect(slide?.title).toBe('Tindak lanjut yang belum selesai');
    expect(slide?.kicker).toBe('Tindak lanjut rakor · Klaster 1 · Kota Palembang');
    expect(slide?.lead).toBe('2 tindak lanjut lewat tenggat; 2 dari Rakor Klaster 1 (9) (8 Oktober 2026) belum selesai.');
    if (slide?.body.kind !== 'table') throw new Error('table slide expected');
    expect(slide.body.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Tindak lanjut 3', 'DINSOS', '17 September 2026', 'Terlambat 67 hari'],
      ['Tindak lanjut 1', 'DINSOS', '29 Oktober 2026', 'Terlambat 25 hari'],
      ['Tindak lanjut 2', 'DINSOS', '4 Desember 2026', 'Belum dikerjakan'],
    ]);
    expect(slide.body.rows[0]?.cells[3]).toMatchObject({ tone: 'bad', icon: 'clock', sub: 'Berjalan' });
    expect(slide.body.rows[0]?.cells[0]?.sub).toBe('dari Rakor TKPKD 8');
    expect(slide.body.rows[2]?.cells[3]).toMatchObject({ sub: 'tenggat 11 hari lagi' });
    expect(slide.body.rows[2]?.cells[3]?.tone).toBeUndefined();
    expect(slide.body.chips.map((c) => [c.value, c.label, c.tone])).toEqual([
      ['2', 'lewat tenggat', 'bad'],
      ['1', 'masih dalam tenggat', 'good'],
    ]);
    expect(slide.source).toBe('Sumber: keputusan rakor yang dicatat sekretariat TKPKD di Pantau · keterlambatan per 23 November 2026');
    expect(slide.synthetic).toBe(true);
  });

  it('counts what it cannot show', () => {
    const many = Array.from({ length: 11 }, (_, i) => followUp(i + 1, cluster1, '2026-12-04', 0));
    const [slide] = buildFollowUpSlides({ rakors: [cluster1], followUps: many }, testContext({ clusterNumber: 1 }));
    if (slide?.body.kind !== 'table') throw new Error('table slide expected');
    expect(slide.body.rows).toHaveLength(5);
    expect(slide.body.more).toBe('… dan 6 tindak lanjut lainnya; semuanya di halaman Tindak lanjut rakor.');
    expect(slide.lead).toBe('11 tindak lanjut dari Rakor Klaster 1 (9) (8 Oktober 2026) belum selesai, semuanya masih dalam tenggat.');
  });

  it('says when the last rakor is done but older follow-ups are late', () => {
    const data: RakorFollowUpsData = { rakors: [plenary, cluster1], followUps: [followUp(1, cluster1, '2026-11-16', 7)] };
    const [slide] = buildFollowUpSlides(data, testContext());
    expect(slide?.lead).toBe('1 tindak lanjut lewat tenggat; semua tindak lanjut Rakor TKPKD 8 (20 Agustus 2026) sudah selesai.');
  });

  it('says so when everything the last rakor decided is done', () => {
    const [slide] = buildFollowUpSlides({ rakors: [cluster1], followUps: [] }, testContext({ clusterNumber: 1 }));
    expect(slide?.body).toEqual({ kind: 'message', tone: 'good', text: 'Tidak ada tindak lanjut yang terbuka atau lewat tenggat.' });
    expect(slide?.lead).toBe('Semua tindak lanjut Rakor Klaster 1 (9) (8 Oktober 2026) sudah selesai.');
  });

  it('makes no slide where no rakor was held and nothing is open', () => {
    expect(buildFollowUpSlides({ rakors: [next], followUps: [] }, testContext())).toEqual([]);
  });
});
