// Kota Kupang's first day with Pantau, through the Impor data page: its kecamatan and kelurahan,
// then a P3KE household extract, messy first (refused, nothing stored), then fixed, with the
// progress bar, the summary, and the new figures on Kemiskinan ekstrem in the same session (urql's
// cache must not keep the empty answer it had before the import). Then the page for a role that
// may not import.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatCount } from '../src/lib/format';
import { browserSession, DESKTOP, OUTPUT_DIR, PHONE, screenshots, settle } from './helpers';
import { extremeByKecamatan, fileDir, households, householdsCsv, KECAMATAN, KUPANG, regionsCsv, writeFile } from './kupang-files';

const { openPage } = browserSession();

/** Enough rows that the server's phases can be seen on the bar. */
const HOUSEHOLDS = 4000;

async function api<T>(page: Page, query: string): Promise<T> {
  const body = await page.evaluate(async (q) => {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: q }),
    });
    return res.json();
  }, query);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

const kupangHouseholds = async (page: Page) =>
  (await api<{ households: { totalCount: number } }>(page, `{ households(filter: { regionCode: "${KUPANG}" }, first: 1) { totalCount } }`))
    .households.totalCount;

/** Chooses a file through the (visually hidden) input, as the file dialog would. */
async function chooseFile(page: Page, path: string) {
  await page.locator('input[type="file"]').setInputFiles(path);
}

async function waitForPreview(page: Page, rows: number) {
  await page.locator('.import-facts', { hasText: formatCount(rows) }).waitFor();
  await page.locator('.import-preview:not(.is-refreshing)').waitFor();
}

