// Household verification through GraphQL on the seeded demo: the kelurahan operator graduates an
// extreme-poor household and the kelurahan's count drops in the same transaction (the narrow
// rollup refresh agrees with a full one); every refusal (wrong role, wrong kelurahan, bad input,
// stale version) stores nothing; the audit log never holds personal data.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from '../../test/app.js';
import { type Auth, expectDomainError, expectForbidden, mutate, result, succeeds, tableCounts } from '../../test/writes.js';
import { refreshHouseholdRollup, refreshProgramReachRollup, runnerFromRaw } from '../rollup/rollup.service.js';

const TODAY = '2026-11-20';
let app: TestApp;
const as: Record<string, Auth> = {};
let kelurahan: string;

beforeAll(async () => {
  app = await createTestApp({ today: TODAY });
  for (const user of ['admin', 'walikota', 'klaster1', 'dinsos', 'kelurahan']) as[user] = await loginAs(app, user);
  const [row] = await app.db.raw<{ region_code: string }>(`SELECT region_code FROM app_user WHERE username = 'kelurahan'`);
  kelurahan = row!.region_code;
});

const HOUSEHOLD =
  '{ id version povertyStatus lifecycle verificationState graduatedYear lacksIncome inadequateHousing foodInsecure noBasicServices viewerCanVerify verifications { outcome povertyStatus } }';
const VERIFY = `mutation ($input: VerifyHouseholdInput!) { verifyHousehold(input: $input) { ${result('verifyHousehold', HOUSEHOLD)} } }`;

interface Household {
  id: number;
  version: number;
  povertyStatus: string;
  lifecycle: string;
  verificationState: string;
  graduatedYear: number | null;
  lacksIncome: boolean;
  inadequateHousing: boolean;
  foodInsecure: boolean;
  noBasicServices: boolean;
  viewerCanVerify: boolean;
  verifications: { outcome: string; povertyStatus: string }[];
}

/** An active household of the operator's kelurahan (or another), with a benefit this year when asked. */
async function pick(where: string, code = kelurahan): Promise<Household> {
  const [row] = await app.db.raw<{ id: number }>(
    `SELECT h.id FROM household h WHERE h.kelurahan_code = $1 AND h.lifecycle = 'ACTIVE' AND ${where} ORDER BY h.id LIMIT 1`,
    [code],
  );
  const { data } = await app.gql<{ household: Household }>(
    `query ($id: Int!) { household(id: $id) ${HOUSEHOLD} }`,
    { id: row!.id },
    as.admin,
  );
  return data!.household;
}

const visit = (h: Household, extra: Record<string, unknown> = {}) => ({
  input: {
    householdId: h.id,
    version: h.version,
    outcome: 'CONFIRMED',
    povertyStatus: h.povertyStatus,
    lacksIncome: h.lacksIncome,
    inadequateHousing: h.inadequateHousing,
    foodInsecure: h.foodInsecure,
    noBasicServices: h.noBasicServices,
    ...extra,
  },
});

const extremePoor = async (code: string) => {
  const { data } = await app.gql<{ region: { extremePoorHouseholds: number } }>(
    'query ($code: RegionCode!) { region(code: $code) { extremePoorHouseholds } }',
    { code },
    as.admin,
  );
  return data!.region.extremePoorHouseholds;
};

/** The rollups of the kabupaten/kota as stored, to compare with a full recompute. */
async function rollups() {
  const [row] = await app.db.raw<{ households: string; reach: string }>(
    `SELECT (SELECT json_agg(r ORDER BY r.kelurahan_code, r.poverty_status, r.desil, r.lifecycle, r.verification_state)::text
             FROM household_rollup r WHERE r.kelurahan_code LIKE '16.71.%') AS households,
            (SELECT json_agg(r ORDER BY r.program_id, r.kelurahan_code, r.poverty_status, r.desil)::text
             FROM program_reach_rollup r JOIN program p ON p.id = r.program_id WHERE p.region_code = '16.71' AND p.fiscal_year = 2026) AS reach`,
  );
  return row!;
}

const TABLES = ['household', 'household_verification', 'household_rollup', 'program_reach_rollup'] as const;

