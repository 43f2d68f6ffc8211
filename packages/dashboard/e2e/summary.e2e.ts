import { describe, expect, it } from 'vitest';
import { allowConsoleErrors, browserSession, screenshots } from './helpers';

const { openPage } = browserSession();

describe('Ringkasan', () => {
  it("shows Palembang's 10.644 extreme-poor households to the mayor", async () => {
    const page = await openPage('EXECUTIVE');
    expect(new URL(page.url()).searchParams.get('wilayah')).toBe('16.71');
    const card = page.locator('.stat-card').filter({ has: page.getByRole('heading', { name: 'KK miskin ekstrem', exact: true }) });
    await card.locator('.stat-card__value', { hasText: '10.644' }).waitFor();
    expect(await card.locator('.stat-card__value').textContent()).toBe('10.644');
    await screenshots(page, 'ringkasan-walikota');
  });

  it('keeps the figures on screen with a notice when the server cannot be reached, then recovers', async () => {
    const page = await openPage('EXECUTIVE');
    await page.locator('.stat-card__value', { hasText: '10.644' }).waitFor();
    // Chromium logs each refused request; that is the point of this test.
    allowConsoleErrors(page, /ERR_CONNECTION_REFUSED|Failed to load resource/);
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    // As when the network comes back: the dashboard asks again for what is on screen.
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    const banner = page.locator('.offline-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/Tidak terhubung ke server — menampilkan data terakhir \(pukul \d{2}\.\d{2}\)/);
    expect(await page.locator('.stat-card__value', { hasText: '10.644' }).count()).toBe(1);
    await screenshots(page, 'ringkasan-offline');

    await page.unroute('**/graphql');
    await banner.getByRole('button', { name: 'Coba lagi' }).click();
    await banner.waitFor({ state: 'detached' });
    expect(await page.locator('.stat-card__value', { hasText: '10.644' }).count()).toBe(1);
  });

  it('says "tidak berwenang" for a region outside the user’s area', async () => {
    const page = await openPage('EXECUTIVE');
    await page.goto('/?wilayah=64.74');
    const notice = page.getByRole('alert');
    await notice.getByText('Tidak berwenang').waitFor();
    expect(await notice.textContent()).toContain('Akun Anda tidak punya akses ke data ini.');
    expect(new URL(page.url()).pathname).toBe('/');
  });
});
