// The fuzzer: generated requests against Pantau, through any transport (yoga.fetch in process for
// the test suite, HTTP for `pnpm fuzz` against a running server). Every query and mutation of the
// contract with hostile variables, as anonymous, the mayor (walikota), the secretariat (admin) and
// an OPD operator (dinsos); malformed HTTP; multipart uploads to the import mutations; and a real,
// editable report fuzzed field by field, re-read after each try: refused with the field named and
// nothing stored, or stored exactly as sent. Every answer goes through the oracle (oracle.ts), and
// half the queries a signed-in role sends go twice, cold then warm (the answer cache), compared.
//
// Case i of seed S is generated from (S, i) alone: `pnpm fuzz --seed S --only i` replays it.
import fc from 'fast-check';
import { type GraphQLInputType, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType } from 'graphql';
import { hasControlCharacters } from '../text.js';
import { type HttpCase, httpCaseArbitrary } from './http-cases.js';
import { contractOperations, type FuzzOperation, loadContract } from './operations.js';
import { type Answer, answerProblems, parseBody, sentStrings } from './oracle.js';
import { hostileString, plausibleFor, valueFor } from './values.js';

export type Send = (request: Request) => Promise<Response>;

/** Marks a request whose body is a stream to be sent chunked (a transport may drop the header). */
export const STREAMED = 'x-fuzz-streamed';

export type Role = 'anonymous' | 'walikota' | 'admin' | 'dinsos';
const DEMO_PASSWORD = 'pantau-demo';
const INT_MAX = 2_147_483_647;

export interface FuzzOptions {
  send: Send;
  /** Origin the requests are addressed to, e.g. http://localhost:4000. */
  origin: string;
  cases: number;
  seed: number;
  /** Only these case numbers (to replay a failure). */
  only?: readonly number[];
  /**
   * Against a server others use (`pnpm fuzz`): writes only to the fuzzer's own report, restored
   * at the end; report ids it did not pick are never approved, returned or submitted; imports
   * are dry runs. Off in the test suite, whose database is its own.
   */
  shared: boolean;
  /** Bytes → answer over a raw socket, for HTTP a fetch client cannot send (the CLI only). */
  raw?: (bytes: string) => Promise<Answer>;
  log?: (line: string) => void;
}

export interface Failure {
  case: number;
  kind: string;
  what: string;
  problems: string[];
  /** Status and the start of the answer. */
  answer: string;
}

export interface FuzzReport {
  seed: number;
  cases: number;
  requests: number;
  /** Answers by HTTP status. */
  statuses: Record<number, number>;
  /** Cases by kind. */
  kinds: Record<string, number>;
  serverErrors: number;
  internalErrors: number;
  slow: number;
  leaks: number;
  cacheMismatches: number;
  /** Root fields fuzzed, and those of them that answered data without an error at least once. */
  fields: number;
  fieldsAnswered: number;
  /** Root fields that never answered data without an error (every try was refused). */
  fieldsNeverAnswered: string[];
  /** Report-draft tries stored as sent, and refused with nothing stored. */
  reportStored: number;
  reportRefused: number;
  failures: Failure[];
  /** The five slowest answers. */
  slowest: { what: string; ms: number }[];
  /** Answer times, ms. */
  p50: number;
  p95: number;
  max: number;
  seconds: number;
}

// ───────────────────────────── talking to the server ─────────────────────────────

interface Session {
  role: Role;
  cookie: string | null;
}

class Client {
  requests = 0;
  readonly statuses: Record<number, number> = {};
  readonly times: number[] = [];

  constructor(
    private readonly send: Send,
    readonly origin: string,
  ) {}

  async request(init: {
    method: string;
    path: string;
    headers: Record<string, string>;
    body?: HttpCase['body'];
  }): Promise<Answer & { response: Response | null }> {
    const body = typeof init.body === 'function' ? init.body() : init.body;
    const request = new Request(`${this.origin}${init.path}`, {
      method: init.method,
      // A stream goes out chunked, without a Content-Length: the transport must not buffer it.
      headers: typeof init.body === 'function' ? { ...init.headers, [STREAMED]: '1' } : init.headers,
      ...(body !== undefined ? { body: body as BodyInit, duplex: 'half' } : {}),
    } as RequestInit);
    const started = performance.now();
    let response: Response | null = null;
    let text = '';
    try {
      response = await this.send(request);
      text = await response.text();
    } catch (error) {
      // A refused stream or a dropped connection: the server did not answer.
      text = `no answer: ${(error as Error).message}`;
    }
    const answer = {
      status: response?.status ?? 0,
      text,
      ms: performance.now() - started,
      contentType: response?.headers.get('content-type') ?? '',
    };
    this.count(answer);
    return { ...answer, response };
  }

  /** Counts an answer in the figures, however it was sent. */
  count(answer: Answer): void {
    this.requests++;
    this.statuses[answer.status] = (this.statuses[answer.status] ?? 0) + 1;
    this.times.push(answer.ms);
  }

