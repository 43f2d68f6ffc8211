// The OPD monthly progress report through GraphQL, on a real seeded database: the flow from draft
// to approval and the dashboards seeing the figure at once, every bad input refused with its code
// and field and nothing stored, who may do what, and approval being all or nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from '../../test/app.js';
import { budgetMonth } from '../budget/budget.service.js';

type Auth = { cookie: string };
let app: TestApp;
const as: Record<string, Auth> = {};
const program: Record<'sembako' | 'blt' | 'pbi' | 'rtlh' | 'muba', { id: number; pagu: bigint; clusterId: number }> = {} as never;

beforeAll(async () => {
  app = await createTestApp();
  for (const user of ['admin', 'walikota', 'klaster1', 'dinsos', 'kelurahan', 'klaster1.muba', 'dinsos.muba'])
    as[user] = await loginAs(app, user);
  const rows = await app.db.raw<{ id: number; code: string; region_code: string; pagu: string; cluster_id: number }>(
    `SELECT id, code, region_code, pagu::text AS pagu, cluster_id FROM program
     WHERE (region_code = '16.71' AND code IN ('K1-SEMBAKO-2026', 'K1-BLT-2026', 'K1-PBI-2026', 'K4-RTLH-2026'))
        OR (region_code = '16.06' AND code = 'K1-SEMBAKO-2026')`,
  );
  const find = (region: string, code: string) => {
    const r = rows.find((x) => x.region_code === region && x.code === code)!;
    return { id: r.id, pagu: BigInt(r.pagu), clusterId: r.cluster_id };
  };
  program.sembako = find('16.71', 'K1-SEMBAKO-2026');
  program.blt = find('16.71', 'K1-BLT-2026');
  program.pbi = find('16.71', 'K1-PBI-2026');
  program.rtlh = find('16.71', 'K4-RTLH-2026');
  program.muba = find('16.06', 'K1-SEMBAKO-2026');
});

// ───────────────────────────── helpers ─────────────────────────────

const REPORT =
  'id status month realisasi outputCumulative beneficiariesCumulative problems solutions submittedAt reviewedAt reviewComment fiscalYear program { code }';
const RESULT = (name: string) =>
  `__typename ... on DomainError { code field message } ... on Mutation${name}Success { data { ${REPORT} } }`;

const SAVE = `mutation ($input: SaveReportDraftInput!) { saveReportDraft(input: $input) { ${RESULT('SaveReportDraft')} } }`;
const SUBMIT = `mutation ($id: Int!) { submitReport(id: $id) { ${RESULT('SubmitReport')} } }`;
const APPROVE = `mutation ($id: Int!, $comment: String) { approveReport(id: $id, comment: $comment) { ${RESULT('ApproveReport')} } }`;
const RETURN = `mutation ($id: Int!, $comment: String!) { returnReport(id: $id, comment: $comment) { ${RESULT('ReturnReport')} } }`;

interface Report {
  id: number;
  status: string;
  month: number;
  realisasi: number;
  outputCumulative: number;
  beneficiariesCumulative: number;
  problems: string | null;
  solutions: string | null;
  submittedAt: string | null;
  reviewedAt: string | null;
  reviewComment: string | null;
  fiscalYear: number;
  program: { code: string };
}
type Outcome = { __typename: string; code?: string; field?: string | null; message?: string; data?: Report };

async function mutate(query: string, variables: Record<string, unknown>, auth: Auth): Promise<Outcome> {
  const { data, errors } = await app.gql<Record<string, Outcome>>(query, variables, auth);
  expect(errors).toBeUndefined();
  return Object.values(data!)[0]!;
}
async function ok(query: string, variables: Record<string, unknown>, auth: Auth): Promise<Report> {
  const result = await mutate(query, variables, auth);
  expect(result.__typename, JSON.stringify(result)).toMatch(/Success$/);
  return result.data!;
}

