// Rakor and follow-ups through GraphQL on the seeded demo: the reads the pages and the deck use,
// the cycle from scheduling a rakor to its follow-ups done by their owners, and every refusal
// (wrong role, wrong scope, bad input, stale version, in use) storing nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from '../../test/app.js';
import { type Auth, expectDomainError, expectForbidden, mutate, result, succeeds, tableCounts } from '../../test/writes.js';

// Lateness and "held by today" follow from the date: pinned to the demo's day.
const TODAY = '2026-11-20';
let app: TestApp;
const as: Record<string, Auth> = {};
const opd: Record<string, number> = {};
const cluster: Record<string, number> = {};

beforeAll(async () => {
  app = await createTestApp({ today: TODAY });
  for (const user of ['admin', 'walikota', 'klaster1', 'dinsos', 'kelurahan', 'klaster1.muba', 'dinsos.muba'])
    as[user] = await loginAs(app, user);
  for (const o of await app.db.raw<{ id: number; key: string }>(
    `SELECT id, region_code || '/' || short_name AS key FROM opd WHERE region_code IN ('16.71', '16.06')`,
  ))
    opd[o.key] = o.id;
  for (const c of await app.db.raw<{ id: number; key: string }>(
    `SELECT id, region_code || '/' || number AS key FROM cluster WHERE region_code IN ('16.71', '16.06')`,
  ))
    cluster[c.key] = c.id;
});

const RAKOR =
  '{ id version title heldOn status location chair cluster { number } attendees { shortName } agenda { title position presenterOpd { shortName } } viewerCanManage }';
const DECISION = '{ id version position text followUps { id version title status dueDate ownerOpd { shortName } } }';
const FOLLOW_UP = '{ id version title status dueDate doneAt progressNote daysLate ownerOpd { shortName } }';

const SCHEDULE = `mutation ($input: ScheduleRakorInput!) { scheduleRakor(input: $input) { ${result('scheduleRakor', RAKOR)} } }`;
const UPDATE = `mutation ($input: UpdateRakorInput!) { updateRakor(input: $input) { ${result('updateRakor', RAKOR)} } }`;
const DELETE = `mutation ($id: Int!, $version: Int!) { deleteRakor(id: $id, version: $version) { ${result('deleteRakor', '')} } }`;
const RECORD = `mutation ($input: RecordRakorDecisionInput!) { recordRakorDecision(input: $input) { ${result('recordRakorDecision', DECISION)} } }`;
const UPDATE_DECISION = `mutation ($input: UpdateRakorDecisionInput!) { updateRakorDecision(input: $input) { ${result('updateRakorDecision', DECISION)} } }`;
const DELETE_DECISION = `mutation ($id: Int!, $version: Int!) { deleteRakorDecision(id: $id, version: $version) { ${result('deleteRakorDecision', '')} } }`;
const ADD_FOLLOW_UP = `mutation ($input: AddFollowUpInput!) { addFollowUp(input: $input) { ${result('addFollowUp', FOLLOW_UP)} } }`;
const UPDATE_FOLLOW_UP = `mutation ($input: UpdateFollowUpInput!) { updateFollowUp(input: $input) { ${result('updateFollowUp', FOLLOW_UP)} } }`;
const DELETE_FOLLOW_UP = `mutation ($id: Int!, $version: Int!) { deleteFollowUp(id: $id, version: $version) { ${result('deleteFollowUp', '')} } }`;
const PROGRESS = `mutation ($input: UpdateFollowUpProgressInput!) { updateFollowUpProgress(input: $input) { ${result('updateFollowUpProgress', FOLLOW_UP)} } }`;

