// The rest of the secretariat's set-up written in the browser (issue 11), each looked at where the
// dashboard shows it and on the Audit page: a kota's clusters (added, the head's office assigned,
// removed; one in use refused), priority places (a group of kelurahan that Kemiskinan ekstrem
// tracks), the status thresholds (a program's status on Program & klaster follows them) and the
// current fiscal year (the year picker opens on it). Roles other than ADMIN are offered none of it
// and the API refuses it when forced. The spec builds its own rows on its own copy of the demo.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { deskShots } from './desk-shots';
import { gql } from './gql';
import { browserSession, settle } from './helpers';

const { openPage } = browserSession();

/** Kota Prabumulih: a kota of the reference regions with nothing set up in the demo. */
const EMPTY_KOTA = { code: '16.74', name: 'Kota Prabumulih' };
const CLUSTER = { name: 'Bantuan sosial terpadu berbasis keluarga', head: 'Asisten Bidang Pemerintahan dan Kesra' };
const NEW_HEAD = 'Sekretaris Daerah Kota Palembang';
const GROUP = { name: 'Kelurahan prioritas uji 2026', reason: 'SK Wali Kota Nomor 100/2026 (uji)' };

const dialog = (page: Page) => page.getByRole('dialog');
const confirmDialog = (page: Page) => page.getByRole('alertdialog');
const row = (page: Page, name: string | RegExp) => page.locator('.settings-table').getByRole('row', { name });
const entryTitles = async (page: Page) =>
  (await page.locator('.audit-entry .audit-entry__title').allTextContents()).map((t) => t.replace(/\s*#\S+$/, '').trim());

async function openSettings(page: Page, tab: string, region = '16.71'): Promise<void> {
  await page.goto(`/pengaturan?wilayah=${region}`);
  await page.getByRole('heading', { level: 1, name: 'Pengaturan' }).waitFor();
  await page.getByRole('tab', { name: tab }).click();
  await page.getByRole('tab', { name: tab, selected: true }).waitFor();
  await settle(page);
}

/** Program name → status word, as the outcomes table of Program & klaster shows them. */
async function programStatuses(page: Page, cluster: number): Promise<Map<string, string>> {
  await page.goto(`/program?wilayah=16.71&klaster=${cluster}`);
  const rows = page.locator('.outcomes-table tbody tr');
  await rows.first().waitFor();
  await settle(page);
  const pairs = await rows.evaluateAll((trs) =>
    trs.map((tr) => [
      tr.querySelector('.outcomes-table__name')?.textContent?.trim() ?? '',
      tr
        .querySelector('td')
        ?.textContent?.replace(/^[✓!✕]\s*/, '')
        .trim() ?? '',
    ]),
  );
  return new Map(pairs as [string, string][]);
}

/** Audit entries of one record kind, today (WIB), newest first; leaves the page filtered. */
async function auditOf(page: Page, kind: string): Promise<string[]> {
  await page.goto('/audit');
  await page.getByRole('heading', { level: 1, name: 'Audit' }).waitFor();
  await page.getByLabel('Jenis data').selectOption({ label: kind });
  await page.getByRole('button', { name: 'Terapkan' }).click();
  await page.waitForURL((url) => url.searchParams.has('jenis'));
  await page.locator('.audit-entry').first().waitFor();
  await settle(page);
  return entryTitles(page);
}

/** The before and after cells of a field's row in an audit entry. */
async function beforeAfter(page: Page, entry: number, field: RegExp): Promise<string[]> {
  return page
    .locator('.audit-entry')
    .nth(entry)
    .locator('.audit-changes')
    .first()
    .getByRole('row', { name: field })
    .locator('td')
    .allTextContents();
}

describe('Pengaturan: clusters, priority places, thresholds and the fiscal year, written in the browser', () => {
  it('ADMIN adds a cluster to a kota with none, assigns its head, removes it; a cluster in use is refused', async () => {
    const admin = await openPage('ADMIN');
    await openSettings(admin, 'Klaster', EMPTY_KOTA.code);
    await admin.getByText(`Belum ada klaster di ${EMPTY_KOTA.name}`).waitFor();

    // Added without a name first: the message stands beside the input.
    await admin.getByRole('button', { name: 'Tambah klaster' }).click();
    const form = dialog(admin);
    await form.getByRole('heading', { name: 'Tambah klaster' }).waitFor();
    expect(await form.getByLabel('Nomor').inputValue()).toBe('1');
    await form.getByLabel('Jabatan ketua').fill(CLUSTER.head);
    await form.getByRole('button', { name: 'Simpan' }).click();
    await form.locator('.field-error', { hasText: 'Wajib diisi.' }).waitFor();
    expect(await form.getByLabel('Nama', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Nama', { exact: true }).fill(CLUSTER.name);
    await form.getByRole('button', { name: 'Simpan' }).click();
    await dialog(admin).waitFor({ state: 'detached' });
    await admin.getByRole('status').getByText('Klaster 1 tersimpan.').waitFor();
    const first = row(admin, /Klaster 1/);
    expect(await first.textContent()).toContain(CLUSTER.head);

    // Program & klaster of that kota now has the cluster, with its head.
    await admin.goto(`/program?wilayah=${EMPTY_KOTA.code}`);
    await admin.getByRole('tab', { name: /Klaster 1/ }).waitFor();
    await admin.getByText(`Ketua: ${CLUSTER.head}`).waitFor();

    // The head's office reassigned: the row and Program & klaster follow.
    await openSettings(admin, 'Klaster', EMPTY_KOTA.code);
    await row(admin, /Klaster 1/)
      .getByRole('button', { name: 'Ubah Klaster 1' })
      .click();
    await dialog(admin).getByRole('heading', { name: 'Ubah klaster 1' }).waitFor();
    await dialog(admin).getByLabel('Jabatan ketua').fill(NEW_HEAD);
    await deskShots(admin, 'pengaturan-klaster-ubah');
    await dialog(admin).getByRole('button', { name: 'Simpan' }).click();
    await dialog(admin).waitFor({ state: 'detached' });
    await expect.poll(() => row(admin, /Klaster 1/).textContent()).toContain(NEW_HEAD);
    await admin.goto(`/program?wilayah=${EMPTY_KOTA.code}`);
    await admin.getByText(`Ketua: ${NEW_HEAD}`).waitFor();

    // Nothing uses it: removed after the confirmation, and the kota has no cluster again.
    await openSettings(admin, 'Klaster', EMPTY_KOTA.code);
    await row(admin, /Klaster 1/)
      .getByRole('button', { name: 'Hapus Klaster 1' })
      .click();
    await confirmDialog(admin).getByRole('heading', { name: 'Hapus klaster 1?' }).waitFor();
    await confirmDialog(admin).getByRole('button', { name: 'Ya, hapus' }).click();
    await admin.getByRole('status').getByText('Klaster 1 sudah dihapus.').waitFor();
    await admin.getByText(`Belum ada klaster di ${EMPTY_KOTA.name}`).waitFor();

    // Palembang's four clusters run programs: the add button says they are all there, and
    // removing one is refused with what uses it.
    await openSettings(admin, 'Klaster');
    await admin.getByText('Keempat klaster sudah ada.').waitFor();
    expect(await admin.getByRole('button', { name: 'Tambah klaster' }).getAttribute('aria-disabled')).toBe('true');
    await row(admin, /Klaster 1/)
      .getByRole('button', { name: 'Hapus Klaster 1' })
      .click();
    await confirmDialog(admin).getByRole('button', { name: 'Ya, hapus' }).click();
    const reason = confirmDialog(admin).getByRole('alert').filter({ hasText: 'Tidak dihapus' });
    await reason.waitFor();
    expect(await reason.textContent()).toMatch(/Tidak dapat dihapus: masih dipakai oleh \d+ program/);
    await deskShots(admin, 'pengaturan-klaster-dipakai');
    await admin.keyboard.press('Escape');
    await confirmDialog(admin).waitFor({ state: 'detached' });
    expect(await row(admin, /Klaster 1/).count()).toBe(1);

    // The Audit page: created, changed (the head's office before and after), removed.
    expect((await auditOf(admin, 'Klaster')).slice(0, 3)).toEqual(['Dihapus Klaster', 'Diubah Klaster', 'Dibuat Klaster']);
    expect(await beforeAfter(admin, 1, /^Jabatan ketua /)).toEqual([CLUSTER.head, NEW_HEAD]);
    await deskShots(admin, 'audit-klaster');
  });

  it('ADMIN groups two kelurahan as priority places; Kemiskinan ekstrem tracks them, and follows an edit and the removal', async () => {
    const admin = await openPage('ADMIN');
    await openSettings(admin, 'Lokasi prioritas');
    await admin.getByRole('button', { name: 'Tambah lokasi prioritas' }).click();
    const form = dialog(admin);
    await form.getByRole('heading', { name: 'Tambah lokasi prioritas' }).waitFor();
    await form.getByLabel('Nama kelompok').fill(GROUP.name);
    await form.getByLabel(/^Dasar penetapan/).fill(GROUP.reason);
    // The first two kelurahan of the first kecamatan listed.
    const boxes = form.locator('.place-list .checkbox-grid label');
    await boxes.first().waitFor();
    const names = (await boxes.allTextContents()).slice(0, 2).map((n) => n.trim());
    for (const name of names) await form.getByRole('checkbox', { name, exact: true }).check();
    await form.getByText(`2 dipilih: ${names.join(', ')}`).waitFor();
    await deskShots(admin, 'pengaturan-lokasi-form');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await dialog(admin).waitFor({ state: 'detached' });
    await admin.getByRole('status').getByText(`${GROUP.name} tersimpan.`).waitFor();
    expect(await row(admin, GROUP.name).textContent()).toContain(names.join(', '));

    // Kemiskinan ekstrem: a panel for the group with both kelurahan.
    const panel = (page: Page) =>
      page
        .locator('section, article')
        .filter({ has: page.getByRole('heading', { name: GROUP.name }) })
        .last();
    await admin.goto('/kemiskinan-ekstrem?wilayah=16.71');
    await admin.getByRole('heading', { name: GROUP.name }).waitFor();
    await settle(admin);
    for (const name of names) expect(await panel(admin).textContent()).toContain(name);
    expect(await panel(admin).textContent()).toContain(GROUP.reason);

    // One kelurahan taken out: the panel follows.
    await openSettings(admin, 'Lokasi prioritas');
    await row(admin, GROUP.name)
      .getByRole('button', { name: `Ubah ${GROUP.name}` })
      .click();
    await dialog(admin).getByRole('checkbox', { name: names[1]!, exact: true }).uncheck();
    await dialog(admin).getByRole('button', { name: 'Simpan' }).click();
    await dialog(admin).waitFor({ state: 'detached' });
    await admin.goto('/kemiskinan-ekstrem?wilayah=16.71');
    await admin.getByRole('heading', { name: GROUP.name }).waitFor();
    await settle(admin);
    expect(await panel(admin).textContent()).toContain(names[0]);
    expect(await panel(admin).textContent()).not.toContain(names[1]);

    // Removed: the panel goes.
    await openSettings(admin, 'Lokasi prioritas');
    await row(admin, GROUP.name)
      .getByRole('button', { name: `Hapus ${GROUP.name}` })
      .click();
    await confirmDialog(admin).getByRole('button', { name: 'Ya, hapus' }).click();
    await admin.getByRole('status').getByText(`${GROUP.name} sudah dihapus.`).waitFor();
    await admin.goto('/kemiskinan-ekstrem?wilayah=16.71');
    await admin.getByRole('heading', { level: 1, name: 'Kemiskinan ekstrem' }).waitFor();
    await settle(admin);
    expect(await admin.getByRole('heading', { name: GROUP.name }).count()).toBe(0);

    expect((await auditOf(admin, 'Lokasi prioritas')).slice(0, 3)).toEqual([
      'Dihapus Lokasi prioritas',
      'Diubah Lokasi prioritas',
      'Dibuat Lokasi prioritas',
    ]);
    expect(await admin.locator('.audit-entry').nth(2).textContent()).toContain(GROUP.name);
  });

  it('ADMIN widens the status thresholds and Program & klaster’s statuses follow; set back, they return', async () => {
    const admin = await openPage('ADMIN');
    const before = await programStatuses(admin, 1);
    expect(before.size).toBeGreaterThan(0);

    // A wide band: a program up to half behind plan is on track, three quarters behind off track.
    await openSettings(admin, 'Ambang status & tahun');
    const card = admin.locator('.settings-card', { has: admin.getByRole('heading', { name: 'Ambang status capaian' }) });
    const onTrack = card.getByLabel('Sesuai sampai selisih');
    const atRisk = card.getByLabel('Tidak sesuai mulai selisih');
    const saved = [await onTrack.inputValue(), await atRisk.inputValue()];
    await onTrack.fill('50');
    await atRisk.fill('75');
    await card.getByText('Tidak sesuai: tertinggal 75% atau lebih').waitFor();
    await deskShots(admin, 'pengaturan-ambang');
    await card.getByRole('button', { name: 'Simpan ambang' }).click();
    await admin.getByRole('status').getByText('Ambang status tersimpan; semua status memakainya mulai sekarang.').waitFor();

    const wide = await programStatuses(admin, 1);
    await admin.getByText(/paling banyak 50%/).waitFor();
    const changed = [...before].filter(([name, status]) => wide.get(name) !== status);
    expect(changed.length, 'a program whose status moved with the thresholds').toBeGreaterThan(0);
    // Only ever towards on track: the band got wider.
    for (const [name, status] of changed) {
      expect(status).not.toBe('Sesuai rencana');
      expect(['Sesuai rencana', 'Berisiko']).toContain(wide.get(name));
    }
    await deskShots(admin, 'program-ambang-lebar');

    // Back to the thresholds it had: every status as it was.
    await openSettings(admin, 'Ambang status & tahun');
    await onTrack.fill(saved[0]!);
    await atRisk.fill(saved[1]!);
    await card.getByRole('button', { name: 'Simpan ambang' }).click();
    await admin.getByRole('status').getByText('Ambang status tersimpan; semua status memakainya mulai sekarang.').waitFor();
    expect(await programStatuses(admin, 1)).toEqual(before);

    // The Audit page: the two changes, each with the thresholds before and after.
    expect((await auditOf(admin, 'Pengaturan')).slice(0, 2)).toEqual(['Diubah Pengaturan', 'Diubah Pengaturan']);
    const widened = await admin.locator('.audit-entry').nth(1).textContent();
    expect(widened).toContain('0.5');
    expect(widened).toContain('0.75');
    await deskShots(admin, 'audit-pengaturan-ambang');
  });

  it('ADMIN sets the current fiscal year; the year picker opens on it', async () => {
    const admin = await openPage('ADMIN');
    // 2025, and the year picker opens on it; then back to 2026.
    await openSettings(admin, 'Ambang status & tahun');
    const year = admin.locator('.settings-card', { has: admin.getByRole('heading', { name: 'Tahun anggaran berjalan' }) });
    expect(await year.getByLabel('Tahun anggaran').inputValue()).toBe('2026');
    await year.getByLabel('Tahun anggaran').fill('2025');
    await year.getByRole('button', { name: 'Simpan tahun' }).click();
    await admin.getByRole('status').getByText('Tahun anggaran sekarang 2025.').waitFor();
    await admin.goto('/anggaran?wilayah=16.71');
    await admin.getByRole('heading', { level: 1 }).first().waitFor();
    await settle(admin);
    expect(await admin.getByLabel('Tahun', { exact: true }).inputValue()).toBe('2025');
    await deskShots(admin, 'anggaran-tahun-2025');
    await openSettings(admin, 'Ambang status & tahun');
    await year.getByLabel('Tahun anggaran').fill('2026');
    await year.getByRole('button', { name: 'Simpan tahun' }).click();
    await admin.getByRole('status').getByText('Tahun anggaran sekarang 2026.').waitFor();
    await admin.goto('/anggaran?wilayah=16.71');
    await admin.getByRole('heading', { level: 1 }).first().waitFor();
    await settle(admin);
    expect(await admin.getByLabel('Tahun', { exact: true }).inputValue()).toBe('2026');

    // The Audit page: the two changes, the year before and after.
    expect((await auditOf(admin, 'Pengaturan')).slice(0, 2)).toEqual(['Diubah Pengaturan', 'Diubah Pengaturan']);
    const shown = await admin.locator('.audit-entry').nth(1).locator('.audit-changes').first().locator('td').allTextContents();
    expect(shown).toContain('2026');
    expect(shown).toContain('2025');
    await deskShots(admin, 'audit-pengaturan-tahun');
  });

  it('roles other than ADMIN are offered none of it, and the API refuses it when forced', async () => {
    const mutations: [string, Record<string, unknown>][] = [
      [
        'mutation($input: CreateClusterInput!) { createCluster(input: $input) { __typename } }',
        { input: { regionCode: EMPTY_KOTA.code, number: 1, name: 'Klaster siluman', headTitle: 'Siapa saja', viceOpdId: null } },
      ],
      [
        'mutation($input: CreateRegionGroupInput!) { createRegionGroup(input: $input) { __typename } }',
        { input: { regionCode: '16.71', name: 'Lokasi siluman', kind: 'OTHER', year: 2026, reason: 'uji', memberCodes: [] } },
      ],
      ['mutation { updateStatusThresholds(onTrackMaxGap: 0.9, atRiskMaxGap: 0.95) { __typename } }', {}],
      ['mutation { setCurrentFiscalYear(year: 2020) { __typename } }', {}],
    ];
    const admin = await openPage('ADMIN');
    const read = async () =>
      (
        await gql(
          admin,
          '{ settings { currentFiscalYear statusThresholds { onTrackMaxGap atRiskMaxGap } } regionGroups(regionCode: "16.71") { name } }',
        )
      ).data;
    const before = await read();
    for (const role of ['EXECUTIVE', 'CLUSTER_HEAD', 'OPD_OPERATOR', 'REGION_OPERATOR'] as const) {
      const page = await openPage(role);
      expect(await page.getByRole('navigation').getByRole('link', { name: 'Pengaturan' }).count()).toBe(0);
      await page.goto('/pengaturan?bagian=ambang');
      await page.getByText('Hanya untuk sekretariat TKPKD').first().waitFor();
      expect(await page.getByRole('button', { name: /^Simpan/ }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Tambah klaster' }).count()).toBe(0);
      for (const [query, variables] of mutations) {
        const answer = await gql(page, query, variables);
        expect(answer.errors?.[0]?.extensions?.code, `${role}: ${query.slice(0, 40)}`).toBe('auth/forbidden');
      }
    }

    // Nothing of it landed.
    expect(await read()).toEqual(before);
    await openSettings(admin, 'Klaster', EMPTY_KOTA.code);
    expect(await row(admin, /Klaster siluman/).count()).toBe(0);
  });
});