describe('Impor data', () => {
  it("brings Kota Kupang's regions and households in, refusing a messy file first", async () => {
    const dir = fileDir();
    const page = await openPage('ADMIN', '/impor');
    await page.getByRole('heading', { level: 1, name: 'Impor data' }).waitFor();
    // The nav offers the page to an administrator.
    expect(await page.getByRole('navigation', { name: 'Halaman' }).getByRole('link', { name: 'Impor data' }).count()).toBe(1);
    // Nothing of Kupang's registry yet.
    expect(await kupangHouseholds(page)).toBe(0);

    // Step 1: the six kinds, each explained; the template of the one chosen.
    // The kinds come with the page's query, after the heading: wait for them before counting.
    const kinds = page.getByRole('radio');
    await kinds.first().waitFor();
    expect(await kinds.count()).toBe(6);
    const regionsKind = page.getByRole('radio', { name: /^Wilayah/ });
    // The live subscription's first answer can re-render the picker as the click lands (seen in
    // CI): click again until it holds, as a person would.
    for (let attempt = 0; attempt < 5 && !(await regionsKind.isChecked()); attempt++) {
      await regionsKind.click();
      await page.waitForTimeout(200);
    }
    await page.waitForURL((url) => url.searchParams.get('jenis') === 'wilayah');
    const [template] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh templat Wilayah (CSV)' }).click(),
    ]);
    expect(template.suggestedFilename()).toBe('templat-wilayah.csv');
    const templateText = readFileSync((await template.path())!, 'utf8');
    expect(templateText.startsWith('\ufeffKode;Nama\r\n')).toBe(true);
    await settle(page);
    await screenshots(page, 'impor-pilih-jenis');

    // Regions: preview, check, import.
    await chooseFile(page, writeFile(dir, 'wilayah-kupang.csv', regionsCsv()));
    await waitForPreview(page, 6);
    expect(await page.locator('.import-facts').textContent()).toContain('CSV');
    await page.getByRole('button', { name: 'Periksa', exact: true }).click();
    const check = page.locator('.import-summary', { hasText: 'Hasil pemeriksaan' });
    await check.waitFor();
    expect(await check.locator('.import-figures').textContent()).toContain('Baru6');
    await importNow(page);
    await page.getByRole('heading', { name: 'Impor Wilayah selesai' }).waitFor();

    // Kemiskinan ekstrem for Kupang before any household: the kecamatan, no households. This
    // answer now sits in urql's cache; the import below must make the page ask again.
    await page.getByRole('navigation', { name: 'Lihat angkanya' }).getByRole('link', { name: 'Kemiskinan ekstrem' }).click();
    await page.waitForURL((url) => url.pathname === '/kemiskinan-ekstrem' && url.searchParams.get('wilayah') === KUPANG);
    const table = page.locator('.place-table');
    for (const k of KECAMATAN) await table.getByRole('link', { name: k.name }).waitFor();
    expect(await table.locator('tfoot').textContent()).toContain('0');

    // Back to Impor data through the nav, as a person would: the same session, the same cache.
    await page.getByRole('navigation', { name: 'Halaman' }).getByRole('link', { name: 'Impor data' }).click();
    // The kind by keyboard, as a radio group goes: focus it, arrow to the next.
    await page.getByRole('radio', { name: /^Wilayah/ }).focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForURL((url) => url.searchParams.get('jenis') === 'rumah-tangga');
    await expect.poll(() => page.getByRole('radio', { name: /^Rumah tangga/ }).isChecked()).toBe(true);

    // A messy extract: a NIK Excel turned into 3,57E+15, a member count in words, a kelurahan
    // that is not Kupang's. Excel rows are 1-based with the header as row 1.
    const messy = households(HOUSEHOLDS);
    messy[2]!.nik = '3,57E+15';
    messy[4]!.members = 'empat';
    messy[6]!.kelurahan = '5371099999';
    await chooseFile(page, writeFile(dir, 'p3ke-kupang-berantakan.csv', householdsCsv(messy)));
    await waitForPreview(page, HOUSEHOLDS);
    expect(await page.locator('.import-facts').textContent()).toContain('CSV (;) Windows-1252');
    // Every P3KE header is recognised; the sample shows the NIK masked.
    expect(await page.locator('.import-unused').textContent()).toBe('Semua kolom berkas dibaca.');
    expect(await page.locator('.import-mapping__row--missing').count()).toBe(0);
    expect(await page.locator('.import-sample__table').textContent()).not.toContain('5371000100000000');
    await expect.poll(() => page.getByRole('button', { name: 'Impor', exact: true }).isDisabled()).toBe(true);

    // A required field left without a column: marked, named, and the check waits for it.
    const kelurahanColumn = page.getByLabel('Kode Kelurahan', { exact: true });
    await kelurahanColumn.selectOption('');
    await page.locator('.import-mapping__row--missing').waitFor();
    expect(await page.locator('.import-problem').textContent()).toContain('Kode Kelurahan');
    expect(await kelurahanColumn.getAttribute('aria-invalid')).toBe('true');
    await waitForPreview(page, HOUSEHOLDS);
    await expect.poll(() => page.getByRole('button', { name: 'Periksa', exact: true }).isDisabled()).toBe(true);
    await page.locator('.import-step', { hasText: 'Periksa kolom' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshots(page, 'impor-rumah-tangga-kolom');
    // Given back its column, the file is read again with the correction.
    await kelurahanColumn.selectOption('Kode Desa/Kelurahan');
    await page.locator('.import-mapping__row--missing').waitFor({ state: 'detached' });
    await waitForPreview(page, HOUSEHOLDS);

    await page.getByRole('button', { name: 'Periksa', exact: true }).click();
    const errors = page.locator('.import-errors');
    await errors.getByRole('heading', { name: '3 masalah di berkas' }).waitFor();
    const rows = await errors
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.firstChild?.textContent?.trim() ?? '')));
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ['4', 'NIK Kepala Keluarga'],
      ['6', 'Jumlah Anggota Keluarga'],
      ['8', 'Kode Desa/Kelurahan'],
    ]);
    const reasons = await errors.locator('.import-errors__reason').allTextContents();
    expect(reasons[0]).toContain('NIK tertulis sebagai angka Excel');
    expect(reasons[1]).toContain('Bukan angka');
    expect(reasons[2]).toContain('Kode kelurahan/desa ini tidak ada di Pantau');
    expect(await errors.locator('.import-errors__value').allTextContents()).toEqual(['******15', 'empat', '5371099999']);
    const [errorsCsv] = await Promise.all([
      page.waitForEvent('download'),
      errors.getByRole('button', { name: /^Unduh daftar masalah/ }).click(),
    ]);
    expect(errorsCsv.suggestedFilename()).toBe('p3ke-kupang-berantakan.errors.csv');
    expect(readFileSync((await errorsCsv.path())!, 'utf8')).toContain('import/nik_scientific_notation');
    await expect.poll(() => page.getByRole('button', { name: 'Impor', exact: true }).isDisabled()).toBe(true);
    await screenshots(page, 'impor-rumah-tangga-ditolak');
    await shootAt(page, 'impor-rumah-tangga-ditolak', LAPTOP);
    expect(await kupangHouseholds(page)).toBe(0);

    // The fixed file: a clean check, then the import with its progress.
    const fixed = households(HOUSEHOLDS);
    await chooseFile(page, writeFile(dir, 'p3ke-kupang.csv', householdsCsv(fixed)));
    await waitForPreview(page, HOUSEHOLDS);
    await page.getByLabel('Sumber data').selectOption('P3KE');
    await page.getByRole('button', { name: 'Periksa', exact: true }).click();
    const clean = page.locator('.import-summary', { hasText: 'Hasil pemeriksaan' });
    await clean.waitFor();
    expect(await clean.locator('.import-figures').textContent()).toContain(`Masuk daftar${formatCount(HOUSEHOLDS)}`);
    expect(await kupangHouseholds(page)).toBe(0);

    // An office uplink, not the loopback: the upload takes a few seconds, as it would there.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: 128 * 1024,
    });
    const labels = await importNow(page, { screenshotWhileRunning: 'impor-rumah-tangga-berjalan' });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    // The bar said what was happening: the upload first, then the server's phases as they came.
    expect(labels[0]).toBe('Mengunggah berkas…');
    expect(labels.length).toBeGreaterThan(1);
    const done = page.locator('.import-summary--done');
    await done.getByRole('heading', { name: 'Impor Rumah tangga selesai' }).waitFor();
    expect(await done.locator('.import-figures').textContent()).toContain(`Masuk daftar${formatCount(HOUSEHOLDS)}`);
    expect(await kupangHouseholds(page)).toBe(HOUSEHOLDS);
    await screenshots(page, 'impor-rumah-tangga-selesai');

    // The figures where they show: Kemiskinan ekstrem for Kupang, asked again (not the cached zero).
    const links = page.getByRole('navigation', { name: 'Lihat angkanya' });
    expect(await links.locator('li').first().textContent()).toContain('Kota Kupang');
    await links.getByRole('link', { name: 'Kemiskinan ekstrem' }).click();
    await page.waitForURL((url) => url.pathname === '/kemiskinan-ekstrem' && url.searchParams.get('wilayah') === KUPANG);
    const expected = extremeByKecamatan(fixed);
    const total = [...expected.values()].reduce((a, b) => a + b, 0);
    await page.locator('.place-table tfoot', { hasText: formatCount(total) }).waitFor({ timeout: 15_000 });
    for (const k of KECAMATAN) {
      const row = page.locator('.place-table tbody tr', { has: page.getByRole('link', { name: k.name }) });
      expect(await row.textContent()).toContain(formatCount(expected.get(k.code)!));
    }
    // No kelurahan boundaries ship for Kupang: the map says so instead of drawing nothing.
    const map = page.locator('.map-panel');
    expect(await map.textContent()).toContain('Peta Kota Kupang belum tersedia');
    expect(await map.textContent()).toContain('Pantau tidak menyertakan batas kelurahan/desa untuk Kota Kupang');
    await settle(page);
    await screenshots(page, 'impor-kemiskinan-ekstrem-kupang');
  });

  it('is not offered to the mayor, and says who imports', async () => {
    const page = await openPage('EXECUTIVE', '/impor');
    await page.getByText('Impor data hanya untuk sekretariat').waitFor();
    expect(await page.getByRole('navigation', { name: 'Halaman' }).getByRole('link', { name: 'Impor data' }).count()).toBe(0);
  });
});