async function refusedWith(auth: Auth, variables: Record<string, unknown>, code: string, field?: string | null) {
  const before = await tableCounts(app, TABLES);
  const id = (variables.input as { householdId: number }).householdId;
  const [snapshot] = await app.db.raw<{ row: string }>('SELECT row_to_json(h)::text AS row FROM household h WHERE id = $1', [id]);
  const outcome = await mutate(app, auth, VERIFY, variables);
  if (code === 'auth/forbidden') expectForbidden(outcome);
  else expectDomainError(outcome, code, field);
  expect(await tableCounts(app, TABLES), `${code}: nothing stored`).toEqual(before);
  const [after] = await app.db.raw<{ row: string }>('SELECT row_to_json(h)::text AS row FROM household h WHERE id = $1', [id]);
  expect(after?.row, `${code}: the household is as it was`).toBe(snapshot?.row);
  return outcome;
}

describe('verifying households', () => {
  it('graduating an extreme-poor household lowers its kelurahan’s count at once, and the rollups agree with a full refresh', async () => {
    const household = await pick(
      `h.poverty_status = 'EXTREME' AND EXISTS (SELECT 1 FROM benefit b WHERE b.household_id = h.id AND b.fiscal_year = 2026)`,
    );
    expect(household.viewerCanVerify).toBe(false); // the admin reads it; only the kelurahan operator verifies
    const before = { kelurahan: await extremePoor(kelurahan), kecamatan: await extremePoor(kelurahan.slice(0, 8)) };

    const graduated = await succeeds<Household>(
      app,
      as.kelurahan,
      VERIFY,
      visit(household, { outcome: 'GRADUATED', povertyStatus: 'VULNERABLE', lacksIncome: false, note: 'Usaha warung berjalan' }),
    );
    expect(graduated).toMatchObject({
      lifecycle: 'GRADUATED',
      povertyStatus: 'VULNERABLE',
      verificationState: 'VERIFIED',
      graduatedYear: 2026,
      version: household.version + 1,
      viewerCanVerify: true,
      verifications: [{ outcome: 'GRADUATED', povertyStatus: 'VULNERABLE' }],
    });
    expect(await extremePoor(kelurahan)).toBe(before.kelurahan - 1);
    expect(await extremePoor(kelurahan.slice(0, 8))).toBe(before.kecamatan - 1);

    // The narrow refresh (one kelurahan) left the rollups as a full recompute makes them.
    const narrow = await rollups();
    await refreshHouseholdRollup(runnerFromRaw(app.db.raw), 2026, '16.71');
    await refreshProgramReachRollup(runnerFromRaw(app.db.raw), 2026, '16.71');
    expect(await rollups()).toEqual(narrow);

    // Audited without personal data: no NIK, name, address or the visit's note.
    const [identity] = await app.db.raw<{ nik: string | null; head_name: string | null; address: string | null }>(
      'SELECT nik, head_name, address FROM household_identity WHERE household_id = $1',
      [household.id],
    );
    const [log] = await app.db.raw<{
      action: string;
      details: { before: { lifecycle: string }; after: { lifecycle: string }; regionCode: string };
    }>(`SELECT action, details FROM audit_log WHERE entity = 'household' AND entity_id = $1`, [String(household.id)]);
    expect(log).toMatchObject({
      action: 'verify:GRADUATED',
      details: { before: { lifecycle: 'ACTIVE' }, after: { lifecycle: 'GRADUATED' }, regionCode: kelurahan },
    });
    const text = JSON.stringify(log);
    for (const secret of [identity?.nik, identity?.head_name, identity?.address, 'Usaha warung'].filter(Boolean))
      expect(text).not.toContain(secret);
  });

  it('confirms, corrects, disputes, and brings a household back', async () => {
    const household = await pick(`h.poverty_status = 'POOR'`);
    const confirmed = await succeeds<Household>(app, as.kelurahan, VERIFY, visit(household));
    expect(confirmed).toMatchObject({ verificationState: 'VERIFIED', lifecycle: 'ACTIVE', povertyStatus: 'POOR' });
    const corrected = await succeeds<Household>(
      app,
      as.kelurahan,
      VERIFY,
      visit(confirmed, { outcome: 'CORRECTED', povertyStatus: 'EXTREME', foodInsecure: !confirmed.foodInsecure }),
    );
    expect(corrected).toMatchObject({ povertyStatus: 'EXTREME', foodInsecure: !confirmed.foodInsecure });
    const moved = await succeeds<Household>(app, as.kelurahan, VERIFY, visit(corrected, { outcome: 'MOVED' }));
    expect(moved).toMatchObject({ lifecycle: 'MOVED', graduatedYear: null });
    const disputed = await succeeds<Household>(app, as.kelurahan, VERIFY, visit(moved, { outcome: 'DISPUTED' }));
    expect(disputed).toMatchObject({ lifecycle: 'MOVED', verificationState: 'DISPUTED' });
    // A mistaken "moved": the next visit confirms the household is still there.
    const back = await succeeds<Household>(app, as.kelurahan, VERIFY, visit(disputed));
    expect(back).toMatchObject({ lifecycle: 'ACTIVE', verificationState: 'VERIFIED', version: household.version + 5 });
    expect(back.verifications.map((v) => v.outcome)).toEqual(['CONFIRMED', 'DISPUTED', 'MOVED', 'CORRECTED', 'CONFIRMED']);
  });
});

