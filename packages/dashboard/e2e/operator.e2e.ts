// The kelurahan operator's first page (issue 8): signing in lands on Kelurahan saya, whose
// figures are the API's own for that kelurahan; every page the nav offers opens without an
// error or a "tidak berwenang"; Ringkasan's address sends the role home instead of refusing it.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { navItemsFor } from '../src/app/nav';
import { browserSession, OUTPUT_DIR, PHONE, screenshots, settle } from './helpers';

const { openPage } = browserSession();

interface Answer<T> {
  data: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Posts a GraphQL document as the page's signed-in user. */
async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<Answer<T>> {
  const answer = await page.request.post('/graphql', { headers: { 'content-type': 'application/json' }, data: { query, variables } });
  return (await answer.json()) as Answer<T>;
}

/** 1920×1080 and 390×844 (helpers, the phone's whole page), 1366×768, and the phone's first screen. */
async function shots(page: Page, name: string) {
  await screenshots(page, name);
  await page.setViewportSize(PHONE);
  await settle(page);
  await page.screenshot({ path: join(OUTPUT_DIR, `${name}-390x844-first-screen.png`) });
  await page.setViewportSize({ width: 1366, height: 768 });
  await settle(page);
  await page.screenshot({ path: join(OUTPUT_DIR, `${name}-1366x768.png`) });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await settle(page);
}

const whole = (text: string | null) => Number((text ?? '').replace(/\./g, '').trim());

interface ApiFigures {
  me: { regionCode: string; homeRegion: { name: string; extremePoorHouseholds: number; extremePoorProvenance: { kind: string } } };
  unverified: { totalCount: number };
  verified: { totalCount: number };
  moved: { totalCount: number };
  deceased: { totalCount: number };
  graduated: { totalCount: number };
  recentVerifications: { household: { householdNumber: string } }[];
}

async function apiFigures(page: Page, code: string): Promise<ApiFigures> {
  const answer = await gql<ApiFigures>(
    page,
    `query ($code: RegionCode!) {
      me { regionCode homeRegion { name extremePoorHouseholds extremePoorProvenance { kind } } }
      unverified: households(filter: { regionCode: $code, lifecycle: ACTIVE, verificationState: UNVERIFIED }) { totalCount }
      verified: households(filter: { regionCode: $code, verificationState: VERIFIED }) { totalCount }
      moved: households(filter: { regionCode: $code, lifecycle: MOVED }) { totalCount }
      deceased: households(filter: { regionCode: $code, lifecycle: DECEASED }) { totalCount }
      graduated: households(filter: { regionCode: $code, lifecycle: GRADUATED }) { totalCount }
      recentVerifications(regionCode: $code, first: 8) { household { householdNumber } }
    }`,
    { code },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!;
}

describe('Kelurahan saya', () => {
  it("lands the kelurahan operator on its kelurahan's page, with the API's figures", async () => {
    const page = await openPage('REGION_OPERATOR');
    await page.waitForURL(/\/kelurahan-saya/);
    await page.getByRole('heading', { level: 1, name: 'Kelurahan saya' }).waitFor();
    await page.locator('[data-testid="kelurahan-counts"]').waitFor();
    await settle(page);
    // Its work is in its own kelurahan: the header offers the year, no region to pick.
    expect(await page.locator('.app-header').getByLabel('Wilayah', { exact: true }).count()).toBe(0);
    expect(await page.locator('.app-header').getByLabel('Tahun', { exact: true }).count()).toBe(1);

    const { data: me } = await gql<{ me: { regionCode: string } }>(page, '{ me { regionCode } }');
    const api = await apiFigures(page, me!.me.regionCode);
    expect(await page.locator('.page__region').textContent()).toContain(api.me.homeRegion.name);
    expect(await page.locator('.page__parent').textContent()).toContain('Ilir Timur Dua');

    const cards = page.locator('.stat-card');
    expect(whole(await cards.nth(0).locator('.stat-card__value').textContent())).toBe(api.me.homeRegion.extremePoorHouseholds);
    expect(whole(await cards.nth(1).locator('.stat-card__value').textContent())).toBe(api.unverified.totalCount);
    const figure = async (id: string) => whole(await page.locator(`[data-figure="${id}"] dd`).textContent());
    expect(await figure('verified')).toBe(api.verified.totalCount);
    expect(await figure('moved')).toBe(api.moved.totalCount);
    expect(await figure('deceased')).toBe(api.deceased.totalCount);
    expect(await figure('graduated')).toBe(api.graduated.totalCount);
    // A kelurahan's count is generated demo data and says so; it is no official count.
    expect(api.me.homeRegion.extremePoorProvenance.kind).toBe('SYNTHETIC');
    expect(await cards.nth(0).locator('.provenance').getAttribute('data-provenance')).toBe('synthetic');
    // Households to verify, and the recent verifications the API lists.
    expect(await page.locator('.households-table tbody tr').count()).toBeGreaterThan(0);
    const recent = await page.locator('.recent-verifications__item .link-button').allTextContents();
    expect(recent).toEqual(api.recentVerifications.map((v) => v.household.householdNumber));
    // Nothing of the kabupaten/kota's refusals on it.
    expect(await page.getByText(/Tidak berwenang|tidak ditemukan/i).count()).toBe(0);
    await shots(page, 'kelurahan-saya');
  });

  it('offers only pages the role may open, each without an error; Ringkasan’s address sends it home', async () => {
    const page = await openPage('REGION_OPERATOR');
    await page.waitForURL(/\/kelurahan-saya/);
    const links = await page.locator('.app-nav a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toEqual(navItemsFor('REGION_OPERATOR').map((i) => i.path));
    expect(links).not.toContain('/');
    for (const path of links) {
      await page.locator(`.app-nav a[href^="${path}"]`).first().click();
      await page.waitForURL((url) => url.pathname === path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await settle(page);
      expect(await page.locator('.notice--error, .notice--forbidden, [role="alert"]').count(), path).toBe(0);
      expect(await page.getByText(/Tidak berwenang|tidak ditemukan/i).count(), path).toBe(0);
      await shots(page, `operator${path.replace(/\//g, '-')}`);
    }
    // The brand and an old bookmark of Ringkasan lead to the role's own page, not to a refusal.
    await page.goto('/');
    await page.waitForURL(/\/kelurahan-saya/);
    await page.getByRole('heading', { level: 1, name: 'Kelurahan saya' }).waitFor();
  });

  it('verifying from the page moves its counts', async () => {
    const page = await openPage('REGION_OPERATOR');
    await page.waitForURL(/\/kelurahan-saya/);
    await page.locator('.households-table tbody tr').first().waitFor();
    await settle(page);
    const figure = async (id: string) => whole(await page.locator(`[data-figure="${id}"] dd`).textContent());
    const movedBefore = await figure('moved');
    const extremeBefore = whole(await page.locator('.stat-card').nth(0).locator('.stat-card__value').textContent());
    const number = (await page.locator('.households-table tbody tr').first().getByRole('button').textContent()) ?? '';
    await page.locator('.households-table tbody tr').first().getByRole('button').click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('button', { name: 'Verifikasi rumah tangga ini' }).click();
    const form = drawer.getByRole('form', { name: 'Hasil verifikasi' });
    await form.getByLabel('Hasil kunjungan').selectOption({ label: 'Pindah dari kelurahan' });
    await form.getByRole('button', { name: 'Simpan verifikasi' }).click();
    await drawer.getByText('Verifikasi tersimpan: Pindah dari kelurahan.').waitFor();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await expect.poll(() => figure('moved')).toBe(movedBefore + 1);
    expect(whole(await page.locator('.stat-card').nth(0).locator('.stat-card__value').textContent())).toBe(extremeBefore - 1);
    expect(await page.locator('.recent-verifications__item .link-button').first().textContent()).toBe(number);
  });
});
