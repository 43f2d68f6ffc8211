// The naive path the benchmark compares with: the same dashboard figures computed per request
// with Prisma `count` / `groupBy` / `aggregate` / `findMany` on the source tables (household,
// benefit, progress_report, program_monthly_plan, indicator_value), with no rollup. It is what a
// first version without analytics tables would do. Each function returns the numbers the
// benchmark compares with the GraphQL answer (see queries.ts); it has no GraphQL, no session
// and no scope check, which only flatters it.
import { createServer, type Server } from 'node:http';
import type { Database } from '../../src/db.js';
import type { Prisma } from '../../src/generated/prisma/client.js';
import { statusFromGap, targetProgress, targetStatus } from '../../src/modules/poverty/poverty.service.js';
import { targetPath } from '../../src/modules/target/target.service.js';

type Prismas = Database['prisma'];
type Args = Record<string, unknown>;

const DEFAULT_THRESHOLDS = { onTrackMaxGap: 0, atRiskMaxGap: 0.25 };

async function setting<T>(prisma: Prismas, key: string, fallback: T): Promise<T> {
  const row = await prisma.setting.findUnique({ where: { key } });
  return row ? (row.value as T) : fallback;
}

/** Households of a region and everything under it: a kelurahan by equality, a larger region by code prefix. */
const householdsUnder = (code: string): Prisma.HouseholdWhereInput =>
  code.split('.').length >= 4 ? { kelurahanCode: code } : { kelurahanCode: { startsWith: `${code}.` } };
const isUnder = (code: string, prefix: string) => code === prefix || code.startsWith(`${prefix}.`);

/** The region's programs of a year with their latest approved report at `month` and the plan then. */
async function programBudgets(prisma: Prismas, regionCode: string, year: number, month?: number) {
  const programs = await prisma.program.findMany({
    where: { regionCode, fiscalYear: year },
    select: {
      id: true,
      code: true,
      opdId: true,
      pagu: true,
      beneficiaryTarget: true,
      outputTarget: true,
      cluster: { select: { number: true, regionCode: true } },
    },
  });
  const ids = programs.map((p) => p.id);
  const [reports, plans] = await Promise.all([
    prisma.progressReport.findMany({
      where: { programId: { in: ids }, status: 'APPROVED' },
      select: { programId: true, month: true, realisasi: true, outputCumulative: true, beneficiariesCumulative: true },
      orderBy: { month: 'asc' },
    }),
    prisma.programMonthlyPlan.findMany({
      where: { programId: { in: ids } },
      select: { programId: true, month: true, plannedCumulative: true },
    }),
  ]);
  const latestMonth = reports.reduce((m, r) => Math.max(m, r.month), 0);
  const at = month ?? (latestMonth || 12);
  const latest = (programId: number, upTo: number) => reports.filter((r) => r.programId === programId && r.month <= upTo).at(-1);
  const planned = (programId: number, m: number) => plans.find((p) => p.programId === programId && p.month === m)?.plannedCumulative ?? 0n;
  return { programs, reports, plans, at, latestMonth, latest, planned };
}

