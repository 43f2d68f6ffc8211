// The first-run set-up (/siapkan): on the demo server, which has users, it says there is nothing
// to set up; on a server started empty without the demo, the sign-in page says how the first
// administrator is made, and the set-up link's form creates them and signs them in on Impor data.
import { describe, expect, it } from 'vitest';
import { allowConsoleErrors, browserSession, screenshots, settle } from './helpers';
import { startEmptyServer } from './server';

const { newPage } = browserSession();

describe('Siapkan Pantau', () => {
  it('says the set-up is done on a server that has users, and the sign-in page does not offer it', async () => {
    const page = await newPage();
    await page.goto('/siapkan#not-a-token');
    await page.getByRole('heading', { level: 1, name: 'Pantau sudah disiapkan' }).waitFor();
    expect(await page.getByLabel('Nama pengguna').count()).toBe(0);
    await settle(page);
    await screenshots(page, 'siapkan-sudah');
    await page.getByRole('link', { name: 'Ke halaman Masuk' }).click();
    await page.waitForURL((url) => url.pathname === '/masuk');
    await page.getByLabel('Nama pengguna').waitFor();
    await settle(page);
    expect(await page.getByText('Belum ada pengguna').count()).toBe(0);
  });

  it('creates the first administrator of an empty server and signs them in on Impor data', async () => {
    const server = await startEmptyServer('setup-first-run');
    try {
      const page = await newPage();
      // This test stops its own server at the end while the page's live event stream is open.
      allowConsoleErrors(page, /ERR_INCOMPLETE_CHUNKED_ENCODING/);
      // The sign-in page cannot work yet, and says what to do instead.
      await page.goto(`${server.url}/masuk`);
      await page.getByText('Belum ada pengguna', { exact: true }).waitFor();
      expect(await page.locator('.login__setup').textContent()).toContain('pnpm user:create');
      await settle(page);
      await screenshots(page, 'masuk-belum-ada-pengguna');

      await page.goto(`${server.url}${server.setupPath}`);
      await page.getByRole('heading', { level: 1, name: 'Siapkan Pantau' }).waitFor();
      // The link carries the token; nobody has to type it.
      expect(await page.getByLabel('Token penyiapan').count()).toBe(0);

      // Sent empty: each input says what it needs, beside it, and the first takes the focus.
      await page.getByRole('button', { name: 'Buat administrator' }).click();
      const username = page.getByLabel('Nama pengguna');
      await page.getByText('Isi nama pengguna.').waitFor();
      expect(await username.getAttribute('aria-invalid')).toBe('true');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('username');
      expect(await page.getByText('Isi nama tampilan, mis. Sekretariat TKPKD.').count()).toBe(1);
      expect(await page.getByText('Kata sandi paling sedikit 10 karakter.').count()).toBe(1);
      await settle(page);
      await screenshots(page, 'siapkan-formulir');

      await username.fill('bappeda.kupang');
      await page.getByLabel('Nama tampilan').fill('Sekretariat TKPKD Kota Kupang');
      await page.getByLabel('Kata sandi', { exact: true }).fill('sasando-tenun-1945');
      await page.getByLabel('Ulangi kata sandi').fill('sasando-tenun-1954');
      // A region the server does not have: its answer lands beside the region input.
      await page.getByLabel(/^Kode wilayah/).fill('99.99');
      await page.getByRole('button', { name: 'Buat administrator' }).click();
      await page.getByText('Kedua kata sandi tidak sama.').waitFor();
      await page.getByLabel('Ulangi kata sandi').fill('sasando-tenun-1945');
      await page.getByRole('button', { name: 'Buat administrator' }).click();
      await page.getByText('Kode wilayah ini tidak ada di Pantau, atau bukan provinsi atau kabupaten/kota.').waitFor();
      expect(await page.getByLabel(/^Kode wilayah/).getAttribute('aria-invalid')).toBe('true');

      await page.getByLabel(/^Kode wilayah/).fill('53.71');
      await page.getByRole('button', { name: 'Buat administrator' }).click();
      await page.waitForURL((url) => url.pathname === '/impor');
      await page.getByRole('heading', { level: 1, name: 'Impor data' }).waitFor();
      expect(await page.locator('.user-menu__name').textContent()).toContain('Sekretariat TKPKD Kota Kupang');
      await page.getByRole('radio', { name: /^Wilayah/ }).waitFor();

      // Done once: the link now says so.
      const later = await newPage();
      allowConsoleErrors(later, /ERR_INCOMPLETE_CHUNKED_ENCODING/);
      await later.goto(`${server.url}${server.setupPath}`);
      await later.getByRole('heading', { level: 1, name: 'Pantau sudah disiapkan' }).waitFor();
    } finally {
      await server.stop();
    }
  });
});
