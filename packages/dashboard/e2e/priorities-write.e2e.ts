// The 100-day priorities written in the browser: the mayor's office adds one (a field error first,
// beside its input), the owner OPD reports progress, a late one marked done leaves Ringkasan's late
// list, the second of two saves from the same form is refused with who and when, and a priority is
// removed after a confirmation. Roles that may not write see no buttons to do so.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, screenshots, settle } from './helpers';

const { openPage } = browserSession();

const NEW_TITLE = 'Sertifikasi tanah warga miskin ekstrem';

const card = (page: Page, title: string) =>
  page.locator('.priority-card', { has: page.getByRole('heading', { name: title, exact: true }) });
const dialog = (page: Page) => page.getByRole('dialog');

async function openPriorities(page: Page): Promise<void> {
  await page.goto('/prioritas');
  await page.getByRole('heading', { level: 1, name: 'Prioritas 100 hari' }).waitFor();
  await page.locator('.priority-card').first().waitFor();
}

/** The late-priority count and titles on Ringkasan. */
async function ringkasanLate(page: Page): Promise<{ count: number; titles: string[] }> {
  await page.goto('/');
  const heading = page.getByRole('heading', { name: /^Prioritas 100 hari terlambat \(\d+\)$/ });
  await heading.waitFor();
  await settle(page);
  const count = Number(/\((\d+)\)/.exec((await heading.textContent()) ?? '')?.[1]);
  const section = page.locator('.late-section', { has: heading });
  return { count, titles: await section.locator('.late-item__title').allTextContents() };
}

