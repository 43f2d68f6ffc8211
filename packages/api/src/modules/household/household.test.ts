// Households: who may list which, personal fields per role on every path, filters and paging.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FISCAL_YEAR } from '../../seed/demo.js';
import { createTestApp, loginAs, type TestApp } from '../../test/app.js';

let app: TestApp;
const auth: Record<string, { cookie: string }> = {};
/** The demo REGION_OPERATOR's kelurahan (the first of Ilir Timur Dua, 16.71.06). */
let ownKelurahan: string;
/** A household there that Dinas Sosial Palembang's programs reached, so every listing role can open it. */
let target: Identity;

interface Identity {
  id: number;
  kelurahanCode: string;
  rt: string;
  rw: string;
  nik: string;
  kkNumber: string;
  headName: string;
  address: string;
  members: { nik: string; name: string }[];
}

async function identity(id: number): Promise<Identity> {
  const [row] = await app.db.raw<Omit<Identity, 'members'>>(
    `SELECT h.id, h.kelurahan_code AS "kelurahanCode", h.rt, h.rw, i.nik, i.kk_number AS "kkNumber", i.head_name AS "headName", i.address
     FROM household h JOIN household_identity i ON i.household_id = h.id WHERE h.id = $1`,
    [id],
  );
  const members = await app.db.raw<{ nik: string; name: string }>(
    'SELECT nik, name FROM household_member WHERE household_id = $1 ORDER BY id',
    [id],
  );
  return { ...row!, members };
}

beforeAll(async () => {
  app = await createTestApp();
  for (const user of ['admin', 'walikota', 'klaster1', 'dinsos', 'kelurahan', 'klaster1.muba']) auth[user] = await loginAs(app, user);
  const [operator] = await app.db.raw<{ code: string }>(`SELECT region_code AS code FROM app_user WHERE username = 'kelurahan'`);
  ownKelurahan = operator!.code;
  const [row] = await app.db.raw<{ id: number }>(
    `SELECT h.id FROM household h
     WHERE h.kelurahan_code = $1 AND h.member_count >= 2 AND EXISTS (
       SELECT 1 FROM benefit b JOIN program p ON p.id = b.program_id JOIN app_user u ON u.opd_id = p.opd_id
       WHERE b.household_id = h.id AND u.username = 'dinsos')
     ORDER BY h.id LIMIT 1`,
    [ownKelurahan],
  );
  target = await identity(row!.id);
});

const PERSONAL = 'personalDataMasked nik kkNumber headName address members { name nik relationship sex birthDate }';
const HOUSEHOLD = `query ($id: Int!) { household(id: $id) { id householdNumber kelurahan { code } rt rw ${PERSONAL} } }`;
const LIST = `query ($f: HouseholdFilter!, $first: Int, $after: String) {
  households(filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id householdNumber rt rw ${PERSONAL} } }
  }
}`;

interface HouseholdNode {
  id: number;
  rt: string;
  rw: string;
  personalDataMasked: boolean;
  nik: string | null;
  kkNumber: string | null;
  headName: string | null;
  address: string | null;
  members: { name: string; nik: string }[];
}
interface ListData {
  households: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: HouseholdNode }[];
  };
}

const list = (user: string, filter: Record<string, unknown>, first = 500, after?: string) =>
  app.gql<ListData>(LIST, { f: filter, first, after }, auth[user]);

/** Every personal string of a household, for "never appears anywhere in the response". */
const secrets = (h: Identity) => [h.nik, h.kkNumber, h.headName, h.address, ...h.members.flatMap((m) => [m.nik, m.name])];

function expectUnmasked(node: HouseholdNode, h: Identity) {
  expect(node).toMatchObject({ personalDataMasked: false, nik: h.nik, kkNumber: h.kkNumber, headName: h.headName, address: h.address });
  expect(node.members.map((m) => ({ nik: m.nik, name: m.name }))).toEqual(h.members);
}

