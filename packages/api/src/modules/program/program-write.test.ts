// The secretariat's program set-up through GraphQL on the seeded demo: a new program's pagu and
// plan show in the budget figures at once (rollup refreshed in the write's transaction, answer
// cache following the data version), and every refusal stores nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { NOT_ADMIN, type RoleSessions, roleSessions } from '../../test/admins.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { expectDomainError, expectForbidden, mutate, result, succeeds, tableCounts } from '../../test/writes.js';

let app: TestApp;
let as: RoleSessions;
const ids: Record<string, number> = {};
beforeAll(async () => {
  app = await createTestApp();
  as = await roleSessions(app);
  for (const o of await app.db.raw<{ id: number; key: string }>(
    `SELECT id, region_code || '/' || short_name AS key FROM opd WHERE region_code IN ('16.71', '16.06')`,
  ))
    ids[o.key] = o.id;
  for (const c of await app.db.raw<{ id: number; key: string }>(
    `SELECT id, region_code || '/k' || number AS key FROM cluster WHERE region_code IN ('16.71', '16.06')`,
  ))
    ids[c.key] = c.id;
});

const PROGRAM =
  '{ id version code name fiscalYear regionCode pagu outputUnit outputTarget beneficiaryTarget targetGroup opd { shortName } cluster { number } partners { shortName } plan { month plannedCumulative } }';
const CREATE = `mutation ($input: CreateProgramInput!) { createProgram(input: $input) { ${result('createProgram', PROGRAM)} } }`;
const UPDATE = `mutation ($input: UpdateProgramInput!) { updateProgram(input: $input) { ${result('updateProgram', PROGRAM)} } }`;
const DELETE = `mutation ($id: Int!, $version: Int!) { deleteProgram(id: $id, version: $version) { ${result('deleteProgram', '')} ... on DomainError { inUse { what count } } } }`;
const BUDGET = `query ($month: Int) {
  budget(regionCode: "16.71", year: 2026, month: $month, groupBy: PROGRAM) { key label pagu plannedCumulative }
  curve: budgetCurve(regionCode: "16.71", year: 2026) { month pagu planned }
}`;

interface Program {
  id: number;
  version: number;
  code: string;
  pagu: number;
  opd: { shortName: string };
  cluster: { number: number };
  partners: { shortName: string }[];
  plan: { month: number; plannedCumulative: number }[];
}

const JUTA = 1_000_000;
/** Rp600 juta over the year: nothing in January, then Rp50–60 juta a month. */
const PLAN = [0, 50, 100, 150, 200, 260, 320, 380, 440, 500, 560, 600].map((j) => j * JUTA);

const newProgram = (extra: Record<string, unknown> = {}) => ({
  regionCode: '16.71',
  fiscalYear: 2026,
  opdId: ids['16.71/PERKIM'],
  clusterId: ids['16.71/k4'],
  code: 'k4-sambung-air-2026',
  name: 'Sambungan air bersih rumah tangga miskin ekstrem',
  pagu: 600 * JUTA,
  plan: PLAN,
  outputUnit: 'sambungan rumah',
  outputTarget: 400,
  beneficiaryTarget: 400,
  targetGroup: 'EXTREME_POOR',
  partnerIds: [ids['16.71/BAZNAS']],
  ...extra,
});

const TABLES = ['program', 'program_monthly_plan', 'program_partner', 'budget_rollup'] as const;

