// "Rakor morning" (issue 13): the dashboards of a coordination meeting's morning while an OPD
// writes. Fifty clients — the secretariat on five regions, mayors and cluster heads on their own —
// cycle through the dashboard's queries for a minute while Dinas Sosial saves its report draft
// once a second. Every write is checked: a refused write would empty nothing and flatter the
// figures. Prints latency percentiles over all reads, errors, and the writes accepted.
import type { Agent } from 'node:http';
import type { Database } from '../../src/db.js';
import { runnerFromRaw, withHouseholdRollupDelta } from '../../src/modules/rollup/rollup.service.js';
import { DEMO_PASSWORD } from '../../src/seed/demo.js';
import { createAgent, type HttpTarget, isSuccess, send } from './http.js';
import { QUERIES } from './queries.js';

/** Who reads, and which regions each may ask about (the demo's users). */
const READERS: { username: string; regions: string[] }[] = [
  { username: 'admin', regions: ['16.71', '16.06', '64.74', '13.74', '64.72'] },
  { username: 'walikota', regions: ['16.71'] },
  { username: 'klaster1', regions: ['16.71'] },
  { username: 'walikota.bontang', regions: ['64.74'] },
  { username: 'klaster1.muba', regions: ['16.06'] },
];

const SAVE_DRAFT = `mutation ($input: SaveReportDraftInput!) { saveReportDraft(input: $input) {
  __typename ... on DomainError { code field message } ... on MutationSaveReportDraftSuccess { data { id } } } }`;

export interface RakorMorningFigures {
  clients: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  /** The first error's text, to say what failed. */
  firstError: string | null;
  writesAccepted: number;
  writesRefused: number;
  firstRefusal: string | null;
}

async function login(port: number, username: string): Promise<string> {
  const agent = createAgent(1);
  try {
    const result = await send(agent, {
      port,
      path: '/graphql',
      body: JSON.stringify({
        query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { __typename } }',
        variables: { u: username, p: DEMO_PASSWORD },
      }),
    });
    const setCookie = result.headers['set-cookie'];
    const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)?.split(';')[0];
    if (!cookie) throw new Error(`login as ${username} failed: ${result.body.slice(0, 200)}`);
    return cookie;
  } finally {
    agent.destroy();
  }
}

/** The dashboard's queries with every region argument set to `region`. */
function queriesFor(region: string): { label: string; body: string }[] {
  return QUERIES.map((q) => ({
    label: q.label,
    body: JSON.stringify({
      query: q.query,
      variables: Object.fromEntries(
        Object.entries(q.variables).map(([k, v]) => [k, typeof v === 'string' && /^\d{2}\.\d{2}$/.test(v) ? region : v]),
      ),
    }),
  }));
}

async function post(agent: Agent, port: number, body: string, cookie: string) {
  const target: HttpTarget = { port, path: '/graphql', body, headers: { cookie } };
  return send(agent, target);
}