  graphql(session: Session, query: string, variables?: Record<string, unknown>, extraHeaders: Record<string, string> = {}) {
    return this.request({
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', ...(session.cookie ? { cookie: session.cookie } : {}), ...extraHeaders },
      body: JSON.stringify({ query, variables }),
    });
  }

  /** Signs in and returns the session cookie. */
  async login(username: string, password = DEMO_PASSWORD): Promise<string> {
    const answer = await this.graphql(
      { role: 'anonymous', cookie: null },
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { __typename } }',
      { u: username, p: password },
    );
    const setCookie = answer.response?.headers.get('set-cookie');
    if (!setCookie) throw new Error(`fuzz: cannot sign in as ${username}: ${answer.status} ${answer.text.slice(0, 200)}`);
    return setCookie.split(';')[0]!;
  }
}

/** data of a JSON answer, failing loudly: the fuzzer's own set-up reads must work. */
async function read<T>(client: Client, session: Session, query: string, variables?: Record<string, unknown>): Promise<T> {
  const answer = await client.graphql(session, query, variables);
  const body = parseBody(answer);
  if (!body?.data || body.errors) throw new Error(`fuzz: set-up read failed (${answer.status}): ${answer.text.slice(0, 300)}`);
  return body.data as T;
}

// ───────────────────────────── what the fuzzer works on ─────────────────────────────

interface EditableReport {
  id: number;
  programId: number;
  month: number;
  year: number;
  regionCode: string;
  opdId: number;
  pagu: number;
  figures: ReportFigures;
}

interface ReportFigures {
  realisasi: number;
  outputCumulative: number;
  beneficiariesCumulative: number;
  problems: string | null;
  solutions: string | null;
}

interface Fixture {
  sessions: Record<Role, Session>;
  operations: FuzzOperation[];
  realCursors: string[];
  report: EditableReport | null;
  /** A program of another OPD, for saveReportDraft's programId. */
  otherProgramId: number | null;
  /** Ids of existing reports (only used when not shared). */
  reportIds: number[];
  /** The users the fuzzer signs in as: their sessions and passwords must outlive every case. */
  ownUserIds: number[];
  /** Ids of rows that exist, for plausible values. */
  ids: { program: number[]; opd: number[]; cluster: number[]; report: number[]; household: number[] };
}

const REPORT_FIELDS = 'id month status realisasi outputCumulative beneficiariesCumulative problems solutions program { id pagu }';

async function prepare(client: Client, shared: boolean): Promise<Fixture> {
  const sessions: Record<Role, Session> = {
    anonymous: { role: 'anonymous', cookie: null },
    walikota: { role: 'walikota', cookie: await client.login('walikota') },
    admin: { role: 'admin', cookie: await client.login('admin') },
    dinsos: { role: 'dinsos', cookie: await client.login('dinsos') },
  };
  const { me, calendar } = await read<{ me: { opdId: number; regionCode: string }; calendar: { fiscalYear: number } }>(
    client,
    sessions.dinsos,
    '{ me { opdId regionCode } calendar { fiscalYear } }',
  );
  const year = calendar.fiscalYear;
  const households = await read<{ households: { edges: { cursor: string; node: { id: number } }[] } }>(
    client,
    sessions.admin,
    'query ($r: RegionCode!) { households(filter: { regionCode: $r }, first: 3) { edges { cursor node { id } } } }',
    { r: me.regionCode },
  );
  type ReportRow = { id: number; month: number; status: string; program: { id: number; pagu: number } } & ReportFigures;
  const { reports } = await read<{ reports: ReportRow[] }>(
    client,
    sessions.dinsos,
    `query ($r: RegionCode!, $y: Int!, $o: Int!) { reports(regionCode: $r, year: $y, opdId: $o) { ${REPORT_FIELDS} } }`,
    { r: me.regionCode, y: year, o: me.opdId },
  );
  // The demo's Dinas Sosial has a RETURNED October report to correct: the real, editable record.
  const editable = reports.filter((r) => r.status === 'DRAFT' || r.status === 'RETURNED').sort((a, b) => b.month - a.month)[0];
  const { programs } = await read<{ programs: { id: number; opd: { id: number }; cluster: { id: number } }[] }>(
    client,
    sessions.admin,
    'query ($r: RegionCode!, $y: Int!) { programs(regionCode: $r, year: $y) { id opd { id } cluster { id } } }',
    { r: me.regionCode, y: year },
  );
  const { reports: all } = shared
    ? { reports: [] as { id: number }[] }
    : await read<{ reports: { id: number }[] }>(
        client,
        sessions.admin,
        'query ($r: RegionCode!, $y: Int!) { reports(regionCode: $r, year: $y) { id } }',
        {
          r: me.regionCode,
          y: year,
        },
      );
  return {
    sessions,
    operations: contractOperations(loadContract()),
    realCursors: households.households.edges.map((e) => e.cursor),
    report: editable
      ? {
          id: editable.id,
          programId: editable.program.id,
          month: editable.month,
          year,
          regionCode: me.regionCode,
          opdId: me.opdId,
          pagu: editable.program.pagu,
          figures: pickFigures(editable),
        }
      : null,
    otherProgramId: programs.find((p) => p.opd.id !== me.opdId)?.id ?? null,
    reportIds: all.map((r) => r.id),
    ownUserIds: await Promise.all(
      (['walikota', 'admin', 'dinsos'] as const).map(
        async (role) => (await read<{ me: { id: number } }>(client, sessions[role], '{ me { id } }')).me.id,
      ),
    ),
    ids: {
      program: programs.map((p) => p.id).slice(0, 30),
      opd: [...new Set(programs.map((p) => p.opd.id))],
      cluster: [...new Set(programs.map((p) => p.cluster.id))],
      report: [...all.map((r) => r.id).slice(0, 30), ...(editable ? [editable.id] : [])],
      household: households.households.edges.map((e) => e.node.id),
    },
  };
}