describe('100-day priorities, written in the browser', () => {
  it('the mayor’s office adds a priority, Dinas Sosial reports its progress', async () => {
    const mayor = await openPage('EXECUTIVE');
    await openPriorities(mayor);
    await mayor.getByRole('button', { name: 'Tambah prioritas' }).click();
    const form = dialog(mayor);
    await form.getByRole('heading', { name: 'Tambah prioritas 100 hari' }).waitFor();

    // Saved with the title empty: the API's message stands beside the title, which has the focus.
    await form.getByLabel('OPD penanggung jawab').selectOption({ label: 'DINSOS — Dinas Sosial' });
    await form.getByLabel('Tenggat', { exact: true }).fill('2027-02-08');
    await form.getByRole('button', { name: '+ Tambah tahapan' }).click();
    await form.getByLabel('Tahapan 1', { exact: true }).fill('Pendataan bidang tanah');
    await form.getByLabel('Tenggat tahapan 1').fill('2026-12-15');
    await form.getByRole('button', { name: 'Tambah prioritas' }).click();
    const title = form.getByLabel('Judul prioritas');
    await form.locator('.field-error').waitFor();
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('.field-error').textContent()).toContain('Wajib diisi.');
    expect(await title.evaluate((el) => el === document.activeElement)).toBe(true);
    await screenshots(mayor, 'prioritas-tambah-galat');

    await title.fill(NEW_TITLE);
    expect(await form.locator('.field-error').count()).toBe(0);
    await form.getByLabel(/^Uraian/).fill('Bersama kantor pertanahan, bagi KK miskin ekstrem yang menempati lahan sendiri.');
    await form.getByRole('button', { name: 'Tambah prioritas' }).click();
    await dialog(mayor).waitFor({ state: 'detached' });
    await mayor.getByRole('status').getByText(`Prioritas "${NEW_TITLE}" ditambahkan.`).waitFor();
    const added = card(mayor, NEW_TITLE);
    await added.waitFor();
    expect(
      await mayor
        .getByRole('region', { name: /^Belum mulai/ })
        .locator('.priority-card', { hasText: NEW_TITLE })
        .count(),
    ).toBe(1);
    expect(await added.textContent()).toContain('0 dari 1 tahapan selesai');
    await screenshots(mayor, 'prioritas-ditambahkan');

    // Dinas Sosial, the owner, reports: under way, the first milestone done. It may not edit or remove.
    const dinsos = await openPage('OPD_OPERATOR');
    await openPriorities(dinsos);
    const own = card(dinsos, NEW_TITLE);
    expect(await own.getByRole('button', { name: /^Ubah/ }).count()).toBe(0);
    expect(await own.getByRole('button', { name: /^Hapus/ }).count()).toBe(0);
    await own.getByRole('button', { name: /^Perbarui progres/ }).click();
    const progress = dialog(dinsos);
    await progress.getByRole('heading', { name: 'Perbarui progres prioritas' }).waitFor();
    expect(await progress.getByLabel('Status').locator('option').allTextContents()).toEqual(['Belum mulai', 'Berjalan', 'Selesai']);
    // Done while a milestone is open: refused beside the status.
    await progress.getByLabel('Status').selectOption({ label: 'Selesai' });
    await progress.getByRole('button', { name: 'Simpan progres' }).click();
    await progress.locator('.field-error', { hasText: 'Tandai semua tahapan selesai' }).waitFor();
    await progress.getByLabel('Status').selectOption({ label: 'Berjalan' });
    await progress.getByLabel(/Pendataan bidang tanah/).check();
    await screenshots(dinsos, 'prioritas-progres');
    await progress.getByRole('button', { name: 'Simpan progres' }).click();
    await dialog(dinsos).waitFor({ state: 'detached' });
    const moved = dinsos.getByRole('region', { name: /^Berjalan/ }).locator('.priority-card', { hasText: NEW_TITLE });
    await moved.waitFor();
    expect(await moved.textContent()).toContain('1 dari 1 tahapan selesai');

    // A priority of another OPD offers Dinas Sosial nothing to change.
    const perkim = dinsos.locator('.priority-card', { hasText: 'PERKIM' }).first();
    expect(await perkim.getByRole('button').count()).toBe(0);

    // The cluster head reads the board and changes nothing.
    const head = await openPage('CLUSTER_HEAD');
    await openPriorities(head);
    expect(await head.getByRole('button', { name: 'Tambah prioritas' }).count()).toBe(0);
    expect(await head.locator('.priority-card__actions').count()).toBe(0);
  });

  it('a late priority marked done leaves Ringkasan’s late list at once', async () => {
    const mayor = await openPage('EXECUTIVE');
    const before = await ringkasanLate(mayor);
    expect(before.count).toBeGreaterThan(0);
    const lateTitle = before.titles[0]!;

    await openPriorities(mayor);
    const late = card(mayor, lateTitle);
    expect(await late.locator('.late-badge').textContent()).toMatch(/^Terlambat \d+ hari$/);
    await late.getByRole('button', { name: /^Ubah/ }).click();
    const form = dialog(mayor);
    await form.getByRole('heading', { name: 'Ubah prioritas 100 hari' }).waitFor();
    expect(await form.getByLabel('Judul prioritas').inputValue()).toBe(lateTitle);
    await form.getByLabel('Status').selectOption({ label: 'Selesai' });
    for (const box of await form.locator('.item-list input[type="checkbox"]').all()) await box.check();
    await form.getByRole('button', { name: 'Simpan perubahan' }).click();
    await dialog(mayor).waitFor({ state: 'detached' });
    const done = mayor.getByRole('region', { name: /^Selesai/ }).locator('.priority-card', { hasText: lateTitle });
    await done.waitFor();
    expect(await done.locator('.late-badge').count()).toBe(0);
    expect(await done.textContent()).toContain('Selesai pada20 November 2026');

    const after = await ringkasanLate(mayor);
    expect(after.count).toBe(before.count - 1);
    expect(after.titles).not.toContain(lateTitle);
    await screenshots(mayor, 'ringkasan-prioritas-selesai');
  });

  it('refuses the second of two saves from the same form with who saved and when, and removes after a confirmation', async () => {
    const admin = await openPage('ADMIN');
    const mayor = await openPage('EXECUTIVE');
    await openPriorities(admin);
    await openPriorities(mayor);
    // Both open the same priority's form.
    for (const page of [admin, mayor]) {
      await card(page, NEW_TITLE).getByRole('button', { name: /^Ubah/ }).click();
      await dialog(page).getByRole('heading', { name: 'Ubah prioritas 100 hari' }).waitFor();
    }
    await dialog(mayor).getByLabel('Tenggat', { exact: true }).fill('2027-02-10');
    await dialog(mayor).getByRole('button', { name: 'Simpan perubahan' }).click();
    await dialog(mayor).waitFor({ state: 'detached' });

    await dialog(admin).getByLabel('Judul prioritas').fill(`${NEW_TITLE} (revisi)`);
    await dialog(admin).getByRole('button', { name: 'Simpan perubahan' }).click();
    const notice = dialog(admin).getByRole('alert').filter({ hasText: 'Belum tersimpan' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(
      /sudah diubah oleh Wali Kota Palembang \(walikota\) pada \d{1,2} \w+ \d{4} pukul \d{2}\.\d{2}, sesudah Anda membukanya/,
    );
    await screenshots(admin, 'prioritas-bentrok');
    await dialog(admin).getByRole('button', { name: 'Tutup dan muat data terbaru' }).click();
    await dialog(admin).waitFor({ state: 'detached' });
    expect(await card(admin, NEW_TITLE).textContent()).toContain('10 Februari 2027');

    // Removing asks first; Escape (or Batal) leaves it.
    await card(admin, NEW_TITLE)
      .getByRole('button', { name: /^Hapus/ })
      .click();
    const confirm = admin.getByRole('alertdialog', { name: 'Hapus prioritas ini?' });
    await confirm.waitFor();
    expect(await confirm.getByRole('button', { name: 'Batal' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await screenshots(admin, 'prioritas-hapus-konfirmasi');
    await admin.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    expect(await card(admin, NEW_TITLE).count()).toBe(1);
    await card(admin, NEW_TITLE)
      .getByRole('button', { name: /^Hapus/ })
      .click();
    await admin.getByRole('alertdialog').getByRole('button', { name: 'Ya, hapus prioritas' }).click();
    await admin.getByRole('status').getByText(`Prioritas "${NEW_TITLE}" dihapus.`).waitFor();
    // The board follows once its query is answered again.
    await card(admin, NEW_TITLE).waitFor({ state: 'detached' });
  });
});
