import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, screenshots, settle } from './helpers';

const { openPage } = browserSession();

/** The status table's row of one year, by its row header. */
function yearRow(page: Page, year: number) {
  return page
    .locator('.target-panel')
    .first()
    .locator('tbody tr')
    .filter({ has: page.getByRole('rowheader', { name: String(year), exact: true }) });
}

describe('Kemiskinan', () => {
  it("shows Padang Panjang's 0,5-point target path and the status of each year", async () => {
    const page = await openPage('ADMIN', '/kemiskinan?wilayah=13.74');
    const panel = page.locator('.target-panel').first();
    await panel.getByRole('heading', { name: 'Penurunan angka kemiskinan 0,5 poin per tahun' }).waitFor();
    expect(await panel.locator('.target__statement').textContent()).toBe(
      'Turun 0,5 poin per tahun, dari 5,24% (2020) menjadi 2,74% pada 2025',
    );

    // Target, actual and status per year, each status in words beside its icon.
    const cells = async (year: number) => (await yearRow(page, year).locator('td').allTextContents()).map((c) => c.trim());
    expect(await cells(2020)).toEqual(['5,24%', '5,24%', '0,00 poin', 'Sesuai target']);
    expect(await cells(2021)).toEqual(['4,74%', '5,92%', '+1,18 poin', 'Berisiko']);
    expect(await cells(2025)).toEqual(['2,74%', '4,97%', '+2,23 poin', 'Tertinggal']);
    expect(await panel.locator('.target__latest').textContent()).toContain('Tertinggal');

    // The chart names the path and the statuses in words for a screen reader, and the key under it counts them.
    await settle(page);
    const summary = await panel.locator('.chart__canvas').getAttribute('aria-describedby');
    expect(await page.locator(`[id="${summary}"]`).textContent()).toContain('Turun 0,5 poin per tahun');
    expect(await panel.locator('.status-legend').textContent()).toContain('Tertinggal(3 tahun)');

    // Every series says where it comes from.
    expect(await page.locator('.poverty-grid .provenance').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.poverty-grid .provenance').first().textContent()).toContain('Badan Pusat Statistik');
    await screenshots(page, 'kemiskinan-padang-panjang');
  });

  it('computes P0, P1 and P2 from the registry for a poverty line the user types', async () => {
    const page = await openPage('ADMIN', '/kemiskinan?wilayah=13.74');
    const input = page.getByLabel('Garis kemiskinan (rupiah per kapita per bulan)');
    await input.waitFor();
    // Prefilled with BPS's newest line for Padang Panjang (2025), already computed.
    expect(await input.inputValue()).toBe('660.705');
    const p0 = page.getByTestId('fgt-p0');
    await p0.waitFor();
    const atBpsLine = Number((await p0.textContent())!.replace('%', '').replace(',', '.'));

    // Mistakes get a message in Indonesian that says how to write it.
    await input.fill('enam ratus ribu');
    await page.getByRole('button', { name: 'Hitung' }).click();
    const error = page.locator('.fgt__error');
    expect(await error.textContent()).toContain('Tulis hanya angka');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    await input.fill('5.000');
    await page.getByRole('button', { name: 'Hitung' }).click();
    expect(await error.textContent()).toBe('Garis kemiskinan terlalu kecil: paling sedikit Rp10.000 per kapita per bulan.');

    // A higher line puts more registered people below it.
    await input.fill('1.000.000');
    await page.getByRole('button', { name: 'Hitung' }).click();
    await page.locator('.fgt__for', { hasText: 'Rp1.000.000' }).waitFor();
    expect(await error.count()).toBe(0);
    const text = (await p0.textContent()) ?? '';
    expect(text).toMatch(/^\d{1,3}(,\d)?%$/);
    expect(Number(text.replace('%', '').replace(',', '.'))).toBeGreaterThan(atBpsLine);
    expect(await page.locator('.fgt').textContent()).toContain('Tidak sebanding dengan P0 BPS');
    await page.getByRole('button', { name: 'Pakai garis BPS' }).click();
    await page.locator('.fgt__for', { hasText: 'Rp660.705' }).waitFor();
    await screenshots(page, 'kemiskinan-fgt');
  });

  it("shows Palembang's 319 stunting cases, 18 in Ilir Timur Dua, and Padang Panjang's PSKS", async () => {
    const page = await openPage('EXECUTIVE', '/masuk?lanjut=%2Fkemiskinan');
    await page.waitForURL(/\/kemiskinan/);
    const total = page.getByTestId('stunting-total');
    await total.waitFor();
    expect(await total.textContent()).toBe('319');
    const row = page.getByRole('row', { name: /Ilir Timur Dua/ });
    expect((await row.getByRole('cell').first().textContent())?.trim()).toBe('18');
    await screenshots(page, 'kemiskinan-stunting');

    const admin = await openPage('ADMIN', '/masuk?lanjut=%2Fkemiskinan%3Fwilayah%3D13.74');
    const psm = admin.getByRole('row', { name: /Pekerja Sosial Masyarakat/ });
    await psm.waitFor();
    expect((await psm.getByRole('cell').first().textContent())?.trim()).toBe('92');
  });

  it('computes FGT for the mayor on a Rp10.000 grid with rounded results, and says so', async () => {
    const page = await openPage('EXECUTIVE', '/kemiskinan?wilayah=16.71');
    const rounded = page.getByTestId('fgt-rounded');
    await rounded.waitFor();
    expect(await rounded.textContent()).toMatch(/dibulatkan ke kelipatan Rp10\.000 terdekat \(Rp\d{3}\.000\)/);
    // P0 to 0.1 point: one decimal at most.
    expect(await page.getByTestId('fgt-p0').textContent()).toMatch(/^\d{1,2}(,\d)?%$/);
    expect(await page.locator('.fgt__for').textContent()).toMatch(/Rp\d{3}\.000 /);
  });
});