describe('households: personal fields by role, on every path', () => {
  it('ADMIN and the kelurahan’s REGION_OPERATOR read them; every other role is refused, on every path', async () => {
    for (const user of ['admin', 'kelurahan', 'klaster1', 'dinsos', 'walikota']) {
      const one = await app.gql<{ household: HouseholdNode }>(HOUSEHOLD, { id: target.id }, auth[user]);
      const many = await list(user, { regionCode: ownKelurahan, programId: null });
      if (user !== 'admin' && user !== 'kelurahan') {
        // A masked list would still show how many there are, and each one's RT, size and spending.
        expect(one.data, user).toEqual({ household: null });
        expect(many.data, user).toBeNull();
        for (const response of [one, many]) {
          expect(response.errors?.[0], user).toMatchObject({
            message: 'Your role sees households as counts only (small counts hidden), not as a list',
            extensions: { code: 'auth/forbidden' },
          });
          for (const secret of secrets(target)) expect(JSON.stringify(response)).not.toContain(secret);
        }
        continue;
      }
      expect(one.errors, user).toBeUndefined();
      expect(many.errors, user).toBeUndefined();
      const listed = many.data!.households.edges.find((e) => e.node.id === target.id)?.node;
      expect(listed, `${user} lists the household`).toBeDefined();
      for (const node of [one.data!.household, listed!]) expectUnmasked(node, target);
    }
  });

  it('an ADMIN limited to a region reads personal data there and cannot open households elsewhere', async () => {
    await app.db.raw(
      `INSERT INTO app_user (username, display_name, password_hash, role, region_code)
       SELECT 'admin.bontang', 'Sekretariat TKPKD Bontang', password_hash, 'ADMIN', '64.74' FROM app_user WHERE username = 'admin'`,
    );
    const bontang = await loginAs(app, 'admin.bontang');
    const own = await app.gql<ListData>(LIST, { f: { regionCode: '64.74.01' }, first: 3 }, bontang);
    expect(own.data!.households.edges).toHaveLength(3);
    expect(own.data!.households.edges.every((e) => !e.node.personalDataMasked && e.node.nik?.length === 16)).toBe(true);
    const elsewhere = await app.gql<{ household: null }>(HOUSEHOLD, { id: target.id }, bontang);
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('auth/forbidden');
    for (const secret of secrets(target)) expect(JSON.stringify(elsewhere)).not.toContain(secret);
    expect((await app.gql(LIST, { f: { regionCode: '16.71' } }, bontang)).errors?.[0]?.extensions?.code).toBe('auth/forbidden');
  });
});

