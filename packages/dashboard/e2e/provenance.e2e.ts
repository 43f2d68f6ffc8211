// Provenance walks every screen and every slide (issue 8): each figure's footnote carries a label
// (real, synthetic, or an official count over generated rows), the extreme-poor counts' labels
// are the API's own (Region.extremePoorProvenance), and no source is named by Pantau's id for it
// ("article-004-muba") instead of its publisher, on any page the nav offers or any slide.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { navItemsFor } from '../src/app/nav';
import { countProvenanceLabel, SOURCE_ID_PATTERN } from '../src/lib/provenance';
import type { Role } from '../src/lib/viewer';
import { browserSession, settle } from './helpers';

const { openPage } = browserSession();

interface Answer<T> {
  data: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<Answer<T>> {
  const answer = await page.request.post('/graphql', { headers: { 'content-type': 'application/json' }, data: { query, variables } });
  return (await answer.json()) as Answer<T>;
}

interface CountProvenance {
  kind: 'REGISTRY' | 'OFFICIAL_COUNT_GENERATED_ROWS' | 'SYNTHETIC';
  rowsSynthetic: boolean;
  official: { value: number; source: { publisher: string } } | null;
}

/** The API's provenance of a region's extreme-poor count, as the signed-in user reads it. */
async function apiProvenance(page: Page, code: string): Promise<CountProvenance> {
  const { data, errors } = await gql<{ region: { extremePoorProvenance: CountProvenance } }>(
    page,
    'query ($code: RegionCode!) { region(code: $code) { extremePoorProvenance { kind rowsSynthetic official { value source { publisher } } } } }',
    { code },
  );
  expect(errors).toBeUndefined();
  return data!.region.extremePoorProvenance;
}

const LABELS = ['real', 'synthetic', 'official-count-generated-rows', 'unknown'];

/** Every footnote on the page: its label and its text; none names a source by id. */
async function walkFootnotes(page: Page, where: string): Promise<void> {
  const notes = await page
    .locator('.provenance')
    .evaluateAll((els) => els.map((el) => ({ label: el.getAttribute('data-provenance'), text: el.textContent ?? '' })));
  for (const n of notes) {
    expect(LABELS, `${where}: a footnote without a label: ${n.text}`).toContain(n.label);
  }
  const body = (await page.locator('main').textContent()) ?? '';
  expect(body.match(SOURCE_ID_PATTERN)?.[0] ?? null, `${where} names a source by its id`).toBeNull();
}

const USERS: { user: string; role: Role; region: string }[] = [
  { user: 'walikota', role: 'EXECUTIVE', region: '16.71' },
  { user: 'walikota.bontang', role: 'EXECUTIVE', region: '64.74' },
  { user: 'klaster1.muba', role: 'CLUSTER_HEAD', region: '16.06' },
];

describe('provenance on every screen', () => {
  for (const { user, role, region } of USERS) {
    it(`${user}: every page the nav offers labels its figures, and names sources by name`, async () => {
      const page = await openPage(user);
      const api = await apiProvenance(page, region);
      const expected = countProvenanceLabel(api);
      for (const item of navItemsFor(role).filter((i) => i.id !== 'rakor')) {
        const year = user === 'klaster1.muba' ? '&tahun=2018' : '';
        await page.goto(`${item.path}?wilayah=${region}${year}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await settle(page);
        await walkFootnotes(page, `${user} ${item.path}`);
        // The region's extreme-poor count, where a page shows it, carries the API's label.
        const card =
          item.id === 'summary'
            ? page.locator('.stat-card', { hasText: 'KK miskin ekstrem' }).first()
            : item.id === 'extremePoverty'
              ? page.locator('.extreme-stats .stat-card').first()
              : null;
        if (card && (await card.count()) > 0) {
          const label = await card.locator('.provenance').getAttribute('data-provenance');
          expect(label, `${user} ${item.path}: the extreme-poor count's label`).toBe(expected);
          if (api.kind === 'OFFICIAL_COUNT_GENERATED_ROWS') {
            const text = (await card.locator('.provenance').textContent()) ?? '';
            expect(text).toContain(api.official!.source.publisher);
            expect(text).toContain('data rumah tangga sintetis');
          }
        }
      }
    });
  }

  it("Palembang's 10.644 is an official count over generated rows, on Ringkasan and Kemiskinan ekstrem", async () => {
    const page = await openPage('walikota');
    const api = await apiProvenance(page, '16.71');
    expect(api).toMatchObject({ kind: 'OFFICIAL_COUNT_GENERATED_ROWS', rowsSynthetic: true, official: { value: 10_644 } });
    await page.goto('/?wilayah=16.71');
    const card = page.locator('.stat-card', { hasText: 'KK miskin ekstrem' }).first();
    await card.locator('.provenance').waitFor();
    // The badge is set in lower case (app.css): no 'KK' in it, which would read 'kk'.
    expect(await card.locator('.badge').textContent()).toBe('angka resmi · data rumah tangga sintetis');
    expect(await card.locator('.provenance').textContent()).toContain('Jumlah resmi: Pemberitaan Pemkot Palembang');
  });
});

describe('provenance on every slide', () => {
  const DECKS = [
    { user: 'klaster1', region: '16.71' },
    { user: 'walikota.bontang', region: '64.74' },
  ];
  for (const { user, region } of DECKS) {
    it(`${user}: each slide names its sources by name; the kecamatan and priority slides carry the registry's label`, async () => {
      const page = await openPage(user);
      const api = await apiProvenance(page, region);
      await page.goto(`/rakor?wilayah=${region}`);
      await page.getByRole('button', { name: 'Mulai presentasi' }).click();
      await page.locator('.slide').waitFor();
      await settle(page);
      const total = Number(((await page.locator('.rakor__counter').textContent()) ?? '').split('/')[1]);
      for (let i = 1; i <= total; i++) {
        if (i > 1) {
          await page.keyboard.press('ArrowRight');
          await page.locator('.rakor__counter', { hasText: new RegExp(`^${i} / `) }).waitFor();
        }
        const slide = page.locator('.slide');
        const id = (await slide.getAttribute('data-slide-id')) ?? '';
        const text = (await slide.textContent()) ?? '';
        expect(text.match(SOURCE_ID_PATTERN)?.[0] ?? null, `${user} slide ${id} names a source by its id`).toBeNull();
        if (id === 'extreme-poor-kecamatan' || id.startsWith('priority-areas')) {
          const source = (await slide.locator('.slide__source').textContent()) ?? '';
          // Generated rows are labelled synthetic and never credited to P3KE/DTSEN as their source.
          expect(await slide.locator('.slide__source .badge--synthetic').count(), `${id} synthetic badge`).toBe(api.rowsSynthetic ? 1 : 0);
          if (api.rowsSynthetic) expect(source).not.toMatch(/Registri KK Pantau \(P3KE\/DTSEN\)/);
          if (api.kind === 'OFFICIAL_COUNT_GENERATED_ROWS') expect(source).toContain(api.official!.source.publisher);
        }
      }
    });
  }
});