export async function overview(prisma: Prismas, args: Args) {
  const regionCode = String(args.regionCode).slice(0, 5);
  const year = Number(args.year);
  const asOf = new Date(`${String(args.asOf)}T00:00:00Z`);
  const [p0, target, thresholds, currentYear] = await Promise.all([
    prisma.indicatorValue.findMany({
      where: { indicatorCode: 'P0', regionCode, year: { lte: year }, month: 0 },
      orderBy: { year: 'desc' },
      take: 2,
    }),
    prisma.target.findFirst({ where: { regionCode, indicatorCode: 'P0' }, orderBy: { id: 'asc' } }),
    setting(prisma, 'targets.statusThresholds', DEFAULT_THRESHOLDS),
    setting(prisma, 'fiscal.currentYear', new Date().getUTCFullYear()),
  ]);
  const latestP0 = p0[0];
  const point = latestP0 && target ? targetPath(target).find((p) => p.year === latestP0.year) : undefined;
  const povertyRate = latestP0
    ? { value: latestP0.value, status: point ? targetStatus(latestP0.value, point.value, thresholds).status : null }
    : null;

  // Extreme-poor households: a figure published for the current year, else the registry count.
  const published = await prisma.indicatorValue.findFirst({
    where: { indicatorCode: 'EXTREME_POOR_HOUSEHOLDS', regionCode, year: currentYear, month: 0 },
  });
  const group = await prisma.regionGroup.findFirst({
    where: { regionCode, kind: 'PRIORITY_INTERVENTION' },
    orderBy: { year: 'desc' },
    select: { members: { select: { regionCode: true } } },
  });
  const members = group?.members.map((m) => m.regionCode) ?? [];
  const [households, perPlace] = await Promise.all([
    published
      ? published.value
      : prisma.household.count({ where: { ...householdsUnder(regionCode), povertyStatus: 'EXTREME', lifecycle: 'ACTIVE' } }),
    members.length
      ? prisma.household.groupBy({
          by: ['kelurahanCode'],
          where: { OR: members.map(householdsUnder), povertyStatus: 'EXTREME', lifecycle: 'ACTIVE' },
          _count: { _all: true },
        })
      : [],
  ]);
  const priorityAtZero = members.filter((code) => !perPlace.some((p) => isUnder(p.kelurahanCode, code) && p._count._all > 0)).length;

  // Budget absorption at the latest month with an approved report.
  const b = await programBudgets(prisma, regionCode, year);
  let budget: Record<string, unknown> | null = null;
  if (b.latestMonth > 0) {
    const at = b.latestMonth;
    const pagu = b.programs.reduce((s, p) => s + p.pagu, 0n);
    const realisasi = b.programs.reduce((s, p) => s + (b.latest(p.id, at)?.realisasi ?? 0n), 0n);
    const planned = b.programs.reduce((s, p) => s + b.planned(p.id, at), 0n);
    const status = planned > 0n ? statusFromGap(Number(planned - realisasi) / Number(planned), thresholds) : null;
    budget = { month: at, pagu: Number(pagu), realisasi: Number(realisasi), plannedCumulative: Number(planned), status };
  }

  // What is late on the as-of date.
  const asOfYear = asOf.getUTCFullYear();
  const reportMonth = year < asOfYear ? 12 : year > asOfYear ? null : asOf.getUTCMonth() >= 1 ? asOf.getUTCMonth() : null;
  const [overdueFollowUps, latePriorities, notReported] = await Promise.all([
    prisma.followUp.count({
      where: { decision: { rakor: { regionCode } }, status: { in: ['OPEN', 'IN_PROGRESS'] }, dueDate: { lt: asOf } },
    }),
    prisma.priority.count({ where: { regionCode, status: { in: ['NOT_STARTED', 'IN_PROGRESS'] }, dueDate: { lt: asOf } } }),
    reportMonth
      ? prisma.program.groupBy({
          by: ['opdId'],
          where: { regionCode, fiscalYear: year, reports: { none: { month: reportMonth, status: { in: ['SUBMITTED', 'APPROVED'] } } } },
        })
      : [],
  ]);
  // Programs on track, at risk and off track at the due month: realised against planned per program.
  const statusAt = reportMonth ?? 1;
  const programs = { onTrack: 0, atRisk: 0, offTrack: 0, month: statusAt };
  for (const p of b.programs) {
    const planned = b.planned(p.id, statusAt);
    const realised = b.latest(p.id, statusAt)?.realisasi ?? 0n;
    const status = statusFromGap(planned > 0n ? Number(planned - realised) / Number(planned) : 0, thresholds);
    if (status === 'ON_TRACK') programs.onTrack += 1;
    else if (status === 'AT_RISK') programs.atRisk += 1;
    else programs.offTrack += 1;
  }
  return {
    povertyRate,
    extremePoor: { households, priorityAtZero, priorityTotal: members.length },
    budget,
    programs,
    late: { overdueFollowUps, latePriorities, opdsNotReported: notReported.length, reportMonth },
  };
}

