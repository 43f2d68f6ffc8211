// An OPD operator's write side (issue 11), as Dinas Sosial Palembang's operator works it: a rakor
// follow-up assigned to Dinas Sosial reported in progress and then done, each with a note, as
// Tindak lanjut shows it; another OPD's follow-up offered no button and refused by the API when
// forced; a 100-day priority Dinas Sosial owns moved on by a milestone. The secretariat records the
// decision and the priority through the API first (the demo's statuses are drawn at random), and
// reads every one of the operator's writes on the Audit page with the status before and after.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { deskShots } from './desk-shots';
import { gql } from './gql';
import { browserSession, settle } from './helpers';

const { openPage } = browserSession();

const RAKOR = 'Rakor Klaster 1 Triwulan III 2026';
const DECISION = 'Percepat pemadanan penerima bantuan dengan data kelurahan (uji)';
const OWN = 'Padankan penerima PKH dengan data RT (uji)';
const OTHER = 'Jadwalkan posyandu keliling di kelurahan prioritas (uji)';
const NOTE_STARTED = 'Pemadanan dimulai di 3 kecamatan; 40% data RT sudah masuk.';
const NOTE_DONE = 'Selesai: 1.204 KK dipadankan, 37 dikeluarkan karena pindah.';
const PRIORITY = 'Kunjungan rumah KK miskin ekstrem tanpa bantuan (uji)';
const MILESTONES = ['Daftar KK disepakati', 'Kunjungan rumah selesai'] as const;
const DINSOS_USER = 'Operator Dinas Sosial Kota Palembang (dinsos)';

const dialog = (page: Page) => page.getByRole('dialog');

/** The secretariat records a decision with one follow-up for DINSOS and one for DINKES, and a DINSOS priority. */
async function buildData(admin: Page): Promise<void> {
  const { data } = await gql<{ opds: { id: number; shortName: string }[]; rakors: { id: number; title: string }[] }>(
    admin,
    '{ opds(regionCode: "16.71") { id shortName } rakors(regionCode: "16.71") { id title } }',
  );
  const opd = (short: string) => data!.opds.find((o) => o.shortName === short)!.id;
  const rakor = data!.rakors.find((r) => r.title === RAKOR)!;
  const decision = await gql<{ recordRakorDecision: { __typename: string } }>(
    admin,
    `mutation($input: RecordRakorDecisionInput!) {
      recordRakorDecision(input: $input) { __typename ... on DomainError { code field message } }
    }`,
    {
      input: {
        rakorId: rakor.id,
        text: DECISION,
        followUps: [
          { title: OWN, ownerOpdId: opd('DINSOS'), dueDate: '2026-12-15' },
          { title: OTHER, ownerOpdId: opd('DINKES'), dueDate: '2026-12-15' },
        ],
      },
    },
  );
  expect(decision.data?.recordRakorDecision, JSON.stringify(decision)).toMatchObject({ __typename: 'MutationRecordRakorDecisionSuccess' });
  const priority = await gql<{ createPriority: { __typename: string } }>(
    admin,
    `mutation($input: CreatePriorityInput!) {
      createPriority(input: $input) { __typename ... on DomainError { code field message } }
    }`,
    {
      input: {
        regionCode: '16.71',
        title: PRIORITY,
        description: 'Dinas Sosial mengunjungi KK miskin ekstrem yang belum menerima bantuan apa pun.',
        ownerOpdId: opd('DINSOS'),
        startDate: '2026-11-01',
        dueDate: '2027-02-08',
        status: 'NOT_STARTED',
        milestones: [
          { title: MILESTONES[0], dueDate: '2026-12-01', done: false },
          { title: MILESTONES[1], dueDate: '2027-01-31', done: false },
        ],
      },
    },
  );
  expect(priority.data?.createPriority, JSON.stringify(priority)).toMatchObject({ __typename: 'MutationCreatePrioritySuccess' });
}

/** Reports a follow-up's progress through its form on Tindak lanjut. */
async function report(page: Page, title: string, status: string, note: string): Promise<void> {
  await page
    .locator('.follow-up', { hasText: title })
    .getByRole('button', { name: /^Perbarui progres/ })
    .click();
  const form = dialog(page);
  await form.getByRole('heading', { name: 'Perbarui progres tindak lanjut' }).waitFor();
  await form.getByLabel('Status').selectOption({ label: status });
  await form.getByLabel('Catatan').fill(note);
  await form.getByRole('button', { name: 'Simpan progres' }).click();
  await dialog(page).waitFor({ state: 'detached' });
  await page.getByRole('status').getByText(`Progres "${title}" tersimpan.`).waitFor();
}

