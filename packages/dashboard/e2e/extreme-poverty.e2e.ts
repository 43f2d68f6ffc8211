import { describe, expect, it } from 'vitest';
import { browserSession, screenshots, settle } from './helpers';

const { openPage } = browserSession();

const BONTANG_PRIORITY = ['Lok Tuan', 'Api-api', 'Tanjung Laut', 'Tanjung Laut Indah'];

describe('Kemiskinan ekstrem', () => {
  it("shows Bontang's four priority kelurahan on the map and in the list, with those at zero", async () => {
    const page = await openPage('walikota.bontang', '/kemiskinan-ekstrem?wilayah=64.74');
    await page.getByRole('heading', { level: 1, name: 'Kemiskinan ekstrem' }).waitFor();
    await settle(page);

    // The list: one card per priority kelurahan, in the order the city named them.
    const cards = page.locator('.priority-card');
    expect(await cards.locator('h3').allTextContents()).toEqual(BONTANG_PRIORITY);
    for (const name of ['Api-api', 'Tanjung Laut Indah']) {
      const card = cards.filter({ has: page.getByRole('heading', { name, exact: true }) });
      expect(await card.locator('.zero-badge').textContent()).toBe('Nol tercapai');
      expect(await card.locator('.zero-badge svg').count()).toBe(1);
    }
    const lokTuan = cards.filter({ has: page.getByRole('heading', { name: 'Lok Tuan', exact: true }) });
    expect(await lokTuan.locator('.zero-badge').count()).toBe(0);
    expect(await lokTuan.locator('.trend-bars li').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.priority__progress').textContent()).toBe('2 dari 4 kelurahan prioritas sudah nol');
    // Lok Tuan (2 KK now) and Tanjung Laut (1) are counts of 1–4: hidden from the mayor, never shown
    // as a number or a zero; the 2024 counts the news published stay as published.
    for (const name of ['Lok Tuan', 'Tanjung Laut']) {
      const card = cards.filter({ has: page.getByRole('heading', { name, exact: true }) });
      expect(await card.locator('.priority-card__left').textContent()).toContain('disembunyikan');
      expect(await card.locator('.priority-card__count').textContent()).toMatch(/^disembunyikan/);
      const lastBar = card.locator('.trend-bars li').last();
      expect(await lastBar.getAttribute('class')).toContain('trend-bars__bar--hidden');
      expect(await lastBar.locator('.trend-bars__fill').count()).toBe(0);
      expect(await card.locator('.trend-bars li').first().locator('.trend-bars__value').textContent()).toMatch(/^\d+/);
      expect(await card.locator('.priority-card__change').count()).toBe(0);
    }
    await page.locator('.priority .hidden-note').waitFor();

    // The map: each priority kelurahan is drawn, outlined and named; the accessible summary names them too.
    const map = page.locator('.kelurahan-map');
    for (const name of BONTANG_PRIORITY)
      await map
        .locator('svg text', { hasText: new RegExp(`^${name}$`) })
        .first()
        .waitFor();
    const summaryId = await map.locator('[role="img"]').getAttribute('aria-describedby');
    const summary = (await page.locator(`[id="${summaryId}"]`).textContent()) ?? '';
    for (const name of BONTANG_PRIORITY) expect(summary).toContain(name);
    expect(await page.locator('.map-legend').textContent()).toContain('Kelurahan prioritas (garis tebal)');
    expect(await page.locator('.map-attribution').textContent()).toBe('Batas wilayah: cahyadsn/wilayah_boundaries (MIT)');
    await screenshots(page, 'kemiskinan-ekstrem-bontang');

    // Drill down by keyboard-reachable links, and back up by the breadcrumb.
    await page.locator('.place-table').getByRole('link', { name: 'Bontang Utara' }).click();
    await page.waitForURL((url) => url.searchParams.get('wilayah') === '64.74.01');
    await page.getByRole('heading', { name: 'Peta KK miskin ekstrem, Kec. Bontang Utara' }).waitFor();
    await page.locator('.place-table').getByRole('link', { name: 'Lok Tuan' }).click();
    await page.waitForURL((url) => url.searchParams.get('wilayah') === '64.74.01.1003');
    const crumbs = page.getByRole('navigation', { name: 'Jenjang wilayah' });
    // The URL changes before the page renders the new place: wait for its crumb.
    await crumbs.locator('li', { hasText: 'Lok Tuan' }).waitFor();
    expect((await crumbs.locator('li').allTextContents()).map((c) => c.trim())).toEqual(['Kota Bontang', 'Kec. Bontang Utara', 'Lok Tuan']);
    await settle(page);
    await screenshots(page, 'kemiskinan-ekstrem-lok-tuan');
    await crumbs.getByRole('link', { name: 'Kota Bontang' }).click();
    await page.waitForURL((url) => url.searchParams.get('wilayah') === '64.74');
    await page.getByRole('heading', { name: 'Peta KK miskin ekstrem per kelurahan/desa, Kota Bontang' }).waitFor();

    // A click on a kelurahan of the kota map opens its kecamatan. ECharts finds the region under
    // the pointer itself, so click where the name is drawn, as a person would.
    await settle(page);
    const label = await page
      .locator('.kelurahan-map svg text', { hasText: /^Lok Tuan$/ })
      .first()
      .boundingBox();
    expect(label).not.toBeNull();
    await page.mouse.click(label!.x + label!.width / 2, label!.y + label!.height / 2);
    await page.waitForURL((url) => url.searchParams.get('wilayah') === '64.74.01');
  });

  it("shows Palembang's 10.644 extreme-poor households to the mayor, and says no priority kelurahan are set", async () => {
    const page = await openPage('EXECUTIVE', '/kemiskinan-ekstrem');
    expect(new URL(page.url()).searchParams.get('wilayah')).toBe('16.71');
    const card = page.locator('.stat-card').filter({ has: page.getByRole('heading', { name: 'KK miskin ekstrem', exact: true }) });
    await card.locator('.stat-card__value', { hasText: '10.644' }).waitFor();
    expect(await card.locator('.stat-card__value').textContent()).toBe('10.644');
    expect(await page.locator('.place-table tfoot').textContent()).toContain('10.644');
    expect(await page.locator('.extreme-priority').textContent()).toContain('Kota Palembang belum menetapkan kelurahan prioritas');
    await settle(page);
    expect(await page.locator('.kelurahan-map svg path').count()).toBeGreaterThan(100);
    await screenshots(page, 'kemiskinan-ekstrem-palembang');
  });

  it('lists the Musi Banyuasin desa that have no boundary instead of dropping them', async () => {
    const page = await openPage('klaster1.muba', '/kemiskinan-ekstrem?wilayah=16.06');
    const missing = page.locator('.map-missing');
    await missing.waitFor();
    const text = (await missing.textContent()) ?? '';
    expect(text).toContain('2 kelurahan/desa tanpa batas wilayah');
    expect(text).toContain('Epil Barat');
    expect(text).toContain('Toman Baru');
  });
});