/** Mutations that end a user's sessions, change their password or their role. */
const USER_WRITES = ['deactivateUser', 'resetUserPassword', 'updateUser', 'reactivateUser'];

/** Points a user write's id (an argument, or an input's field) away from the fuzzer's own users. */
function spareOwnUsers(op: FuzzOperation, variables: Record<string, unknown>, own: readonly number[]) {
  const spare = (id: unknown) => (typeof id === 'number' && own.includes(id) ? 999_999 : id);
  for (const v of op.variables) {
    const value = variables[v.name];
    if (v.argument === 'id') variables[v.name] = spare(value);
    else if (value && typeof value === 'object' && !Array.isArray(value) && 'id' in value) {
      variables[v.name] = { ...(value as Record<string, unknown>), id: spare((value as { id: unknown }).id) };
    }
  }
}

const pickFigures = (r: ReportFigures): ReportFigures => ({
  realisasi: r.realisasi,
  outputCumulative: r.outputCumulative,
  beneficiariesCumulative: r.beneficiariesCumulative,
  problems: r.problems,
  solutions: r.solutions,
});

async function readReport(client: Client, fixture: Fixture): Promise<ReportFigures | null> {
  const report = fixture.report!;
  const { reports } = await read<{ reports: ({ id: number } & ReportFigures)[] }>(
    client,
    fixture.sessions.dinsos,
    `query ($r: RegionCode!, $y: Int!, $m: Int!, $o: Int!) { reports(regionCode: $r, year: $y, month: $m, opdId: $o) { ${REPORT_FIELDS} } }`,
    { r: report.regionCode, y: report.year, m: report.month, o: report.opdId },
  );
  const row = reports.find((r) => r.id === report.id);
  return row ? pickFigures(row) : null;
}

const SAVE_DRAFT = `mutation ($input: SaveReportDraftInput!) { saveReportDraft(input: $input) {
  __typename ... on DomainError { code field message } ... on MutationSaveReportDraftSuccess { data { id } } } }`;

// ───────────────────────────── the cases ─────────────────────────────

type Case =
  | {
      kind: 'operation';
      operation: FuzzOperation;
      variables: Record<string, unknown>;
      role: Role;
      inline: boolean;
      twice: boolean;
      pick: number;
    }
  | { kind: 'http'; http: HttpCase; role: Role }
  | {
      kind: 'report';
      role: Role;
      /** Fields set to a value the rules refuse. */
      hostile: Record<string, unknown>;
      /** Changes an operator makes: texts, and counts raised by that much. */
      valid: { problems?: string | null; solutions?: string | null; outputCumulative?: number; beneficiariesCumulative?: number };
    }
  | { kind: 'upload'; role: Role; mutation: string; file: { name: string; bytes: Uint8Array }; dryRun: unknown; mapping: unknown }
  | { kind: 'logout'; cookie: string | null }
  | { kind: 'raw'; bytes: string };

const roleArbitrary = fc.constantFrom<Role>('anonymous', 'walikota', 'walikota', 'admin', 'admin', 'admin', 'dinsos');

