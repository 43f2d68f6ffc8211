import { describe, expect, it } from 'vitest';
import { browserSession, screenshots, settle } from './helpers';

const { openPage } = browserSession();

describe('Anggaran', () => {
  it("shows Muba 2018's Klaster 1: Rp350 juta pagu, Rp332 juta realised, 94,9%", async () => {
    const page = await openPage('klaster1.muba', '/anggaran?wilayah=16.06&tahun=2018');
    expect(new URL(page.url()).pathname).toBe('/anggaran');
    await page.getByRole('heading', { level: 1, name: 'Anggaran' }).waitFor();

    // Grouped by cluster unless the URL says otherwise.
    const row = page.getByRole('row', { name: /Klaster 1/ });
    await row.waitFor();
    const cells = (await row.getByRole('cell').allTextContents()).map((c) => c.trim());
    expect(cells.slice(0, 3)).toEqual(['Rp350 juta', 'Rp332 juta', '94,9%']);
    expect(await page.getByRole('button', { name: 'Klaster', exact: true }).getAttribute('aria-pressed')).toBe('true');
    // Every query answered in full: no error notice above the figures.
    expect(await page.getByRole('alert').count()).toBe(0);

    // The S-curve closes the year at the realised amount, and the matrix has all twelve months.
    await page.locator('.budget-curve__lead', { hasText: 'Akhir Desember: realisasi Rp332 juta (94,9% dari pagu)' }).waitFor();
    const matrix = page.getByRole('table', { name: /Kelengkapan laporan bulanan/ });
    expect(await matrix.getByRole('columnheader').count()).toBe(13);
    expect(await matrix.getByRole('row', { name: /DINSOS/ }).textContent()).toContain('Desember: Lengkap, semua disetujui');

    // The figures are real (the Muba article), so no "sintetis" badge, and the source is named.
    expect(await page.locator('.budget-breakdown .badge--synthetic').count()).toBe(0);
    // By its publisher, never by Pantau's id for it (issue 8).
    const source = await page.locator('.budget-breakdown .provenance').textContent();
    expect(source).toContain('Pemberitaan Pemkab Musi Banyuasin');
    expect(source).not.toContain('article-004-muba');
    await screenshots(page, 'anggaran-muba-2018');
  });

  it("shows a cluster head their own cluster's budget only", async () => {
    const page = await openPage('CLUSTER_HEAD', '/anggaran');
    await page.getByRole('row', { name: /Klaster 1/ }).waitFor();
    expect(await page.getByRole('row', { name: /Klaster [234]/ }).count()).toBe(0);
    const select = page.getByLabel('Klaster', { exact: true });
    expect(await select.locator('option').allTextContents()).toEqual([expect.stringMatching(/^Klaster 1 — /)]);
    await page.locator('.budget-curve__lead').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('regroups by OPD and program, and filters the S-curve by cluster', async () => {
    const page = await openPage('EXECUTIVE', '/anggaran');
    await page.getByRole('row', { name: /Klaster 1/ }).waitFor();

    await page.getByRole('button', { name: 'OPD', exact: true }).click();
    // In the breakdown: the reporting matrix further down names Dinas Sosial in a row too, and
    // whichever of the two draws first must not decide the test.
    const breakdown = page.locator('.budget-breakdown');
    await breakdown.getByRole('row', { name: /Dinas Sosial/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('kelompok')).toBe('opd');

    await page.getByRole('button', { name: 'Program', exact: true }).click();
    const rtlh = breakdown.getByRole('row', { name: /Bedah rumah tidak layak huni/ });
    await rtlh.waitFor();
    expect(await rtlh.textContent()).toMatch(/Rp\d+(,\d)? (juta|miliar)/);
    expect(new URL(page.url()).searchParams.get('kelompok')).toBe('program');

    const lead = page.locator('.budget-curve__lead');
    const before = await lead.textContent();
    await page
      .getByLabel('Klaster', { exact: true })
      .selectOption({ label: 'Klaster 4 — Program pro-rakyat lainnya (perumahan, air bersih, listrik)' });
    await page.waitForFunction((text) => document.querySelector('.budget-curve__lead')?.textContent !== text, before);
    await settle(page);
    expect(await page.locator('.budget-layout__curve .chart__canvas').getAttribute('aria-label')).toContain('Klaster 4');

    expect(await page.getByRole('alert').count()).toBe(0);
    // The synthetic demo figures say so.
    expect(await page.locator('.budget-breakdown .badge--synthetic').count()).toBeGreaterThan(0);
    await screenshots(page, 'anggaran-palembang');
  });
});
