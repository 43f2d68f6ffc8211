// Targets set up through GraphQL on the seeded demo, in the four shapes, with the live preview of
// the path: the preview and the saved target agree, the Kemiskinan figures (Region.targets with
// progress) show a new target at once, and every refusal stores nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { NOT_ADMIN, type RoleSessions, roleSessions } from '../../test/admins.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { expectDomainError, expectForbidden, mutate, result, succeeds, tableCounts } from '../../test/writes.js';

let app: TestApp;
let as: RoleSessions;
beforeAll(async () => {
  app = await createTestApp();
  as = await roleSessions(app);
});

const TARGET = '{ id version name shape baselineYear baselineValue annualStep endYear dueDate regionGroup { name } path { year value } }';
const CREATE = `mutation ($input: CreateTargetInput!) { createTarget(input: $input) { ${result('createTarget', TARGET)} } }`;
const UPDATE = `mutation ($input: UpdateTargetInput!) { updateTarget(input: $input) { ${result('updateTarget', TARGET)} } }`;
const DELETE = `mutation ($id: Int!, $version: Int!) { deleteTarget(id: $id, version: $version) { ${result('deleteTarget', '')} } }`;
const PREVIEW = `query ($input: TargetPathInput!) { previewTargetPath(input: $input) {
  __typename ... on DomainError { code field message } ... on QueryPreviewTargetPathSuccess { data { year value } } } }`;
const REGION_TARGETS = `query ($code: RegionCode!) { region(code: $code) { targets { id name progress { year target } } } }`;

interface Target {
  id: number;
  version: number;
  name: string;
  path: { year: number; value: number }[];
}

const pointTarget = (extra: Record<string, unknown> = {}) => ({
  regionCode: '16.71',
  indicatorCode: 'P0',
  name: 'Turun 0,4 poin persen per tahun',
  shape: 'ANNUAL_POINT_REDUCTION',
  baselineYear: 2025,
  baselineValue: 10.5,
  annualStep: 0.4,
  endYear: 2029,
  ...extra,
});

const preview = async (input: Record<string, unknown>, auth = as.admin) => {
  const { data, errors } = await app.gql<{ previewTargetPath: { __typename: string; code?: string; field?: string; data?: unknown } }>(
    PREVIEW,
    { input },
    auth,
  );
  return errors ? { errorCode: errors[0]!.extensions?.code } : data!.previewTargetPath;
};

