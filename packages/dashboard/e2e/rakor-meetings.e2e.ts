// A rakor kept in the browser, end to end: klaster 1's head schedules one (a field error first,
// beside its input), records a decision with two follow-ups for Dinas Sosial (a due date before the
// rakor refused beside it), the follow-ups appear on Tindak lanjut, Dinas Sosial marks one done
// with a note, and the next deck of klaster 1 shows the one still open and not the one done.
// Roles that do not run a rakor see no buttons to change one.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, OUTPUT_DIR, screenshots, settle } from './helpers';

const { openPage } = browserSession();

const TITLE = 'Rakor Klaster 1: percepatan bedah rumah';
const DECISION = 'Bedah rumah 40 KK miskin ekstrem dituntaskan sebelum akhir tahun anggaran.';
const DONE_ITEM = 'Verifikasi lapangan 40 calon penerima bedah rumah';
const OPEN_ITEM = 'Usulan tambahan anggaran bedah rumah ke TAPD';
const NOTE = 'Verifikasi selesai 18 November: 38 KK layak, 2 KK pindah.';

const dialog = (page: Page) => page.getByRole('dialog');
const meeting = (page: Page) => page.locator('.rakor-meeting', { has: page.getByRole('heading', { name: TITLE, exact: true }) });

/** The page at 1366×768 (a laptop) as well as the helper's projector and phone sizes. */
async function shots(page: Page, name: string) {
  await screenshots(page, name);
  await page.setViewportSize({ width: 1366, height: 768 });
  await settle(page);
  await page.screenshot({ path: join(OUTPUT_DIR, `${name}-1366x768.png`) });
  await page.setViewportSize({ width: 1920, height: 1080 });
}

async function openMeetings(page: Page) {
  await page.goto('/rapat-koordinasi');
  await page.getByRole('heading', { level: 1, name: 'Rapat koordinasi (rakor)' }).waitFor();
  await settle(page);
}