async function placeCounts(prisma: Prismas, where: Prisma.HouseholdWhereInput) {
  return prisma.household.groupBy({ by: ['kelurahanCode'], where, _count: { _all: true }, _sum: { memberCount: true } });
}

export async function extremePoverty(prisma: Prismas, args: Args) {
  const regionCode = String(args.regionCode);
  const extreme = { povertyStatus: 'EXTREME', lifecycle: 'ACTIVE' } as const;
  const [cells, children, groups] = await Promise.all([
    placeCounts(prisma, { ...householdsUnder(regionCode), ...extreme }),
    prisma.region.findMany({ where: { parentCode: regionCode }, orderBy: { code: 'asc' }, select: { code: true } }),
    prisma.regionGroup.findMany({
      where: { regionCode: regionCode.slice(0, 5), kind: 'PRIORITY_INTERVENTION' },
      orderBy: { year: 'desc' },
      select: { members: { select: { regionCode: true }, orderBy: { regionCode: 'asc' } } },
    }),
  ]);
  const sum = (code: string, rows: typeof cells) => {
    const inside = rows.filter((c) => isUnder(c.kelurahanCode, code));
    return {
      households: inside.reduce((s, c) => s + c._count._all, 0),
      members: inside.reduce((s, c) => s + (c._sum.memberCount ?? 0), 0),
    };
  };
  const priorityGroups = await Promise.all(
    groups.map(async (g) => {
      const codes = g.members.map((m) => m.regionCode);
      const rows = await placeCounts(prisma, { OR: codes.map(householdsUnder), ...extreme });
      const areas = codes.map((code) => ({ regionCode: code, current: sum(code, rows).households }));
      return { atZero: areas.filter((a) => a.current === 0).length, total: areas.length, areas };
    }),
  );
  return {
    ...sum(regionCode, cells),
    byPlace: children.map((c) => ({ regionCode: c.code, ...sum(c.code, cells) })),
    priorityGroups,
  };
}

/** Annual actuals of an indicator summed over places; extreme-poor households fall back to the registry count. */
async function actuals(
  prisma: Prismas,
  indicatorCode: string,
  places: string[],
  currentYear: number,
  sourceId: string,
  synthetic: boolean,
) {
  const values = await prisma.indicatorValue.findMany({
    where: { indicatorCode, regionCode: { in: places }, month: 0 },
    orderBy: { year: 'asc' },
  });
  const years = [...new Set(values.map((v) => v.year))];
  const result = years
    .map((year) => values.filter((v) => v.year === year))
    .filter((rows) => new Set(rows.map((r) => r.regionCode)).size === places.length)
    .map((rows) => ({
      year: rows[0]!.year,
      value: rows.reduce((s, r) => s + r.value, 0),
      source: [...new Set(rows.map((r) => r.sourceId))].sort().join(', '),
      synthetic: rows.some((r) => r.synthetic),
    }));
  if (indicatorCode === 'EXTREME_POOR_HOUSEHOLDS' && !result.some((a) => a.year === currentYear)) {
    const value = await prisma.household.count({
      where: { OR: places.map(householdsUnder), povertyStatus: 'EXTREME', lifecycle: 'ACTIVE' },
    });
    result.push({ year: currentYear, value, source: sourceId, synthetic });
  }
  return result;
}

export async function targets(prisma: Prismas, args: Args) {
  const regionCode = String(args.regionCode);
  const [rows, thresholds, currentYear, demo] = await Promise.all([
    prisma.target.findMany({
      where: { regionCode },
      orderBy: { id: 'asc' },
      include: { regionGroup: { select: { members: { select: { regionCode: true } } } } },
    }),
    setting(prisma, 'targets.statusThresholds', DEFAULT_THRESHOLDS),
    setting(prisma, 'fiscal.currentYear', new Date().getUTCFullYear()),
    prisma.setting.findUnique({ where: { key: 'demo.seed' } }),
  ]);
  return {
    targets: await Promise.all(
      rows.map(async (t) => {
        const places = t.regionGroup ? t.regionGroup.members.map((m) => m.regionCode) : [t.regionCode];
        const a = await actuals(prisma, t.indicatorCode, places, currentYear, demo ? 'pantau-synthetic' : 'registry', Boolean(demo));
        const progress = targetProgress(t, a, thresholds).map((y) => ({
          year: y.year,
          target: y.target,
          actual: y.actual,
          status: y.status,
        }));
        return { id: t.id, progress };
      }),
    ),
  };
}

