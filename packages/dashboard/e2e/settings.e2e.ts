// The secretariat's set-up written in the browser (issue 11): ADMIN adds an OPD, a program for it
// and a target, finds them where the dashboard shows them, edits one (a second save from an older
// form is refused with who and when), removes one after a confirmation and is refused removing
// one in use; ADMIN creates a user who signs in and changes their own password, then deactivates
// them and their open session ends. A role other than ADMIN sees no Pengaturan and is refused the
// mutation. The Audit page shows those writes with before and after, filtered by user, record
// kind and day. The spec builds its own rows on its own copy of the demo data.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { deskShots } from './desk-shots';
import { browserSession, login, settle } from './helpers';

const { openPage, newPage } = browserSession();

const OPD = { shortName: 'DKPP', name: 'Dinas Ketahanan Pangan dan Pertanian' };
const PROGRAM = { code: 'K4-PANGAN-2026', name: 'Pekarangan pangan lestari keluarga miskin' };
const TARGET = 'Kemiskinan turun 0,5 poin per tahun (uji)';
const NEW_USER = { username: 'operator.dkpp', displayName: 'Operator DKPP', password: 'Lumbung-Padi-2026', next: 'Sawah-Hijau-Kenten-7' };

const dialog = (page: Page) => page.getByRole('dialog');
const confirmDialog = (page: Page) => page.getByRole('alertdialog');
const row = (page: Page, name: string | RegExp) => page.locator('.settings-table').getByRole('row', { name });

async function openSettings(page: Page, tab: string): Promise<void> {
  await page.goto('/pengaturan');
  await page.getByRole('heading', { level: 1, name: 'Pengaturan' }).waitFor();
  await page.getByRole('tab', { name: tab }).click();
  await page.getByRole('tab', { name: tab, selected: true }).waitFor();
  await settle(page);
}

/** The WIB day of a moment, day first as the audit filter takes it (20/11/2026): the log's days are WIB days. */
const wibDay = (at: Date) => {
  const [y, m, d] = new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
};

