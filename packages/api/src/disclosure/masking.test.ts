// Issue 10, point 8: no path gives a role without household access a household's personal data.
// The query asks every field of Household and of the household types under it, read from the
// schema by introspection: a field added later is asked too, and must be classified below as
// personal (masked) or not, or this test fails. Each role without access asks for households in
// and out of its area through a direct query, aliases, a fragment, the list, a cursor, recent
// verifications and the verification mutation's answer (a new path to a household fails the test
// until it is added here); every household object in an answer must have its personal fields
// masked, and no true value read from the database may appear anywhere in the raw answer.
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../modules/user/user.service.js';
import { DEMO_FISCAL_YEAR } from '../seed/demo.js';
import { createTestApp, loginAs, type TestApp } from '../test/app.js';

/** Household fields that are personal data, and the only values a masked row may give them. */
const PERSONAL: Record<string, (value: unknown) => boolean> = {
  nik: (v) => v === null,
  kkNumber: (v) => v === null,
  headName: (v) => v === null,
  address: (v) => v === null,
  rt: (v) => v === null,
  rw: (v) => v === null,
  perCapitaExpenditure: (v) => v === null,
  memberCount: (v) => v === null,
  members: (v) => Array.isArray(v) && v.length === 0,
};

/** Household fields every role that lists households may read (docs/privacy.md, Personal fields). */
const NOT_PERSONAL = new Set([
  '__typename',
  'id',
  'householdNumber',
  'kelurahan',
  'desil',
  'povertyStatus',
  'memberCountBand',
  'lacksIncome',
  'inadequateHousing',
  'foodInsecure',
  'noBasicServices',
  'dataSource',
  'dataVintage',
  'verificationState',
  'verifiedAt',
  'lifecycle',
  'graduatedYear',
  'synthetic',
  'programsReceived',
  'personalDataMasked',
  'version',
  'viewerCanVerify',
  'verifications',
]);

/** The other household types: a member is personal through and through; a verification's fields are not. */
const HOUSEHOLD_TYPES: Record<string, { personal: boolean; fields?: ReadonlySet<string> }> = {
  HouseholdMember: { personal: true },
  // Its household is a Household, masked by the rules above.
  HouseholdVerification: { personal: false, fields: new Set(['__typename', 'id', 'verifiedAt', 'outcome', 'povertyStatus', 'household']) },
};

/** Values for the arguments a field requires. */
const REQUIRED_ARGUMENTS: Record<string, string> = { year: String(DEMO_FISCAL_YEAR) };

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface IntrospectedField {
  name: string;
  args: { name: string; type: TypeRef; defaultValue: string | null }[];
  type: TypeRef;
}
interface IntrospectedType {
  name: string;
  kind: string;
  fields: IntrospectedField[] | null;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);

interface Secrets {
  id: number;
  kelurahanCode: string;
  version: number;
  povertyStatus: string;
  memberCount: number;
  /** Strings that must not appear anywhere in an answer to a role without access. */
  values: string[];
  /** Per-capita spending as a JSON value, as a number or a string: neither may appear. */
  spending: string[];
}

let app: TestApp;
const sessions: Record<string, { cookie: string }> = {};
const types = new Map<string, IntrospectedType>();
/** Every field of Household and the household types under it, as one selection set. */
let householdSelection: string;
let inCity: Secrets; // Palembang, the kelurahan operator's own kelurahan
let elsewhereInCity: Secrets; // Palembang, another kecamatan
let otherRegency: Secrets; // Musi Banyuasin