describe('refusals', () => {
  let household: Household;
  beforeAll(async () => {
    household = await pick(`h.poverty_status = 'EXTREME'`);
  });

  it('wrong role: only the kelurahan operator verifies, not the secretariat, the mayor, a cluster head or an OPD', async () => {
    for (const user of ['admin', 'walikota', 'klaster1', 'dinsos']) await refusedWith(as[user]!, visit(household), 'auth/forbidden');
    expect(await mutate(app, undefined, VERIFY, visit(household))).toMatchObject({ errorCode: 'auth/unauthenticated' });
  });

  it('wrong scope: a household of another kelurahan', async () => {
    const [other] = await app.db.raw<{ code: string }>(
      `SELECT kelurahan_code AS code FROM household WHERE kelurahan_code LIKE '16.71.%' AND kelurahan_code <> $1 LIMIT 1`,
      [kelurahan],
    );
    const outside = await pick('true', other!.code);
    const outcome = await refusedWith(as.kelurahan!, visit(outside), 'auth/forbidden');
    expect(JSON.stringify(outcome)).not.toMatch(/\d{16}/);
  });

  it('bad input, each beside its field', async () => {
    await refusedWith(as.kelurahan!, visit(household, { povertyStatus: 'POOR' }), 'household/confirmed_with_changes', 'outcome');
    await refusedWith(
      as.kelurahan!,
      visit(household, { lacksIncome: !household.lacksIncome }),
      'household/confirmed_with_changes',
      'outcome',
    );
    await refusedWith(as.kelurahan!, visit(household, { outcome: 'CORRECTED' }), 'household/nothing_corrected', 'outcome');
    await refusedWith(as.kelurahan!, visit(household, { outcome: 'GRADUATED' }), 'household/graduated_still_poor', 'povertyStatus');
    await refusedWith(
      as.kelurahan!,
      visit(household, { outcome: 'GRADUATED', povertyStatus: 'POOR' }),
      'household/graduated_still_poor',
      'povertyStatus',
    );
    await refusedWith(as.kelurahan!, visit(household, { note: 'x'.repeat(501) }), 'write/too_long', 'note');
    await refusedWith(as.kelurahan!, visit({ ...household, id: 99_999_999 }), 'write/not_found', 'householdId');
    const { errors } = await app.gql(VERIFY, visit(household, { outcome: 'LEFT' }), as.kelurahan);
    expect(errors?.[0]?.message).toMatch(/LEFT/);
  });

  it('stale version: the second of two visits recorded from the same form is refused with who and when', async () => {
    await succeeds(app, as.kelurahan, VERIFY, visit(household));
    const stale = await refusedWith(as.kelurahan!, visit(household, { outcome: 'DECEASED' }), 'write/stale_version', 'version');
    expect(stale.changedBy).toBe('Operator Kelurahan (Ilir Timur Dua) (kelurahan)');
  });
});