interface Rakor {
  id: number;
  version: number;
  title: string;
  heldOn: string;
  status: string;
  cluster: { number: number } | null;
  attendees: { shortName: string }[];
  agenda: { title: string; position: number; presenterOpd: { shortName: string } | null }[];
  viewerCanManage: boolean;
}
interface FollowUp {
  id: number;
  version: number;
  title: string;
  status: string;
  dueDate: string;
  doneAt: string | null;
  progressNote: string | null;
  daysLate: number;
  ownerOpd: { shortName: string };
}
interface Decision {
  id: number;
  version: number;
  position: number;
  text: string;
  followUps: FollowUp[];
}

const clusterMeeting = (extra: Record<string, unknown> = {}) => ({
  regionCode: '16.71',
  clusterId: cluster['16.71/1'],
  title: 'Rakor Klaster 1 November 2026',
  heldOn: TODAY,
  location: 'Ruang Rapat Bappeda',
  chair: 'Ketua Klaster 1',
  agenda: [{ title: 'Capaian bansos triwulan IV', presenterOpdId: opd['16.71/DINSOS'] }, { title: 'Tindak lanjut rakor lalu' }],
  attendeeOpdIds: [opd['16.71/DINSOS'], opd['16.71/BAPPEDA']],
  ...extra,
});

const schedule = (auth: Auth, input: Record<string, unknown>) => succeeds<Rakor>(app, auth, SCHEDULE, { input });
const TABLES = ['rakor', 'rakor_agenda_item', 'rakor_attendee', 'rakor_decision', 'follow_up'] as const;

/** A refusal that stored nothing. */
async function refusedWith(auth: Auth, query: string, variables: Record<string, unknown>, code: string, field?: string | null) {
  const before = await tableCounts(app, TABLES);
  const outcome = await mutate(app, auth, query, variables);
  if (code === 'auth/forbidden') expectForbidden(outcome);
  else expectDomainError(outcome, code, field);
  expect(await tableCounts(app, TABLES), `${code}: nothing stored`).toEqual(before);
  return outcome;
}

async function audits(entity: string, id: number) {
  return app.db.raw<{ action: string; details: { before: unknown; after: unknown; note?: string; regionCode?: string }; user_id: number }>(
    'SELECT action, details, user_id FROM audit_log WHERE entity = $1 AND entity_id = $2 ORDER BY id',
    [entity, String(id)],
  );
}

describe('reading rakor and follow-ups', () => {
  it('lists Palembang’s rakor newest first, with who may run each', async () => {
    const { data } = await app.gql<{ rakors: Rakor[] }>(`{ rakors(regionCode: "16.71") ${RAKOR} }`, undefined, as.klaster1);
    const rakors = data!.rakors;
    expect(rakors.map((r) => r.heldOn)).toEqual([...rakors.map((r) => r.heldOn)].sort().reverse());
    // A cluster head runs their own cluster's rakor, not the plenary or another cluster's.
    for (const r of rakors) expect(r.viewerCanManage, r.title).toBe(r.cluster?.number === 1);
  });

  it('refuses another kabupaten/kota’s rakor', async () => {
    const { errors } = await app.gql(`{ rakors(regionCode: "16.06") { id } }`, undefined, as.walikota);
    expect(errors?.[0]?.extensions?.code).toBe('auth/forbidden');
  });
});