/** Dinas Sosial's report that it may still edit (the demo has a RETURNED October one). */
async function editableReport(port: number, cookie: string): Promise<Record<string, unknown>> {
  const agent = createAgent(1);
  try {
    const result = await post(
      agent,
      port,
      JSON.stringify({
        query: `{ reports(regionCode: "16.71", year: 2026) { id month status realisasi outputCumulative beneficiariesCumulative problems solutions program { id } } }`,
      }),
      cookie,
    );
    const reports = (JSON.parse(result.body) as { data?: { reports?: Record<string, unknown>[] } }).data?.reports ?? [];
    const editable = reports
      .filter((r) => r.status === 'DRAFT' || r.status === 'RETURNED')
      .sort((a, b) => (b.month as number) - (a.month as number))[0];
    if (!editable) throw new Error(`Dinas Sosial has no DRAFT or RETURNED report to save: ${result.body.slice(0, 200)}`);
    return editable;
  } finally {
    agent.destroy();
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export async function rakorMorning(port: number, options: { clients?: number; seconds?: number } = {}): Promise<RakorMorningFigures> {
  const clients = options.clients ?? 50;
  const seconds = options.seconds ?? 60;
  const cookies = new Map<string, string>();
  for (const reader of READERS) cookies.set(reader.username, await login(port, reader.username));
  const writerCookie = await login(port, 'dinsos');
  const report = await editableReport(port, writerCookie);

  // Client i reads as reader i mod 5, on one of its regions, starting at a different query.
  const plans = Array.from({ length: clients }, (_, i) => {
    const reader = READERS[i % READERS.length]!;
    const region = reader.regions[Math.floor(i / READERS.length) % reader.regions.length]!;
    return { cookie: cookies.get(reader.username)!, queries: queriesFor(region), offset: i };
  });

  const agent = createAgent(clients + 1);
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let writesAccepted = 0;
  let writesRefused = 0;
  let firstRefusal: string | null = null;
  const started = performance.now();
  const deadline = started + seconds * 1_000;

  const reader = async (plan: (typeof plans)[number]) => {
    for (let n = plan.offset; performance.now() < deadline; n++) {
      const query = plan.queries[n % plan.queries.length]!;
      const t0 = performance.now();
      try {
        const result = await post(agent, port, query.body, plan.cookie);
        latencies.push(performance.now() - t0);
        if (!isSuccess(result)) {
          errors++;
          firstError ??= `${query.label}: HTTP ${result.status} ${result.body.slice(0, 200)}`;
        }
      } catch (error) {
        errors++;
        firstError ??= `${query.label}: ${(error as Error).message}`;
      }
    }
  };

  const writer = async () => {
    for (let n = 0; performance.now() < deadline; n++) {
      const next = started + (n + 1) * 1_000;
      const input = {
        programId: (report.program as { id: number }).id,
        month: report.month,
        realisasi: report.realisasi,
        outputCumulative: report.outputCumulative,
        beneficiariesCumulative: report.beneficiariesCumulative,
        // A real edit each second: the note changes, the figures stay.
        problems: `Catatan rapat pagi, penyimpanan ke-${n + 1}`,
        solutions: report.solutions,
      };
      try {
        const result = await post(agent, port, JSON.stringify({ query: SAVE_DRAFT, variables: { input } }), writerCookie);
        const outcome = (JSON.parse(result.body) as { data?: { saveReportDraft?: { __typename: string } } }).data?.saveReportDraft;
        if (outcome?.__typename === 'MutationSaveReportDraftSuccess') writesAccepted++;
        else {
          writesRefused++;
          firstRefusal ??= result.body.slice(0, 300);
        }
      } catch (error) {
        writesRefused++;
        firstRefusal ??= (error as Error).message;
      }
      await new Promise((resolveWait) => setTimeout(resolveWait, Math.max(0, next - performance.now())));
    }
  };

  await Promise.all([...plans.map(reader), writer()]);
  const elapsed = (performance.now() - started) / 1_000;
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  return {
    clients,
    seconds: elapsed,
    requests: sorted.length,
    rps: sorted.length / elapsed,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? 0,
    errors,
    firstError,
    writesAccepted,
    writesRefused,
    firstRefusal,
  };
}

export interface ScaleFigures {
  /** households(filter: {regionCode: kecamatan}, first: 50) { totalCount … } as admin, one client. */
  listP50: number;
  listP95: number;
  listSamples: number;
  /** The same list for the whole kabupaten/kota (Rumah tangga's first page for the secretariat). */
  regencyListP50: number;
  regencyListP95: number;
  /** One household's rollup update by difference (a verification's), rolled back: median and p95. */
  deltaP50: number;
  deltaP95: number;
  deltaSamples: number;
}

const HOUSEHOLD_LIST = `query ($r: RegionCode!) { households(filter: { regionCode: $r }, first: 50) {
  totalCount edges { node { id householdNumber desil povertyStatus verificationState kelurahan { name } } } pageInfo { hasNextPage endCursor } } }`;

/**
 * The two figures issue 13 asks to stay flat as the registry grows: the household list of a
 * kecamatan (p50/p95 over sequential requests) and the rollup work of one household's write
 * (withHouseholdRollupDelta around a status change, in a transaction rolled back).
 */
export async function scaleChecks(port: number, db: Database, kecamatan: string): Promise<ScaleFigures> {
  const cookie = await login(port, 'admin');
  const agent = createAgent(1);
  // The list is not cached (it carries households): every request reads the database.
  const timeList = async (region: string): Promise<number[]> => {
    const body = JSON.stringify({ query: HOUSEHOLD_LIST, variables: { r: region } });
    const first = await post(agent, port, body, cookie);
    if (!isSuccess(first)) throw new Error(`the household list of ${region} failed: ${first.body.slice(0, 300)}`);
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      await post(agent, port, body, cookie);
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b);
  };
  let list: number[];
  let regencyList: number[];
  try {
    list = await timeList(kecamatan);
    regencyList = await timeList(kecamatan.split('.').slice(0, 2).join('.'));
  } finally {
    agent.destroy();
  }
  const ids = await db.raw<{ id: number }>(
    `SELECT id FROM household WHERE kelurahan_code COLLATE "C" >= $1 AND kelurahan_code COLLATE "C" < $1 || '/' ORDER BY id LIMIT 30`,
    [kecamatan],
  );
  const delta: number[] = [];
  for (const { id } of ids) {
    const t0 = performance.now();
    await db
      .transaction(async (raw) => {
        await withHouseholdRollupDelta(runnerFromRaw(raw), 2026, [id], () =>
          raw(
            `UPDATE household SET poverty_status = CASE WHEN poverty_status = 'EXTREME' THEN 'POOR'::"PovertyStatus" ELSE 'EXTREME'::"PovertyStatus" END WHERE id = $1`,
            [id],
          ),
        );
        delta.push(performance.now() - t0);
        throw new RolledBack();
      })
      .catch((error) => {
        if (!(error instanceof RolledBack)) throw error;
      });
  }
  const d = delta.sort((a, b) => a - b);
  return {
    listP50: percentile(list, 50),
    listP95: percentile(list, 95),
    listSamples: list.length,
    regencyListP50: percentile(regencyList, 50),
    regencyListP95: percentile(regencyList, 95),
    deltaP50: percentile(d, 50),
    deltaP95: percentile(d, 95),
    deltaSamples: d.length,
  };
}

class RolledBack extends Error {}
