import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatRate, formatRupiah } from '../src/lib/format';
import { browserSession, screenshots } from './helpers';

const { openPage } = browserSession();

interface OverviewBudget {
  month: number;
  realisasi: number;
  absorptionRate: number;
}

/** The overview's budget as the API gives it to this page's session (other specs may have approved reports). */
async function overviewBudget(page: Page, regionCode: string): Promise<OverviewBudget> {
  const body = await page.evaluate(async (code) => {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($r: RegionCode!) { overview(regionCode: $r, year: 2026) { budget { month realisasi absorptionRate } } }',
        variables: { r: code },
      }),
    });
    return res.json();
  }, regionCode);
  return body.data.overview.budget;
}

describe('Ringkasan for the mayor', () => {
  it('shows the headline cards, P0 against its target, budget absorption and what is late', async () => {
    const page = await openPage('EXECUTIVE');
    const card = (name: string) => page.locator('.stat-card').filter({ has: page.getByRole('heading', { name, exact: true }) });

    // 10.644 extreme-poor households in Palembang (DESIGN.md, Demo data).
    await card('KK miskin ekstrem').locator('.stat-card__value', { hasText: '10.644' }).waitFor();
    expect(await card('KK miskin ekstrem').locator('.stat-card__value').textContent()).toBe('10.644');

    // P0 9,04% (2025) against a path of 8,43%: at risk, said in words beside the colour.
    const p0 = card('Persentase penduduk miskin (P0)');
    expect(await p0.locator('.stat-card__value').textContent()).toBe('9,04%');
    expect(await p0.textContent()).toContain('Turun 0,73 poin dari 2024');
    expect(await p0.locator('.status-badge').textContent()).toContain('Berisiko');
    expect(await p0.textContent()).toContain('Target 2025: 8,43%');
    const chart = page.locator('.panel', { has: page.getByRole('heading', { name: /P0 terhadap jalur target/ }) });
    expect(await chart.locator('.target-line').textContent()).toContain('2025: P0 9,04%, sedikit di atas jalur target (8,43%)');
    // By keyboard too: focus opens the tooltip on the last measured year, the arrows step through
    // the years, Escape closes it.
    await chart.locator('svg.svg-chart__svg').focus();
    const tooltip = chart.locator('.svg-chart__tooltip');
    expect(await tooltip.textContent()).toContain('2025');
    expect(await tooltip.textContent()).toContain('9,04%');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => tooltip.locator('strong').textContent()).toBe('2024');
    expect(await tooltip.textContent()).toContain('9,77%');
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.count()).toBe(0);
    await chart.locator('svg.svg-chart__svg').blur();

    // Budget absorption: the figures the API has now, formatted the house way.
    const budget = await overviewBudget(page, '16.71');
    const absorption = card('Serapan anggaran');
    expect(await absorption.locator('.stat-card__value').textContent()).toBe(formatRate(budget.absorptionRate));
    const panel = page.locator('.panel', { has: page.getByRole('heading', { name: /Realisasi terhadap rencana, s\.d\./ }) });
    expect(await panel.getByTestId('budget-realisasi').textContent()).toBe(formatRupiah(budget.realisasi));
    expect(await panel.locator('.bullet').getAttribute('aria-label')).toContain(formatRate(budget.absorptionRate));

    // What is late: overdue follow-ups, late priorities, and the OPDs that have not reported October.
    const late = page.locator('.late-panel');
    await late.getByRole('heading', { name: 'Yang terlambat' }).waitFor();
    const reports = late.locator('.late-section', { has: page.getByRole('heading', { name: /OPD belum melapor Oktober 2026/ }) });
    await reports.locator('.late-item').first().waitFor();
    // The demo's two Palembang OPDs that have not reported October (seed/demo.ts, seedReports).
    expect((await reports.locator('.late-item abbr').allTextContents()).sort()).toEqual(['DISNAKER', 'PUPR']);
    const followUps = late.locator('.late-section', {
      has: page.getByRole('heading', { name: /Tindak lanjut rakor lewat tenggat \(3\)/ }),
    });
    expect(await followUps.textContent()).toContain('Padankan daftar penerima bantuan dengan DTSEN');
    expect(await followUps.locator('.late-badge').first().textContent()).toMatch(/^Terlambat \d+ hari$/);
    const priorities = late.locator('.late-section', { has: page.getByRole('heading', { name: /Prioritas 100 hari terlambat \(3\)/ }) });
    expect(await priorities.textContent()).toContain('Pemutakhiran data keluarga miskin ekstrem bersama RT/RW');

    await screenshots(page, 'ringkasan-lengkap');

    // Each list links to its page, keeping the region and year.
    await followUps.getByRole('link', { name: /Lihat tindak lanjut yang terlambat/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Tindak lanjut rakor' }).waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/tindak-lanjut');
    expect(url.searchParams.get('status')).toBe('terlambat');
    expect(url.searchParams.get('wilayah')).toBe('16.71');
    expect(await page.getByRole('button', { name: /^Terlambat/ }).getAttribute('aria-pressed')).toBe('true');
  });
});