async function secretsOf(where: string, params: unknown[]): Promise<Secrets> {
  const [h] = await app.db.raw<{
    id: number;
    kelurahanCode: string;
    version: number;
    povertyStatus: string;
    memberCount: number;
    rt: string | null;
    rw: string | null;
    perCapitaExpenditure: number | null;
    nik: string | null;
    kkNumber: string | null;
    headName: string | null;
    address: string | null;
  }>(
    `SELECT h.id, h.kelurahan_code AS "kelurahanCode", h.version, h.poverty_status::text AS "povertyStatus",
            h.member_count AS "memberCount", h.rt, h.rw, h.per_capita_expenditure AS "perCapitaExpenditure",
            i.nik, i.kk_number AS "kkNumber", i.head_name AS "headName", i.address
     FROM household h JOIN household_identity i ON i.household_id = h.id
     WHERE ${where} AND h.member_count >= 2 AND h.per_capita_expenditure IS NOT NULL AND i.nik IS NOT NULL
       AND EXISTS (SELECT 1 FROM household_member m WHERE m.household_id = h.id)
     ORDER BY h.id LIMIT 1`,
    params,
  );
  if (!h) throw new Error(`no household with personal data where ${where}`);
  const members = await app.db.raw<{ nik: string; name: string; birthDate: string }>(
    `SELECT nik, name, to_char(birth_date, 'YYYY-MM-DD') AS "birthDate" FROM household_member WHERE household_id = $1`,
    [h.id],
  );
  const values = [h.nik, h.kkNumber, h.headName, h.address, ...members.flatMap((m) => [m.nik, m.name, m.birthDate])];
  return {
    id: h.id,
    kelurahanCode: h.kelurahanCode,
    version: h.version,
    povertyStatus: h.povertyStatus,
    memberCount: h.memberCount,
    values: values.filter((v): v is string => typeof v === 'string' && v.length >= 4),
    // A bare number: searched as a JSON value, so an id or a count that contains its digits is no hit.
    spending: [`:${h.perCapitaExpenditure}`, `:"${h.perCapitaExpenditure}"`],
  };
}

/**
 * The selection set of every field of `typeName`, household types in full, other types by their
 * scalars. A household type met again below itself (a verification's household) is asked by its
 * id: its fields are asked in full where it first appears, and every copy is checked the same.
 */
function selectionOf(typeName: string, path: readonly string[] = []): string {
  const type = types.get(typeName);
  if (!type?.fields) throw new Error(`introspection did not give ${typeName}`);
  const householdType = typeName === 'Household' || typeName in HOUSEHOLD_TYPES;
  const parts = ['__typename'];
  for (const field of type.fields) {
    const required = field.args.filter((a) => a.type.kind === 'NON_NULL' && a.defaultValue === null);
    const unknown = required.filter((a) => !(a.name in REQUIRED_ARGUMENTS));
    if (unknown.length > 0) {
      if (householdType)
        throw new Error(`${typeName}.${field.name} requires ${unknown.map((a) => a.name)}: add a value to REQUIRED_ARGUMENTS`);
      continue;
    }
    const args = required.length ? `(${required.map((a) => `${a.name}: ${REQUIRED_ARGUMENTS[a.name]}`).join(', ')})` : '';
    const target = named(field.type);
    if (target.kind === 'SCALAR' || target.kind === 'ENUM') parts.push(`${field.name}${args}`);
    else if (target.kind === 'OBJECT' && householdType && [...path, typeName].includes(target.name!))
      parts.push(`${field.name}${args} { __typename${types.get(target.name!)?.fields?.some((f) => f.name === 'id') ? ' id' : ''} }`);
    else if (target.kind === 'OBJECT' && householdType)
      parts.push(`${field.name}${args} { ${selectionOf(target.name!, [...path, typeName])} }`);
    else if (!householdType) continue;
    else throw new Error(`${typeName}.${field.name}: a ${target.kind} the test does not know how to ask`);
  }
  return parts.join(' ');
}

/** Every household object in an answer, with its type name, wherever it sits. */
function householdObjects(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const item of value) householdObjects(item, found);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const typename = record.__typename;
    if (typename === 'Household' || (typeof typename === 'string' && typename in HOUSEHOLD_TYPES)) found.push(record);
    for (const inner of Object.values(record)) householdObjects(inner, found);
  }
  return found;
}

