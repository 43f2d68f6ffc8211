import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from '../../test/app.js';
import { daysLate } from './priority.service.js';

describe('daysLate', () => {
  it('counts whole days past due for open items only', () => {
    expect(daysLate(new Date('2026-11-15'), false, new Date('2026-11-23'))).toBe(8);
    expect(daysLate(new Date('2026-11-15'), true, new Date('2026-11-23'))).toBe(0);
    expect(daysLate(new Date('2026-12-09'), false, new Date('2026-11-23'))).toBe(0);
  });
});

describe('priorities and follow-ups', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });

  it('Bontang’s 100-day priority from the rakor is late, with its milestones', async () => {
    const { data } = await app.gql<{
      priorities: {
        title: string;
        synthetic: boolean;
        status: string;
        daysLate: number;
        milestonesDone: number;
        milestones: { title: string }[];
        ownerOpd: { shortName: string };
      }[];
    }>(
      '{ priorities(regionCode: "64.74", lateOnly: true, asOf: "2026-11-23") { title synthetic status daysLate(asOf: "2026-11-23") milestonesDone milestones { title } ownerOpd { shortName } } }',
      undefined,
      await loginAs(app, 'walikota.bontang'),
    );
    const real = data!.priorities.find((p) => !p.synthetic)!;
    expect(real.title).toBe('Penanganan kemiskinan ekstrem di empat kelurahan prioritas');
    expect(real).toMatchObject({ status: 'IN_PROGRESS', milestonesDone: 2, ownerOpd: { shortName: 'DINSOS' } });
    expect(real.daysLate).toBe(542); // 30 May 2025 → 23 Nov 2026
    expect(real.milestones).toHaveLength(3);
  });

  it('overdue follow-ups carry their rakor and owner', async () => {
    const { data } = await app.gql<{
      followUps: { status: string; daysLate: number; rakor: { title: string; heldOn: string }; ownerOpd: { shortName: string } }[];
    }>(
      '{ followUps(regionCode: "16.71", overdueOnly: true, asOf: "2026-11-23") { status daysLate(asOf: "2026-11-23") rakor { title heldOn } ownerOpd { shortName } } }',
      undefined,
      await loginAs(app, 'walikota'),
    );
    expect(data!.followUps.length).toBeGreaterThan(0);
    for (const f of data!.followUps) {
      expect(['OPEN', 'IN_PROGRESS']).toContain(f.status);
      expect(f.daysLate).toBeGreaterThan(0);
    }
  });

  it('Muba’s 2019 klaster 1 rakor holds the figures it presented', async () => {
    const { data } = await app.gql<{
      rakors: {
        title: string;
        heldOn: string;
        synthetic: boolean;
        agenda: { figuresJson: string }[];
        attendees: { shortName: string }[];
      }[];
    }>(
      '{ rakors(regionCode: "16.06") { title heldOn synthetic agenda { figuresJson } attendees { shortName } } }',
      undefined,
      await loginAs(app, 'klaster1.muba'),
    );
    const rakor = data!.rakors.find((r) => r.heldOn === '2019-05-02')!;
    expect(rakor.synthetic).toBe(false);
    expect(JSON.parse(rakor.agenda[0]!.figuresJson)).toEqual([
      { label: 'Pagu 2018', value: 350_000_000, unit: 'Rp', source: 'article-004-muba' },
      { label: 'Realisasi 2018', value: 332_000_000, unit: 'Rp', source: 'article-004-muba' },
      { label: 'Rumah dibedah bersama Baznas', value: 7, unit: 'unit', source: 'article-004-muba' },
    ]);
    expect(rakor.attendees.map((a) => a.shortName)).toContain('BAZNAS');
  });
});
