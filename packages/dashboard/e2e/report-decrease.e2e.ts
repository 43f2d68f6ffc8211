// An OPD report whose cumulative output and beneficiaries fall below the last approved month:
// refused without a written reason (the message beside the reason, which has the focus), saved
// and submitted with one, and the cluster head reads the reason in the review queue.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, OUTPUT_DIR, screenshots, settle } from './helpers';

const { openPage } = browserSession();

const PROGRAM = 'K1-BLT-2026 — Bantuan langsung tunai miskin ekstrem';
const PROGRAM_NAME = 'Bantuan langsung tunai miskin ekstrem';
const REASON = 'Hitung ulang: penerima ganda dari data Dukcapil dihapus, sisanya dilaporkan ulang bulan depan.';

async function shots(page: Page, name: string) {
  await screenshots(page, name);
  await page.setViewportSize({ width: 1366, height: 768 });
  await settle(page);
  await page.screenshot({ path: join(OUTPUT_DIR, `${name}-1366x768.png`) });
  await page.setViewportSize({ width: 1920, height: 1080 });
}

describe('a report whose cumulative figures fall', () => {
  it('is refused without a reason, taken with one, and the reviewer reads it', async () => {
    const opd = await openPage('OPD_OPERATOR');
    await opd.getByLabel('Program', { exact: true }).selectOption({ label: PROGRAM });
    await opd.getByLabel('Bulan', { exact: true }).selectOption('10');
    await opd.getByLabel('Realisasi kumulatif s.d. akhir bulan (rupiah)').fill('5800000000');
    // Rising figures ask for no reason.
    expect(await opd.getByLabel('Alasan penurunan').count()).toBe(0);
    await opd.getByLabel(/^Output kumulatif/).fill('0');
    await opd.getByLabel('Penerima manfaat kumulatif (KK)').fill('0');
    const reason = opd.getByLabel('Alasan penurunan');
    await reason.waitFor();
    expect(await opd.locator('.form-field__hint', { hasText: /lebih kecil dari \w+ yang disetujui/ }).count()).toBe(1);

    await opd.getByRole('button', { name: 'Simpan draf' }).click();
    const error = opd.locator('.field-error', { hasText: 'lebih kecil dari bulan terakhir yang disetujui' });
    await error.waitFor();
    expect(await opd.locator('.field-error').count()).toBe(1);
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect(await reason.evaluate((el) => el === document.activeElement)).toBe(true);
    await shots(opd, 'laporan-penurunan-galat');

    await reason.fill(REASON);
    expect(await opd.locator('.field-error').count()).toBe(0);
    await opd.getByRole('button', { name: 'Simpan draf' }).click();
    await opd.getByText(/Draf Oktober 2026 tersimpan pukul \d{2}\.\d{2}\./).waitFor();
    await opd.getByRole('button', { name: 'Kirim ke ketua klaster' }).click();
    await opd.getByText('Laporan Oktober 2026 terkirim dan menunggu persetujuan ketua klaster.').waitFor();
    await shots(opd, 'laporan-penurunan-terkirim');

    const head = await openPage('CLUSTER_HEAD');
    await head.getByRole('navigation').getByRole('link', { name: 'Laporan OPD' }).click();
    const card = head.locator('.review-card', { has: head.getByRole('heading', { name: PROGRAM_NAME }) });
    await card.waitFor();
    await card.getByText('Angka kumulatif turun; alasan OPD:').waitFor();
    expect(await card.textContent()).toContain(REASON);
    await card.scrollIntoViewIfNeeded();
    await shots(head, 'laporan-penurunan-tinjauan');
  });

  it('is not written by the mayor, even through the API', async () => {
    const mayor = await openPage('EXECUTIVE');
    const body = await mayor.evaluate(async () => {
      const post = async (query: string, variables: object = {}) =>
        (
          await fetch('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query, variables }),
          })
        ).json();
      const { data } = await post('{ reports(regionCode: "16.71", year: 2026) { program { id code } } }');
      const programId = data.reports.find((r: { program: { code: string } }) => r.program.code === 'K1-BLT-2026').program.id;
      return post('mutation ($input: SaveReportDraftInput!) { saveReportDraft(input: $input) { __typename } }', {
        input: { programId, month: 10, realisasi: 5_800_000_000, outputCumulative: 0, beneficiariesCumulative: 0, reason: 'coba' },
      });
    });
    expect(body.data?.saveReportDraft ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('auth/forbidden');
  });
});
