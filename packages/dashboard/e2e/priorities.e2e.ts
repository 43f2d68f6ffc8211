import { describe, expect, it } from 'vitest';
import { browserSession, screenshots, settle } from './helpers';

const { openPage } = browserSession();

const BONTANG_PRIORITY = 'Penanganan kemiskinan ekstrem di empat kelurahan prioritas';

describe('Prioritas 100 hari and tindak lanjut rakor in Bontang', () => {
  it('shows the Bontang priority late on the board, and the late-only filter', async () => {
    const page = await openPage('walikota.bontang');
    await page.goto('/prioritas');
    await page.getByRole('heading', { level: 1, name: 'Prioritas 100 hari' }).waitFor();
    expect(new URL(page.url()).searchParams.get('wilayah')).toBe('64.74');

    const column = page.getByRole('region', { name: /^Berjalan/ });
    const card = column.locator('.priority-card', { has: page.getByRole('heading', { name: BONTANG_PRIORITY }) });
    await card.waitFor();
    expect(await card.locator('.late-badge').textContent()).toMatch(/^Terlambat \d+ hari$/);
    const text = await card.textContent();
    expect(text).toContain('DINSOS');
    expect(text).toContain('30 Mei 2025');
    expect(text).toContain('2 dari 3 tahapan selesai');

    // The milestones open by keyboard.
    await card.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await card.locator('.milestone').count()).toBe(3);
    await screenshots(page, 'prioritas-bontang');

    const notLate = page.locator('.priority-card', {
      has: page.getByRole('heading', { name: 'Pelatihan kerja bagi pencari kerja dari keluarga miskin' }),
    });
    expect(await notLate.count()).toBe(1);
    // The box follows the URL, and the board re-renders a moment after the URL changes: poll.
    const lateOnly = page.getByLabel(/Hanya yang terlambat/);
    await lateOnly.click();
    await page.waitForURL(/terlambat=1/);
    await expect.poll(() => lateOnly.isChecked()).toBe(true);
    await expect.poll(() => notLate.count()).toBe(0);
    await settle(page);
    expect(await card.count()).toBe(1);
    await screenshots(page, 'prioritas-bontang-terlambat');
  });

  it('shows the follow-ups of Bontang’s rakor, overdue ones highlighted, filtered by status and OPD', async () => {
    const page = await openPage('walikota.bontang');
    await page.goto('/tindak-lanjut');
    await page.getByRole('heading', { level: 1, name: 'Tindak lanjut rakor' }).waitFor();

    const rakor = page.getByRole('region', { name: 'Rakor Klaster 1 Triwulan III 2026' });
    await rakor.waitFor();
    const overdue = rakor.locator('.follow-up--overdue', { hasText: 'Padankan daftar penerima bantuan dengan DTSEN' });
    expect(await overdue.locator('.late-badge').textContent()).toMatch(/^Terlambat \d+ hari$/);
    expect(await rakor.locator('.follow-up', { hasText: 'Salurkan bantuan bedah rumah tahap II' }).textContent()).toContain('Selesai');
    await screenshots(page, 'tindak-lanjut-bontang');

    await page.getByRole('button', { name: /^Terlambat/ }).click();
    await page.waitForURL(/status=terlambat/);
    await expect.poll(() => page.locator('.follow-up:not(.follow-up--overdue)').count()).toBe(0);
    expect(await page.locator('.follow-up--overdue').count()).toBeGreaterThanOrEqual(2);

    await page.getByLabel('OPD penanggung jawab').selectOption('DISNAKER');
    await expect
      .poll(() => page.locator('.follow-up').allTextContents())
      .toEqual([expect.stringContaining('Jadwalkan pelatihan menjahit dan bengkel')]);
    await settle(page);
    await screenshots(page, 'tindak-lanjut-bontang-terlambat');
  });
});
