// The 100-day priorities' writes through GraphQL on the seeded demo: the mayor's office keeps the
// list, the owner OPD reports progress, Ringkasan's late count follows at once; every refusal
// (wrong role, wrong scope, bad input, stale version) stores nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from '../../test/app.js';
import { type Auth, expectDomainError, expectForbidden, mutate, result, succeeds, tableCounts } from '../../test/writes.js';

// Lateness is judged on Pantau's today: pinned to the demo's day.
const TODAY = '2026-11-20';
let app: TestApp;
const as: Record<string, Auth> = {};
const opd: Record<string, number> = {};

beforeAll(async () => {
  app = await createTestApp({ today: TODAY });
  for (const user of ['admin', 'walikota', 'klaster1', 'dinsos', 'kelurahan', 'dinsos.muba', 'walikota.bontang'])
    as[user] = await loginAs(app, user);
  for (const o of await app.db.raw<{ id: number; key: string }>(
    `SELECT id, region_code || '/' || short_name AS key FROM opd WHERE region_code IN ('16.71', '16.06')`,
  ))
    opd[o.key] = o.id;
});

const PRIORITY =
  '{ id version title description status startDate dueDate doneAt daysLate milestonesDone ownerOpd { shortName } milestones { id position title dueDate doneAt } viewerCanEdit viewerCanUpdateProgress }';
const CREATE = `mutation ($input: CreatePriorityInput!) { createPriority(input: $input) { ${result('createPriority', PRIORITY)} } }`;
const UPDATE = `mutation ($input: UpdatePriorityInput!) { updatePriority(input: $input) { ${result('updatePriority', PRIORITY)} } }`;
const DELETE = `mutation ($id: Int!, $version: Int!) { deletePriority(id: $id, version: $version) { ${result('deletePriority', '')} } }`;
const PROGRESS = `mutation ($input: UpdatePriorityProgressInput!) { updatePriorityProgress(input: $input) { ${result('updatePriorityProgress', PRIORITY)} } }`;

interface Priority {
  id: number;
  version: number;
  title: string;
  status: string;
  doneAt: string | null;
  daysLate: number;
  milestonesDone: number;
  ownerOpd: { shortName: string };
  milestones: { id: number; position: number; title: string; dueDate: string; doneAt: string | null }[];
  viewerCanEdit: boolean;
  viewerCanUpdateProgress: boolean;
}

const newPriority = (extra: Record<string, unknown> = {}) => ({
  regionCode: '16.71',
  title: 'Sertifikasi tanah warga miskin ekstrem',
  description: 'Bersama BPN',
  ownerOpdId: opd['16.71/DINSOS'],
  startDate: '2026-11-01',
  dueDate: '2027-02-08',
  status: 'NOT_STARTED',
  milestones: [
    { title: 'Pendataan bidang tanah', dueDate: '2026-12-01', done: false },
    { title: 'Penyerahan sertifikat', dueDate: '2027-02-08', done: false },
  ],
  ...extra,
});

const TABLES = ['priority', 'priority_milestone'] as const;

async function refusedWith(auth: Auth, query: string, variables: Record<string, unknown>, code: string, field?: string | null) {
  const before = await tableCounts(app, TABLES);
  const [snapshot] = await app.db.raw<{ rows: string }>(`SELECT json_agg(p ORDER BY p.id)::text AS rows FROM priority p`);
  const outcome = await mutate(app, auth, query, variables);
  if (code === 'auth/forbidden') expectForbidden(outcome);
  else expectDomainError(outcome, code, field);
  expect(await tableCounts(app, TABLES), `${code}: nothing stored`).toEqual(before);
  const [after] = await app.db.raw<{ rows: string }>(`SELECT json_agg(p ORDER BY p.id)::text AS rows FROM priority p`);
  expect(after!.rows, `${code}: nothing changed`).toBe(snapshot!.rows);
  return outcome;
}

const latePriorities = async () => {
  const { data } = await app.gql<{ overview: { late: { latePriorities: number } } }>(
    '{ overview(regionCode: "16.71") { late { latePriorities } } }',
    undefined,
    as.walikota,
  );
  return data!.overview.late.latePriorities;
};