/** Files for the import mutations: each is something a spreadsheet, a script or an attacker makes. */
const UPLOAD_FILES: { name: string; bytes: Uint8Array }[] = [
  { name: 'empty.csv', bytes: new Uint8Array() },
  { name: 'nul.csv', bytes: new TextEncoder().encode('kode;nama\n16.71.99\u0000;X\u0000\n') },
  { name: 'formula.csv', bytes: new TextEncoder().encode('kode;nama\n"=cmd|\' /C calc\'!A0";"+SUM(1,2)"\n') },
  { name: 'header-only.csv', bytes: new TextEncoder().encode('kode_wilayah;nama_wilayah;tingkat\n') },
  { name: 'wide.csv', bytes: new TextEncoder().encode(`${Array.from({ length: 5_000 }, (_, i) => `c${i}`).join(';')}\n`) },
  { name: 'quotes.csv', bytes: new TextEncoder().encode('"kode;"nama\n"16.71;"""\n') },
  { name: 'bom.csv', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('kode;nama\n16.71;Palembang\n')]) },
  { name: 'cp1252.csv', bytes: new Uint8Array([0x6b, 0x3b, 0x6e, 0x0a, 0x31, 0x3b, 0xe9, 0x80, 0x0a]) },
  { name: 'fake.xlsx', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Array.from({ length: 200 }, (_, i) => i % 256)]) },
  { name: 'random.bin', bytes: new Uint8Array(Array.from({ length: 4_096 }, (_, i) => (i * 2_654_435_761) % 251)) },
  { name: '../../etc/passwd', bytes: new TextEncoder().encode('root:x:0:0\n') },
  { name: 'x'.repeat(300), bytes: new TextEncoder().encode('a\n') },
  {
    name: 'households.csv',
    bytes: new TextEncoder().encode(
      'nomor_kk;kode_kelurahan;rt;rw;status_kemiskinan;desil;pengeluaran_per_kapita\n' +
        '1;16.71.06.1005;001;002;EKSTREM;1;-5\n2;%;x;y;MISKIN;99;1e308\n3;16.71.06.1005\u0000;1;1;;0;NaN\n',
    ),
  },
];