export async function budgetByOpd(prisma: Prismas, args: Args) {
  const b = await programBudgets(prisma, String(args.regionCode), Number(args.year));
  const byOpd = new Map<number, { opdId: number; pagu: bigint; realisasi: bigint; planned: bigint; programs: number }>();
  for (const p of b.programs) {
    const row = byOpd.get(p.opdId) ?? { opdId: p.opdId, pagu: 0n, realisasi: 0n, planned: 0n, programs: 0 };
    row.pagu += p.pagu;
    row.realisasi += b.latest(p.id, b.at)?.realisasi ?? 0n;
    row.planned += b.planned(p.id, b.at);
    row.programs++;
    byOpd.set(p.opdId, row);
  }
  return {
    month: b.at,
    rows: [...byOpd.values()]
      .map((r) => ({
        opdId: r.opdId,
        pagu: Number(r.pagu),
        realisasi: Number(r.realisasi),
        plannedCumulative: Number(r.planned),
        programCount: r.programs,
      }))
      .sort((x, y) => x.opdId - y.opdId),
  };
}

export async function budgetCurve(prisma: Prismas, args: Args) {
  const b = await programBudgets(prisma, String(args.regionCode), Number(args.year));
  const pagu = b.programs.reduce((s, p) => s + p.pagu, 0n);
  return {
    months: Array.from({ length: 12 }, (_, i) => {
      const month = i + 1;
      const reported = b.programs.filter((p) => b.reports.some((r) => r.programId === p.id && r.month === month)).length;
      return {
        month,
        pagu: Number(pagu),
        planned: Number(b.programs.reduce((s, p) => s + b.planned(p.id, month), 0n)),
        realised: Number(b.programs.reduce((s, p) => s + (b.latest(p.id, month)?.realisasi ?? 0n), 0n)),
        reportedPrograms: reported,
        programCount: b.programs.length,
      };
    }),
  };
}

export async function programOutcomes(prisma: Prismas, args: Args) {
  const year = Number(args.year);
  const [b, thresholds] = await Promise.all([
    programBudgets(prisma, String(args.regionCode), year),
    setting(prisma, 'targets.statusThresholds', DEFAULT_THRESHOLDS),
  ]);
  const ids = b.programs.map((p) => p.id);
  // One benefit row per household and program in a year: a count of rows is a count of households.
  const [reached, graduated] = await Promise.all([
    prisma.benefit.groupBy({ by: ['programId'], where: { programId: { in: ids }, fiscalYear: year }, _count: { _all: true } }),
    prisma.benefit.groupBy({
      by: ['programId'],
      where: { programId: { in: ids }, fiscalYear: year, household: { lifecycle: 'GRADUATED' } },
      _count: { _all: true },
    }),
  ]);
  const programs = [...b.programs]
    .sort(
      (x, y) =>
        x.cluster.regionCode.localeCompare(y.cluster.regionCode) || x.cluster.number - y.cluster.number || (x.code < y.code ? -1 : 1),
    )
    .map((p) => {
      const report = b.latest(p.id, b.at);
      const realisasi = report?.realisasi ?? 0n;
      const planned = b.planned(p.id, b.at);
      const reach = reached.find((r) => r.programId === p.id);
      const gap = planned > 0n ? Number(planned - realisasi) / Number(planned) : 0;
      return {
        programId: p.id,
        beneficiariesReached: reach ? reach._count._all : (report?.beneficiariesCumulative ?? 0),
        householdsGraduated: reach ? (graduated.find((g) => g.programId === p.id)?._count._all ?? 0) : null,
        realisasi: Number(realisasi),
        status: statusFromGap(gap, thresholds),
      };
    });
  const count = (s: string) => programs.filter((p) => p.status === s).length;
  return { month: b.at, statusCounts: { onTrack: count('ON_TRACK'), atRisk: count('AT_RISK'), offTrack: count('OFF_TRACK') }, programs };
}