describe('createProgram, updateProgram, deleteProgram', () => {
  it('adds a program whose pagu and plan are in the budget figures at once, then edits and removes it', async () => {
    const before = await app.gql<{ curve: { month: number; pagu: number; planned: number }[] }>(BUDGET, { month: 12 }, as.walikota);
    const created = await succeeds<Program>(app, as.admin, CREATE, { input: newProgram() });
    expect(created).toMatchObject({
      version: 0,
      code: 'K4-SAMBUNG-AIR-2026',
      pagu: 600 * JUTA,
      opd: { shortName: 'PERKIM' },
      cluster: { number: 4 },
      partners: [{ shortName: 'BAZNAS' }],
    });
    expect(created.plan.map((m) => m.plannedCumulative)).toEqual(PLAN);

    // The mayor's figures (read through the answer cache) move at once.
    const after = await app.gql<{
      budget: { key: string; pagu: number; plannedCumulative: number }[];
      curve: { month: number; pagu: number; planned: number }[];
    }>(BUDGET, { month: 12 }, as.walikota);
    expect(after.data!.budget.find((r) => r.key === `program:${created.id}`)).toMatchObject({
      pagu: 600 * JUTA,
      plannedCumulative: 600 * JUTA,
    });
    const dec = (r: typeof before) => r.data!.curve.find((p) => p.month === 12)!;
    expect(dec(after).pagu - dec(before).pagu).toBe(600 * JUTA);
    expect(dec(after).planned - dec(before).planned).toBe(600 * JUTA);

    const edited = await succeeds<Program>(app, as.admin, UPDATE, {
      input: {
        ...newProgram({ pagu: 700 * JUTA, partnerIds: [] }),
        regionCode: undefined,
        fiscalYear: undefined,
        id: created.id,
        version: 0,
      },
    });
    expect(edited).toMatchObject({ version: 1, pagu: 700 * JUTA, partners: [] });
    const rollup = await app.db.raw<{ pagu: string }>('SELECT pagu::text FROM budget_rollup WHERE program_id = $1 AND month = 12', [
      created.id,
    ]);
    expect(rollup[0]!.pagu).toBe(String(700 * JUTA));
    const audit = await app.db.prisma.auditLog.findFirstOrThrow({
      where: { entity: 'program', entityId: String(created.id), action: 'update' },
    });
    expect(audit.details).toMatchObject({
      before: { pagu: String(600 * JUTA), partners: ['BAZNAS'] },
      after: { pagu: String(700 * JUTA), partners: [] },
      regionCode: '16.71',
    });

    expect(await succeeds(app, as.admin, DELETE, { id: created.id, version: 1 })).toBe(created.id);
    expect(await app.db.raw('SELECT 1 FROM budget_rollup WHERE program_id = $1', [created.id])).toEqual([]);
    const gone = await app.gql<{ budget: { key: string }[] }>(BUDGET, { month: 12 }, as.walikota);
    expect(gone.data!.budget.some((r) => r.key === `program:${created.id}`)).toBe(false);
  });

  it('takes a program without a plan, and an ADMIN of the kabupaten/kota sets up their own', async () => {
    const own = await succeeds<Program>(app, as.adminMuba, CREATE, {
      input: newProgram({ regionCode: '16.06', opdId: ids['16.06/DINSOS'], clusterId: ids['16.06/k1'], partnerIds: null, plan: [] }),
    });
    expect(own.plan).toEqual([]);
  });

  it('is refused to every role but ADMIN, and to an ADMIN of another kabupaten/kota', async () => {
    const before = await tableCounts(app, TABLES);
    for (const role of NOT_ADMIN) expectForbidden(await mutate(app, as[role], CREATE, { input: newProgram({ code: 'X-1' }) }));
    expectForbidden(await mutate(app, as.adminMuba, CREATE, { input: newProgram({ code: 'X-1' }) }));
    const blt = await app.db.prisma.program.findFirstOrThrow({ where: { code: 'K1-BLT-2026', regionCode: '16.71' } });
    const change = { ...newProgram({ code: blt.code }), regionCode: undefined, fiscalYear: undefined, id: blt.id, version: 0 };
    for (const role of NOT_ADMIN) {
      expectForbidden(await mutate(app, as[role], UPDATE, { input: change }));
      expectForbidden(await mutate(app, as[role], DELETE, { id: blt.id, version: 0 }));
    }
    expectDomainError(await mutate(app, as.adminMuba, UPDATE, { input: change }), 'write/not_found', 'id');
    expectDomainError(await mutate(app, as.adminMuba, DELETE, { id: blt.id, version: 0 }), 'write/not_found', 'id');
    expect(await tableCounts(app, TABLES)).toEqual(before);
  });

  it('says which field is wrong, the plan month included, and stores nothing', async () => {
    const before = await tableCounts(app, TABLES);
    const bad = async (change: Record<string, unknown>) =>
      mutate(app, as.admin, CREATE, { input: newProgram({ code: 'K4-BARU', ...change }) });
    expectDomainError(await bad({ code: ' ' }), 'write/required', 'code');
    expectDomainError(await bad({ code: 'K4 BARU!' }), 'program/code_invalid', 'code');
    expectDomainError(await bad({ code: 'k1-blt-2026' }), 'write/duplicate', 'code');
    expectDomainError(await bad({ name: '' }), 'write/required', 'name');
    expectDomainError(await bad({ pagu: -1 }), 'write/out_of_range', 'pagu');
    expectDomainError(await bad({ plan: [1, 2, 3] }), 'program/plan_length', 'plan');
    const falling = [...PLAN];
    falling[6] = 10 * JUTA;
    expectDomainError(await bad({ plan: falling }), 'program/plan_decreases', 'plan.7');
    const over = [...PLAN];
    over[11] = 601 * JUTA;
    expectDomainError(await bad({ plan: over }), 'program/plan_above_pagu', 'plan.12');
    expectDomainError(await bad({ outputTarget: -3 }), 'write/out_of_range', 'outputTarget');
    expectDomainError(await bad({ beneficiaryTarget: 10_000_001 }), 'write/out_of_range', 'beneficiaryTarget');
    // Not a whole number: GraphQL's Int refuses it before the service is asked.
    const { errors } = await app.gql(CREATE, { input: newProgram({ beneficiaryTarget: 1.5 }) }, as.admin);
    expect(errors?.[0]?.message).toMatch(/beneficiaryTarget/);
    expectDomainError(await bad({ opdId: ids['16.06/DINSOS'] }), 'write/invalid', 'opdId');
    expectDomainError(await bad({ clusterId: ids['16.06/k1'] }), 'write/invalid', 'clusterId');
    expectDomainError(await bad({ partnerIds: [ids['16.06/BAZNAS']] }), 'write/invalid', 'partnerIds');
    expectDomainError(await bad({ regionCode: '16.71.06' }), 'write/region_invalid', 'regionCode');
    expectDomainError(await bad({ fiscalYear: 1999 }), 'write/out_of_range', 'fiscalYear');
    expect(await tableCounts(app, TABLES)).toEqual(before);
  });

  it('refuses a pagu below realisasi already reported, a stale version, and removing a program with reports', async () => {
    const blt = await app.db.prisma.program.findFirstOrThrow({
      where: { code: 'K1-BLT-2026', regionCode: '16.71' },
      include: { plan: true },
    });
    const reported = await app.db.prisma.progressReport.findFirstOrThrow({ where: { programId: blt.id }, orderBy: { realisasi: 'desc' } });
    const change = {
      id: blt.id,
      version: 0,
      opdId: blt.opdId,
      clusterId: blt.clusterId,
      code: blt.code,
      name: blt.name,
      pagu: Number(reported.realisasi) - 1,
      plan: [],
      outputUnit: blt.outputUnit,
      outputTarget: blt.outputTarget,
      beneficiaryTarget: blt.beneficiaryTarget,
      targetGroup: blt.targetGroup,
    };
    expectDomainError(await mutate(app, as.admin, UPDATE, { input: change }), 'program/pagu_below_realisasi', 'pagu');
    const plan = blt.plan.sort((a, b) => a.month - b.month).map((m) => Number(m.plannedCumulative));
    await succeeds(app, as.admin, UPDATE, { input: { ...change, pagu: Number(blt.pagu), plan, name: `${blt.name} (diperbarui)` } });
    const stale = await mutate(app, as.admin, UPDATE, { input: { ...change, pagu: Number(blt.pagu), plan } });
    expectDomainError(stale, 'write/stale_version', 'version');
    expect(stale.changedBy).toMatch(/\(admin\)$/);
    const inUse = await mutate(app, as.admin, DELETE, { id: blt.id, version: 1 });
    expectDomainError(inUse, 'write/in_use', 'id');
    expect((inUse as unknown as { inUse: { what: string }[] }).inUse.map((u) => u.what)).toContain('reports');
    expect(await app.db.prisma.program.findUnique({ where: { id: blt.id } })).not.toBeNull();
  });
});