describe('100-day priorities, written', () => {
  it('the mayor’s office adds one, Dinas Sosial reports progress, the mayor edits and removes it', async () => {
    const created = await succeeds<Priority>(app, as.walikota, CREATE, { input: newPriority() });
    expect(created).toMatchObject({
      version: 0,
      status: 'NOT_STARTED',
      milestonesDone: 0,
      ownerOpd: { shortName: 'DINSOS' },
      viewerCanEdit: true,
    });
    expect(created.milestones.map((m) => m.position)).toEqual([1, 2]);

    // The owner reports: under way, the first milestone done today.
    const [first, second] = created.milestones;
    const progress = await succeeds<Priority>(app, as.dinsos, PROGRESS, {
      input: { id: created.id, version: 0, status: 'IN_PROGRESS', doneMilestoneIds: [first!.id] },
    });
    expect(progress).toMatchObject({
      status: 'IN_PROGRESS',
      milestonesDone: 1,
      version: 1,
      viewerCanEdit: false,
      viewerCanUpdateProgress: true,
    });
    expect(progress.milestones[0]!.doneAt).toBe(TODAY);

    // The mayor's office edits: a third milestone between the two, the first keeps its day.
    const edited = await succeeds<Priority>(app, as.walikota, UPDATE, {
      input: {
        ...newPriority({ title: 'Sertifikasi tanah bagi keluarga miskin ekstrem', status: 'IN_PROGRESS' }),
        regionCode: undefined,
        id: created.id,
        version: 1,
        milestones: [
          { id: first!.id, title: 'Pendataan bidang tanah', dueDate: '2026-12-01', done: true },
          { title: 'Pengukuran oleh BPN', dueDate: '2027-01-10', done: false },
          { id: second!.id, title: 'Penyerahan sertifikat', dueDate: '2027-02-08', done: false },
        ],
      },
    });
    expect(edited).toMatchObject({ title: 'Sertifikasi tanah bagi keluarga miskin ekstrem', version: 2, milestonesDone: 1 });
    expect(edited.milestones.map((m) => [m.position, m.title, m.doneAt])).toEqual([
      [1, 'Pendataan bidang tanah', TODAY],
      [2, 'Pengukuran oleh BPN', null],
      [3, 'Penyerahan sertifikat', null],
    ]);

    const removed = await succeeds<number>(app, as.walikota, DELETE, { id: created.id, version: 2 });
    expect(removed).toBe(created.id);
    expect(await app.db.raw('SELECT 1 FROM priority_milestone WHERE priority_id = $1', [created.id])).toEqual([]);
    const log = await app.db.raw<{ action: string; user_id: number; details: { before: unknown; after: unknown; regionCode: string } }>(
      `SELECT action, user_id, details FROM audit_log WHERE entity = 'priority' AND entity_id = $1 ORDER BY id`,
      [String(created.id)],
    );
    expect(log.map((l) => l.action)).toEqual(['create', 'progress', 'update', 'delete']);
    expect(log[1]!.details).toMatchObject({ before: { status: 'NOT_STARTED' }, after: { status: 'IN_PROGRESS' }, regionCode: '16.71' });
    expect(log[3]!.details).toMatchObject({ before: { title: 'Sertifikasi tanah bagi keluarga miskin ekstrem' }, after: null });
  });

  it('a late priority marked done leaves Ringkasan’s late count at once', async () => {
    const [late] = await app.db.raw<{ id: number; version: number }>(
      `SELECT id, version FROM priority WHERE region_code = '16.71' AND status IN ('NOT_STARTED', 'IN_PROGRESS') AND due_date < $1::date ORDER BY id LIMIT 1`,
      [TODAY],
    );
    const before = await latePriorities();
    expect(before).toBeGreaterThan(0);
    const milestones = await app.db.raw<{ id: number }>('SELECT id FROM priority_milestone WHERE priority_id = $1', [late!.id]);
    const done = await succeeds<Priority>(app, as.admin, PROGRESS, {
      input: { id: late!.id, version: late!.version, status: 'DONE', doneMilestoneIds: milestones.map((m) => m.id) },
    });
    expect(done).toMatchObject({ status: 'DONE', doneAt: TODAY, daysLate: 0 });
    expect(await latePriorities()).toBe(before - 1);
  });
});