/** Requests only a raw socket sends: broken HTTP/1.1 framing. Node's parser must answer them 4xx. */
const RAW_REQUESTS = [
  'POST /graphql HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nzz\r\n{}\r\n0\r\n\r\n',
  'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
  'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
  'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: 1, 2\r\n\r\n{}',
  `GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
  'GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n',
  'GET /graphql?query=%7B__typename%7D HTTP/1.0\r\n\r\n',
  'GET /graphql?query=%7B__typename%7D HTTP/9.9\r\nHost: x\r\n\r\n',
  'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 24\r\n\r\n{"query":"{ __typename }"}',
  'GARBAGE\r\n\r\n',
];

function caseArbitrary(fixture: Fixture, options: FuzzOptions): fc.Arbitrary<Case> {
  const context = { realCursors: fixture.realCursors, ids: fixture.ids };
  const operation: fc.Arbitrary<Case> = fc.constantFrom(...fixture.operations).chain((op) => {
    const plausible: Record<string, fc.Arbitrary<unknown>> = {};
    const hostile: Record<string, fc.Arbitrary<unknown>> = {};
    for (const v of op.variables) {
      plausible[v.name] = plausibleFor(v.type, v.argument, context);
      hostile[v.name] = valueFor(v.type, v.argument, context);
    }
    const optional = new Set(op.variables.filter((v) => !isNonNullType(v.type)).map((v) => v.name));
    // A real request with one hostile value in it, most of the time; all hostile, or none, the rest.
    const variables = fc
      .tuple(
        fc.constantFrom('none', 'one', 'one', 'one', 'all'),
        fc.nat(),
        fc.record(plausible),
        fc.record(hostile, { requiredKeys: [] }),
        fc.nat(),
      )
      .map(([mode, which, good, bad, drop]) => {
        if (mode === 'all' || op.variables.length === 0) return mode === 'all' ? bad : good;
        const values: Record<string, unknown> = { ...good };
        // Optional arguments are left out now and then, as clients do.
        for (const name of optional) if ((drop >> op.variables.findIndex((v) => v.name === name)) & 1) delete values[name];
        if (mode === 'one') {
          const target = op.variables[which % op.variables.length]!.name;
          if (target in bad) values[target] = bad[target];
          else delete values[target];
        }
        return values;
      });
    return fc.record({
      kind: fc.constant('operation' as const),
      operation: fc.constant(op),
      variables,
      role: roleArbitrary,
      // A third of the operations carry their values as literals in the document, not as variables.
      inline: fc.nat({ max: 2 }).map((n) => n === 0),
      twice: fc.boolean(),
      pick: fc.nat(),
    });
  });
  // The real report: one or two fields hostile, the others as stored or changed as an operator would.
  const hostileFields: Record<string, fc.Arbitrary<unknown>> = {
    programId: fc.constantFrom<unknown>(fixture.otherProgramId ?? 999_999, 0, -1, INT_MAX, 999_999, 1.5, 'x', null),
    month: fc.constantFrom<unknown>(0, 13, -1, INT_MAX, INT_MAX + 1, 1, 3, 1.5, '10', null),
    realisasi: fc.constantFrom<unknown>(
      -1,
      -350_000_000,
      (fixture.report?.pagu ?? 0) + 1,
      Number.MAX_SAFE_INTEGER,
      1e20,
      '99999999999999999999',
      '9223372036854775808',
      1.5,
      'abc',
      0,
      null,
    ),
    outputCumulative: fc.constantFrom<unknown>(-1, -INT_MAX, INT_MAX + 1, 1.5, '5', 1e20, null),
    beneficiariesCumulative: fc.constantFrom<unknown>(-1, INT_MAX + 1, 1e20, 1.5, 'many', null),
    problems: fc.oneof(
      fc.constantFrom('\u0000', 'Kendala\u0000', 'x'.repeat(100_000), 'é'.repeat(100_000), 'x'.repeat(4_001), '\u0007bel', '\u001b[2J'),
      hostileString.filter((text) => text.length > 4_000 || hasControlCharacters(text)),
      fc.constant(12),
    ),
    solutions: fc.oneof(fc.constantFrom('\u0000', 'x'.repeat(100_000), 'b\u0000'.repeat(50_000)), fc.constant(['a'])),
  };
  const validText = fc.constantFrom<string | null>(
    'Kendala: cuaca',
    'Data penerima\tdiverifikasi\nulang',
    'x'.repeat(4_000),
    '😀 ok',
    '  ditrim  ',
    ' ',
    '',
    null,
  );
  const report: fc.Arbitrary<Case> = fc
    .record({
      role: fc.constantFrom<Role>('dinsos', 'dinsos', 'dinsos', 'dinsos', 'admin', 'walikota', 'anonymous'),
      hostile: fc
        .subarray(Object.keys(hostileFields), { minLength: 0, maxLength: 2 })
        .chain((keys) => fc.record(Object.fromEntries(keys.map((k) => [k, hostileFields[k]!])))),
      valid: fc.record(
        {
          problems: validText,
          solutions: validText,
          outputCumulative: fc.integer({ min: 0, max: 5 }),
          beneficiariesCumulative: fc.integer({ min: 0, max: 5 }),
        },
        { requiredKeys: [] },
      ),
    })
    .map(({ role, hostile, valid }) => ({ kind: 'report' as const, role, hostile, valid }));
  const upload: fc.Arbitrary<Case> = fc.record({
    kind: fc.constant('upload' as const),
    role: fc.constantFrom<Role>('admin', 'admin', 'admin', 'walikota', 'anonymous', 'dinsos'),
    mutation: fc.constantFrom(
      'importRegions',
      'importHouseholds',
      'importBenefits',
      'importIndicators',
      'importPrograms',
      'importBudget',
      'previewImport',
    ),
    file: fc.constantFrom(...UPLOAD_FILES),
    dryRun: options.shared ? fc.constant(true) : fc.constantFrom<unknown>(true, false, 'yes', null),
    mapping: fc.oneof(
      fc.constant(null),
      fc.array(
        fc.record({
          field: fc.oneof(fc.constantFrom('kode', 'nama', 'nomor_kk'), hostileString),
          column: fc.oneof(hostileString, fc.constant(null)),
        }),
        { maxLength: 3 },
      ),
    ),
  });
  const http: fc.Arbitrary<Case> = fc.record({ kind: fc.constant('http' as const), http: httpCaseArbitrary, role: roleArbitrary });
  const logout: fc.Arbitrary<Case> = fc.record({
    kind: fc.constant('logout' as const),
    cookie: fc.constantFrom<string | null>(null, 'pantau_session=%', 'pantau_session=forged', 'fresh'),
  });
  const raw: fc.Arbitrary<Case> = fc.record({ kind: fc.constant('raw' as const), bytes: fc.constantFrom(...RAW_REQUESTS) });
  return fc.oneof(
    { weight: 60, arbitrary: operation },
    { weight: 18, arbitrary: http },
    { weight: fixture.report ? 12 : 0, arbitrary: report },
    { weight: 5, arbitrary: upload },
    { weight: 1, arbitrary: logout },
    { weight: options.raw ? 2 : 0, arbitrary: raw },
  );
}

/** The case of number `i` in the run of `seed`: the same on every machine. */
function generate(arbitrary: fc.Arbitrary<Case>, seed: number, i: number): Case {
  return fc.sample(arbitrary, { seed: (Math.imul(seed, 1_000_003) + i) | 0, numRuns: 1 })[0]!;
}

// ───────────────────────────── literals, for operations sent without variables ─────────────────────────────

/** A value as a GraphQL literal of `type`; null when it cannot be written as one (the case then uses variables). */
function literal(value: unknown, type: GraphQLInputType): string | null {
  if (value === undefined) return null;
  if (value === null) return 'null';
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (!Array.isArray(value)) return literal(value, inner.ofType);
    const items = value.map((item) => literal(item, inner.ofType));
    return items.includes(null) ? null : `[${items.join(', ')}]`;
  }
  if (isInputObjectType(inner)) {
    if (typeof value !== 'object' || Array.isArray(value)) return null;
    const fields = inner.getFields();
    const parts: string[] = [];
    for (const [key, item] of Object.entries(value as object)) {
      const field = fields[key];
      if (!field || !/^[_A-Za-z]\w*$/.test(key)) return null;
      const printed = literal(item, field.type);
      if (printed === null) return null;
      parts.push(`${key}: ${printed}`);
    }
    return `{${parts.join(', ')}}`;
  }
  if (isEnumType(getNamedType(inner)) && typeof value === 'string' && /^[_A-Za-z]\w*$/.test(value)) return value;
  if (typeof value === 'string') return value.length > 20_000 ? null : JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'boolean') return String(value);
  return null;
}

/** The operation with every variable it can written in place as a literal. */
function inlined(operation: FuzzOperation, variables: Record<string, unknown>): { document: string; variables: Record<string, unknown> } {
  let document = operation.document;
  const left: Record<string, unknown> = {};
  const declarations: string[] = [];
  for (const v of operation.variables) {
    const printed = v.name in variables ? literal(variables[v.name], v.type) : null;
    if (printed === null) {
      if (v.name in variables) left[v.name] = variables[v.name];
      declarations.push(`$${v.name}: ${v.typeName}`);
      continue;
    }
    document = document.replace(new RegExp(`\\$${v.name}\\b(?!:)`), () => printed);
  }
  document = document.replace(/^(query|mutation) (\w+)\([^)]*\)/, (_m, kind: string, name: string) =>
    declarations.length > 0 ? `${kind} ${name}(${declarations.join(', ')})` : `${kind} ${name}`,
  );
  return { document, variables: left };
}

// ───────────────────────────── running ─────────────────────────────

const REPORT_ROLES_ALLOWED: Role[] = ['dinsos', 'admin'];

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const started = performance.now();
  const client = new Client(options.send, options.origin);
  const fixture = await prepare(client, options.shared);
  const original = fixture.report?.figures ?? null;
  let stored = original;
  const arbitrary = caseArbitrary(fixture, options);
  const failures: Failure[] = [];
  const kinds: Record<string, number> = {};
  const counts = { serverErrors: 0, internalErrors: 0, slow: 0, leaks: 0, cacheMismatches: 0, reportStored: 0, reportRefused: 0 };
  const log = options.log ?? (() => {});

  const slowest: { what: string; ms: number }[] = [];
  const judge = (i: number, kind: string, what: string, answer: Answer, sent: unknown, extra: string[] = []) => {
    slowest.push({ what: `case ${i}, ${kind}: ${what}`, ms: Math.round(answer.ms) });
    slowest.sort((a, b) => b.ms - a.ms).splice(5);
    const problems = [...answerProblems(answer, sentStrings(sent)), ...extra];
    if (answer.status >= 500 || answer.status === 0) counts.serverErrors++;
    if (problems.some((p) => p === 'masked internal error')) counts.internalErrors++;
    if (problems.some((p) => p.startsWith('answered in'))) counts.slow++;
    if (problems.some((p) => p.includes(' in the answer'))) counts.leaks++;
    if (problems.length > 0) {
      failures.push({ case: i, kind, what, problems, answer: `${answer.status} ${answer.text.slice(0, 300)}` });
      log(`✗ case ${i} (${kind}: ${what}): ${problems.join('; ')} — ${answer.status} ${answer.text.slice(0, 200)}`);
    }
  };

  const answered = new Set<string>();
  const numbers = options.only ?? Array.from({ length: options.cases }, (_, i) => i);
  let done = 0;
  for (const i of numbers) {
    const c = generate(arbitrary, options.seed, i);
    kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
    switch (c.kind) {
      case 'operation': {
        let { role } = c;
        const variables = { ...c.variables };
        const op = c.operation;
        // Writes that would change what others see go to ids nobody uses, on a shared server.
        if (op.field === 'logout') role = 'anonymous'; // the role's own session is not to be ended here
        if (['approveReport', 'returnReport', 'submitReport'].includes(op.field)) {
          const idVar = op.variables.find((v) => v.argument === 'id');
          if (idVar) {
            const pool = options.shared ? [0, -1, INT_MAX, 999_999, fixture.report?.id ?? 0] : [...fixture.reportIds, 0, -1, INT_MAX];
            const picked = pool[c.pick % pool.length]!;
            variables[idVar.name] = picked;
            if (options.shared && op.field === 'submitReport' && picked === fixture.report?.id && REPORT_ROLES_ALLOWED.includes(role))
              role = 'walikota';
          }
        }
        if (options.shared && op.field === 'saveReportDraft' && REPORT_ROLES_ALLOWED.includes(role)) role = 'walikota';
        // A user write that ends sessions or changes a password or role (an admin's valid
        // resetUserPassword on a small id) goes to a user nobody signs in as, not to the fuzzer's own:
        // the rest of the run needs them.
        if (USER_WRITES.includes(op.field)) spareOwnUsers(op, variables, fixture.ownUserIds);
        const session = fixture.sessions[role];
        const sent = c.inline ? inlined(op, variables) : { document: op.document, variables };
        const first = await client.graphql(session, sent.document, sent.variables);
        judge(i, 'operation', `${op.field} as ${role}`, first, sent);
        const firstBody = first.status === 200 ? parseBody(first) : null;
        if (firstBody?.data && !firstBody.errors) answered.add(op.field);
        if (c.twice && op.kind === 'query' && role !== 'anonymous' && first.status === 200) {
          const again = await client.graphql(session, sent.document, sent.variables);
          judge(i, 'operation', `${op.field} as ${role}, again`, again, sent);
          if (again.status !== first.status || again.text !== first.text) {
            counts.cacheMismatches++;
            failures.push({
              case: i,
              kind: 'cache',
              what: `${op.field} as ${role}`,
              problems: ['the warm answer differs from the cold one'],
              answer: `cold ${first.text.slice(0, 200)} / warm ${again.text.slice(0, 200)}`,
            });
            log(`✗ case ${i} (cache: ${op.field} as ${role}): warm answer differs`);
          }
        }
        break;
      }
      case 'http': {
        const session = fixture.sessions[c.role];
        const headers = { ...c.http.headers };
        if (!c.http.ownCookie && session.cookie) headers.cookie = session.cookie;
        const answer = await client.request({ method: c.http.method, path: c.http.path, headers, body: c.http.body });
        judge(i, 'http', c.http.name, answer, typeof c.http.body === 'string' ? [c.http.body, c.http.path] : [c.http.path]);
        break;
      }
      case 'report': {
        const report = fixture.report!;
        // On a shared server, only the fuzzer's own report is written: another program or month
        // goes to the OPD operator, whom the rules refuse there.
        const role = options.shared && c.role === 'admin' && ('programId' in c.hostile || 'month' in c.hostile) ? 'dinsos' : c.role;
        const base = stored!;
        const input: Record<string, unknown> = {
          programId: report.programId,
          month: report.month,
          ...base,
          ...c.valid,
          ...(c.valid.outputCumulative !== undefined ? { outputCumulative: base.outputCumulative + c.valid.outputCumulative } : {}),
          ...(c.valid.beneficiariesCumulative !== undefined
            ? { beneficiariesCumulative: base.beneficiariesCumulative + c.valid.beneficiariesCumulative }
            : {}),
          ...c.hostile,
        };
        const before = await readReport(client, fixture);
        const answer = await client.graphql(fixture.sessions[role], SAVE_DRAFT, { input });
        const after = await readReport(client, fixture);
        const body = parseBody(answer);
        const result = (body?.data as { saveReportDraft?: { __typename: string; field?: string | null; code?: string } } | null)
          ?.saveReportDraft;
        const extra: string[] = [];
        const changed = JSON.stringify(after) !== JSON.stringify(before);
        if (result?.__typename === 'MutationSaveReportDraftSuccess') {
          counts.reportStored++;
          answered.add('saveReportDraft');
          const expected: ReportFigures = {
            realisasi: Number(input.realisasi),
            outputCumulative: input.outputCumulative as number,
            beneficiariesCumulative: input.beneficiariesCumulative as number,
            problems: typeof input.problems === 'string' && input.problems.trim() !== '' ? input.problems.trim() : null,
            solutions: typeof input.solutions === 'string' && input.solutions.trim() !== '' ? input.solutions.trim() : null,
          };
          if (input.programId === report.programId && input.month === report.month && JSON.stringify(after) !== JSON.stringify(expected)) {
            extra.push(`stored ${JSON.stringify(after).slice(0, 200)}, sent ${JSON.stringify(expected).slice(0, 200)}`);
          }
          stored = after;
        } else {
          counts.reportRefused++;
          if (changed) extra.push('refused, but the stored report changed (half-written)');
          const fields = Object.keys(c.hostile);
          const error = body?.errors?.[0];
          const code = String(error?.extensions?.code ?? result?.code ?? '');
          const named =
            (result?.__typename === 'DomainError' && !!result.field) ||
            code.startsWith('auth/') ||
            code === 'REQUEST_TOO_LARGE' || // over the body limit: refused before it is read
            (error !== undefined && fields.some((f) => error.message.includes(f)));
          if (!named) extra.push('refused without naming the field at fault');
        }
        judge(i, 'report', `saveReportDraft as ${role} with ${Object.keys(c.hostile).join(', ') || 'valid figures'}`, answer, input, extra);
        break;
      }
      case 'upload': {
        const args =
          c.mutation === 'previewImport'
            ? '$file: File!, $mapping: [ImportColumnMappingInput!]'
            : '$file: File!, $dryRun: Boolean, $mapping: [ImportColumnMappingInput!]';
        const call =
          c.mutation === 'previewImport'
            ? 'previewImport(file: $file, kind: REGIONS, mapping: $mapping)'
            : `${c.mutation}(file: $file, dryRun: $dryRun, mapping: $mapping)`;
        const operations = {
          // previewImport checks nothing, so its result has no ImportRejected.
          query: `mutation (${args}) { ${call} { __typename ... on DomainError { code field message } ${c.mutation === 'previewImport' ? '' : '... on ImportRejected { errorCount errors { message } }'} } }`,
          variables: { file: null, dryRun: c.dryRun, mapping: c.mapping },
        };
        const form = new FormData();
        form.set('operations', JSON.stringify(operations));
        form.set('map', JSON.stringify({ 0: ['variables.file'] }));
        form.set('0', new Blob([c.file.bytes as BlobPart]), c.file.name);
        const session = fixture.sessions[c.role];
        const request = new Request(`${client.origin}/graphql`, {
          method: 'POST',
          body: form,
          headers: session.cookie ? { cookie: session.cookie } : {},
        });
        const bodyBytes = new Uint8Array(await request.arrayBuffer());
        const answer = await client.request({
          method: 'POST',
          path: '/graphql',
          headers: { 'content-type': request.headers.get('content-type')!, ...(session.cookie ? { cookie: session.cookie } : {}) },
          body: bodyBytes,
        });
        judge(i, 'upload', `${c.mutation} of ${c.file.name.slice(0, 40)} as ${c.role}`, answer, [
          operations,
          c.file.name,
          new TextDecoder().decode(c.file.bytes),
        ]);
        const uploadBody = answer.status === 200 ? parseBody(answer) : null;
        if (uploadBody?.data && !uploadBody.errors) answered.add(c.mutation);
        break;
      }
      case 'logout': {
        const cookie = c.cookie === 'fresh' ? await client.login('walikota') : c.cookie;
        const answer = await client.graphql({ role: 'anonymous', cookie }, 'mutation { logout }');
        judge(i, 'logout', `logout with ${cookie ? cookie.slice(0, 20) : 'no cookie'}`, answer, []);
        break;
      }
      case 'raw': {
        const answer = await options.raw!(c.bytes);
        client.count(answer);
        judge(i, 'raw', JSON.stringify(c.bytes.slice(0, 40)), answer, [c.bytes]);
        break;
      }
    }
    done++;
    if (done % 500 === 0) log(`… ${done} of ${numbers.length} cases, ${client.requests} requests, ${failures.length} failures`);
  }

  // Put the report back as it was, and check that it is.
  if (fixture.report && original && JSON.stringify(stored) !== JSON.stringify(original)) {
    const restore = { programId: fixture.report.programId, month: fixture.report.month, ...original };
    await client.graphql(fixture.sessions.dinsos, SAVE_DRAFT, { input: restore });
    const now = await readReport(client, fixture);
    if (JSON.stringify(now) !== JSON.stringify(original)) {
      failures.push({
        case: -1,
        kind: 'report',
        what: 'restore',
        problems: ['the report could not be put back'],
        answer: JSON.stringify(now),
      });
    }
  }
  // The roles' sessions still work: nothing the fuzzer sent ended them or broke the server.
  const health = await client.graphql(fixture.sessions.walikota, '{ me { username } health { ok } }');
  if (!health.text.includes('"walikota"')) {
    failures.push({
      case: -1,
      kind: 'after',
      what: 'health',
      problems: ['the server no longer answers a signed-in user'],
      answer: health.text.slice(0, 300),
    });
  }

  const times = [...client.times].sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0);
  return {
    seed: options.seed,
    cases: numbers.length,
    requests: client.requests,
    statuses: client.statuses,
    kinds,
    ...counts,
    fields: fixture.operations.length,
    fieldsAnswered: answered.size,
    slowest,
    fieldsNeverAnswered: fixture.operations.map((o) => o.field).filter((f) => !answered.has(f)),
    failures,
    p50: at(0.5),
    p95: at(0.95),
    max: Math.round(times.at(-1) ?? 0),
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

/** The report as lines for a terminal or a test's output. */
export function formatReport(report: FuzzReport): string {
  const statuses = Object.entries(report.statuses)
    .map(([status, n]) => `${status}: ${n}`)
    .join(', ');
  const kinds = Object.entries(report.kinds)
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
  return [
    `seed ${report.seed}: ${report.cases} cases (${kinds}), ${report.requests} requests in ${report.seconds} s`,
    `answers by status: ${statuses}`,
    `root fields answering data at least once: ${report.fieldsAnswered} of ${report.fields}${report.fieldsNeverAnswered.length > 0 ? ` (never: ${report.fieldsNeverAnswered.join(', ')})` : ''}`,
    `answer time: p50 ${report.p50} ms, p95 ${report.p95} ms, max ${report.max} ms; slowest: ${report.slowest.map((s) => `${s.ms} ms (${s.what.slice(0, 80)})`).join('; ')}`,
    `report drafts: ${report.reportStored} stored as sent, ${report.reportRefused} refused with nothing stored`,
    `5xx: ${report.serverErrors} · internal errors: ${report.internalErrors} · over 2 s: ${report.slow} · leaks: ${report.leaks} · cold/warm differences: ${report.cacheMismatches} · failures: ${report.failures.length}`,
  ].join('\n');
}