const TARGET_GROUP_FILTER: Record<string, Prisma.HouseholdWhereInput> = {
  EXTREME_POOR: { povertyStatus: 'EXTREME' },
  POOR: { povertyStatus: { in: ['EXTREME', 'POOR'] } },
  DESIL_1_2: { desil: { gte: 1, lte: 2 } },
  DESIL_1_4: { desil: { gte: 1, lte: 4 } },
  ALL_REGISTERED: {},
};

export async function targeting(prisma: Prismas, args: Args) {
  const regionCode = String(args.regionCode);
  const year = Number(args.year);
  const under = householdsUnder(regionCode);
  // In the exclusion base: active, and extreme poor or desil 1.
  const eligible: Prisma.HouseholdWhereInput = { ...under, lifecycle: 'ACTIVE', OR: [{ povertyStatus: 'EXTREME' }, { desil: 1 }] };
  const unreached: Prisma.HouseholdWhereInput = { ...eligible, benefits: { none: { fiscalYear: year } } };
  const regency = regionCode.slice(0, 5);
  const programs = await prisma.program.findMany({
    where: { fiscalYear: year, OR: [{ regionCode: regency }, { regionCode: { startsWith: `${regionCode}.` } }] },
    select: { id: true, targetGroup: true },
    orderBy: { id: 'asc' },
  });
  const ids = programs.map((p) => p.id);
  const groups = [...new Set(programs.map((p) => p.targetGroup))];
  const [reached, eligibleByGroup, totals, children, eligibleCells, unreachedCells] = await Promise.all([
    prisma.benefit.groupBy({
      by: ['programId'],
      where: { programId: { in: ids }, fiscalYear: year, household: under },
      _count: { _all: true },
    }),
    Promise.all(
      groups.map((g) =>
        prisma.benefit.groupBy({
          by: ['programId'],
          where: {
            programId: { in: programs.filter((p) => p.targetGroup === g).map((p) => p.id) },
            fiscalYear: year,
            household: { ...under, ...TARGET_GROUP_FILTER[g] },
          },
          _count: { _all: true },
        }),
      ),
    ),
    Promise.all([
      prisma.household.count({ where: eligible }),
      prisma.household.count({ where: unreached }),
      prisma.benefit.groupBy({
        by: ['householdId'],
        where: { fiscalYear: year, household: { ...under, lifecycle: 'ACTIVE' } },
        having: { householdId: { _count: { gte: 3 } } },
      }),
      prisma.household.count({ where: { ...under, lifecycle: 'ACTIVE', benefits: { some: { fiscalYear: year } } } }),
      prisma.household.count({ where: { ...under, benefits: { some: { fiscalYear: year } } } }),
    ]),
    prisma.region.findMany({ where: { parentCode: regionCode }, orderBy: { code: 'asc' }, select: { code: true } }),
    prisma.household.groupBy({ by: ['kelurahanCode'], where: eligible, _count: { _all: true } }),
    prisma.household.groupBy({ by: ['kelurahanCode'], where: unreached, _count: { _all: true } }),
  ]);
  const [eligibleTotal, unreachedTotal, overlapping, reachedActive, reachedAll] = totals;
  const byProgram = programs.map((p) => ({
    programId: p.id,
    reached: reached.find((r) => r.programId === p.id)?._count._all ?? 0,
    eligible: eligibleByGroup.flat().find((r) => r.programId === p.id)?._count._all ?? 0,
  }));
  const inside = (rows: { kelurahanCode: string; _count: { _all: number } }[], code: string) =>
    rows.filter((r) => isUnder(r.kelurahanCode, code)).reduce((s, r) => s + r._count._all, 0);
  return {
    reached: byProgram.reduce((s, p) => s + p.reached, 0),
    eligibleReached: byProgram.reduce((s, p) => s + p.eligible, 0),
    distinctReached: reachedAll,
    exclusion: { eligible: eligibleTotal, unreached: unreachedTotal },
    overlap: { households: overlapping.length, reached: reachedActive },
    byProgram,
    byChildRegion: children.map((c) => ({
      regionCode: c.code,
      eligible: inside(eligibleCells, c.code),
      unreached: inside(unreachedCells, c.code),
    })),
  };
}