describe('refusals', () => {
  let priority: Priority;
  let perkim: Priority;
  beforeAll(async () => {
    priority = await succeeds<Priority>(app, as.admin, CREATE, { input: newPriority({ title: 'Untuk penolakan' }) });
    perkim = await succeeds<Priority>(app, as.admin, CREATE, {
      input: newPriority({ title: 'Milik Perkim', ownerOpdId: opd['16.71/PERKIM'] }),
    });
  });
  const edit = (extra: Record<string, unknown> = {}) => ({
    input: { ...newPriority({ title: 'Untuk penolakan' }), regionCode: undefined, id: priority.id, version: priority.version, ...extra },
  });
  const progress = (extra: Record<string, unknown> = {}) => ({
    input: { id: priority.id, version: priority.version, status: 'IN_PROGRESS', doneMilestoneIds: [], ...extra },
  });

  it('wrong role: a cluster head, an OPD and a kelurahan operator do not keep the list', async () => {
    for (const user of ['klaster1', 'dinsos', 'kelurahan']) {
      await refusedWith(as[user]!, CREATE, { input: newPriority() }, 'auth/forbidden');
      await refusedWith(as[user]!, UPDATE, edit(), 'auth/forbidden');
      await refusedWith(as[user]!, DELETE, { id: priority.id, version: priority.version }, 'auth/forbidden');
    }
    await refusedWith(as.klaster1!, PROGRESS, progress(), 'auth/forbidden');
    await refusedWith(as.kelurahan!, PROGRESS, progress(), 'auth/forbidden');
    expect(await mutate(app, undefined, CREATE, { input: newPriority() })).toMatchObject({ errorCode: 'auth/unauthenticated' });
  });

  it('wrong scope: another kabupaten/kota, another OPD’s priority, cancelling as the owner', async () => {
    await refusedWith(
      as.walikota!,
      CREATE,
      { input: newPriority({ regionCode: '16.06', ownerOpdId: opd['16.06/DINSOS'] }) },
      'auth/forbidden',
    );
    await refusedWith(as['walikota.bontang']!, UPDATE, edit(), 'write/not_found', 'id');
    await refusedWith(as['walikota.bontang']!, DELETE, { id: priority.id, version: priority.version }, 'write/not_found', 'id');
    await refusedWith(as['dinsos.muba']!, PROGRESS, progress(), 'write/not_found', 'id');
    await refusedWith(
      as.dinsos!,
      PROGRESS,
      { input: { id: perkim.id, version: 0, status: 'IN_PROGRESS', doneMilestoneIds: [] } },
      'auth/forbidden',
    );
    await refusedWith(as.dinsos!, PROGRESS, progress({ status: 'CANCELLED' }), 'write/status_not_allowed', 'status');
  });

  it('bad input, each beside its field', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ title: '  ' }, 'write/required', 'title'],
      [{ title: 'x'.repeat(201) }, 'write/too_long', 'title'],
      [{ description: 'x'.repeat(2001) }, 'write/too_long', 'description'],
      [{ dueDate: '2026-10-31' }, 'write/date_order', 'dueDate'],
      [{ ownerOpdId: opd['16.06/DINSOS'] }, 'opd/not_in_region', 'ownerOpdId'],
      [{ ownerOpdId: 999_999 }, 'opd/not_in_region', 'ownerOpdId'],
      [{ milestones: [{ title: '', dueDate: '2026-12-01', done: false }] }, 'write/required', 'milestones.0.title'],
      [
        { milestones: [{ title: 'Terlalu awal', dueDate: '2026-10-01', done: false }] },
        'priority/milestone_outside_period',
        'milestones.0.dueDate',
      ],
      [
        { milestones: [{ title: 'Lewat', dueDate: '2027-03-01', done: false }] },
        'priority/milestone_outside_period',
        'milestones.0.dueDate',
      ],
      [{ status: 'DONE' }, 'priority/milestones_open', 'status'],
      [
        { milestones: Array.from({ length: 21 }, (_, i) => ({ title: `T${i}`, dueDate: '2026-12-01', done: false })) },
        'write/too_many',
        'milestones',
      ],
    ];
    for (const [extra, code, field] of cases) {
      await refusedWith(as.walikota!, CREATE, { input: newPriority(extra) }, code, field);
      await refusedWith(as.walikota!, UPDATE, edit(extra), code, field);
    }
    await refusedWith(as.admin!, CREATE, { input: newPriority({ regionCode: '16.71.06' }) }, 'write/region_invalid', 'regionCode');
    await refusedWith(
      as.walikota!,
      UPDATE,
      edit({ milestones: [{ id: perkim.milestones[0]!.id, title: 'Bukan miliknya', dueDate: '2026-12-01', done: false }] }),
      'priority/milestone_not_found',
      'milestones.0.id',
    );
    await refusedWith(
      as.dinsos!,
      PROGRESS,
      progress({ doneMilestoneIds: [perkim.milestones[0]!.id] }),
      'priority/milestone_not_found',
      'doneMilestoneIds.0',
    );
    await refusedWith(
      as.dinsos!,
      PROGRESS,
      progress({ status: 'DONE', doneMilestoneIds: [priority.milestones[0]!.id] }),
      'priority/milestones_open',
      'status',
    );
    await refusedWith(as.walikota!, UPDATE, { input: { ...edit().input, id: 999_999 } }, 'write/not_found', 'id');
    const { errors } = await app.gql(CREATE, { input: newPriority({ dueDate: '2027-02-30' }) }, as.walikota);
    expect(errors?.[0]?.extensions?.code).toBe('input/invalid');
  });

  it('stale version: the second of two saves is refused with who and when', async () => {
    await succeeds(app, as.dinsos, PROGRESS, progress());
    const stale = await refusedWith(as.walikota!, UPDATE, edit({ title: 'Ubahan kedua' }), 'write/stale_version', 'version');
    expect(stale.changedBy).toBe('Operator Dinas Sosial Kota Palembang (dinsos)');
    expect(Date.parse(stale.changedAt!)).not.toBeNaN();
    await refusedWith(as.dinsos!, PROGRESS, progress({ status: 'NOT_STARTED' }), 'write/stale_version', 'version');
    await refusedWith(as.walikota!, DELETE, { id: priority.id, version: 0 }, 'write/stale_version', 'version');
  });
});