// Output and beneficiaries are cumulative: above any month the demo approved, so only the tests of
// that rule meet it.
const CUMULATIVE = 100_000;
const draft = (p: { id: number }, month: number, realisasi: bigint | number, extra: Record<string, unknown> = {}) => ({
  input: {
    programId: p.id,
    month,
    realisasi: Number(realisasi),
    outputCumulative: CUMULATIVE,
    beneficiariesCumulative: CUMULATIVE,
    ...extra,
  },
});

/** Everything a refused write could have touched: the program's reports and rollup, and the audit log. */
async function snapshot(programId: number) {
  const [row] = await app.db.raw<Record<string, unknown>>(
    `SELECT (SELECT COALESCE(json_agg(r ORDER BY r.id), '[]')::text FROM progress_report r WHERE r.program_id = $1) AS reports,
            (SELECT COALESCE(json_agg(b ORDER BY b.month), '[]')::text FROM budget_rollup b WHERE b.program_id = $1) AS rollup,
            (SELECT COUNT(*)::int FROM audit_log) AS audits`,
    [programId],
  );
  return row;
}

async function refused(
  query: string,
  variables: Record<string, unknown>,
  auth: Auth,
  programId: number,
  code: string,
  field: string | null,
) {
  const before = await snapshot(programId);
  const result = await mutate(query, variables, auth);
  expect(result, JSON.stringify(variables)).toMatchObject({ __typename: 'DomainError', code, field });
  expect(result.message).not.toMatch(/prisma|select|insert|update/i);
  expect(await snapshot(programId), `${code}: nothing stored`).toEqual(before);
}

async function approvedBefore(programId: number, month: number): Promise<bigint> {
  const [row] = await app.db.raw<{ realisasi: string | null }>(
    `SELECT MAX(realisasi)::text AS realisasi FROM progress_report WHERE program_id = $1 AND status = 'APPROVED' AND month < $2`,
    [programId, month],
  );
  return BigInt(row?.realisasi ?? 0);
}

const BUDGET = `query ($month: Int) { budget(regionCode: "16.71", year: 2026, month: $month, groupBy: PROGRAM) { month realisasi program { id } } }`;
async function budgetOf(programId: number, month?: number) {
  const { data, errors } = await app.gql<{ budget: { month: number; realisasi: number; program: { id: number } }[] }>(
    BUDGET,
    month ? { month } : {},
    as.admin!,
  );
  expect(errors).toBeUndefined();
  return data!.budget.find((r) => r.program.id === programId)!;
}
const CURVE = '{ budgetCurve(regionCode: "16.71", year: 2026) { month realised reported reportedPrograms } }';
async function curve() {
  const { data } = await app.gql<{ budgetCurve: { month: number; realised: number; reported: boolean; reportedPrograms: number }[] }>(
    CURVE,
    {},
    as.admin!,
  );
  return data!.budgetCurve;
}

// ───────────────────────────── the flow ─────────────────────────────