describe('a rakor kept in the browser', () => {
  it('klaster 1 schedules a rakor and records a decision; Dinas Sosial closes a follow-up; the deck shows what is open', async () => {
    const head = await openPage('CLUSTER_HEAD');
    await head.getByRole('link', { name: 'Rapat koordinasi' }).click();
    await head.getByRole('heading', { level: 1, name: 'Rapat koordinasi (rakor)' }).waitFor();
    await settle(head);
    // Klaster 1's head may not change another cluster's or the plenary's rakor.
    for (const card of await head.locator('.rakor-meeting').all()) {
      const text = (await card.textContent()) ?? '';
      if (!text.includes('Klaster 1')) expect(await card.getByRole('button', { name: /^Ubah/ }).count()).toBe(0);
    }
    await head.getByRole('button', { name: '+ Jadwalkan rakor' }).click();
    const form = dialog(head);
    await form.getByRole('heading', { name: 'Jadwalkan rakor' }).waitFor();
    // The cluster is the head's own, fixed.
    expect(await form.getByLabel('Klaster').isDisabled()).toBe(true);
    expect(await form.getByLabel('Klaster').locator('option:checked').textContent()).toMatch(/^Klaster 1/);
    expect(await form.getByLabel('Tanggal').inputValue()).toBe('2026-11-20');

    // Saved without a title: the API's message stands beside it and the title has the focus.
    await form.getByLabel('Tempat').fill('Ruang rapat Bappeda');
    await form.getByLabel('Pimpinan rapat').fill('Ketua Klaster 1');
    await form.getByRole('button', { name: '+ Tambah agenda' }).click();
    await form.getByLabel('Agenda 1', { exact: true }).fill('Capaian bedah rumah triwulan IV');
    await form.getByLabel('Penyaji agenda 1').selectOption({ label: 'PERKIM — Dinas Perumahan dan Kawasan Permukiman' });
    await form.getByLabel('DINSOS', { exact: false }).first().check();
    await form.getByRole('button', { name: 'Jadwalkan rakor' }).click();
    const title = form.getByLabel('Judul rakor');
    await form.locator('.field-error').waitFor();
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('.field-error').textContent()).toContain('Wajib diisi.');
    expect(await title.evaluate((el) => el === document.activeElement)).toBe(true);
    await shots(head, 'rakor-jadwal-galat');
    await title.fill(TITLE);
    await form.getByRole('button', { name: 'Jadwalkan rakor' }).click();
    await dialog(head).waitFor({ state: 'detached' });
    await head.getByRole('status').getByText(`Rakor "${TITLE}" dijadwalkan.`).waitFor();
    const card = meeting(head);
    await card.waitFor();
    expect(await card.textContent()).toContain('Direncanakan');
    expect(await card.textContent()).toContain('Capaian bedah rumah triwulan IV');

    // The decision, with a follow-up due before the rakor: refused beside that date.
    await card.getByRole('button', { name: /^\+ Catat keputusan/ }).click();
    const decide = dialog(head);
    await decide.getByRole('heading', { name: 'Catat keputusan rakor' }).waitFor();
    await decide.getByLabel('Keputusan', { exact: true }).fill(DECISION);
    await decide.getByLabel('Tindak lanjut 1', { exact: true }).fill(DONE_ITEM);
    await decide.getByLabel('OPD penanggung jawab 1').selectOption({ label: 'DINSOS — Dinas Sosial' });
    await decide.getByLabel('Tenggat 1').fill('2026-11-01');
    await decide.getByRole('button', { name: '+ Tambah tindak lanjut' }).click();
    await decide.getByLabel('Tindak lanjut 2', { exact: true }).fill(OPEN_ITEM);
    await decide.getByLabel('OPD penanggung jawab 2').selectOption({ label: 'DINSOS — Dinas Sosial' });
    await decide.getByLabel('Tenggat 2').fill('2026-12-15');
    await decide.getByRole('button', { name: 'Simpan keputusan' }).click();
    await decide.locator('.field-error', { hasText: 'Tenggat tindak lanjut tidak boleh sebelum tanggal rakor.' }).waitFor();
    expect(await decide.getByLabel('Tenggat 1').evaluate((el) => el === document.activeElement)).toBe(true);
    await shots(head, 'rakor-keputusan-galat');
    await decide.getByLabel('Tenggat 1').fill('2026-11-27');
    await decide.getByRole('button', { name: 'Simpan keputusan' }).click();
    await dialog(head).waitFor({ state: 'detached' });
    await head.getByRole('status').getByText(`Keputusan rakor "${TITLE}" tercatat dengan 2 tindak lanjut.`).waitFor();
    await card.getByText(DECISION).waitFor();
    expect(await card.textContent()).toContain('Terlaksana');
    expect(await card.locator('.follow-up').count()).toBe(2);
    await shots(head, 'rakor-keputusan-tercatat');

    // A decision with follow-ups is not removed: the confirmation says why, and Escape leaves it.
    await card
      .locator('.rakor-meeting__decision')
      .getByRole('button', { name: /^Hapus/ })
      .click();
    const confirm = head.getByRole('alertdialog', { name: 'Hapus keputusan ini?' });
    await confirm.waitFor();
    expect(await confirm.getByRole('button', { name: 'Batal' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await confirm.getByRole('button', { name: 'Ya, hapus keputusan' }).click();
    await confirm.getByText('Keputusan ini masih punya 2 tindak lanjut. Hapus tindak lanjutnya dulu.').waitFor();
    await head.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    expect(await card.getByText(DECISION).count()).toBe(1);

    // Tindak lanjut shows both, open, under the new rakor.
    await head.getByRole('link', { name: 'Tindak lanjut' }).click();
    const group = head.locator('.rakor-group', { has: head.getByRole('heading', { name: TITLE }) });
    await group.waitFor();
    expect(await group.locator('.follow-up', { hasText: DONE_ITEM }).textContent()).toContain('Belum dikerjakan');
    expect(await group.locator('.follow-up', { hasText: OPEN_ITEM }).textContent()).toContain('DINSOS');
    // The cluster head does not report for an OPD.
    expect(await group.getByRole('button', { name: /^Perbarui progres/ }).count()).toBe(0);

    // Dinas Sosial reports: done, first without a note (refused beside it), then with one.
    const dinsos = await openPage('OPD_OPERATOR');
    await dinsos.goto('/tindak-lanjut');
    const own = dinsos.locator('.rakor-group', { has: dinsos.getByRole('heading', { name: TITLE }) });
    await own
      .locator('.follow-up', { hasText: DONE_ITEM })
      .getByRole('button', { name: /^Perbarui progres/ })
      .click();
    const progress = dialog(dinsos);
    await progress.getByRole('heading', { name: 'Perbarui progres tindak lanjut' }).waitFor();
    expect(await progress.getByLabel('Status').locator('option').allTextContents()).toEqual(['Belum dikerjakan', 'Berjalan', 'Selesai']);
    await progress.getByLabel('Status').selectOption({ label: 'Selesai' });
    await progress.getByRole('button', { name: 'Simpan progres' }).click();
    await progress.locator('.field-error', { hasText: 'Wajib diisi.' }).waitFor();
    expect(await progress.getByLabel('Catatan').evaluate((el) => el === document.activeElement)).toBe(true);
    await progress.getByLabel('Catatan').fill(NOTE);
    await shots(dinsos, 'tindak-lanjut-progres');
    await progress.getByRole('button', { name: 'Simpan progres' }).click();
    await dialog(dinsos).waitFor({ state: 'detached' });
    await dinsos.getByRole('status').getByText(`Progres "${DONE_ITEM}" tersimpan.`).waitFor();
    const doneRow = own.locator('.follow-up', { hasText: DONE_ITEM });
    await doneRow.getByText(NOTE).waitFor();
    expect(await doneRow.textContent()).toContain('Selesai');
    await shots(dinsos, 'tindak-lanjut-selesai');

    // Klaster 1's next deck: the follow-ups slide shows the open one, not the one done.
    await head.getByRole('link', { name: 'Mode rakor' }).click();
    await head.getByRole('button', { name: 'Mulai presentasi' }).click();
    await head.locator('.slide').waitFor();
    await settle(head);
    const total = Number(((await head.locator('.rakor__counter').textContent()) ?? '').split('/')[1]);
    let followUpText = '';
    for (let i = 1; i <= total; i++) {
      const id = (await head.locator('.slide').getAttribute('data-slide-id')) ?? '';
      if (id.startsWith('follow-ups')) followUpText += (await head.locator('.slide').textContent()) ?? '';
      if (i < total) {
        await head.keyboard.press('ArrowRight');
        await head.locator('.rakor__counter', { hasText: new RegExp(`^${i + 1} / `) }).waitFor();
      }
    }
    expect(followUpText).toContain(OPEN_ITEM);
    expect(followUpText).not.toContain(DONE_ITEM);
    await settle(head);
  });

  it('the mayor reads the rakor and changes nothing; an OPD has no page for it', async () => {
    const mayor = await openPage('EXECUTIVE');
    await openMeetings(mayor);
    await mayor.locator('.rakor-meeting').first().waitFor();
    expect(await mayor.getByRole('button', { name: '+ Jadwalkan rakor' }).count()).toBe(0);
    expect(await mayor.locator('.rakor-meeting .row-actions').count()).toBe(0);
    await shots(mayor, 'rapat-koordinasi');

    const dinsos = await openPage('OPD_OPERATOR');
    expect(await dinsos.getByRole('link', { name: 'Rapat koordinasi' }).count()).toBe(0);
  });

  it('the secretariat’s second save of a rakor opened twice is refused with who saved and when', async () => {
    const admin = await openPage('ADMIN');
    const head = await openPage('CLUSTER_HEAD');
    for (const page of [admin, head]) {
      await openMeetings(page);
      await meeting(page).locator('.rakor-meeting__header').getByRole('button', { name: /^Ubah/ }).click();
      await dialog(page).getByRole('heading', { name: 'Ubah rakor' }).waitFor();
    }
    await dialog(head).getByLabel('Tempat').fill('Aula Dinas Sosial');
    await dialog(head).getByRole('button', { name: 'Simpan perubahan' }).click();
    await dialog(head).waitFor({ state: 'detached' });
    await dialog(admin).getByLabel('Pimpinan rapat').fill('Sekretaris Bappeda');
    await dialog(admin).getByRole('button', { name: 'Simpan perubahan' }).click();
    const notice = dialog(admin).getByRole('alert').filter({ hasText: 'Belum tersimpan' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/sudah diubah oleh .+ \(klaster1\) pada \d{1,2} \w+ \d{4} pukul \d{2}\.\d{2}/);
    await shots(admin, 'rakor-bentrok');
    await dialog(admin).getByRole('button', { name: 'Tutup dan muat data terbaru' }).click();
    await dialog(admin).waitFor({ state: 'detached' });
    await meeting(admin).getByText('Aula Dinas Sosial').waitFor();

    // The head drops the follow-up the rakor no longer pursues; a due date before the rakor is refused first.
    const row = meeting(head).locator('.follow-up', { hasText: OPEN_ITEM });
    await row.getByRole('button', { name: /^Ubah/ }).click();
    const edit = dialog(head);
    await edit.getByRole('heading', { name: 'Ubah tindak lanjut' }).waitFor();
    await edit.getByLabel('Tenggat').fill('2026-11-19');
    await edit.getByRole('button', { name: 'Simpan perubahan' }).click();
    await edit.locator('.field-error', { hasText: 'Tenggat tindak lanjut tidak boleh sebelum tanggal rakor.' }).waitFor();
    await edit.getByLabel('Tenggat').fill('2026-12-15');
    await edit.getByLabel('Status').selectOption({ label: 'Dibatalkan' });
    await shots(head, 'rakor-tindak-lanjut-ubah');
    await edit.getByRole('button', { name: 'Simpan perubahan' }).click();
    await dialog(head).waitFor({ state: 'detached' });
    await head.getByRole('status').getByText(`Perubahan tindak lanjut "${OPEN_ITEM}" tersimpan.`).waitFor();
    await row.getByText('Dibatalkan').waitFor();
  });
});
