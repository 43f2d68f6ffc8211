// Live figures (issue 8): the mayor's open Ringkasan shows a report approved in another browser
// within 2 seconds, without a reload or a navigation, and says when it was updated. A rakor
// presentation keeps its frozen "data per" snapshot and offers to load the new data instead.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatRupiah } from '../src/lib/format';
import { browserSession, settle } from './helpers';

const { openPage } = browserSession();

async function api<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await page.evaluate(
    async ({ query, variables }) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return res.json();
    },
    { query, variables },
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

const overviewRealisasi = async (page: Page) =>
  (
    await api<{ overview: { budget: { month: number; realisasi: number } } }>(
      page,
      '{ overview(regionCode: "16.71", year: 2026) { budget { month realisasi } } }',
    )
  ).overview.budget;

/**
 * Approves, as the secretariat, a submitted Palembang report for the budget month whose figure
 * differs from the program's previous approved month (so the total must move); returns nothing
 * until the API has committed it.
 */
async function approveOne(admin: Page, month: number): Promise<void> {
  const { reports } = await api<{ reports: { id: number; month: number; realisasi: number; program: { code: string } }[] }>(
    admin,
    '{ reports(regionCode: "16.71", year: 2026) { id month status realisasi program { code } } }',
  );
  const submitted = (
    await api<{ reports: { id: number; month: number; realisasi: number; program: { code: string } }[] }>(
      admin,
      '{ reports(regionCode: "16.71", year: 2026, status: SUBMITTED) { id month realisasi program { code } } }',
    )
  ).reports.filter((r) => r.month === month);
  const moving = submitted.find((r) => {
    const earlier = reports.filter((e) => e.program.code === r.program.code && e.month < month).sort((a, b) => b.month - a.month)[0];
    return earlier === undefined || earlier.realisasi !== r.realisasi;
  });
  expect(moving, 'a submitted report for the budget month in the demo').toBeTruthy();
  const result = await api<{ approveReport: { __typename: string } }>(
    admin,
    'mutation($id: Int!) { approveReport(id: $id) { __typename } }',
    { id: moving!.id },
  );
  expect(result.approveReport.__typename).toMatch(/Success$/);
}

describe('Live figures', () => {
  it("shows a report approved in another browser on the mayor's open Ringkasan within 2 s, without navigation", async () => {
    const mayor = await openPage('EXECUTIVE');
    const figure = mayor.getByTestId('budget-realisasi');
    await figure.waitFor();
    await settle(mayor);
    const before = await overviewRealisasi(mayor);
    expect(await figure.textContent()).toBe(formatRupiah(before.realisasi));
    const stamp = mayor.getByTestId('live-stamp');
    expect(await stamp.textContent()).toMatch(/^diperbarui \d{2}\.\d{2}$/);
    // A mark on the window: a reload or a navigation to a new document would lose it.
    await mayor.evaluate(() => {
      (window as unknown as { liveMark: number }).liveMark = 1;
    });
    const url = mayor.url();

    // The secretariat approves from the review queue, as a cluster head would.
    const admin = await openPage('ADMIN', '/laporan');
    await approveOne(admin, before.month);
    const approvedAt = Date.now();
    // The figure on the mayor's screen moves on its own, within 2 s of the commit.
    await mayor.waitForFunction(
      (old) => {
        const text = document.querySelector('[data-testid="budget-realisasi"]')?.textContent;
        return typeof text === 'string' && text !== old;
      },
      formatRupiah(before.realisasi),
      { timeout: 2_000 },
    );
    expect(Date.now() - approvedAt).toBeLessThan(2_000);
    // To the figure the API now gives.
    const after = await overviewRealisasi(admin);
    expect(after.realisasi).not.toBe(before.realisasi);
    await figure.filter({ hasText: formatRupiah(after.realisasi) }).waitFor({ timeout: 2_000 });
    expect(mayor.url()).toBe(url);
    expect(await mayor.evaluate(() => (window as unknown as { liveMark?: number }).liveMark)).toBe(1);
    expect(await stamp.textContent()).toMatch(/^diperbarui \d{2}\.\d{2}$/);
  });

  it('keeps a presentation on its snapshot and offers to load the new data', async () => {
    const mayor = await openPage('EXECUTIVE', '/rakor');
    await mayor.getByRole('button', { name: 'Mulai presentasi' }).click();
    await mayor.locator('.slide').waitFor();
    const stamp = await mayor
      .locator('.slide__stamp, .slide-stamp')
      .first()
      .textContent()
      .catch(() => null);

    const admin = await openPage('ADMIN');
    const { month } = await overviewRealisasi(admin);
    await approveOne(admin, month);

    const offer = mayor.getByRole('button', { name: 'Muat data terbaru' });
    await offer.waitFor({ timeout: 5_000 });
    expect(await mayor.getByRole('status').filter({ hasText: 'presentasi ini tetap memakai data per' }).count()).toBe(1);
    // Still the same deck until asked.
    if (stamp !== null) expect(await mayor.locator('.slide__stamp, .slide-stamp').first().textContent()).toBe(stamp);
    await offer.click();
    await offer.waitFor({ state: 'detached' });
    await mayor.locator('.slide').waitFor();
  });

  it('refuses the subscription to a visitor who is not signed in', async () => {
    const admin = await openPage('ADMIN');
    // The first event of the stream, read off the wire (the stream itself may stay open).
    const status = await admin.evaluate(async () => {
      const controller = new AbortController();
      const res = await fetch('/graphql', {
        method: 'POST',
        credentials: 'omit',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query: 'subscription { dataChanged { version } }' }),
        signal: controller.signal,
      });
      const reader = res.body!.getReader();
      const decoder = new TextDecoder();
      let text = '';
      const deadline = Date.now() + 5_000;
      while (!/data:.*\n\n/s.test(text) && Date.now() < deadline) {
        const chunk = await Promise.race([
          reader.read(),
          new Promise<{ done: true; value: undefined }>((r) =>
            setTimeout(() => r({ done: true, value: undefined }), deadline - Date.now()),
          ),
        ]);
        if (chunk.done) break;
        text += decoder.decode(chunk.value, { stream: true });
      }
      controller.abort();
      return { status: res.status, text };
    });
    expect(status.text).toContain('auth/unauthenticated');
    expect(status.text).not.toContain('"version"');
  });
});
