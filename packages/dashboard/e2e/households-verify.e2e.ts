// A kelurahan operator verifies an extreme-poor household of their kelurahan in the browser: a
// graduation while still extreme poor is refused beside the status, then the household is
// recorded as moved and the kelurahan's extreme-poor count above the list drops by one at once.
// The secretariat, which may read the household, has no button to verify it.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, OUTPUT_DIR, screenshots, settle } from './helpers';

const { openPage } = browserSession();

async function shots(page: Page, name: string) {
  await screenshots(page, name);
  await page.setViewportSize({ width: 1366, height: 768 });
  await settle(page);
  await page.screenshot({ path: join(OUTPUT_DIR, `${name}-1366x768.png`) });
  await page.setViewportSize({ width: 1920, height: 1080 });
}

const headline = async (page: Page) => {
  const text = (await page.locator('.households-headline__value').textContent()) ?? '';
  return Number(text.replace(/\./g, ''));
};

describe('household verification', () => {
  it('the kelurahan operator records a household as moved, and the kelurahan’s count drops', async () => {
    const page = await openPage('REGION_OPERATOR', '/rumah-tangga');
    await page.waitForURL(/\/rumah-tangga/);
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Miskin ekstrem' });
    await page.waitForURL(/status=EXTREME/);
    await page.locator('.households-table tbody tr').first().waitFor();
    await settle(page);
    const before = await headline(page);
    expect(before).toBeGreaterThan(0);
    expect(await page.locator('.households-headline').textContent()).toMatch(/KK miskin ekstrem aktif di /);
    const listedBefore = (await page.locator('.panel__meta').textContent()) ?? '';

    await page.locator('.households-table tbody tr').first().getByRole('button').click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('button', { name: 'Verifikasi rumah tangga ini' }).click();
    const form = drawer.getByRole('form', { name: 'Hasil verifikasi' });
    await form.waitFor();
    // Graduated while the status stays extreme poor: refused beside the status.
    await form.getByLabel('Hasil kunjungan').selectOption({ label: 'Graduasi (keluar dari kemiskinan)' });
    await form.getByRole('button', { name: 'Simpan verifikasi' }).click();
    const status = form.getByLabel('Status kemiskinan saat ini');
    await form.locator('.field-error', { hasText: 'Keluarga yang graduasi tidak lagi miskin' }).waitFor();
    expect(await status.getAttribute('aria-invalid')).toBe('true');
    expect(await status.evaluate((el) => el === document.activeElement)).toBe(true);
    await shots(page, 'rumah-tangga-verifikasi-galat');

    // Moved out of the kelurahan.
    await form.getByLabel('Hasil kunjungan').selectOption({ label: 'Pindah dari kelurahan' });
    await form.getByLabel('Catatan kunjungan (tidak wajib)').fill('Pindah ke kabupaten lain sejak Oktober.');
    await form.getByRole('button', { name: 'Simpan verifikasi' }).click();
    await drawer.getByText('Verifikasi tersimpan: Pindah dari kelurahan.').waitFor();
    // When the server recorded the visit, as a date and a time (the audit log's format), not the browser's clock.
    await drawer.getByText(/Terverifikasi · \d{1,2} \p{L}+ \d{4} pukul \d{2}\.\d{2} · Pindah/u).waitFor();
    const recorded = new Date((await drawer.locator('.facts time').getAttribute('datetime')) ?? '');
    const wib = { timeZone: 'Asia/Jakarta' } as const;
    const day = new Intl.DateTimeFormat('id-ID', { ...wib, dateStyle: 'long' }).format(recorded);
    const time = new Intl.DateTimeFormat('id-ID', { ...wib, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .format(recorded)
      .replace(':', '.');
    expect(await drawer.locator('.facts time').textContent()).toBe(`${day} pukul ${time}`);
    expect(await drawer.getByRole('button', { name: 'Verifikasi rumah tangga ini' }).count()).toBe(0);
    await shots(page, 'rumah-tangga-verifikasi-tersimpan');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    await expect.poll(() => headline(page)).toBe(before - 1);
    expect(await page.locator('.panel__meta').textContent()).not.toBe(listedBefore);
  });

  it('the secretariat reads a household but does not verify it', async () => {
    const admin = await openPage('ADMIN');
    await admin.goto('/rumah-tangga');
    await admin.locator('.households-table tbody tr').first().getByRole('button').click();
    const drawer = admin.getByRole('dialog');
    await drawer.getByRole('heading', { name: /^Anggota keluarga/ }).waitFor();
    expect(await drawer.getByRole('button', { name: 'Verifikasi rumah tangga ini' }).count()).toBe(0);
  });
});
