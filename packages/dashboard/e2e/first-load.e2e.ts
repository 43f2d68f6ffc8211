// Ringkasan's first visit (issue 8): its charts are SVG drawn by React, so it loads no ECharts;
// only Indonesian is in the initial bundle, and English arrives when chosen, before anything is
// shown in it. The bytes themselves are measured by scripts/page-load.mjs (docs/benchmarks.md).
import { describe, expect, it } from 'vitest';
import en from '../src/locales/en.json';
import { browserSession, screenshots } from './helpers';

const { openPage } = browserSession();

const ECHARTS_CHUNK = /\/echarts-[\w-]+\.js$/;
const ENGLISH_CHUNK = /\/en-[\w-]+\.js$/;

describe('Ringkasan on a first visit', () => {
  it('draws its charts without ECharts or English, and names their figures for screen readers', async () => {
    const signedIn = await openPage('EXECUTIVE');
    // A fresh tab of the signed-in browser, its cache off: every script is fetched as on a first visit.
    const page = await signedIn.context().newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname);
    });
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Ringkasan' }).waitFor();
    const trend = page.locator('.overview-layout__trend svg[role="img"]');
    await trend.waitFor();
    const kecamatan = page.locator('.overview-layout__kecamatan svg[role="img"]');
    await kecamatan.waitFor();

    // P0 and its target path, year by year, in the chart's name (Palembang: 9,04% in 2025).
    const trendLabel = (await trend.getAttribute('aria-label')) ?? '';
    expect(trendLabel).toContain('2025 9,04%');
    expect(trendLabel).toContain('Jalur target: ');
    const kecamatanLabel = (await kecamatan.getAttribute('aria-label')) ?? '';
    expect(kecamatanLabel).toMatch(/Ilir Timur Dua [\d.]+ KK/);
    // Every bar has its count written at its end.
    expect(await kecamatan.locator('g.svg-bars__row').count()).toBeGreaterThan(10);

    // Hovering a year shows its values.
    const box = await trend.boundingBox();
    if (!box) throw new Error('the P0 chart has no box');
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
    await page.locator('.svg-chart__tooltip').waitFor();
    expect(await page.locator('.svg-chart__tooltip').textContent()).toMatch(/^20\d\d/);
    await page.mouse.move(0, 0);

    await page.waitForTimeout(300);
    expect(scripts.filter((s) => ECHARTS_CHUNK.test(s))).toEqual([]);
    expect(scripts.filter((s) => ENGLISH_CHUNK.test(s))).toEqual([]);
    expect(scripts.some((s) => /\/login-page-[\w-]+\.js$/.test(s))).toBe(false);
    await screenshots(page, 'ringkasan-svg');
    await page.close();
  });

  it('switches to English once its words arrive, and reopens in English without Indonesian first', async () => {
    const page = await openPage('EXECUTIVE');
    const english: string[] = [];
    page.on('request', (r) => {
      if (ENGLISH_CHUNK.test(new URL(r.url()).pathname)) english.push(r.url());
    });
    await page.getByRole('heading', { level: 1, name: 'Ringkasan' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: en['summary.title'] }).waitFor();
    expect(english.length).toBe(1);
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('heading', { name: en['kecamatan.title'] }).waitFor();
    const legend = (await page.locator('.overview-layout__trend svg[role="img"]').getAttribute('aria-label')) ?? '';
    expect(legend).toContain(`${en['overview.target.seriesTarget']}: `);

    // The first thing drawn after a reload is already English ("Checking your session…").
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { firstTexts: string[] }).firstTexts = seen;
      new MutationObserver(() => {
        const text = document.getElementById('root')?.textContent ?? '';
        if (text && seen.length === 0) seen.push(text);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: en['summary.title'] }).waitFor();
    const first = await page.evaluate(() => (window as unknown as { firstTexts: string[] }).firstTexts[0] ?? '');
    expect(first).not.toContain('Memeriksa');
    expect(first).not.toContain('Ringkasan');

    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ringkasan' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
  });
});