describe('previewTargetPath', () => {
  it('draws the same path the saved target will have, in each shape', async () => {
    const { regionCode: _r, indicatorCode: _i, name: _n, ...path } = pointTarget();
    expect(await preview(path)).toMatchObject({
      data: [
        { year: 2025, value: 10.5 },
        { year: 2026, value: 10.1 },
        { year: 2027, value: 9.7 },
        { year: 2028, value: 9.3 },
        { year: 2029, value: 8.9 },
      ],
    });
    const relative = await preview({ ...path, shape: 'ANNUAL_RELATIVE_REDUCTION', baselineValue: 100, annualStep: 0.1, endYear: 2027 });
    expect(relative).toMatchObject({ data: [{ value: 100 }, { value: 90 }, { value: 81 }] });
    const count = await preview({ ...path, shape: 'ANNUAL_COUNT_REDUCTION', baselineValue: 700, annualStep: 300, endYear: 2028 });
    expect(count).toMatchObject({ data: [{ value: 700 }, { value: 400 }, { value: 100 }, { value: 0 }] });
    const zero = await preview({
      ...path,
      shape: 'ZERO_BY_DATE',
      baselineValue: 20,
      annualStep: null,
      endYear: 2027,
      dueDate: '2027-12-31',
    });
    expect(zero).toMatchObject({
      data: [
        { year: 2025, value: 20 },
        { year: 2026, value: 10 },
        { year: 2027, value: 0 },
      ],
    });
  });

  it('names the field at fault while the form is being filled, and is for ADMIN only', async () => {
    const path = { shape: 'ANNUAL_POINT_REDUCTION', baselineYear: 2025, baselineValue: 10, annualStep: 0.5, endYear: 2030 };
    expect(await preview({ ...path, annualStep: null })).toMatchObject({ code: 'target/step_required', field: 'annualStep' });
    expect(await preview({ ...path, annualStep: 0 })).toMatchObject({ code: 'write/out_of_range', field: 'annualStep' });
    expect(await preview({ ...path, shape: 'ANNUAL_RELATIVE_REDUCTION', annualStep: 5 })).toMatchObject({ field: 'annualStep' });
    expect(await preview({ ...path, endYear: 2025 })).toMatchObject({ code: 'target/end_before_baseline', field: 'endYear' });
    expect(await preview({ ...path, endYear: 2070 })).toMatchObject({ code: 'target/end_before_baseline', field: 'endYear' });
    expect(await preview({ ...path, baselineValue: -1 })).toMatchObject({ code: 'write/out_of_range', field: 'baselineValue' });
    expect(await preview({ ...path, shape: 'ZERO_BY_DATE', annualStep: null })).toMatchObject({
      code: 'target/due_date_required',
      field: 'dueDate',
    });
    expect(await preview({ ...path, shape: 'ZERO_BY_DATE', annualStep: 1, dueDate: '2027-01-01' })).toMatchObject({
      code: 'target/step_not_used',
      field: 'annualStep',
    });
    expect(await preview({ ...path, shape: 'ZERO_BY_DATE', annualStep: null, dueDate: '2031-01-01' })).toMatchObject({
      code: 'write/invalid',
      field: 'dueDate',
    });
    for (const role of NOT_ADMIN) expect(await preview(path, as[role])).toEqual({ errorCode: 'auth/forbidden' });
  });
});