/** The common office laptop, besides the projector and the phone the helpers shoot. */
const LAPTOP = { width: 1366, height: 768 } as const;

async function shootAt(page: Page, name: string, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  await settle(page);
  await page.screenshot({ path: join(OUTPUT_DIR, `${name}-${size.width}x${size.height}.png`) });
  await page.setViewportSize(DESKTOP);
  await settle(page);
}

/**
 * Impor, through its confirmation: the dialog opens with the focus on Batal (Enter does not
 * import), Escape closes it, then the import runs. Optionally a screenshot while the bar moves.
 */
async function importNow(page: Page, { screenshotWhileRunning }: { screenshotWhileRunning?: string } = {}): Promise<string[]> {
  const importButton = page.getByRole('button', { name: 'Impor', exact: true });
  await importButton.click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Batal');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await importButton.click();
  // Every label the bar shows, in order, as the page changes it.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressLabels: string[] }).progressLabels = seen;
    new MutationObserver(() => {
      const label = document.querySelector('.import-progress__label > span')?.textContent;
      if (label && seen.at(-1) !== label) seen.push(label);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await dialog.getByRole('button', { name: 'Impor sekarang' }).click();
  const bar = page.getByRole('progressbar');
  if (screenshotWhileRunning) {
    await bar.waitFor();
    // Part of the way up (the upload is the bar's first fifth): what a person waits with.
    await page.locator('.import-progress__percent', { hasText: /^\d{2}%$/ }).waitFor({ timeout: 20_000 });
    for (const size of [DESKTOP, PHONE]) {
      await page.setViewportSize(size);
      await bar.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(OUTPUT_DIR, `${screenshotWhileRunning}-${size.width}x${size.height}.png`) });
    }
    await page.setViewportSize(DESKTOP);
  }
  await bar.waitFor({ state: 'detached', timeout: 60_000 });
  return page.evaluate(() => (window as unknown as { progressLabels: string[] }).progressLabels);
}