/** Sends a document; returns the raw text and the parsed answer. */
async function ask(user: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await app.yoga.fetch('http://pantau.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...sessions[user] },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { text, body: JSON.parse(text) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } };
}

const cursorBefore = (id: number) => Buffer.from(`GPC:N:${id - 1}`, 'utf8').toString('base64');

/** Every way the tests ask for household `h`, each a document and its variables. */
function paths(h: Secrets): { name: string; query: string; variables?: Record<string, unknown> }[] {
  const all = householdSelection;
  const filter = { regionCode: h.kelurahanCode };
  return [
    { name: 'household(id)', query: `query ($id: Int!) { household(id: $id) { ${all} } }`, variables: { id: h.id } },
    {
      name: 'aliases',
      query: `query ($id: Int!) { a: household(id: $id) { ${all} } b: household(id: $id) { nik kkNumber headName memberCount } }`,
      variables: { id: h.id },
    },
    {
      name: 'fragment',
      query: `query ($id: Int!) { household(id: $id) { ...F } } fragment F on Household { ${all} }`,
      variables: { id: h.id },
    },
    {
      name: 'households list',
      query: `query ($f: HouseholdFilter!) { households(filter: $f, first: 20) { totalCount edges { cursor node { ${all} } } } }`,
      variables: { f: filter },
    },
    {
      name: 'households after a cursor',
      query: `query ($f: HouseholdFilter!, $after: String) { households(filter: $f, first: 1, after: $after) { edges { node { ${all} } } } }`,
      variables: { f: filter, after: cursorBefore(h.id) },
    },
    {
      name: 'recentVerifications',
      query: `query ($r: RegionCode!) { recentVerifications(regionCode: $r, first: 50) { ${selectionOf('HouseholdVerification')} } }`,
      variables: { r: h.kelurahanCode },
    },
    {
      name: 'verifyHousehold answer',
      query: `mutation ($input: VerifyHouseholdInput!) { verifyHousehold(input: $input) {
        __typename ... on MutationVerifyHouseholdSuccess { data { ${all} } } ... on DomainError { code message } } }`,
      variables: {
        input: {
          householdId: h.id,
          version: h.version,
          outcome: 'DISPUTED',
          povertyStatus: h.povertyStatus,
          lacksIncome: false,
          inadequateHousing: false,
          foodInsecure: false,
          noBasicServices: false,
        },
      },
    },
  ];
}

beforeAll(async () => {
  app = await createTestApp({ today: '2026-11-20' });
  await createUser(app.db, { username: 'admin.muba', role: 'ADMIN', regionCode: '16.06', password: 'uji-penyamaran-2026' });
  for (const user of ['admin', 'walikota', 'klaster1', 'dinsos', 'kelurahan', 'klaster1.muba', 'dinsos.muba', 'walikota.bontang']) {
    sessions[user] = await loginAs(app, user);
  }
  sessions['admin.muba'] = await loginAs(app, 'admin.muba', 'uji-penyamaran-2026');

  const typeQuery = (name: string) =>
    `{ __type(name: "${name}") { name kind fields { name args { name defaultValue type { ${TYPE_REF} } } type { ${TYPE_REF} } } } }`;
  const pending = ['Household'];
  while (pending.length) {
    const name = pending.pop()!;
    if (types.has(name)) continue;
    const { body } = await ask('admin', typeQuery(name));
    const type = (body.data as { __type: IntrospectedType | null }).__type;
    if (!type) throw new Error(`no type ${name}`);
    types.set(name, type);
    // Household types are asked in full, the types they point to (Region) by their own scalars.
    if (name !== 'Household' && !(name in HOUSEHOLD_TYPES)) continue;
    for (const field of type.fields ?? []) {
      const target = named(field.type);
      if (target.kind === 'OBJECT' && !types.has(target.name!)) pending.push(target.name!);
    }
  }
  householdSelection = selectionOf('Household');

  const [operator] = await app.db.raw<{ code: string }>(`SELECT region_code AS code FROM app_user WHERE username = 'kelurahan'`);
  inCity = await secretsOf('h.kelurahan_code = $1', [operator!.code]);
  elsewhereInCity = await secretsOf("h.kelurahan_code LIKE '16.71.%' AND h.kelurahan_code NOT LIKE $1", [`${operator!.code.slice(0, 8)}%`]);
  otherRegency = await secretsOf("h.kelurahan_code LIKE '16.06.%'", []);
  // Each has a verification, so a path through verifications would reach it.
  for (const h of [inCity, elsewhereInCity, otherRegency]) {
    await app.db.raw(
      `INSERT INTO household_verification (household_id, verified_at, outcome, poverty_status, lacks_income, inadequate_housing, food_insecure, no_basic_services)
       SELECT id, now(), 'CONFIRMED', poverty_status, lacks_income, inadequate_housing, food_insecure, no_basic_services FROM household WHERE id = $1`,
      [h.id],
    );
  }
});

/**
 * Every field of the schema that leads to a household type, outside the household types
 * themselves, and the path of paths() that asks it. A new one fails the test until it is added.
 */
const PATHS_TO_HOUSEHOLDS: Record<string, string> = {
  'Query.household': 'household(id), aliases, fragment',
  'Query.households': 'households list, households after a cursor',
  'HouseholdConnection.edges': 'households list',
  'HouseholdEdge.node': 'households list',
  'Query.recentVerifications': 'recentVerifications',
  'MutationVerifyHouseholdSuccess.data': 'verifyHousehold answer',
};

describe('every path to a household is asked', () => {
  it('each field of the schema that returns a household type is one of the paths this test takes', async () => {
    const { body } = await ask('admin', `{ __schema { types { name fields { name type { ${TYPE_REF} } } } } }`);
    const all = (body.data as { __schema: { types: { name: string; fields: { name: string; type: TypeRef }[] | null }[] } }).__schema.types;
    const householdish = (name: string) =>
      name === 'Household' || name in HOUSEHOLD_TYPES || name.startsWith('HouseholdConnection') || name === 'HouseholdEdge';
    const found = all
      .filter((type) => !type.name.startsWith('__') && type.name !== 'Household' && !(type.name in HOUSEHOLD_TYPES))
      .flatMap((type) => (type.fields ?? []).filter((f) => householdish(named(f.type).name ?? '')).map((f) => `${type.name}.${f.name}`));
    expect(
      found.filter((path) => !(path in PATHS_TO_HOUSEHOLDS)),
      'add each new path to paths() and PATHS_TO_HOUSEHOLDS',
    ).toEqual([]);
  });
});

describe('every field of Household is classified', () => {
  it('as personal (masked) or not: a new field must be added to one of the two lists', () => {
    const fields = types.get('Household')!.fields!.map((f) => f.name);
    const unclassified = fields.filter((f) => !(f in PERSONAL) && !NOT_PERSONAL.has(f));
    expect(unclassified, 'classify each new Household field in masking.test.ts (and mask it if personal)').toEqual([]);
    for (const [name, rule] of Object.entries(HOUSEHOLD_TYPES)) {
      if (!rule.fields) continue;
      const extra = types.get(name)!.fields!.filter((f) => !rule.fields!.has(f.name));
      expect(
        extra.map((f) => f.name),
        `classify each new ${name} field in masking.test.ts`,
      ).toEqual([]);
    }
    // The selection asks them all, arguments included.
    for (const field of fields) expect(householdSelection).toMatch(new RegExp(`\\b${field}\\b`));
    expect(householdSelection).toContain('members {');
    expect(householdSelection).toContain(`programsReceived(year: ${DEMO_FISCAL_YEAR})`);
  });
});

describe('roles without household access, on every path, in and out of their area', () => {
  // Who may not read which household: every role but ADMIN and the REGION_OPERATOR, everywhere;
  // the REGION_OPERATOR outside their kelurahan; an ADMIN outside their kabupaten.
  const cases: [string, string, () => Secrets][] = [];
  for (const user of ['walikota', 'klaster1', 'dinsos', 'klaster1.muba', 'dinsos.muba', 'walikota.bontang']) {
    cases.push([user, 'in Palembang', () => inCity], [user, 'in Musi Banyuasin', () => otherRegency]);
  }
  cases.push(
    ['kelurahan', 'in another kecamatan', () => elsewhereInCity],
    ['kelurahan', 'in Musi Banyuasin', () => otherRegency],
    ['admin.muba', 'in Palembang', () => inCity],
  );

  for (const [user, where, household] of cases) {
    it(`${user}: no personal value of a household ${where} in any answer`, async () => {
      const h = household();
      let refused = 0;
      for (const path of paths(h)) {
        const { text, body } = await ask(user, path.query, path.variables);
        for (const value of [...h.values, ...h.spending]) {
          expect(text.includes(value), `${user} · ${path.name}: a personal value in the answer`).toBe(false);
        }
        for (const object of householdObjects(body.data)) {
          if (object.__typename === 'HouseholdMember') throw new Error(`${user} · ${path.name}: a household member in the answer`);
          if (object.__typename !== 'Household') continue;
          expect(object.personalDataMasked, `${user} · ${path.name}`).toBe(true);
          for (const [field, masked] of Object.entries(PERSONAL)) {
            if (field in object)
              expect(masked(object[field]), `${user} · ${path.name}: ${field} = ${JSON.stringify(object[field])}`).toBe(true);
          }
        }
        if (body.errors?.some((e) => e.extensions?.code === 'auth/forbidden')) refused++;
      }
      // Not vacuous: the paths reached the API's checks (each refused, here; a masked answer would be checked above).
      expect(refused, user).toBeGreaterThanOrEqual(4);
      // The refused mutation wrote nothing.
      const [row] = await app.db.raw<{ version: number }>('SELECT version FROM household WHERE id = $1', [h.id]);
      expect(row!.version).toBe(h.version);
    });
  }
});

describe('roles with household access (the check above would see a leak)', () => {
  for (const [user, household] of [
    ['admin', () => inCity],
    ['admin', () => otherRegency],
    ['kelurahan', () => inCity],
    ['admin.muba', () => otherRegency],
  ] as const) {
    it(`${user} reads every personal value, the exact size and no band in its place`, async () => {
      const h = household();
      const { text, body } = await ask(user, paths(h)[0]!.query, paths(h)[0]!.variables);
      expect(body.errors).toBeUndefined();
      for (const value of h.values) expect(text).toContain(value);
      expect(h.spending.some((value) => text.includes(value))).toBe(true);
      const row = (body.data as { household: Record<string, unknown> }).household;
      expect(row).toMatchObject({ personalDataMasked: false, memberCount: h.memberCount });
      expect(row.memberCountBand).toBe(
        h.memberCount <= 2 ? 'ONE_TO_TWO' : h.memberCount <= 4 ? 'THREE_TO_FOUR' : h.memberCount <= 6 ? 'FIVE_TO_SIX' : 'SEVEN_OR_MORE',
      );
      expect((row.members as unknown[]).length).toBeGreaterThan(0);
      // The other read paths reach the same household, so the search above would find a leak on them too.
      for (const path of paths(h).filter((p) => ['fragment', 'households after a cursor', 'recentVerifications'].includes(p.name))) {
        const answer = await ask(user, path.query, path.variables);
        expect(answer.body.errors, path.name).toBeUndefined();
        for (const value of h.values) expect(answer.text, path.name).toContain(value);
      }
    });
  }
});