describe('createTarget, updateTarget, deleteTarget', () => {
  it('adds a target that the Kemiskinan figures show at once, then edits and removes it', async () => {
    const created = await succeeds<Target>(app, as.admin, CREATE, { input: pointTarget() });
    expect(created).toMatchObject({ version: 0, annualStep: 0.4 });
    expect(created.path.map((p) => p.value)).toEqual([10.5, 10.1, 9.7, 9.3, 8.9]);
    const seen = await app.gql<{ region: { targets: { id: number; progress: { year: number; target: number }[] }[] } }>(
      REGION_TARGETS,
      { code: '16.71' },
      as.walikota,
    );
    expect(seen.data!.region.targets.find((t) => t.id === created.id)?.progress.map((p) => p.target)).toEqual([10.5, 10.1, 9.7, 9.3, 8.9]);

    const edited = await succeeds<Target>(app, as.admin, UPDATE, {
      input: { ...pointTarget({ annualStep: 0.5, name: 'Turun 0,5 poin per tahun' }), regionCode: undefined, id: created.id, version: 0 },
    });
    expect(edited).toMatchObject({ version: 1, name: 'Turun 0,5 poin per tahun' });
    expect(edited.path.at(-1)!.value).toBe(8.5);
    const audit = await app.db.prisma.auditLog.findFirstOrThrow({
      where: { entity: 'target', entityId: String(created.id), action: 'update' },
    });
    expect(audit.details).toMatchObject({ before: { annualStep: 0.4 }, after: { annualStep: 0.5 }, regionCode: '16.71' });

    expect(await succeeds(app, as.admin, DELETE, { id: created.id, version: 1 })).toBe(created.id);
    const after = await app.gql<{ region: { targets: { id: number }[] } }>(REGION_TARGETS, { code: '16.71' }, as.walikota);
    expect(after.data!.region.targets.some((t) => t.id === created.id)).toBe(false);
  });

  it('adds a zero-by-date target on a group of places of the same kabupaten/kota', async () => {
    const group = await app.db.prisma.regionGroup.findFirstOrThrow({ where: { regionCode: '64.74' } });
    const created = await succeeds<Target>(app, as.admin, CREATE, {
      input: {
        regionCode: '64.74',
        indicatorCode: 'EXTREME_POOR_HOUSEHOLDS',
        name: 'Nol KK miskin ekstrem di empat kelurahan prioritas',
        shape: 'ZERO_BY_DATE',
        baselineYear: 2024,
        baselineValue: 40,
        endYear: 2026,
        dueDate: '2026-12-31',
        regionGroupId: group.id,
      },
    });
    expect(created).toMatchObject({ dueDate: '2026-12-31', regionGroup: { name: group.name } });
    expect(created.path.map((p) => p.value)).toEqual([40, 20, 0]);
    // The group is now in use by a target.
    const DELETE_GROUP = `mutation ($id: Int!, $version: Int!) { deleteRegionGroup(id: $id, version: $version) { ${result('deleteRegionGroup', '')} } }`;
    expectDomainError(await mutate(app, as.admin, DELETE_GROUP, { id: group.id, version: group.version }), 'write/in_use', 'id');
  });

  it('is refused to every role but ADMIN, to an ADMIN of another kabupaten/kota, and for bad input or a stale version', async () => {
    const before = await tableCounts(app, ['target']);
    for (const role of NOT_ADMIN) expectForbidden(await mutate(app, as[role], CREATE, { input: pointTarget() }));
    expectForbidden(await mutate(app, as.adminMuba, CREATE, { input: pointTarget() }));
    const bad = async (change: Record<string, unknown>) => mutate(app, as.admin, CREATE, { input: pointTarget(change) });
    expectDomainError(await bad({ name: ' ' }), 'write/required', 'name');
    expectDomainError(await bad({ indicatorCode: 'NOPE' }), 'write/invalid', 'indicatorCode');
    expectDomainError(await bad({ annualStep: 101 }), 'write/out_of_range', 'annualStep');
    expectDomainError(await bad({ baselineYear: 1990 }), 'write/out_of_range', 'baselineYear');
    expectDomainError(await bad({ regionCode: '16.71.06' }), 'write/region_invalid', 'regionCode');
    const bontangGroup = await app.db.prisma.regionGroup.findFirstOrThrow({ where: { regionCode: '64.74' } });
    expectDomainError(await bad({ regionGroupId: bontangGroup.id }), 'write/invalid', 'regionGroupId');
    expectDomainError(
      await bad({ shape: 'ZERO_BY_DATE', annualStep: null, dueDate: '2027-12-31', regionGroupId: bontangGroup.id }),
      'write/invalid',
      'regionGroupId',
    );
    expectDomainError(
      await bad({ shape: 'ZERO_BY_DATE', annualStep: null, dueDate: '2027-12-31' }),
      'target/region_group_required',
      'regionGroupId',
    );
    expect(await tableCounts(app, ['target'])).toEqual(before);

    const existing = await app.db.prisma.target.findFirstOrThrow({ where: { regionCode: '13.74' } });
    const change = {
      id: existing.id,
      version: existing.version,
      indicatorCode: existing.indicatorCode,
      name: existing.name,
      shape: existing.shape,
      baselineYear: existing.baselineYear,
      baselineValue: existing.baselineValue,
      annualStep: existing.annualStep,
      endYear: existing.endYear,
      note: existing.note,
    };
    for (const role of NOT_ADMIN) {
      expectForbidden(await mutate(app, as[role], UPDATE, { input: change }));
      expectForbidden(await mutate(app, as[role], DELETE, { id: existing.id, version: existing.version }));
    }
    expectDomainError(await mutate(app, as.adminMuba, UPDATE, { input: change }), 'write/not_found', 'id');
    expectDomainError(await mutate(app, as.adminMuba, DELETE, { id: existing.id, version: existing.version }), 'write/not_found', 'id');
    await succeeds(app, as.admin, UPDATE, { input: { ...change, note: 'Dibaca ulang dari RPJMD' } });
    const stale = await mutate(app, as.admin, UPDATE, { input: change });
    expectDomainError(stale, 'write/stale_version', 'version');
    expectDomainError(
      await mutate(app, as.admin, DELETE, { id: existing.id, version: existing.version }),
      'write/stale_version',
      'version',
    );
  });
});