describe('the monthly report, end to end', () => {
  it('Dinas Sosial saves and submits November, klaster 1 approves, and the budget shows it at once', async () => {
    const p = program.sembako;
    const previous = await approvedBefore(p.id, 11);
    const realisasi = previous + ((p.pagu - previous) / 2n / 1000n) * 1000n;
    expect(realisasi).toBeGreaterThan(previous);
    const curveBefore = await curve();
    expect(await budgetOf(p.id, 11)).toMatchObject({ month: 11, realisasi: Number(previous) });

    const saved = await ok(
      SAVE,
      draft(p, 11, realisasi, { problems: '  Pencairan tahap III menunggu SP2D ', outputCumulative: CUMULATIVE - 20 }),
      as.dinsos!,
    );
    expect(saved).toMatchObject({
      status: 'DRAFT',
      month: 11,
      fiscalYear: 2026,
      realisasi: Number(realisasi),
      problems: 'Pencairan tahap III menunggu SP2D',
    });
    const updated = await ok(
      SAVE,
      draft(p, 11, realisasi, { outputCumulative: CUMULATIVE - 10, solutions: 'Koordinasi dengan BPKAD' }),
      as.dinsos!,
    );
    expect(updated).toMatchObject({
      id: saved.id,
      status: 'DRAFT',
      outputCumulative: CUMULATIVE - 10,
      problems: null,
      solutions: 'Koordinasi dengan BPKAD',
    });
    // A draft is not a figure yet.
    expect((await budgetOf(p.id, 11)).realisasi).toBe(Number(previous));

    const submitted = await ok(SUBMIT, { id: saved.id }, as.dinsos!);
    expect(submitted.status).toBe('SUBMITTED');
    expect(submitted.submittedAt).not.toBeNull();
    const queue = async (auth: Auth) =>
      (await app.gql<{ reviewQueue: { id: number }[] }>('{ reviewQueue(regionCode: "16.71") { id } }', {}, auth)).data!.reviewQueue.map(
        (r) => r.id,
      );
    expect(await queue(as.klaster1!)).toContain(saved.id);
    expect(await queue(as.admin!)).toContain(saved.id);
    expect(await queue(as.dinsos!)).toEqual([]);
    expect(await queue(as.walikota!)).toEqual([]);
    expect((await budgetOf(p.id, 11)).realisasi).toBe(Number(previous));

    const approved = await ok(APPROVE, { id: saved.id }, as.klaster1!);
    expect(approved).toMatchObject({ status: 'APPROVED', realisasi: Number(realisasi), reviewComment: null });
    expect(approved.reviewedAt).not.toBeNull();
    expect(await queue(as.klaster1!)).not.toContain(saved.id);

    // The very next reads show it: the month, the curve, the outcomes. The default month stays the
    // budget month (the one whose reports are due today, October on the demo's 20 November): one
    // early approval does not move every figure onto November (issue 8).
    expect(await budgetOf(p.id, 11)).toMatchObject({ month: 11, realisasi: Number(realisasi) });
    const due = budgetMonth(2026, app.clock.today());
    const atDue = Number(due >= 11 ? realisasi : previous);
    expect(await budgetOf(p.id)).toMatchObject({ month: due, realisasi: atDue });
    const curveAfter = await curve();
    const delta = Number(realisasi - previous);
    expect(curveAfter[10]).toMatchObject({ month: 11, realised: curveBefore[10]!.realised + delta, reported: true, reportedPrograms: 1 });
    expect(curveAfter[11]!.realised).toBe(curveBefore[11]!.realised + delta);
    expect(curveAfter[9]).toEqual(curveBefore[9]);
    const { data } = await app.gql<{ programOutcomes: { month: number; programs: { program: { id: number }; realisasi: number }[] } }>(
      '{ programOutcomes(regionCode: "16.71", year: 2026) { month programs { program { id } realisasi } } }',
      {},
      as.admin!,
    );
    expect(data!.programOutcomes.month).toBe(due);
    expect(data!.programOutcomes.programs.find((o) => o.program.id === p.id)?.realisasi).toBe(atDue);

    // Every step audited, with figures and states only: no free text, no personal data.
    const audit = await app.db.prisma.auditLog.findMany({
      where: { entity: 'progress_report', entityId: String(saved.id) },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((a) => a.action)).toEqual(['report.create_draft', 'report.update_draft', 'report.submit', 'report.approve']);
    for (const entry of audit) {
      expect(Object.keys(entry.details as object).sort()).toEqual(
        ['beneficiariesCumulative', 'from', 'month', 'outputCumulative', 'programId', 'realisasi', 'to'].sort(),
      );
    }
    expect(audit.at(-1)?.details).toMatchObject({ from: 'SUBMITTED', to: 'APPROVED', realisasi: String(realisasi), month: 11 });
    expect(audit.at(-1)?.userId).not.toBeNull();
  });

  it('a returned report goes back to the OPD with the comment, is corrected and submitted again', async () => {
    const p = program.blt;
    const realisasi = (await approvedBefore(p.id, 11)) + 1_000_000n;
    const saved = await ok(SAVE, draft(p, 11, realisasi), as.dinsos!);
    await ok(SUBMIT, { id: saved.id }, as.dinsos!);
    await refused(RETURN, { id: saved.id, comment: '   ' }, as.klaster1!, p.id, 'report/comment_required', 'comment');
    const returned = await ok(RETURN, { id: saved.id, comment: 'Lampirkan bukti SP2D' }, as.klaster1!);
    expect(returned).toMatchObject({ status: 'RETURNED', reviewComment: 'Lampirkan bukti SP2D' });
    // A returned report is not in the figures.
    expect((await budgetOf(p.id, 11)).realisasi).toBe(Number(await approvedBefore(p.id, 11)));
    const corrected = await ok(SAVE, draft(p, 11, realisasi + 500_000n), as.dinsos!);
    expect(corrected).toMatchObject({
      id: saved.id,
      status: 'RETURNED',
      realisasi: Number(realisasi + 500_000n),
      reviewComment: 'Lampirkan bukti SP2D',
    });
    expect((await ok(SUBMIT, { id: saved.id }, as.dinsos!)).status).toBe('SUBMITTED');
  });
});

// ───────────────────────────── bad input ─────────────────────────────

describe('bad input is refused with its code and field, and nothing is stored', () => {
  it('refuses amounts, months and programs that cannot be right', async () => {
    const p = program.sembako;
    const d = as.dinsos!;
    const november = await approvedBefore(p.id, 12); // approved in the flow above
    await refused(SAVE, draft(p, 12, p.pagu + 1n), d, p.id, 'report/realisasi_exceeds_pagu', 'realisasi');
    await refused(SAVE, draft(p, 12, -1), d, p.id, 'report/negative_amount', 'realisasi');
    await refused(SAVE, draft(p, 12, november, { outputCumulative: -1 }), d, p.id, 'report/negative_amount', 'outputCumulative');
    await refused(
      SAVE,
      draft(p, 12, november, { beneficiariesCumulative: -3 }),
      d,
      p.id,
      'report/negative_amount',
      'beneficiariesCumulative',
    );
    await refused(SAVE, draft(p, 0, november), d, p.id, 'report/month_outside_fiscal_year', 'month');
    await refused(SAVE, draft(p, 13, november), d, p.id, 'report/month_outside_fiscal_year', 'month');
    await refused(SAVE, draft(p, 12, november - 1n), d, p.id, 'report/realisasi_below_previous_month', 'realisasi');
    await refused(SAVE, draft(p, 12, november, { problems: 'x'.repeat(4001) }), d, p.id, 'report/text_too_long', 'problems');
    await refused(SAVE, { input: { ...draft(p, 12, 0).input, programId: 999_999 } }, d, p.id, 'report/program_not_found', 'programId');
    // September is approved: it cannot be overwritten.
    await refused(SAVE, draft(p, 9, november), d, p.id, 'report/not_editable', 'month');
  });

  it('keeps realisasi cumulative: a month may not fall below an earlier approved month, nor rise above a later one', async () => {
    const p = program.blt;
    // Setup: say the OPD never reported May (delete the seeded report), then report it now.
    await app.db.raw('DELETE FROM progress_report WHERE program_id = $1 AND month = 5', [p.id]);
    const months = await app.db.raw<{ month: number; realisasi: string }>(
      `SELECT month, realisasi::text FROM progress_report WHERE program_id = $1 AND month IN (4, 6) AND status = 'APPROVED' ORDER BY month`,
      [p.id],
    );
    const [april, june] = months.map((m) => BigInt(m.realisasi));
    await refused(SAVE, draft(p, 5, april! - 1n), as.dinsos!, p.id, 'report/realisasi_below_previous_month', 'realisasi');
    await refused(SAVE, draft(p, 5, june! + 1n), as.dinsos!, p.id, 'report/realisasi_above_later_month', 'realisasi');
    expect((await ok(SAVE, draft(p, 5, april!), as.dinsos!)).status).toBe('DRAFT');
  });

  it('refuses a program of another OPD, or another region', async () => {
    await refused(SAVE, draft(program.pbi, 11, 0), as.dinsos!, program.pbi.id, 'report/program_of_another_opd', 'programId');
    await refused(SAVE, draft(program.muba, 11, 0), as.dinsos!, program.muba.id, 'report/program_not_found', 'programId');
    // The secretariat drafts a Dinkes report; Dinas Sosial may not submit it.
    const pbi = await ok(SAVE, draft(program.pbi, 11, await approvedBefore(program.pbi.id, 11)), as.admin!);
    await refused(SUBMIT, { id: pbi.id }, as.dinsos!, program.pbi.id, 'report/program_of_another_opd', 'id');
  });

  it('moves a report only along DRAFT/RETURNED → SUBMITTED → APPROVED/RETURNED', async () => {
    const p = program.sembako;
    const november = (await app.db.raw<{ id: number }>(`SELECT id FROM progress_report WHERE program_id = $1 AND month = 11`, [p.id]))[0]!
      .id;
    await refused(SUBMIT, { id: november }, as.dinsos!, p.id, 'report/wrong_status', 'id');
    await refused(APPROVE, { id: november }, as.klaster1!, p.id, 'report/wrong_status', 'id');
    await refused(RETURN, { id: november, comment: 'Periksa lagi' }, as.klaster1!, p.id, 'report/wrong_status', 'id');
    const december = await ok(SAVE, draft(p, 12, await approvedBefore(p.id, 12)), as.dinsos!);
    await refused(APPROVE, { id: december.id }, as.klaster1!, p.id, 'report/wrong_status', 'id');
    await refused(APPROVE, { id: 999_999 }, as.klaster1!, p.id, 'report/not_found', 'id');
  });
});

// ───────────────────────────── roles ─────────────────────────────

describe('who may review', () => {
  async function submittedBlt(): Promise<number> {
    const [row] = await app.db.raw<{ id: number; status: string }>(
      `SELECT id, status FROM progress_report WHERE program_id = $1 AND month = 11`,
      [program.blt.id],
    );
    expect(row?.status).toBe('SUBMITTED');
    return row!.id;
  }

  it('refuses the mayor, the OPD itself and the other kabupaten’s cluster head', async () => {
    const id = await submittedBlt();
    await refused(APPROVE, { id }, as.walikota!, program.blt.id, 'report/not_reviewer', 'id');
    await refused(RETURN, { id, comment: 'Tidak' }, as.walikota!, program.blt.id, 'report/not_reviewer', 'id');
    await refused(APPROVE, { id }, as.dinsos!, program.blt.id, 'report/not_reviewer', 'id');
    await refused(APPROVE, { id }, as['klaster1.muba']!, program.blt.id, 'report/not_found', 'id');
  });

  it('refuses klaster 1’s head a klaster-4 report, which the secretariat may approve', async () => {
    const p = program.rtlh;
    const saved = await ok(SAVE, draft(p, 11, await approvedBefore(p.id, 11)), as.admin!);
    await ok(SUBMIT, { id: saved.id }, as.admin!);
    await refused(APPROVE, { id: saved.id }, as.klaster1!, p.id, 'report/not_reviewer', 'id');
    await refused(RETURN, { id: saved.id, comment: 'Perbaiki' }, as.klaster1!, p.id, 'report/not_reviewer', 'id');
    const queue = await app.gql<{ reviewQueue: { id: number }[] }>('{ reviewQueue { id } }', {}, as.klaster1!);
    expect(queue.data!.reviewQueue.map((r) => r.id)).not.toContain(saved.id);
    expect((await ok(APPROVE, { id: saved.id, comment: 'Sesuai' }, as.admin!)).reviewComment).toBe('Sesuai');
  });

  it('keeps writing to OPD operators and the secretariat, and everything to signed-in users', async () => {
    for (const user of ['walikota', 'klaster1', 'kelurahan']) {
      const { data, errors } = await app.gql(SAVE, draft(program.sembako, 12, 0), as[user]);
      expect(errors?.[0]?.extensions?.code, user).toBe('auth/forbidden');
      expect(data ?? null, user).toBeNull();
    }
    for (const query of [SAVE, SUBMIT, APPROVE]) {
      const { errors } = await app.gql(query, query === SAVE ? draft(program.sembako, 12, 0) : { id: 1 });
      expect(errors?.[0]?.extensions?.code).toBe('auth/unauthenticated');
    }
  });
});

describe('cumulative output and beneficiaries fall only with a written reason', () => {
  it('refuses 5.909 → 0 without a reason, takes it with one, and shows the reason on review', async () => {
    const p = program.rtlh;
    const [last] = await app.db.raw<{ month: number; output: number; beneficiaries: number }>(
      `SELECT month, output_cumulative AS output, beneficiaries_cumulative AS beneficiaries FROM progress_report
       WHERE program_id = $1 AND status = 'APPROVED' ORDER BY month DESC LIMIT 1`,
      [p.id],
    );
    expect(last!.output).toBeGreaterThan(0);
    const month = last!.month + 1;
    const realisasi = await approvedBefore(p.id, month);
    const zero = { outputCumulative: 0, beneficiariesCumulative: last!.beneficiaries };
    await refused(SAVE, draft(p, month, realisasi, zero), as.admin!, p.id, 'report/cumulative_decrease_needs_reason', 'reason');
    await refused(
      SAVE,
      draft(p, month, realisasi, { ...zero, reason: '   ' }),
      as.admin!,
      p.id,
      'report/cumulative_decrease_needs_reason',
      'reason',
    );
    await refused(
      SAVE,
      draft(p, month, realisasi, { outputCumulative: last!.output, beneficiariesCumulative: last!.beneficiaries - 1 }),
      as.admin!,
      p.id,
      'report/cumulative_decrease_needs_reason',
      'reason',
    );
    await refused(
      SAVE,
      draft(p, month, realisasi, { ...zero, reason: 'x'.repeat(4001) }),
      as.admin!,
      p.id,
      'report/text_too_long',
      'reason',
    );

    // Figures that do not fall keep no reason, even when one is sent.
    const steady = await ok(
      SAVE,
      draft(p, month, realisasi, { outputCumulative: last!.output, beneficiariesCumulative: last!.beneficiaries, reason: 'tidak perlu' }),
      as.admin!,
    );
    const storedReason = async () =>
      (await app.db.raw<{ r: string | null }>('SELECT decrease_reason AS r FROM progress_report WHERE id = $1', [steady.id]))[0]!.r;
    expect(await storedReason()).toBeNull();

    const reason = '  Hitung ulang: unit ganda dari laporan Oktober dihapus  ';
    const saved = await ok(SAVE, draft(p, month, realisasi, { ...zero, reason }), as.admin!);
    expect(saved.id).toBe(steady.id);
    expect(await storedReason()).toBe(reason.trim());
    await ok(SUBMIT, { id: saved.id }, as.admin!);
    const review = await app.gql<{ reviewQueue: { id: number; decreaseReason: string | null }[] }>(
      '{ reviewQueue(regionCode: "16.71") { id decreaseReason } }',
      {},
      as.admin!,
    );
    expect(review.data!.reviewQueue.find((r) => r.id === saved.id)?.decreaseReason).toBe(reason.trim());
    const approved = await ok(APPROVE, { id: saved.id }, as.admin!);
    expect(approved).toMatchObject({ status: 'APPROVED', outputCumulative: 0 });
    expect((await budgetOf(p.id, month)).realisasi).toBe(Number(realisasi));
  });
});

describe('approval is all or nothing', () => {
  it('when the rollup refresh fails, the report stays submitted and no audit row is written', async () => {
    const p = program.blt;
    const id = (await app.db.raw<{ id: number }>(`SELECT id FROM progress_report WHERE program_id = $1 AND month = 11`, [p.id]))[0]!.id;
    // Make the rollup insert for this one program fail, as a full disk or a bug would.
    await app.db.raw(`ALTER TABLE budget_rollup ADD CONSTRAINT test_refresh_fails CHECK (program_id <> ${p.id}) NOT VALID`);
    const before = await snapshot(p.id);
    try {
      const { data, errors } = await app.gql(APPROVE, { id }, as.klaster1!);
      expect(errors?.[0]?.message).toBe('Unexpected error.');
      expect(data ?? null).toBeNull();
    } finally {
      await app.db.raw('ALTER TABLE budget_rollup DROP CONSTRAINT test_refresh_fails');
    }
    expect(await snapshot(p.id)).toEqual(before);
    expect((await app.db.prisma.progressReport.findUniqueOrThrow({ where: { id } })).status).toBe('SUBMITTED');
    // And once the fault is gone, the same approval goes through.
    const approved = await ok(APPROVE, { id }, as.klaster1!);
    expect(approved.status).toBe('APPROVED');
    expect((await budgetOf(p.id, 11)).realisasi).toBe(approved.realisasi);
  });
});

// ───────────────────────────── reads ─────────────────────────────

describe('reports, by role', () => {
  const REPORTS = `query ($month: Int, $status: ReportStatus, $opdId: Int, $clusterId: Int) {
    reports(regionCode: "16.71", year: 2026, month: $month, status: $status, opdId: $opdId, clusterId: $clusterId) {
      id status month viewerCanEdit viewerCanReview program { code opd { shortName } cluster { number } }
    }
  }`;
  type Row = {
    id: number;
    status: string;
    viewerCanEdit: boolean;
    viewerCanReview: boolean;
    program: { code: string; opd: { shortName: string }; cluster: { number: number } };
  };
  const list = async (auth: Auth, vars: Record<string, unknown> = { month: 10 }) => {
    const { data, errors } = await app.gql<{ reports: Row[] }>(REPORTS, vars, auth);
    expect(errors).toBeUndefined();
    return data!.reports;
  };
  const count = async (where: string) =>
    (
      await app.db.raw<{ n: number }>(
        `SELECT COUNT(*)::int AS n FROM progress_report r JOIN program p ON p.id = r.program_id JOIN opd o ON o.id = p.opd_id
         JOIN cluster c ON c.id = p.cluster_id WHERE p.region_code = '16.71' AND p.fiscal_year = 2026 AND r.month = 10 AND ${where}`,
      )
    )[0]!.n;

  it('an OPD operator sees their OPD’s, a cluster head their cluster’s, the mayor and secretariat all', async () => {
    const dinsos = await list(as.dinsos!);
    expect(dinsos.length).toBe(await count(`o.short_name = 'DINSOS'`));
    expect(dinsos.every((r) => r.program.opd.shortName === 'DINSOS')).toBe(true);
    const klaster1 = await list(as.klaster1!);
    expect(klaster1.length).toBe(await count('c.number = 1'));
    expect(klaster1.every((r) => r.program.cluster.number === 1)).toBe(true);
    expect((await list(as.walikota!)).length).toBe(await count('true'));
    expect((await list(as.admin!)).length).toBe(await count('true'));
    const submitted = await list(as.admin!, { status: 'SUBMITTED' });
    expect(submitted.every((r) => r.status === 'SUBMITTED' && r.viewerCanReview && !r.viewerCanEdit)).toBe(true);
    // The mayor reads but reviews nothing.
    expect((await list(as.walikota!, { status: 'SUBMITTED' })).some((r) => r.viewerCanReview)).toBe(false);
  });

  it('refuses a filter outside one’s own OPD or cluster, and roles without reports', async () => {
    const dinkes = (await app.db.raw<{ id: number }>(`SELECT id FROM opd WHERE region_code = '16.71' AND short_name = 'DINKES'`))[0]!.id;
    const k4 = (await app.db.raw<{ id: number }>(`SELECT id FROM cluster WHERE region_code = '16.71' AND number = 4`))[0]!.id;
    expect((await app.gql(REPORTS, { opdId: dinkes }, as.dinsos!)).errors?.[0]?.extensions?.code).toBe('auth/forbidden');
    expect((await app.gql(REPORTS, { clusterId: k4 }, as.klaster1!)).errors?.[0]?.extensions?.code).toBe('auth/forbidden');
    expect((await app.gql(REPORTS, {}, as.kelurahan!)).errors?.[0]?.extensions?.code).toBe('auth/forbidden');
    expect((await app.gql(REPORTS, {})).errors?.[0]?.extensions?.code).toBe('auth/unauthenticated');
    const muba = await app.gql('{ reports(regionCode: "16.06", year: 2026) { id } }', {}, as.dinsos!);
    expect(muba.errors?.[0]?.extensions?.code).toBe('auth/forbidden');
  });
});