describe('Pengaturan and Audit, written in the browser', () => {
  it('ADMIN adds an OPD, a program for it and a target, and finds them where the dashboard shows them', async () => {
    const admin = await openPage('ADMIN');
    await admin.getByRole('navigation').getByRole('link', { name: 'Pengaturan' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Pengaturan' }).waitFor();

    // The OPD: saved without a name first, the message stands beside the input, which has the focus.
    await admin.getByRole('button', { name: 'Tambah OPD atau mitra' }).click();
    const opdForm = dialog(admin);
    await opdForm.getByRole('heading', { name: 'Tambah OPD atau mitra' }).waitFor();
    await opdForm.getByLabel('Singkatan', { exact: true }).fill(OPD.shortName);
    await opdForm.getByRole('button', { name: 'Simpan' }).click();
    const name = opdForm.getByLabel('Nama lengkap');
    await opdForm.locator('.field-error').waitFor();
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await opdForm.locator('.field-error').textContent()).toContain('Wajib diisi.');
    expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);
    await deskShots(admin, 'pengaturan-opd-galat');
    await name.fill(OPD.name);
    await opdForm.getByRole('button', { name: 'Simpan' }).click();
    await dialog(admin).waitFor({ state: 'detached' });
    await admin.getByRole('status').getByText(`${OPD.shortName} tersimpan.`).waitFor();
    await row(admin, new RegExp(OPD.shortName)).waitFor();
    expect(await row(admin, new RegExp(OPD.shortName)).textContent()).toContain(OPD.name);

    // The program, in klaster 4, run by the new OPD.
    await openSettings(admin, 'Program');
    await admin.getByRole('button', { name: 'Tambah program' }).click();
    const programForm = dialog(admin);
    await programForm.getByRole('heading', { name: 'Program baru tahun 2026' }).waitFor();
    await programForm.getByLabel('Kode', { exact: true }).fill(PROGRAM.code);
    await programForm.getByLabel('Nama program').fill(PROGRAM.name);
    await programForm.getByLabel('OPD pelaksana').selectOption({ label: `${OPD.shortName} — ${OPD.name}` });
    const clusterOptions = await programForm.getByLabel('Klaster', { exact: true }).locator('option').allTextContents();
    await programForm
      .getByLabel('Klaster', { exact: true })
      .selectOption({ label: clusterOptions.find((o) => o.startsWith('Klaster 4'))! });
    await programForm.getByLabel('Pagu', { exact: true }).fill('480.000.000');
    await programForm.getByLabel('Satuan output').fill('pekarangan');
    await programForm.getByLabel('Target output').fill('240');
    await programForm.getByLabel('Target penerima (KK)').fill('240');
    await programForm.getByRole('button', { name: 'Bagi rata pagu ke 12 bulan' }).click();
    expect(await programForm.getByLabel('Desember').inputValue()).toBe('480.000.000');
    await deskShots(admin, 'pengaturan-program-form');
    await programForm.getByRole('button', { name: 'Simpan' }).click();
    await dialog(admin).waitFor({ state: 'detached' });
    await admin.getByRole('status').getByText(`Program ${PROGRAM.code} tersimpan.`).waitFor();
    const programRow = row(admin, new RegExp(PROGRAM.code));
    expect(await programRow.textContent()).toContain('Rp480 juta');

    // Program & klaster shows it under klaster 4, with its OPD.
    await admin.goto('/program');
    await admin.getByRole('tab', { name: /Klaster 4/ }).click();
    const outcome = admin.locator('.outcomes-table').getByRole('row', { name: new RegExp(PROGRAM.name) });
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain(`${PROGRAM.code} · ${OPD.shortName}`);

    // A target, its path previewed before saving; Kemiskinan shows it at once.
    await openSettings(admin, 'Target');
    await admin.getByRole('button', { name: 'Tambah target' }).click();
    const targetForm = dialog(admin);
    await targetForm.getByRole('heading', { name: 'Tambah target' }).waitFor();
    await targetForm.getByLabel('Nama target').fill(TARGET);
    const indicators = await targetForm.getByLabel('Indikator').locator('option').allTextContents();
    await targetForm.getByLabel('Indikator').selectOption({ label: indicators.find((o) => o.endsWith('(P0)'))! });
    await targetForm.getByLabel('Bentuk target').selectOption({ label: 'Turun poin persen per tahun' });
    await targetForm.getByLabel('Tahun dasar').fill('2024');
    await targetForm.getByLabel('Nilai dasar').fill('10,5');
    await targetForm.getByLabel('Turun per tahun (poin persen)').fill('0,5');
    await targetForm.getByLabel('Tahun akhir').fill('2028');
    const points = targetForm.getByRole('list', { name: 'Nilai target per tahun' });
    await points.waitFor();
    await expect
      .poll(() => points.locator('li').allTextContents())
      .toEqual(['2024 10,5%', '2025 10%', '2026 9,5%', '2027 9%', '2028 8,5%']);
    await deskShots(admin, 'pengaturan-target-pratinjau');
    await targetForm.getByRole('button', { name: 'Simpan' }).click();
    await dialog(admin).waitFor({ state: 'detached' });
    await admin.getByRole('status').getByText(`Target ${TARGET} tersimpan.`).waitFor();
    await admin.goto('/kemiskinan');
    await admin.getByRole('heading', { name: TARGET }).waitFor();
  });

  it('edits an OPD, refuses the older of two saves with who and when, refuses removing one in use and removes after a confirmation', async () => {
    const admin = await openPage('ADMIN');
    const other = await openPage('ADMIN');
    for (const page of [admin, other]) {
      await openSettings(page, 'OPD & mitra');
      await row(page, new RegExp(OPD.shortName))
        .getByRole('button', { name: `Ubah ${OPD.shortName}` })
        .click();
      await dialog(page)
        .getByRole('heading', { name: `Ubah ${OPD.shortName}` })
        .waitFor();
    }
    await dialog(admin).getByLabel('Nama lengkap').fill(`${OPD.name} Kota Palembang`);
    await dialog(admin).getByRole('button', { name: 'Simpan' }).click();
    await dialog(admin).waitFor({ state: 'detached' });
    await expect.poll(() => row(admin, new RegExp(OPD.shortName)).textContent()).toContain(`${OPD.name} Kota Palembang`);

    await dialog(other).getByLabel('Nama lengkap').fill('Dinas Pangan');
    await dialog(other).getByRole('button', { name: 'Simpan' }).click();
    const stale = dialog(other).getByRole('alert').filter({ hasText: 'Belum tersimpan' });
    await stale.waitFor();
    expect(await stale.textContent()).toMatch(
      /sudah diubah oleh Sekretariat TKPKD \(Bappeda\) \(admin\) pada \d{1,2} \w+ \d{4} pukul \d{2}\.\d{2}, sesudah Anda membukanya/,
    );
    await deskShots(other, 'pengaturan-bentrok');
    await dialog(other).getByRole('button', { name: 'Tutup dan muat data terbaru' }).click();
    await dialog(other).waitFor({ state: 'detached' });
    await expect.poll(() => row(other, new RegExp(OPD.shortName)).textContent()).toContain(`${OPD.name} Kota Palembang`);

    // The OPD runs a program: removing it is refused with what uses it, and nothing goes.
    await row(admin, new RegExp(OPD.shortName))
      .getByRole('button', { name: `Hapus ${OPD.shortName}` })
      .click();
    const refuse = confirmDialog(admin);
    await refuse.getByRole('heading', { name: `Hapus ${OPD.shortName}?` }).waitFor();
    expect(await refuse.getByRole('button', { name: 'Batal' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await refuse.getByRole('button', { name: 'Ya, hapus' }).click();
    const reason = refuse.getByRole('alert').filter({ hasText: 'Tidak dihapus' });
    await reason.waitFor();
    expect(await reason.textContent()).toContain(
      'Tidak dapat dihapus: masih dipakai oleh 1 program. Pindahkan atau hapus dulu yang memakainya.',
    );
    await deskShots(admin, 'pengaturan-hapus-ditolak');
    await admin.keyboard.press('Escape');
    await refuse.waitFor({ state: 'detached' });
    expect(await row(admin, new RegExp(OPD.shortName)).count()).toBe(1);

    // The program itself has no reports: removed after the confirmation, from the keyboard.
    await openSettings(admin, 'Program');
    await row(admin, new RegExp(PROGRAM.code))
      .getByRole('button', { name: `Hapus ${PROGRAM.code}` })
      .focus();
    await admin.keyboard.press('Enter');
    const confirm = confirmDialog(admin);
    await confirm.getByRole('heading', { name: `Hapus program ${PROGRAM.code}?` }).waitFor();
    expect(await confirm.textContent()).toContain(`${PROGRAM.name} (pagu Rp480 juta)`);
    await deskShots(admin, 'pengaturan-hapus-konfirmasi');
    await admin.keyboard.press('Shift+Tab');
    expect(await confirm.getByRole('button', { name: 'Ya, hapus' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await admin.keyboard.press('Enter');
    await admin.getByRole('status').getByText(`Program ${PROGRAM.code} sudah dihapus.`).waitFor();
    await expect.poll(() => row(admin, new RegExp(PROGRAM.code)).count()).toBe(0);

    // Nothing uses the OPD now: it goes.
    await openSettings(admin, 'OPD & mitra');
    await row(admin, new RegExp(OPD.shortName))
      .getByRole('button', { name: `Hapus ${OPD.shortName}` })
      .click();
    await confirmDialog(admin).getByRole('button', { name: 'Ya, hapus' }).click();
    await admin.getByRole('status').getByText(`${OPD.shortName} sudah dihapus.`).waitFor();
    await expect.poll(() => row(admin, new RegExp(OPD.shortName)).count()).toBe(0);
  });

  it('ADMIN creates a user who signs in and changes their password; deactivated, their open session ends', async () => {
    const admin = await openPage('ADMIN');
    await openSettings(admin, 'Pengguna');
    await admin.getByRole('button', { name: 'Tambah pengguna' }).click();
    const form = dialog(admin);
    await form.getByRole('heading', { name: 'Tambah pengguna' }).waitFor();
    await form.getByLabel('Nama pengguna').fill(NEW_USER.username);
    await form.getByLabel('Nama tampilan').fill(NEW_USER.displayName);
    // An OPD operator needs an OPD: refused beside the OPD input until one is chosen.
    await form.getByLabel('Peran').selectOption({ label: 'Operator OPD' });
    await form.getByLabel('Kata sandi awal').fill(NEW_USER.password);
    await form.getByRole('button', { name: 'Simpan' }).click();
    await form.locator('.field-error', { hasText: 'Operator OPD harus punya OPD' }).waitFor();
    expect(await form.getByLabel('OPD', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Peran').selectOption({ label: 'Pimpinan daerah' });
    // The demo password is refused beside the password input.
    await form.getByLabel('Kata sandi awal').fill('pantau-demo');
    await form.getByRole('button', { name: 'Simpan' }).click();
    const weak = form.locator('.field-error', { hasText: 'terlalu mudah ditebak' });
    await weak.waitFor();
    expect(await form.getByLabel('Kata sandi awal').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Kata sandi awal').fill(NEW_USER.password);
    await form.getByRole('button', { name: 'Simpan' }).click();
    await dialog(admin).waitFor({ state: 'detached' });
    await admin.getByRole('status').getByText(`Pengguna ${NEW_USER.username} tersimpan.`).waitFor();
    const userRow = row(admin, new RegExp(NEW_USER.username));
    expect(await userRow.textContent()).toContain('Pimpinan daerah');
    expect(await userRow.textContent()).toContain('Kota Palembang');
    await deskShots(admin, 'pengaturan-pengguna');

    // The new user signs in, sees no Pengaturan, and changes their own password.
    const user = await newPage();
    await user.goto('/masuk');
    await login(user, NEW_USER.username, NEW_USER.password);
    await user.waitForURL((url) => !url.pathname.startsWith('/masuk'));
    await user.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await user.getByRole('navigation').getByRole('link', { name: 'Pengaturan' }).count()).toBe(0);
    await user.getByRole('button', { name: new RegExp(NEW_USER.displayName) }).click();
    await user.getByRole('button', { name: 'Ganti kata sandi' }).click();
    const change = dialog(user);
    await change.getByRole('heading', { name: 'Ganti kata sandi Anda' }).waitFor();
    await change.getByLabel('Kata sandi lama').fill('salah-sekali-ini');
    await change.getByLabel('Kata sandi baru', { exact: true }).fill(NEW_USER.next);
    await change.getByLabel('Ulangi kata sandi baru').fill(NEW_USER.next);
    await change.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await change.locator('.field-error', { hasText: 'Kata sandi lama salah.' }).waitFor();
    expect(await change.getByLabel('Kata sandi lama').evaluate((el) => el === document.activeElement)).toBe(true);
    await change.getByLabel('Kata sandi lama').fill(NEW_USER.password);
    await change.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await change.getByRole('status').getByText('Kata sandi Anda sudah diganti.').waitFor();
    await deskShots(user, 'akun-ganti-kata-sandi');
    await change.getByRole('button', { name: 'Tutup' }).first().click();
    await dialog(user).waitFor({ state: 'detached' });

    // The old password no longer signs in; the new one does.
    const again = await newPage();
    await again.goto('/masuk');
    await login(again, NEW_USER.username, NEW_USER.password);
    await again.getByText('Nama pengguna atau kata sandi salah.').waitFor();
    await login(again, NEW_USER.username, NEW_USER.next);
    await again.waitForURL((url) => !url.pathname.startsWith('/masuk'));

    // ADMIN deactivates the user: both open sessions end, and signing in is refused.
    await openSettings(admin, 'Pengguna');
    await row(admin, new RegExp(NEW_USER.username))
      .getByRole('button', { name: `Nonaktifkan ${NEW_USER.username}` })
      .click();
    const confirm = confirmDialog(admin);
    await confirm.getByRole('heading', { name: `Nonaktifkan ${NEW_USER.username}?` }).waitFor();
    await confirm.getByRole('button', { name: 'Nonaktifkan' }).click();
    await admin.getByRole('status').getByText(`${NEW_USER.username} dinonaktifkan; sesinya sudah berakhir.`).waitFor();
    await expect.poll(() => row(admin, new RegExp(NEW_USER.username)).textContent()).toContain('Nonaktif');
    for (const page of [user, again]) {
      await page.reload();
      await page.waitForURL((url) => url.pathname.startsWith('/masuk'));
    }
    await login(again, NEW_USER.username, NEW_USER.next);
    await again.getByText('Nama pengguna atau kata sandi salah.').waitFor();
  });

  it('a role other than ADMIN sees no Pengaturan or Audit and is refused the mutation', async () => {
    const mayor = await openPage('EXECUTIVE');
    const nav = mayor.getByRole('navigation');
    expect(await nav.getByRole('link', { name: 'Pengaturan' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Audit' }).count()).toBe(0);
    await mayor.goto('/pengaturan');
    await mayor.getByText('Hanya untuk sekretariat TKPKD').first().waitFor();
    expect(await mayor.getByRole('button', { name: 'Tambah OPD atau mitra' }).count()).toBe(0);
    await mayor.goto('/audit');
    await mayor.getByText('Catatan audit hanya dapat dibaca oleh sekretariat TKPKD (admin).').waitFor();

    // The API refuses it too, whatever the page shows.
    const answer = await mayor.request.post('/graphql', {
      headers: { 'content-type': 'application/json' },
      data: {
        query: 'mutation($input: CreateOpdInput!) { createOpd(input: $input) { __typename } }',
        variables: { input: { regionCode: '16.71', kind: 'OPD', name: 'Dinas Siluman', shortName: 'SILUMAN' } },
      },
    });
    const body = (await answer.json()) as { data: unknown; errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('auth/forbidden');
    const admin = await openPage('ADMIN');
    await openSettings(admin, 'OPD & mitra');
    expect(await row(admin, /SILUMAN/).count()).toBe(0);
  });

  it('the Audit page shows those writes with before and after, filtered by user, record kind and day', async () => {
    const admin = await openPage('ADMIN');
    await admin.getByRole('navigation').getByRole('link', { name: 'Audit' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Audit' }).waitFor();
    await admin.locator('.audit-entry').first().waitFor();

    // The days are written day first, as the format under each label says (not the browser's
    // mm/dd/yyyy); a day that is none is refused beside its input.
    expect(await admin.locator('#audit-from-format').textContent()).toBe('hh/bb/tttt');
    expect(await admin.getByLabel('Dari tanggal').getAttribute('placeholder')).toBe('mis. 20/11/2026');
    expect(await admin.getByLabel('Dari tanggal').getAttribute('lang')).toBe('id');
    await admin.getByLabel('Dari tanggal').fill('11/20/2026');
    await admin.getByRole('button', { name: 'Terapkan' }).click();
    await admin.locator('.audit-day .field-error', { hasText: 'Tanggal tidak dikenali' }).waitFor();
    expect(await admin.getByLabel('Dari tanggal').getAttribute('aria-invalid')).toBe('true');
    expect(await admin.getByLabel('Dari tanggal').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(new URL(admin.url()).searchParams.has('dari')).toBe(false);
    await deskShots(admin, 'audit-tanggal-galat');

    // Only the OPD writes by the admin, today (WIB).
    const today = wibDay(new Date());
    await admin.getByLabel('Pengguna', { exact: true }).selectOption({ label: 'Sekretariat TKPKD (Bappeda) (admin)' });
    await admin.getByLabel('Jenis data').selectOption({ label: 'OPD' });
    await admin.getByLabel('Dari tanggal').fill(today);
    await admin.getByLabel('Sampai tanggal').fill(today);
    await admin.getByRole('button', { name: 'Terapkan' }).click();
    await admin.waitForURL((url) => url.searchParams.size >= 3);
    // The URL keeps ISO days; the inputs show them day first again.
    expect(new URL(admin.url()).searchParams.get('dari')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await admin.getByLabel('Sampai tanggal').inputValue()).toBe(today);
    const entries = admin.locator('.audit-entry');
    await expect.poll(() => entries.count()).toBe(3);
    const titles = await entries.locator('.audit-entry__title').allTextContents();
    expect(titles.map((t) => t.replace(/\s*#\d+$/, '').trim())).toEqual(['Dihapus OPD', 'Diubah OPD', 'Dibuat OPD']);

    // The edit shows the name before and after; the create shows what was stored.
    const edit = entries.nth(1);
    const nameRow = edit.locator('.audit-changes').getByRole('row', { name: /^Nama / });
    expect(await nameRow.locator('td').allTextContents()).toEqual([OPD.name, `${OPD.name} Kota Palembang`]);
    const created = entries.nth(2);
    expect(
      await created
        .locator('.audit-changes')
        .getByRole('row', { name: /^Singkatan / })
        .locator('td')
        .allTextContents(),
    ).toEqual(['(kosong)', OPD.shortName]);
    await deskShots(admin, 'audit-opd');

    // Users: the creation, the password change by the user, the deactivation.
    await admin.getByLabel('Pengguna', { exact: true }).selectOption({ label: 'Semua pengguna' });
    await admin.getByLabel('Jenis data').selectOption({ label: 'Pengguna' });
    await admin.getByRole('button', { name: 'Terapkan' }).click();
    await expect
      .poll(async () => (await entries.locator('.audit-entry__title').allTextContents()).map((t) => t.replace(/\s*#\d+$/, '').trim()))
      .toEqual(expect.arrayContaining(['Dinonaktifkan Pengguna', 'Ganti kata sandi Pengguna', 'Dibuat Pengguna']));
    expect(await admin.locator('.audit-entry', { hasText: 'Ganti kata sandi' }).textContent()).toContain(
      `${NEW_USER.displayName} (${NEW_USER.username})`,
    );

    // A day before any of it: nothing, said so.
    await admin.getByLabel('Dari tanggal').fill('01/01/2026');
    await admin.getByLabel('Sampai tanggal').fill('01/01/2026');
    await admin.getByRole('button', { name: 'Terapkan' }).click();
    await admin.getByText('Tidak ada catatan').waitFor();
    expect(await entries.count()).toBe(0);
    await admin.getByRole('button', { name: 'Hapus saringan' }).click();
    await entries.first().waitFor();
  });
});