describe('an OPD operator’s write side', () => {
  it('Dinas Sosial reports its follow-up in progress and done, cannot touch another OPD’s, and moves its priority on', async () => {
    const admin = await openPage('ADMIN');
    await buildData(admin);

    // Tindak lanjut: its own follow-up open with a button; Dinas Kesehatan's without one.
    const dinsos = await openPage('OPD_OPERATOR');
    await dinsos.goto('/tindak-lanjut');
    const own = dinsos.locator('.follow-up', { hasText: OWN });
    const other = dinsos.locator('.follow-up', { hasText: OTHER });
    await own.waitFor();
    await settle(dinsos);
    expect(await own.textContent()).toContain('Belum dikerjakan');
    expect(await other.textContent()).toContain('DINKES');
    expect(await other.getByRole('button').count()).toBe(0);

    await report(dinsos, OWN, 'Berjalan', NOTE_STARTED);
    await own.getByText(NOTE_STARTED).waitFor();
    expect(await own.locator('.follow-status').textContent()).toBe('Berjalan');
    await deskShots(dinsos, 'tindak-lanjut-opd-berjalan');

    await report(dinsos, OWN, 'Selesai', NOTE_DONE);
    await own.getByText(NOTE_DONE).waitFor();
    expect(await own.locator('.follow-status').textContent()).toBe('Selesai');
    expect(await own.textContent()).toContain('selesai 20 November 2026');

    // Forced through the API, Dinas Kesehatan's follow-up is refused, and stays as it was.
    const { data } = await gql<{ followUps: { id: number; title: string; version: number }[] }>(
      dinsos,
      '{ followUps(regionCode: "16.71") { id title version } }',
    );
    const target = data!.followUps.find((f) => f.title === OTHER)!;
    const forced = await gql(
      dinsos,
      `mutation($input: UpdateFollowUpProgressInput!) {
        updateFollowUpProgress(input: $input) { __typename ... on DomainError { code } }
      }`,
      { input: { id: target.id, version: target.version, status: 'DONE', note: 'Bukan urusan Dinas Sosial.' } },
    );
    expect(forced.errors?.[0]?.extensions?.code).toBe('auth/forbidden');
    await dinsos.reload();
    await other.waitFor();
    expect(await other.locator('.follow-status').textContent()).toBe('Belum dikerjakan');
    // Nor may it correct the follow-up itself (what, who, by when): that is the rakor's.
    const correct = await gql(dinsos, `mutation($input: UpdateFollowUpInput!) { updateFollowUp(input: $input) { __typename } }`, {
      input: { id: target.id, version: target.version, title: OTHER, ownerOpdId: 1, dueDate: '2027-06-30', status: 'OPEN' },
    });
    expect(correct.errors?.[0]?.extensions?.code).toBe('auth/forbidden');

    // Its 100-day priority: under way, the first milestone done.
    await dinsos.goto('/prioritas');
    const card = dinsos.locator('.priority-card', { has: dinsos.getByRole('heading', { name: PRIORITY, exact: true }) });
    await card.waitFor();
    expect(await card.textContent()).toContain('0 dari 2 tahapan selesai');
    expect(await card.getByRole('button', { name: /^Ubah/ }).count()).toBe(0);
    await card.getByRole('button', { name: /^Perbarui progres/ }).click();
    const progress = dialog(dinsos);
    await progress.getByRole('heading', { name: 'Perbarui progres prioritas' }).waitFor();
    await progress.getByLabel('Status').selectOption({ label: 'Berjalan' });
    await progress.getByLabel(new RegExp(MILESTONES[0])).check();
    await progress.getByRole('button', { name: 'Simpan progres' }).click();
    await dialog(dinsos).waitFor({ state: 'detached' });
    const moved = dinsos.getByRole('region', { name: /^Berjalan/ }).locator('.priority-card', { hasText: PRIORITY });
    await moved.waitFor();
    expect(await moved.textContent()).toContain('1 dari 2 tahapan selesai');
    await deskShots(dinsos, 'prioritas-opd-tahapan');

    // The Audit page: the operator's two follow-up reports and the priority's progress, before and after.
    await admin.goto('/audit');
    await admin.getByRole('heading', { level: 1, name: 'Audit' }).waitFor();
    await admin.getByLabel('Pengguna', { exact: true }).selectOption({ label: DINSOS_USER });
    await admin.getByRole('button', { name: 'Terapkan' }).click();
    await admin.waitForURL((url) => url.searchParams.has('pengguna'));
    const entries = admin.locator('.audit-entry');
    // Its sign-in, then the two reports and the priority's progress.
    await expect.poll(() => entries.count()).toBe(4);
    const titles = (await entries.locator('.audit-entry__title').allTextContents()).map((t) => t.replace(/\s*#\S+$/, '').trim());
    expect(titles).toEqual([
      expect.stringMatching(/Prioritas 100 hari$/),
      expect.stringMatching(/Tindak lanjut$/),
      expect.stringMatching(/Tindak lanjut$/),
      'Masuk Akun (masuk)',
    ]);
    // The status before and after each report; the note itself stays out of the log (free text),
    // which says only that it changed.
    const statusOf = (n: number) =>
      entries
        .nth(n)
        .locator('.audit-changes')
        .first()
        .getByRole('row', { name: /^Status / })
        .locator('td')
        .allTextContents();
    expect(await statusOf(2)).toEqual(['OPEN', 'IN_PROGRESS']);
    expect(await statusOf(1)).toEqual(['IN_PROGRESS', 'DONE']);
    expect(await entries.nth(1).textContent()).toContain('progress note changed');
    expect(await statusOf(0)).toEqual(['NOT_STARTED', 'IN_PROGRESS']);
    await settle(admin);
    await deskShots(admin, 'audit-opd-operator');
  });
});
