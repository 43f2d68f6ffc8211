import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserSession, OUTPUT_DIR, PHONE, screenshots, settle } from './helpers';

const { openPage } = browserSession();

describe('Rumah tangga', () => {
  it('a kelurahan operator opens the households of their kelurahan, with personal data', async () => {
    const page = await openPage('REGION_OPERATOR', '/rumah-tangga');
    await page.waitForURL(/\/rumah-tangga/);
    await page.getByRole('heading', { level: 1, name: 'Rumah tangga' }).waitFor();
    const firstRow = page.locator('.households-table tbody tr').first();
    await firstRow.waitFor();
    // Their own kelurahan: the full 16-digit NIK, no masking notice.
    expect(await firstRow.locator('td.mono').textContent()).toMatch(/^\d{16}$/);
    expect(await page.locator('.panel__meta').textContent()).toMatch(/^Menampilkan 1–\d+ dari [\d.]+ KK$/);
    await screenshots(page, 'rumah-tangga-kelurahan');

    // The detail dialog lists the members and closes with Escape.
    await firstRow.getByRole('button').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: /^Anggota keluarga/ }).waitFor();
    expect(await dialog.locator('tbody tr').count()).toBeGreaterThan(0);
    await screenshots(page, 'rumah-tangga-detail');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('filters to extreme-poor households that no program reached, and the URL keeps the filter', async () => {
    const page = await openPage('REGION_OPERATOR', '/rumah-tangga');
    await page.locator('.households-table tbody tr').first().waitFor();
    // The box follows the URL, which updates a moment after the click: wait for both.
    await page.getByLabel('Hanya yang berhak tetapi belum terjangkau').click();
    await page.waitForURL(/belumTerjangkau=1/);
    await expect.poll(() => page.getByLabel('Hanya yang berhak tetapi belum terjangkau').isChecked()).toBe(true);
    await page.locator('.households-table, .notice--empty').first().waitFor();
    for (const status of await page.locator('.households-table .status-pill').allTextContents()) {
      expect(['Miskin ekstrem', 'Miskin']).toContain(status);
    }
  });

  it('on a phone each household is a card, every value under its column’s name; a laptop shows every column', async () => {
    const page = await openPage('REGION_OPERATOR', '/rumah-tangga');
    await page.setViewportSize(PHONE);
    const firstRow = page.locator('.households-table tbody tr').first();
    await firstRow.waitFor();
    await settle(page);
    // The nine columns of a row all fit the phone's width: no sideways scrolling to find the NIK.
    const cells = await firstRow.locator('th, td').all();
    expect(cells).toHaveLength(9);
    for (const cell of cells) {
      const box = await cell.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    }
    expect(await page.locator('.table-scroll').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const label = (name: string) => firstRow.locator(`td[data-label="${name}"]`).evaluate((el) => getComputedStyle(el, '::before').content);
    expect(await label('NIK')).toBe('"NIK"');
    expect(await label('Anggota')).toBe('"Anggota"');
    // The exact size for the kelurahan's own operator, not a band.
    expect(await firstRow.locator('td[data-label="Anggota"]').textContent()).toMatch(/^\d+$/);
    await page.locator('.households-table').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUTPUT_DIR, 'rumah-tangga-kartu-390x844.png') });
    // A laptop: the nine columns without sideways scrolling.
    await page.setViewportSize({ width: 1366, height: 768 });
    await settle(page);
    const overflow = await page.locator('.table-scroll').evaluate((el) => el.scrollWidth - el.clientWidth);
    await page.locator('.households-table').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUTPUT_DIR, 'rumah-tangga-tabel-1366x768.png') });
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('is not in the navigation of a mayor', async () => {
    const page = await openPage('EXECUTIVE');
    expect(await page.getByRole('link', { name: 'Rumah tangga' }).count()).toBe(0);
  });
});