describe('households: which rows each role may list', () => {
  const total = async (user: string, filter: Record<string, unknown>) => {
    const { data, errors } = await app.gql<{ households: { totalCount: number } }>(
      'query ($f: HouseholdFilter!) { households(filter: $f) { totalCount } }',
      { f: filter },
      auth[user],
    );
    expect(errors, user).toBeUndefined();
    return data!.households.totalCount;
  };
  const sqlCount = async (where: string, params: unknown[]) =>
    (await app.db.raw<{ n: number }>(`SELECT COUNT(*)::int AS n FROM household h WHERE ${where}`, params))[0]!.n;

  it('REGION_OPERATOR: own kelurahan only, even when asking for the city; refused another kelurahan', async () => {
    expect(await total('kelurahan', { regionCode: '16.71' })).toBe(await sqlCount('h.kelurahan_code = $1', [ownKelurahan]));
    const [neighbour] = await app.db.raw<{ code: string; id: number }>(
      `SELECT h.kelurahan_code AS code, MIN(h.id) AS id FROM household h
       WHERE h.kelurahan_code LIKE $1 AND h.kelurahan_code <> $2 GROUP BY 1 ORDER BY 1 LIMIT 1`,
      [`${ownKelurahan.slice(0, 8)}.%`, ownKelurahan],
    );
    const other = await list('kelurahan', { regionCode: neighbour!.code }, 5);
    expect(other.data).toBeNull();
    expect(other.errors?.[0]).toMatchObject({
      message: `Region ${neighbour!.code} is outside your area (${ownKelurahan})`,
      extensions: { code: 'auth/forbidden' },
    });
    const direct = await app.gql(HOUSEHOLD, { id: neighbour!.id }, auth.kelurahan);
    expect(direct.data).toEqual({ household: null });
    expect(direct.errors?.[0]).toMatchObject({
      message: `Household ${neighbour!.id} is outside the households you may list`,
      extensions: { code: 'auth/forbidden' },
    });
    const secretsOfNeighbour = secrets(await identity(neighbour!.id));
    for (const secret of secretsOfNeighbour) expect(JSON.stringify(direct)).not.toContain(secret);
  });

  it('CLUSTER_HEAD and OPD_OPERATOR: refused, in their own kabupaten/kota too; anonymous too', async () => {
    for (const user of ['klaster1', 'dinsos'])
      expect((await list(user, { regionCode: '16.71' }, 1)).errors?.[0]?.extensions?.code, user).toBe('auth/forbidden');
    const anonymous = await app.gql(LIST, { f: { regionCode: '16.71' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('auth/forbidden');
  });
});

describe('households: filters and paging', () => {
  const total = async (filter: Record<string, unknown>) => {
    const { data, errors } = await app.gql<{ households: { totalCount: number } }>(
      'query ($f: HouseholdFilter!) { households(filter: $f) { totalCount } }',
      { f: filter },
      auth.admin,
    );
    expect(errors).toBeUndefined();
    return data!.households.totalCount;
  };
  const sqlCount = async (where: string, params: unknown[] = []) =>
    (
      await app.db.raw<{ n: number }>(
        `SELECT COUNT(*)::int AS n FROM household h WHERE h.kelurahan_code LIKE '16.71.06.%' AND ${where}`,
        params,
      )
    )[0]!.n;

  it('status, desil, lifecycle and verification state match a direct count', async () => {
    const region = '16.71.06';
    expect(await total({ regionCode: region, povertyStatus: 'EXTREME' })).toBe(await sqlCount(`h.poverty_status = 'EXTREME'`));
    expect(await total({ regionCode: region, desil: [2, 3] })).toBe(await sqlCount('h.desil IN (2, 3)'));
    expect(await total({ regionCode: region, desil: [] })).toBe(await sqlCount('true'));
    expect(await total({ regionCode: region, lifecycle: 'GRADUATED' })).toBe(await sqlCount(`h.lifecycle = 'GRADUATED'`));
    expect(await total({ regionCode: region, verificationState: 'DISPUTED', povertyStatus: 'POOR' })).toBe(
      await sqlCount(`h.verification_state = 'DISPUTED' AND h.poverty_status = 'POOR'`),
    );
    expect(await total({ regionCode: region, reach: 'NONE' })).toBe(
      await sqlCount('NOT EXISTS (SELECT 1 FROM benefit b WHERE b.household_id = h.id AND b.fiscal_year = $1)', [DEMO_FISCAL_YEAR]),
    );
    expect(await total({ regionCode: region, year: DEMO_FISCAL_YEAR - 1, reach: 'ANY' })).toBe(0);
  });

  it('programsReceived lists the programs of the year by name', async () => {
    const { data } = await app.gql<{ household: { programsReceived: string[] } }>(
      `query ($id: Int!, $year: Int!) { household(id: $id) { programsReceived(year: $year) } }`,
      { id: target.id, year: DEMO_FISCAL_YEAR },
      auth.admin,
    );
    const expected = await app.db.raw<{ name: string }>(
      'SELECT DISTINCT p.name, p.code FROM benefit b JOIN program p ON p.id = b.program_id WHERE b.household_id = $1 AND b.fiscal_year = $2 ORDER BY p.code',
      [target.id, DEMO_FISCAL_YEAR],
    );
    expect(data!.household.programsReceived).toEqual(expected.map((p) => p.name));
    expect(expected.length).toBeGreaterThan(0);
  });

  // A kecamatan's list is ordered by id; a kelurahan's by (kelurahan, id) through the region index,
  // which within one kelurahan is the same order.
  it.each([
    ['16.71.06', 20],
    ['16.71.06.1005', 5],
  ])('pages through a list of %s with first/after: every household once, in id order', async (regionCode, pageSize) => {
    const filter = { regionCode, eligibleUnreached: true };
    const ids: number[] = [];
    let after: string | undefined;
    for (let page = 0; page < 200; page++) {
      const { data, errors } = await list('admin', filter, pageSize, after);
      expect(errors).toBeUndefined();
      ids.push(...data!.households.edges.map((e) => e.node.id));
      if (!data!.households.pageInfo.hasNextPage) break;
      after = data!.households.pageInfo.endCursor!;
    }
    const expected = await app.db.raw<{ id: number }>(
      `SELECT h.id FROM household h WHERE (h.kelurahan_code = $2 OR h.kelurahan_code LIKE $2 || '.%') AND h.lifecycle = 'ACTIVE'
         AND (h.poverty_status = 'EXTREME' OR h.desil = 1)
         AND NOT EXISTS (SELECT 1 FROM benefit b WHERE b.household_id = h.id AND b.fiscal_year = $1) ORDER BY h.id`,
      [DEMO_FISCAL_YEAR, regionCode],
    );
    expect(expected.length).toBeGreaterThan(pageSize * 2);
    expect(ids).toEqual(expected.map((r) => r.id));
  });

  it('refuses bad input with messages that name the argument', async () => {
    const errorOf = async (filter: Record<string, unknown>, first?: number) => {
      const { data, errors } = await list('admin', filter, first as number);
      expect(data ?? null).toBeNull();
      return errors?.[0];
    };
    expect(await errorOf({ regionCode: '99.99' })).toMatchObject({
      message: 'Unknown region code "99.99": expected a Kemendagri code such as 16.71.06.1005',
      extensions: { code: 'region/not_found', field: 'filter.regionCode' },
    });
    // A LIKE wildcard is not a region code: the RegionCode scalar refuses it before any SQL.
    expect(await errorOf({ regionCode: '16.71%' })).toMatchObject({ extensions: { code: 'input/invalid' } });
    expect(await errorOf({ regionCode: '16.71', desil: [1, 11] })).toMatchObject({
      message: 'filter.desil must hold deciles 1–10, got 11',
      extensions: { code: 'input/invalid', field: 'filter.desil' },
    });
    expect(await errorOf({ regionCode: '16.71' }, -1)).toMatchObject({ message: 'Argument "first" must be a non-negative integer' });
    expect(await errorOf({ regionCode: '16.71' }, 501)).toMatchObject({
      message: 'first must be at most 500 households per page, got 501',
      extensions: { code: 'input/invalid', field: 'first' },
    });
    expect(await errorOf({ regionCode: '16.71', year: 1999, reach: 'ANY' })).toMatchObject({
      extensions: { code: 'input/invalid', field: 'filter.year' },
    });
    expect(await errorOf({ regionCode: '16.71', notEligibleForProgram: 999_999 })).toMatchObject({
      message: 'No program with id 999999',
      extensions: { code: 'household/program_not_found', field: 'filter.notEligibleForProgram' },
    });
    // totalCount alone goes through the same checks.
    const countOnly = await app.gql('{ households(filter: { regionCode: "16.71", desil: [0] }) { totalCount } }', {}, auth.admin);
    expect(countOnly.errors?.[0]?.extensions?.code).toBe('input/invalid');
    const nothing = await app.gql<{ household: null }>(HOUSEHOLD, { id: 999_999_999 }, auth.admin);
    expect(nothing).toEqual({ data: { household: null } });
  });
});