describe('a rakor from scheduling to follow-ups done', () => {
  it('klaster 1 schedules, records decisions, Dinas Sosial reports, and the deck’s query sees it', async () => {
    const rakor = await schedule(as.klaster1!, clusterMeeting());
    expect(rakor).toMatchObject({ status: 'PLANNED', version: 0, cluster: { number: 1 }, viewerCanManage: true });
    expect(rakor.attendees.map((a) => a.shortName)).toEqual(['BAPPEDA', 'DINSOS']);
    expect(rakor.agenda).toMatchObject([
      { position: 1, title: 'Capaian bansos triwulan IV', presenterOpd: { shortName: 'DINSOS' } },
      { position: 2, title: 'Tindak lanjut rakor lalu', presenterOpd: null },
    ]);

    // The second follow-up is due before the rakor: the whole decision is refused, nothing stored.
    await refusedWith(
      as.klaster1!,
      RECORD,
      {
        input: {
          rakorId: rakor.id,
          text: 'Verifikasi ulang penerima BPNT yang tidak ditemukan',
          followUps: [
            { title: 'Verifikasi lapangan penerima BPNT', ownerOpdId: opd['16.71/DINSOS'], dueDate: '2026-12-15' },
            { title: 'Usulkan penghapusan dari DTSEN', ownerOpdId: opd['16.71/DINSOS'], dueDate: '2026-11-19' },
          ],
        },
      },
      'follow_up/due_before_rakor',
      'followUps.1.dueDate',
    );
    const recorded = await succeeds<Decision>(app, as.klaster1, RECORD, {
      input: {
        rakorId: rakor.id,
        text: '  Verifikasi ulang penerima BPNT yang tidak ditemukan  ',
        followUps: [
          { title: 'Verifikasi lapangan penerima BPNT', ownerOpdId: opd['16.71/DINSOS'], dueDate: '2026-12-15' },
          { title: 'Usulkan penghapusan dari DTSEN', ownerOpdId: opd['16.71/DINSOS'], dueDate: TODAY },
        ],
      },
    });
    expect(recorded).toMatchObject({ position: 1, text: 'Verifikasi ulang penerima BPNT yang tidak ditemukan' });
    expect(recorded.followUps.map((f) => f.status)).toEqual(['OPEN', 'OPEN']);

    // Recording a decision marked the rakor held.
    const { data } = await app.gql<{ rakors: Rakor[] }>(
      `{ rakors(regionCode: "16.71", clusterId: ${cluster['16.71/1']}) ${RAKOR} }`,
      undefined,
      as.walikota,
    );
    expect(data!.rakors[0]).toMatchObject({ id: rakor.id, status: 'HELD', version: 1 });

    // The deck's query: open follow-ups of the cluster, the new rakor's among them.
    const deck = await app.gql<{ followUps: { id: number; rakor: { id: number }; daysLate: number }[] }>(
      `query ($c: Int) { followUps(regionCode: "16.71", clusterId: $c, openOnly: true, asOf: "${TODAY}") { id daysLate(asOf: "${TODAY}") rakor { id } } }`,
      { c: cluster['16.71/1'] },
      as.klaster1,
    );
    const ids = recorded.followUps.map((f) => f.id);
    expect(deck.data!.followUps.filter((f) => ids.includes(f.id)).map((f) => f.rakor.id)).toEqual([rakor.id, rakor.id]);

    // Dinas Sosial reports on its follow-up: in progress, then done (dated Pantau's today).
    const [first] = recorded.followUps;
    const started = await succeeds<FollowUp>(app, as.dinsos, PROGRESS, {
      input: { id: first!.id, version: first!.version, status: 'IN_PROGRESS', note: 'Tim turun ke 3 kelurahan' },
    });
    expect(started).toMatchObject({ status: 'IN_PROGRESS', progressNote: 'Tim turun ke 3 kelurahan', doneAt: null, version: 1 });
    const done = await succeeds<FollowUp>(app, as.dinsos, PROGRESS, {
      input: { id: first!.id, version: started.version, status: 'DONE', note: '212 KK diverifikasi, 14 tidak ditemukan' },
    });
    expect(done).toMatchObject({ status: 'DONE', doneAt: TODAY, daysLate: 0 });

    // Every write is in the audit log, with who, the region, before and after; the note is not.
    const log = await audits('follow_up', first!.id);
    expect(log.map((l) => l.action)).toEqual(['progress', 'progress']);
    expect(log[1]!.details).toMatchObject({ before: { status: 'IN_PROGRESS' }, after: { status: 'DONE' }, regionCode: '16.71' });
    expect(JSON.stringify(log)).not.toContain('kelurahan');
    expect((await audits('rakor', rakor.id)).map((l) => l.action)).toEqual(['create', 'hold']);
    expect((await audits('rakor_decision', recorded.id)).map((l) => l.action)).toEqual(['create']);
  });

  it('edits a rakor, keeping the figures frozen on an agenda item, and refuses the second of two saves', async () => {
    const rakor = await schedule(as.admin!, clusterMeeting({ clusterId: null, title: 'Rakor TKPKD Desember', heldOn: '2026-12-18' }));
    const [item] = await app.db.raw<{ id: number }>('SELECT id FROM rakor_agenda_item WHERE rakor_id = $1 AND position = 1', [rakor.id]);
    await app.db.raw(`UPDATE rakor_agenda_item SET figures = '[{"label":"KK","value":7}]' WHERE id = $1`, [item!.id]);
    const input = {
      ...clusterMeeting({ clusterId: null, title: 'Rakor TKPKD Desember (diundur)', heldOn: '2026-12-22' }),
      id: rakor.id,
      version: rakor.version,
      agenda: [{ title: 'Pembukaan' }, { id: item!.id, title: 'Capaian bansos triwulan IV', presenterOpdId: opd['16.71/DINSOS'] }],
    };
    delete (input as { regionCode?: string }).regionCode;
    const edited = await succeeds<Rakor>(app, as.admin, UPDATE, { input });
    expect(edited).toMatchObject({ title: 'Rakor TKPKD Desember (diundur)', heldOn: '2026-12-22', version: 1 });
    const [kept] = await app.db.raw<{ figures: unknown }>('SELECT figures FROM rakor_agenda_item WHERE rakor_id = $1 AND position = 2', [
      rakor.id,
    ]);
    expect(kept!.figures).toEqual([{ label: 'KK', value: 7 }]);

    // A second person saves from the form opened at version 0: refused, saying who saved and when.
    const stale = await refusedWith(as.admin!, UPDATE, { input: { ...input, title: 'Lain' } }, 'write/stale_version', 'version');
    expect(stale.changedBy).toBe('Sekretariat TKPKD (Bappeda) (admin)');
    expect(Date.parse(stale.changedAt!)).not.toBeNaN();
    expect(stale.message).toMatch(/^Changed by Sekretariat TKPKD/);

    // Not held before its day; a planned rakor without decisions can go.
    await refusedWith(as.admin!, UPDATE, { input: { ...input, version: 1, status: 'HELD' } }, 'rakor/not_yet_held', 'status');
    await refusedWith(as.admin!, DELETE, { id: rakor.id, version: 0 }, 'write/stale_version', 'version');
    const removed = await succeeds<number>(app, as.admin, DELETE, { id: rakor.id, version: 1 });
    expect(removed).toBe(rakor.id);
    expect(await app.db.raw('SELECT 1 FROM rakor_agenda_item WHERE rakor_id = $1', [rakor.id])).toEqual([]);
    expect((await audits('rakor', rakor.id)).map((l) => l.action)).toEqual(['create', 'update', 'delete']);
  });

  it('refuses to remove what other rows use, and removes it once they are gone', async () => {
    const rakor = await schedule(as.admin!, clusterMeeting({ title: 'Rakor sementara' }));
    const decision = await succeeds<Decision>(app, as.admin, RECORD, {
      input: {
        rakorId: rakor.id,
        text: 'Keputusan uji',
        followUps: [{ title: 'Tindak lanjut uji', ownerOpdId: opd['16.71/PERKIM'], dueDate: '2026-12-01' }],
      },
    });
    const held = 1;
    const inUse = await refusedWith(as.admin!, DELETE, { id: rakor.id, version: held }, 'write/in_use', 'id');
    expect(inUse.message).toMatch(/1 decisions/);
    await refusedWith(as.admin!, DELETE_DECISION, { id: decision.id, version: 0 }, 'write/in_use', 'id');
    await refusedWith(
      as.admin!,
      UPDATE,
      { input: { ...clusterMeeting({ title: 'Rakor sementara' }), regionCode: undefined, id: rakor.id, version: held, status: 'PLANNED' } },
      'rakor/has_decisions',
      'status',
    );

    const followUp = decision.followUps[0]!;
    const added = await succeeds<FollowUp>(app, as.admin, ADD_FOLLOW_UP, {
      input: { decisionId: decision.id, title: 'Tambahan', ownerOpdId: opd['16.71/DINSOS'], dueDate: '2026-12-05' },
    });
    const dropped = await succeeds<FollowUp>(app, as.klaster1, UPDATE_FOLLOW_UP, {
      input: {
        id: added.id,
        version: added.version,
        title: 'Tambahan (dibatalkan)',
        ownerOpdId: opd['16.71/DINSOS'],
        dueDate: '2026-12-05',
        status: 'DROPPED',
      },
    });
    expect(dropped).toMatchObject({ status: 'DROPPED', daysLate: 0, version: 1 });
    await succeeds(app, as.admin, DELETE_FOLLOW_UP, { id: added.id, version: dropped.version });
    await succeeds(app, as.admin, DELETE_FOLLOW_UP, { id: followUp.id, version: followUp.version });
    const corrected = await succeeds<Decision>(app, as.admin, UPDATE_DECISION, {
      input: { id: decision.id, version: 0, text: 'Keputusan uji (ralat)' },
    });
    expect(corrected).toMatchObject({ text: 'Keputusan uji (ralat)', version: 1 });
    await succeeds(app, as.admin, DELETE_DECISION, { id: decision.id, version: 1 });
    await succeeds(app, as.admin, DELETE, { id: rakor.id, version: held });
    expect(await app.db.raw('SELECT 1 FROM rakor WHERE id = $1', [rakor.id])).toEqual([]);
  });
});

