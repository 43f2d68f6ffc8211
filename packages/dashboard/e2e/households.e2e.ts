import { describe, expect, it } from 'vitest';
import { browserSession, screenshots } from './helpers';

const { openPage } = browserSession();

describe('Rumah tangga', () => {
  it('a kelurahan operator lands on the households of their kelurahan, with personal data', async () => {
    const page = await openPage('REGION_OPERATOR');
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
    const page = await openPage('REGION_OPERATOR');
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

  it('is not in the navigation of a mayor', async () => {
    const page = await openPage('EXECUTIVE');
    expect(await page.getByRole('link', { name: 'Rumah tangga' }).count()).toBe(0);
  });
});
