import { describe, expect, it } from 'vitest';
import { browserSession, screenshots, settle } from './helpers';

const { openPage } = browserSession();

describe('Program & klaster', () => {
  it('lands a cluster head on their cluster only, with the counts behind "belum terjangkau" but not the households', async () => {
    const page = await openPage('CLUSTER_HEAD');
    expect(new URL(page.url()).pathname).toBe('/program');
    // Their own cluster, and no other: the API refuses another cluster's figures.
    const tabs = page.getByRole('tab');
    await tabs.first().waitFor();
    expect(await tabs.allTextContents()).toEqual([expect.stringMatching(/Klaster 1/)]);
    expect(await tabs.first().getAttribute('aria-selected')).toBe('true');
    await page.getByText('Anda melihat klaster Anda saja').waitFor();

    // Outcomes against targets, one row per program.
    const outcomes = page.locator('.outcomes-table');
    const blt = outcomes.getByRole('row', { name: /Bantuan langsung tunai miskin ekstrem/ });
    await blt.waitFor();
    expect(await blt.textContent()).toMatch(/\d+(\.\d{3})* \/ \d+(\.\d{3})*/);
    expect(await blt.textContent()).toMatch(/Rp\d+(,\d)? (ribu|juta)/);

    // Targeting: the three figures, each explained; the counts are shown, the lists are not offered.
    const exclusion = page.locator('[data-figure="exclusion"]');
    await exclusion.getByText('Berhak, belum terjangkau').waitFor();
    expect(await page.locator('[data-figure="inclusion"] .targeting-figure__value').textContent()).toMatch(/^\d+(,\d)?%$/);
    expect(await page.locator('[data-figure="overlap"]').textContent()).toContain('ego sektoral');
    expect(await exclusion.locator('.targeting-figure__value').textContent()).toMatch(/^\d{1,3}(\.\d{3})* KK$/);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('.figure-link').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Buka daftar/ }).count()).toBe(0);
    await page.getByText('hanya dapat dibuka sekretariat TKPKD dan operator kelurahan').waitFor();
    await screenshots(page, 'program-klaster1');
  });

  it('opens the households behind "belum terjangkau" for the secretariat, and moves between clusters by keyboard', async () => {
    const page = await openPage('ADMIN', '/program');
    const exclusion = page.locator('[data-figure="exclusion"]');
    const figure = exclusion.getByRole('button', { name: /belum terjangkau/ });
    await figure.waitFor();
    const count = ((await figure.textContent()) ?? '').trim();
    expect(count).toMatch(/^\d{1,3}(\.\d{3})*$/);
    await settle(page);
    await figure.click();

    const dialog = page.getByRole('dialog');
    await dialog.locator('.drawer__count', { hasText: `${count} KK` }).waitFor();
    await dialog.locator('tbody tr').first().waitFor();
    const numbers = await dialog.locator('tbody th').allTextContents();
    expect(numbers).toHaveLength(50);
    for (const n of numbers) expect(n).toMatch(/^KK-16\.71\.\d{2}\.\d{4}-\d+$/);
    // The secretariat reads the households in full: whole NIKs, nothing masked.
    const niks = await dialog.locator('.household-table__nik').allTextContents();
    for (const nik of niks) expect(nik).toMatch(/^\d{16}$/);
    expect(await dialog.getByText('Data pribadi disamarkan.').count()).toBe(0);
    // The close button has the focus: the dialog took it.
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);

    await dialog.getByRole('button', { name: /Berikutnya/ }).click();
    await dialog.getByText(`Menampilkan 51–100 dari ${count} KK`).waitFor();
    await screenshots(page, 'program-admin-daftar-kk');

    // Escape closes the drawer and gives the focus back to the figure.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await figure.evaluate((el) => el === document.activeElement)).toBe(true);

    // Arrow keys move between cluster tabs.
    const tab = page.getByRole('tab', { name: /Klaster 1/ });
    await tab.focus();
    await page.keyboard.press('ArrowRight');
    const second = page.getByRole('tab', { name: /Klaster 2/ });
    // The tab is selected once React has rendered the key press: wait for it.
    await page.getByRole('tab', { name: /Klaster 2/, selected: true }).waitFor();
    expect(await second.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.waitForURL((url) => url.searchParams.get('klaster') === '2');
    await page
      .locator('.outcomes-table')
      .getByRole('row', { name: /Tengok Tetangga/ })
      .waitFor();
  });

  it("opens a kelurahan operator's own households behind the city's figure", async () => {
    const page = await openPage('REGION_OPERATOR', '/program');
    const figure = page.locator('[data-figure="exclusion"]').getByRole('button', { name: /belum terjangkau/ });
    await figure.waitFor();
    await settle(page);
    await figure.click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('.drawer__note').waitFor();
    expect(await dialog.locator('.drawer__note').textContent()).toContain('16.71.06.1005');
    await dialog.locator('tbody tr').first().waitFor();
    for (const n of await dialog.locator('tbody th').allTextContents()) expect(n).toMatch(/^KK-16\.71\.06\.1005-\d+$/);
    await screenshots(page, 'program-kelurahan-daftar-kk');
  });

  it('shows the mayor the aggregates only, without household links', async () => {
    const page = await openPage('EXECUTIVE', '/program');
    await page.locator('[data-figure="exclusion"] .targeting-figure__value').waitFor();
    await settle(page);
    expect(await page.locator('[data-figure="exclusion"] .targeting-figure__value').textContent()).toMatch(/^\d{1,3}(\.\d{3})* KK$/);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('.figure-link').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Buka daftar/ }).count()).toBe(0);
    expect(await page.getByText('Tekan angka bergaris bawah').count()).toBe(0);
    await screenshots(page, 'program-walikota');
  });

  it("shows Muba 2018's bedah rumah: 7 houses at Rp47,4 juta each, and why targeting is not there", async () => {
    const page = await openPage('klaster1.muba', '/program?wilayah=16.06&tahun=2018');
    const row = page.locator('.outcomes-table').getByRole('row', { name: /bedah rumah/ });
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('7 / 7');
    expect(text).toContain('Rp332 juta / Rp350 juta');
    expect(text).toContain('Rp47,4 juta');
    await page.getByText('Ketepatan sasaran tahun 2018 belum dihitung').waitFor();
    await screenshots(page, 'program-muba-2018');
  });
});