/** The latest year (≤ `year` when given) with a value of an indicator group for the region. */
async function latestYear(prisma: Prismas, group: 'PSKS' | 'STUNTING', regionCode: string) {
  const row = await prisma.indicatorValue.aggregate({ _max: { year: true }, where: { regionCode, indicator: { group } } });
  return row._max.year;
}

export async function psks(prisma: Prismas, args: Args) {
  const regionCode = String(args.regionCode);
  const [year, poorHouseholds] = await Promise.all([
    latestYear(prisma, 'PSKS', regionCode),
    prisma.household.count({ where: { ...householdsUnder(regionCode), povertyStatus: { in: ['EXTREME', 'POOR'] }, lifecycle: 'ACTIVE' } }),
  ]);
  const values =
    year === null
      ? []
      : await prisma.indicatorValue.findMany({
          where: { regionCode, year, month: 0, indicator: { group: 'PSKS' } },
          orderBy: { indicatorCode: 'asc' },
          include: { indicator: true, source: true },
        });
  return { year, poorHouseholds, byType: values.map((v) => ({ indicatorCode: v.indicatorCode, value: v.value })) };
}

export async function stunting(prisma: Prismas, args: Args) {
  const regionCode = String(args.regionCode);
  const year = await latestYear(prisma, 'STUNTING', regionCode);
  if (year === null) return { year, total: null, byPlace: [] };
  const values = await prisma.indicatorValue.findMany({
    where: {
      indicatorCode: { in: ['STUNTING_CASES', 'STUNTING_PREVALENCE'] },
      year,
      month: 0,
      OR: [{ regionCode }, { region: { parentCode: regionCode } }],
    },
    orderBy: [{ regionCode: 'asc' }, { indicatorCode: 'asc' }],
    include: { indicator: true, source: true, region: { select: { name: true } } },
  });
  const cases = (code: string) => values.find((v) => v.regionCode === code && v.indicatorCode === 'STUNTING_CASES')?.value ?? null;
  const places = [...new Set(values.map((v) => v.regionCode))].filter((c) => c !== regionCode);
  return { year, total: cases(regionCode), byPlace: places.map((code) => ({ regionCode: code, cases: cases(code) })) };
}

export const NAIVE: Record<string, (prisma: Prismas, args: Args) => Promise<unknown>> = {
  overview,
  extremePoverty,
  targets,
  budgetByOpd,
  budgetCurve,
  programOutcomes,
  targeting,
  psks,
  stunting,
};

/**
 * The naive endpoints: POST /naive/<name> with the arguments as a JSON body. GET /inflight says
 * how many requests are running, so the benchmark can wait for a slow phase to drain.
 */
export function createNaiveServer(db: Database): Server {
  let inflight = 0;
  return createServer((req, res) => {
    if (req.url === '/inflight') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ inflight }));
      return;
    }
    const name = req.url?.startsWith('/naive/') ? req.url.slice('/naive/'.length) : '';
    const handler = NAIVE[name];
    if (!handler || req.method !== 'POST') {
      res.statusCode = 404;
      res.end('{"error":"no such endpoint"}');
      return;
    }
    inflight++;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      handler(db.prisma, JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Args)
        .then((result) => {
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ data: result }, (_key, value) => (typeof value === 'bigint' ? Number(value) : value)));
        })
        .catch((error: unknown) => {
          res.statusCode = 500;
          res.setHeader('content-type', 'application/json');
          // The message's first line only: driver errors may carry parameters.
          res.end(JSON.stringify({ error: String((error as Error).message ?? error).split('\n')[0] }));
        })
        .finally(() => {
          inflight--;
        });
    });
  });
}