describe('refusals', () => {
  let rakor: Rakor;
  let decision: Decision;
  let perkim: FollowUp;
  beforeAll(async () => {
    rakor = await schedule(as.klaster1!, clusterMeeting({ title: 'Rakor Klaster 1 untuk penolakan' }));
    decision = await succeeds<Decision>(app, as.klaster1, RECORD, {
      input: {
        rakorId: rakor.id,
        text: 'Keputusan',
        followUps: [
          { title: 'Milik Perkim', ownerOpdId: opd['16.71/PERKIM'], dueDate: '2026-12-01' },
          { title: 'Milik Dinsos', ownerOpdId: opd['16.71/DINSOS'], dueDate: '2026-12-01' },
        ],
      },
    });
    perkim = decision.followUps[0]!;
    rakor = { ...rakor, version: 1 };
  });
  const editInput = (extra: Record<string, unknown> = {}) => ({
    input: {
      ...clusterMeeting({ title: 'Rakor Klaster 1 untuk penolakan' }),
      regionCode: undefined,
      id: rakor.id,
      version: rakor.version,
      ...extra,
    },
  });

  it('wrong role: the mayor, an OPD and a kelurahan operator do not run a rakor; a cluster head does not report for an OPD', async () => {
    for (const user of ['walikota', 'dinsos', 'kelurahan']) {
      await refusedWith(as[user]!, SCHEDULE, { input: clusterMeeting() }, 'auth/forbidden');
      await refusedWith(as[user]!, UPDATE, editInput(), 'auth/forbidden');
      await refusedWith(as[user]!, DELETE, { id: rakor.id, version: rakor.version }, 'auth/forbidden');
      await refusedWith(as[user]!, RECORD, { input: { rakorId: rakor.id, text: 'x', followUps: [] } }, 'auth/forbidden');
      await refusedWith(as[user]!, DELETE_DECISION, { id: decision.id, version: 0 }, 'auth/forbidden');
      await refusedWith(as[user]!, UPDATE_DECISION, { input: { id: decision.id, version: 0, text: 'x' } }, 'auth/forbidden');
      await refusedWith(
        as[user]!,
        ADD_FOLLOW_UP,
        { input: { decisionId: decision.id, title: 'x', ownerOpdId: opd['16.71/DINSOS'], dueDate: '2026-12-01' } },
        'auth/forbidden',
      );
      await refusedWith(as[user]!, DELETE_FOLLOW_UP, { id: perkim.id, version: 0 }, 'auth/forbidden');
    }
    await refusedWith(as.klaster1!, PROGRESS, { input: { id: perkim.id, version: 0, status: 'DONE', note: 'x' } }, 'auth/forbidden');
    await refusedWith(as.walikota!, PROGRESS, { input: { id: perkim.id, version: 0, status: 'DONE', note: 'x' } }, 'auth/forbidden');
    // Signed out: the same refusal, coded as such.
    expect(await mutate(app, undefined, SCHEDULE, { input: clusterMeeting() })).toMatchObject({ errorCode: 'auth/unauthenticated' });
  });

  it('wrong scope: another cluster, the plenary, another OPD’s follow-up, another kabupaten/kota', async () => {
    await refusedWith(as.klaster1!, SCHEDULE, { input: clusterMeeting({ clusterId: cluster['16.71/4'] }) }, 'auth/forbidden');
    await refusedWith(as.klaster1!, SCHEDULE, { input: clusterMeeting({ clusterId: null }) }, 'auth/forbidden');
    await refusedWith(as.klaster1!, UPDATE, editInput({ clusterId: cluster['16.71/4'] }), 'auth/forbidden');
    const [plenary] = await app.db.raw<{ id: number; version: number }>(
      `SELECT id, version FROM rakor WHERE region_code = '16.71' AND cluster_id IS NULL AND status = 'PLANNED' LIMIT 1`,
    );
    await refusedWith(as.klaster1!, DELETE, { id: plenary!.id, version: plenary!.version }, 'auth/forbidden');
    await refusedWith(as.dinsos!, PROGRESS, { input: { id: perkim.id, version: 0, status: 'IN_PROGRESS', note: 'x' } }, 'auth/forbidden');
    // Muba's cluster head and operator do not find Palembang's records at all.
    await refusedWith(as['klaster1.muba']!, UPDATE, editInput(), 'write/not_found', 'id');
    await refusedWith(
      as['klaster1.muba']!,
      RECORD,
      { input: { rakorId: rakor.id, text: 'x', followUps: [] } },
      'write/not_found',
      'rakorId',
    );
    await refusedWith(
      as['dinsos.muba']!,
      PROGRESS,
      { input: { id: decision.followUps[1]!.id, version: 0, status: 'DONE', note: 'x' } },
      'write/not_found',
      'id',
    );
    await refusedWith(as['klaster1.muba']!, SCHEDULE, { input: clusterMeeting({ clusterId: cluster['16.06/1'] }) }, 'auth/forbidden');
  });

  it('bad input, each beside its field', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ title: '   ' }, 'write/required', 'title'],
      [{ location: '' }, 'write/required', 'location'],
      [{ chair: 'x'.repeat(201) }, 'write/too_long', 'chair'],
      [{ agenda: [{ title: 'ok' }, { title: ' ' }] }, 'write/required', 'agenda.1.title'],
      [{ agenda: [{ title: 'ok', presenterOpdId: opd['16.06/DINSOS'] }] }, 'opd/not_in_region', 'agenda.0.presenterOpdId'],
      [{ attendeeOpdIds: [opd['16.71/DINSOS'], opd['16.06/DINSOS']] }, 'opd/not_in_region', 'attendeeOpdIds'],
      [{ agenda: Array.from({ length: 21 }, (_, i) => ({ title: `Item ${i}` })) }, 'write/too_many', 'agenda'],
    ];
    for (const [extra, code, field] of cases) await refusedWith(as.klaster1!, SCHEDULE, { input: clusterMeeting(extra) }, code, field);
    await refusedWith(
      as.admin!,
      SCHEDULE,
      { input: clusterMeeting({ clusterId: cluster['16.06/1'] }) },
      'rakor/cluster_not_found',
      'clusterId',
    );
    await refusedWith(
      as.admin!,
      SCHEDULE,
      { input: clusterMeeting({ regionCode: '16.71.06', clusterId: null }) },
      'write/region_invalid',
      'regionCode',
    );

    const future = await schedule(as.klaster1!, clusterMeeting({ heldOn: '2026-12-03' }));
    await refusedWith(
      as.klaster1!,
      RECORD,
      { input: { rakorId: future.id, text: 'Terlalu awal', followUps: [] } },
      'rakor/not_yet_held',
      'rakorId',
    );
    const follow = (f: Record<string, unknown>) => ({
      input: {
        rakorId: rakor.id,
        text: 'Keputusan',
        followUps: [{ title: 'T', ownerOpdId: opd['16.71/DINSOS'], dueDate: '2026-12-01', ...f }],
      },
    });
    await refusedWith(as.klaster1!, RECORD, { input: { rakorId: rakor.id, text: ' ', followUps: [] } }, 'write/required', 'text');
    await refusedWith(as.klaster1!, RECORD, follow({ title: '' }), 'write/required', 'followUps.0.title');
    await refusedWith(as.klaster1!, RECORD, follow({ ownerOpdId: opd['16.06/DINSOS'] }), 'opd/not_in_region', 'followUps.0.ownerOpdId');
    await refusedWith(as.klaster1!, RECORD, follow({ dueDate: '2026-11-01' }), 'follow_up/due_before_rakor', 'followUps.0.dueDate');
    await refusedWith(as.klaster1!, RECORD, { input: { rakorId: 999_999, text: 'x', followUps: [] } }, 'write/not_found', 'rakorId');

    const dinsos = decision.followUps[1]!;
    await refusedWith(as.dinsos!, PROGRESS, { input: { id: dinsos.id, version: 0, status: 'DONE', note: '  ' } }, 'write/required', 'note');
    await refusedWith(
      as.dinsos!,
      PROGRESS,
      { input: { id: dinsos.id, version: 0, status: 'DROPPED', note: 'Tidak bisa' } },
      'write/status_not_allowed',
      'status',
    );
    // An unknown status is refused by the schema itself.
    const { errors } = await app.gql(PROGRESS, { input: { id: dinsos.id, version: 0, status: 'LATE', note: 'x' } }, as.dinsos);
    expect(errors?.[0]?.message).toMatch(/LATE/);
  });

  it('stale version: the second of two saves on a decision and a follow-up is refused with who and when', async () => {
    const dinsos = decision.followUps[1]!;
    await succeeds(app, as.dinsos, PROGRESS, { input: { id: dinsos.id, version: 0, status: 'IN_PROGRESS', note: 'Mulai' } });
    const stale = await refusedWith(
      as.admin!,
      PROGRESS,
      { input: { id: dinsos.id, version: 0, status: 'DONE', note: 'Selesai' } },
      'write/stale_version',
      'version',
    );
    expect(stale.changedBy).toBe('Operator Dinas Sosial Kota Palembang (dinsos)');
    await refusedWith(
      as.klaster1!,
      UPDATE_FOLLOW_UP,
      { input: { id: dinsos.id, version: 0, title: 'x', ownerOpdId: opd['16.71/DINSOS'], dueDate: '2026-12-01', status: 'OPEN' } },
      'write/stale_version',
      'version',
    );
    await succeeds(app, as.klaster1, UPDATE_DECISION, { input: { id: decision.id, version: 0, text: 'Keputusan (ralat)' } });
    await refusedWith(
      as.admin!,
      UPDATE_DECISION,
      { input: { id: decision.id, version: 0, text: 'Lain' } },
      'write/stale_version',
      'version',
    );
    await refusedWith(as.klaster1!, DELETE_FOLLOW_UP, { id: dinsos.id, version: 0 }, 'write/stale_version', 'version');
  });
});
