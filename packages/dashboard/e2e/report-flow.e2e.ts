// One OPD report through its whole life: the cluster head returned Dinas Sosial's October 2026
// BLT report (demo seed); the operator corrects and resubmits it, the cluster head approves, and
// the overview, which stands at October (the month due in November), shows the new realisation.
// The spec has its own copy of the demo (e2e/server.ts); the checks still compare with what the
// API said before, so they follow the data rather than fixed figures.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatRupiah } from '../src/lib/format';
import { browserSession, screenshots, settle } from './helpers';

const { openPage } = browserSession();

const PROGRAM = 'K1-BLT-2026 — Bantuan langsung tunai miskin ekstrem';
const PROGRAM_NAME = 'Bantuan langsung tunai miskin ekstrem';
/** The program's pagu is Rp7,48 miliar; its returned October report says about Rp5,7 miliar. */
const ABOVE_PAGU = '8.000.000.000';
const OCTOBER = 5_800_000_000;

interface Budget {
  month: number;
  realisasi: number;
}

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

const overviewBudget = async (page: Page) =>
  (await api<{ overview: { budget: Budget } }>(page, '{ overview(regionCode: "16.71", year: 2026) { budget { month realisasi } } }'))
    .overview.budget;

/** The BLT program's newest approved cumulative realisasi before October. */
async function approvedBefore(page: Page): Promise<number> {
  const { reports } = await api<{ reports: { month: number; realisasi: number; program: { code: string } }[] }>(
    page,
    '{ reports(regionCode: "16.71", year: 2026, status: APPROVED) { month realisasi program { code } } }',
  );
  const blt = reports.filter((r) => r.program.code === 'K1-BLT-2026' && r.month < 10).sort((a, b) => b.month - a.month);
  return blt[0]?.realisasi ?? 0;
}

describe('An OPD report from draft to the overview', () => {
  it('is filled by the OPD, approved by the cluster head, and shown on Ringkasan', async () => {
    // Before: what the mayor's overview says, and the program's last approved figure.
    const mayor = await openPage('EXECUTIVE');
    const before = await overviewBudget(mayor);
    const previous = await approvedBefore(mayor);

    // 1. The Dinas Sosial operator lands on Laporan OPD.
    const opd = await openPage('OPD_OPERATOR');
    expect(new URL(opd.url()).pathname).toBe('/laporan');
    await opd.getByLabel('Program', { exact: true }).selectOption({ label: PROGRAM });
    await opd.getByLabel('Bulan', { exact: true }).selectOption('10');
    const realisasi = opd.getByLabel('Realisasi kumulatif s.d. akhir bulan (rupiah)');
    await realisasi.fill(ABOVE_PAGU);
    // The preview says what the number means before it is sent.
    expect(await opd.locator('.preview').textContent()).toContain('Rp8 miliar');
    expect(await opd.locator('.preview').textContent()).toContain('melebihi pagu');
    await opd.getByLabel(/^Output kumulatif/).fill('7.100');
    await opd.getByLabel('Penerima manfaat kumulatif (KK)').fill('7450');
    await opd.getByLabel('Kendala').fill('Sebagian KK penerima pindah domisili.');
    await opd.getByLabel('Solusi dan tindak lanjut').fill('Verifikasi ulang bersama kelurahan.');
    await opd.getByRole('button', { name: 'Simpan draf' }).click();

    // The API refuses it; the message stands next to the realisasi input, in Indonesian.
    await opd.locator('.field-error').waitFor();
    expect(await realisasi.getAttribute('aria-invalid')).toBe('true');
    const errorId = (await realisasi.getAttribute('aria-describedby'))?.split(' ').find((id) => id.endsWith('-error'));
    expect(errorId).toBeTruthy();
    expect(await opd.locator(`[id="${errorId}"]`).textContent()).toContain('Realisasi melebihi pagu program');
    expect(await opd.locator('.field-error').count()).toBe(1);
    // Focus went to the input at fault.
    expect(await realisasi.evaluate((el) => el === document.activeElement)).toBe(true);
    await screenshots(opd, 'laporan-opd-galat');

    // 2. Corrected, saved, submitted.
    await realisasi.fill('5800000000');
    expect(await opd.locator('.field-error').count()).toBe(0);
    await opd.getByRole('button', { name: 'Simpan draf' }).click();
    await opd.getByText(/Draf Oktober 2026 tersimpan pukul \d{2}\.\d{2}\./).waitFor();
    expect(await realisasi.inputValue()).toBe('5.800.000.000');
    await opd.getByRole('button', { name: 'Kirim ke ketua klaster' }).click();
    await opd.getByText('Laporan Oktober 2026 terkirim dan menunggu persetujuan ketua klaster.').waitFor();
    await opd.locator('.report-fields__status .report-status', { hasText: 'Menunggu persetujuan' }).waitFor();
    const row = opd.getByRole('row', { name: /Oktober .*Bantuan langsung tunai miskin ekstrem/ });
    expect(await row.textContent()).toContain('Menunggu persetujuan');
    expect(await row.textContent()).toContain('Rp5,8 miliar');
    await screenshots(opd, 'laporan-opd-terkirim');

    // 3. The head of klaster 1 has Ringkasan open (its figures cached), then approves in the queue.
    const head = await openPage('CLUSTER_HEAD');
    await head.goto('/');
    const headFigure = head.getByTestId('budget-realisasi');
    await headFigure.waitFor();
    expect(await headFigure.textContent()).toBe(formatRupiah(before.realisasi));
    await head.getByRole('navigation').getByRole('link', { name: 'Laporan OPD' }).click();
    const card = head.locator('.review-card', { has: head.getByRole('heading', { name: PROGRAM_NAME }) });
    await card.waitFor();
    expect(await card.textContent()).toContain('Oktober 2026');
    expect(await card.textContent()).toContain('Rp5,8 miliar');
    await screenshots(head, 'laporan-klaster-antrian');
    await card.getByRole('button', { name: 'Setujui' }).click();
    const dialog = head.getByRole('dialog', { name: 'Setujui laporan ini?' });
    await dialog.waitFor();
    // The safe choice has the focus: Enter alone does not approve.
    expect(await dialog.getByRole('button', { name: 'Batal' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await dialog.getByRole('button', { name: 'Ya, setujui' }).click();
    await head.getByText(`Laporan Oktober 2026 ${PROGRAM_NAME} disetujui.`, { exact: false }).waitFor();
    await card.waitFor({ state: 'detached' });

    // October now holds BLT's approved figure instead of September's carried forward.
    const after = await overviewBudget(head);
    expect(after.month).toBe(10);
    expect(before.month).toBe(10);
    expect(after.realisasi).toBe(before.realisasi - previous + OCTOBER);
    expect(after.realisasi).not.toBe(before.realisasi);

    // Back on Ringkasan in the same tab: the cached overview was dropped, the new figure shows at once.
    await head.getByRole('navigation').getByRole('link', { name: 'Ringkasan' }).click();
    await head
      .getByTestId('budget-realisasi')
      .filter({ hasText: formatRupiah(after.realisasi) })
      .waitFor();
    expect(await head.getByRole('heading', { name: /Realisasi terhadap rencana, s\.d\. Oktober 2026/ }).count()).toBe(1);

    // 4. The mayor opens Ringkasan and sees it too.
    await mayor.goto('/');
    const figure = mayor.getByTestId('budget-realisasi');
    await figure.waitFor();
    expect(await figure.textContent()).toBe(formatRupiah(after.realisasi));
    await settle(mayor);
    await screenshots(mayor, 'ringkasan-setelah-persetujuan');
  });
});
