import { describe, expect, it } from 'vitest';
import { browserSession, screenshots, settle } from './helpers';

const { openPage } = browserSession();

describe('Program & klaster', () => {
  it('lands a cluster head on their cluster, with the households behind "belum terjangkau"', async () => {
    const page = await openPage('CLUSTER_HEAD');
    expect(new URL(page.url()).pathname).toBe('/program');
    const tab = page.getByRole('tab', { name: /Klaster 1/ });
    expect(await tab.getAttribute('aria-selected')).toBe('true');

    // Outcomes against targets, one row per program.
    const outcomes = page.locator('.outcomes-table');
    const blt = outcomes.getByRole('row', { name: /Bantuan langsung tunai miskin ekstrem/ });
    await blt.waitFor();
    expect(await blt.textContent()).toMatch(/\d+(\.\d{3})* \/ \d+(\.\d{3})*/);
    expect(await blt.textContent()).toMatch(/Rp\d+(,\d)? (ribu|juta)/);

    // Targeting: the three figures, each explained.
    const exclusion = page.locator('[data-figure="exclusion"]');
    await exclusion.getByText('Berhak, belum terjangkau').waitFor();
    expect(await page.locator('[data-figure="inclusion"] .targeting-figure__value').textContent()).toMatch(/^\d+(,\d)?%$/);
    expect(await page.locator('[data-figure="overlap"]').textContent()).toContain('ego sektoral');

    expect(await page.getByRole('alert').count()).toBe(0);
    const figure = exclusion.getByRole('button', { name: /belum terjangkau/ });
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
    const niks = await dialog.locator('.household-table__nik').allTextContents();
    for (const nik of niks) expect(nik).toMatch(/^\*{12}\d{4}$/);
    await dialog.getByText('Data pribadi disamarkan.').waitFor();
    // The close button has the focus: the dialog took it.
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);

    await dialog.getByRole('button', { name: /Berikutnya/ }).click();
    await dialog.getByText(`Menampilkan 51–100 dari ${count} KK`).waitFor();
    await screenshots(page, 'program-klaster1-daftar-kk');

    // Escape closes the drawer and gives the focus back to the figure.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await figure.evaluate((el) => el === document.activeElement)).toBe(true);
    await screenshots(page, 'program-klaster1');

    // Arrow keys move between cluster tabs.
    await tab.focus();
    await page.keyboard.press('ArrowRight');
    const second = page.getByRole('tab', { name: /Klaster 2/ });
    // The tab is selected once React has rendered the key press: wait for it.
    await page.getByRole('tab', { name: /Klaster 2/, selected: true }).waitFor();
    expect(await second.getAttribute('aria-selected')).toBe('true');
    expect(await second.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.waitForURL((url) => url.searchParams.get('klaster') === '2');
    await page
      .locator('.outcomes-table')
      .getByRole('row', { name: /Tengok Tetangga/ })
      .waitFor();
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
