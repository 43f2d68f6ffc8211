import { describe, expect, it } from 'vitest';
import { landingPath, navItemsFor } from '../src/app/nav';
import id from '../src/locales/id.json';
import { browserSession, login, type Role, screenshots, USERS } from './helpers';

const { newPage, openPage } = browserSession();

// Display names and translated roles of the demo users (packages/api/src/seed/demo.ts).
const WHO: Record<Role, { name: string; roleLabel: string }> = {
  ADMIN: { name: 'Sekretariat TKPKD (Bappeda)', roleLabel: 'Sekretariat TKPKD (admin)' },
  EXECUTIVE: { name: 'Wali Kota Palembang', roleLabel: 'Pimpinan daerah' },
  CLUSTER_HEAD: { name: 'Ketua Klaster 1 Kota Palembang', roleLabel: 'Ketua klaster' },
  OPD_OPERATOR: { name: 'Operator Dinas Sosial Kota Palembang', roleLabel: 'Operator OPD' },
  REGION_OPERATOR: { name: 'Operator Kelurahan (Ilir Timur Dua)', roleLabel: 'Operator kelurahan/desa' },
};

describe('Masuk', () => {
  it('shows the product and the form, and says what is wrong with a wrong password', async () => {
    const page = await newPage();
    await page.goto('/masuk');
    await page.getByText('Pantau', { exact: true }).waitFor();
    // The sign-in page is its own chunk: the product's name can be on screen before its words are.
    await page
      .getByText(/Tim Koordinasi Penanggulangan Kemiskinan Daerah/)
      .first()
      .waitFor();
    await screenshots(page, 'masuk');

    await login(page, 'walikota', 'bukan-sandinya');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('Nama pengguna atau kata sandi salah.');
    expect(new URL(page.url()).pathname).toBe('/masuk');
    expect(await page.getByLabel('Kata sandi').getAttribute('aria-invalid')).toBe('true');
    await screenshots(page, 'masuk-salah');
  });

  it('works from the keyboard alone', async () => {
    const page = await newPage();
    await page.goto('/masuk');
    // The username field has focus on arrival; Tab to the password, Enter submits.
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'username');
    await page.keyboard.type(USERS.EXECUTIVE);
    await page.keyboard.press('Tab');
    await page.keyboard.type('pantau-demo');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { name: 'Ringkasan', level: 1 }).waitFor();
  });

  for (const role of Object.keys(USERS) as Role[]) {
    it(`lands ${role} (${USERS[role]}) on its page`, async () => {
      const page = await openPage(role);
      // Where a role lands and what it sees in the nav come from src/app/nav.ts, so this test
      // follows as pages are built.
      const landing = landingPath(role);
      expect(new URL(page.url()).pathname).toBe(landing);
      const nav = page.getByRole('navigation', { name: 'Halaman' });
      const links = await nav.getByRole('link').allTextContents();
      expect(links).toEqual(navItemsFor(role).map((item) => id[item.label]));
      expect(await nav.locator('[aria-current="page"]').getAttribute('href')).toMatch(new RegExp(`^${landing}(\\?|$)`));
      const who = WHO[role];
      const menu = page.getByRole('button', { name: new RegExp(who.name.replace(/[()]/g, '\\$&')) });
      expect(await menu.textContent()).toContain(who.roleLabel);
      await screenshots(page, `landing-${role.toLowerCase()}`);
    });
  }

  it('sends a signed-out visitor to Masuk and back to the page after signing in', async () => {
    const page = await newPage();
    await page.goto('/?wilayah=16.71&tahun=2024');
    await page.waitForURL((url) => url.pathname === '/masuk');
    expect(new URL(page.url()).searchParams.get('lanjut')).toBe('/?wilayah=16.71&tahun=2024');
    await login(page, USERS.EXECUTIVE);
    await page.waitForURL((url) => url.pathname === '/' && url.search === '?wilayah=16.71&tahun=2024');
    await page.locator('.page__year', { hasText: 'Tahun 2024' }).waitFor();
  });

  it('signs out to Masuk and forgets the last user’s figures', async () => {
    const page = await openPage('EXECUTIVE');
    await page.locator('.page__region', { hasText: 'Kota Palembang' }).waitFor();
    await page.getByRole('button', { name: /Wali Kota Palembang/ }).click();
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.waitForURL((url) => url.pathname === '/masuk' && url.search === '');

    // The next user of this browser sees their own region, not a cached Palembang.
    await login(page, 'walikota.bontang');
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { name: 'Ringkasan', level: 1 }).waitFor();
    await page.locator('.page__region', { hasText: 'Kota Bontang' }).waitFor();
    expect(await page.locator('main').getByText('Kota Palembang').count()).toBe(0);
  });

  it('sends the user to Masuk when the session ends under an open page', async () => {
    const page = await openPage('EXECUTIVE');
    await page.locator('.page__region', { hasText: 'Kota Palembang' }).waitFor();
    await page.context().clearCookies();
    // The dashboard asks again when the browser says it is back online.
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await page.waitForURL((url) => url.pathname === '/masuk');
    expect(new URL(page.url()).searchParams.get('lanjut')).toMatch(/^\/\?wilayah=16\.71/);
  });
});
