// The dashboard queries the benchmark times: each GraphQL operation as the dashboard would send
// it, the naive endpoint that computes the same numbers from the source tables, and how to pull
// the comparable numbers out of both answers (a check that the naive path is a fair stand-in).

export const AS_OF = '2026-11-23';

export interface BenchQuery {
  name: string;
  /** What the row of the table says. */
  label: string;
  /** Query fields the operation needs; missing ones skip it with a note. */
  fields: string[];
  query: string;
  variables: Record<string, unknown>;
  /** The naive endpoint (scripts/bench/naive.ts) and its arguments. */
  naive: string;
  naiveArgs: Record<string, unknown>;
  /** The numbers both paths must agree on, from the GraphQL `data`. */
  fromGraphql(data: Record<string, unknown>): unknown;
  /** The same from the naive endpoint's `data`; identity unless the shapes differ. */
  fromNaive?(data: Record<string, unknown>): unknown;
}

// biome-ignore lint/suspicious/noExplicitAny: GraphQL answers are walked by field name here.
type Any = any;

export const QUERIES: BenchQuery[] = [
  {
    name: 'overview',
    label: 'overview(16.71, 2026)',
    fields: ['overview'],
    query: `query Overview($code: RegionCode!, $year: Int, $asOf: Date) {
      overview(regionCode: $code, year: $year, asOf: $asOf) {
        regionCode year asOf
        povertyRate { year value previousYear previousValue target status targetName sourceId sourceTitle vintage synthetic }
        extremePoor { households previousYear previousValue priorityAtZero priorityTotal priorityGroupName sourceId synthetic vintage }
        budget { month pagu realisasi plannedCumulative absorptionRate plannedRate status }
        programs { onTrack atRisk offTrack month }
        late { overdueFollowUps latePriorities opdsNotReported reportMonth }
      } }`,
    variables: { code: '16.71', year: 2026, asOf: AS_OF },
    naive: 'overview',
    naiveArgs: { regionCode: '16.71', year: 2026, asOf: AS_OF },
    fromGraphql: (d: Any) => {
      const o = d.overview;
      return {
        povertyRate: o.povertyRate && { value: o.povertyRate.value, status: o.povertyRate.status },
        extremePoor: {
          households: o.extremePoor.households,
          priorityAtZero: o.extremePoor.priorityAtZero,
          priorityTotal: o.extremePoor.priorityTotal,
        },
        budget: o.budget && {
          month: o.budget.month,
          pagu: o.budget.pagu,
          realisasi: o.budget.realisasi,
          plannedCumulative: o.budget.plannedCumulative,
          status: o.budget.status,
        },
        programs: o.programs,
        late: o.late,
      };
    },
  },
  {
    name: 'extremePoverty',
    label: 'extremePoverty(16.71) byPlace, priorityGroups',
    fields: ['extremePoverty'],
    query: `query ExtremePoverty($code: RegionCode!) {
      extremePoverty(regionCode: $code) {
        regionCode households members sourceId synthetic vintage
        byPlace { regionCode name households members suppressed }
        priorityGroups { group { id name } atZero total areas { regionCode name current atZero series { year households sourceId synthetic } } }
      } }`,
    variables: { code: '16.71' },
    naive: 'extremePoverty',
    naiveArgs: { regionCode: '16.71' },
    fromGraphql: (d: Any) => {
      const e = d.extremePoverty;
      return {
        households: e.households,
        members: e.members,
        byPlace: e.byPlace.map((p: Any) => ({ regionCode: p.regionCode, households: p.households, members: p.members })),
        priorityGroups: e.priorityGroups.map((g: Any) => ({
          atZero: g.atZero,
          total: g.total,
          areas: g.areas.map((a: Any) => ({ regionCode: a.regionCode, current: a.current })),
        })),
      };
    },
  },
  {
    name: 'targets',
    label: 'region(13.74).targets with progress',
    fields: ['region'],
    query: `query Targets($code: RegionCode!) {
      region(code: $code) {
        code name
        targets { id name shape baselineYear baselineValue annualStep endYear path { year value }
          progress { year target actual gap status actualSource actualSynthetic } }
      } }`,
    variables: { code: '13.74' },
    naive: 'targets',
    naiveArgs: { regionCode: '13.74' },
    fromGraphql: (d: Any) => ({
      targets: d.region.targets.map((t: Any) => ({
        id: t.id,
        progress: t.progress.map((y: Any) => ({ year: y.year, target: y.target, actual: y.actual, status: y.status })),
      })),
    }),
  },
  {
    name: 'budgetByOpd',
    label: 'budget(16.71, 2026, groupBy OPD)',
    fields: ['budget'],
    query: `query BudgetByOpd($code: RegionCode!, $year: Int!) {
      budget(regionCode: $code, year: $year, groupBy: OPD) {
        key label month pagu realisasi plannedCumulative absorptionRate plannedRate programCount synthetic opd { id name shortName }
      } }`,
    variables: { code: '16.71', year: 2026 },
    naive: 'budgetByOpd',
    naiveArgs: { regionCode: '16.71', year: 2026 },
    fromGraphql: (d: Any) => ({
      month: d.budget[0]?.month ?? null,
      rows: d.budget
        .map((r: Any) => ({
          opdId: r.opd.id,
          pagu: r.pagu,
          realisasi: r.realisasi,
          plannedCumulative: r.plannedCumulative,
          programCount: r.programCount,
        }))
        .sort((x: Any, y: Any) => x.opdId - y.opdId),
    }),
  },
  {
    name: 'budgetCurve',
    label: 'budgetCurve(16.71, 2026)',
    fields: ['budgetCurve'],
    query: `query BudgetCurve($code: RegionCode!, $year: Int!) {
      budgetCurve(regionCode: $code, year: $year) { month pagu planned realised plannedRate realisedRate reported reportedPrograms programCount }
    }`,
    variables: { code: '16.71', year: 2026 },
    naive: 'budgetCurve',
    naiveArgs: { regionCode: '16.71', year: 2026 },
    fromGraphql: (d: Any) => ({
      months: d.budgetCurve.map((m: Any) => ({
        month: m.month,
        pagu: m.pagu,
        planned: m.planned,
        realised: m.realised,
        reportedPrograms: m.reportedPrograms,
        programCount: m.programCount,
      })),
    }),
  },
  {
    name: 'programOutcomes',
    label: 'programOutcomes(16.71, 2026)',
    fields: ['programOutcomes'],
    query: `query ProgramOutcomes($code: RegionCode!, $year: Int!) {
      programOutcomes(regionCode: $code, year: $year) {
        fiscalYear month onTrackMaxGap atRiskMaxGap
        statusCounts { onTrack atRisk offTrack month }
        programs { program { id code name } source beneficiariesReached beneficiaryTarget reachRate outputCumulative outputTarget outputRate
          pagu plannedCumulative realisasi absorptionRate costPerHousehold householdsGraduated planGap status }
      } }`,
    variables: { code: '16.71', year: 2026 },
    naive: 'programOutcomes',
    naiveArgs: { regionCode: '16.71', year: 2026 },
    fromGraphql: (d: Any) => {
      const o = d.programOutcomes;
      return {
        month: o.month,
        statusCounts: { onTrack: o.statusCounts.onTrack, atRisk: o.statusCounts.atRisk, offTrack: o.statusCounts.offTrack },
        programs: o.programs.map((p: Any) => ({
          programId: p.program.id,
          beneficiariesReached: p.beneficiariesReached,
          householdsGraduated: p.householdsGraduated,
          realisasi: p.realisasi,
          status: p.status,
        })),
      };
    },
  },
  {
    name: 'targeting',
    label: 'targeting(16.71, 2026)',
    fields: ['targeting'],
    query: `query Targeting($code: RegionCode!, $year: Int!) {
      targeting(regionCode: $code, year: $year) {
        regionCode regionName year rollupYear hasData suppressed sourceId synthetic vintage
        reached eligibleReached distinctReached inclusionErrorRate
        exclusion { eligible unreached exclusionErrorRate }
        overlap { households reached eligibleUnreached shareOfReached }
        byProgram { programId code name clusterNumber targetGroup reached eligible overlapping inclusionErrorRate }
        byChildRegion { regionCode name eligible unreached overlapping exclusionErrorRate suppressed }
      } }`,
    variables: { code: '16.71', year: 2026 },
    naive: 'targeting',
    naiveArgs: { regionCode: '16.71', year: 2026 },
    // The naive path leaves out the per-program and per-place overlap counts (households reached
    // by 3+ programs): Prisma cannot count them without loading every household; it would only be slower.
    fromGraphql: (d: Any) => {
      const t = d.targeting;
      return {
        reached: t.reached,
        eligibleReached: t.eligibleReached,
        distinctReached: t.distinctReached,
        exclusion: { eligible: t.exclusion.eligible, unreached: t.exclusion.unreached },
        overlap: { households: t.overlap.households, reached: t.overlap.reached },
        byProgram: t.byProgram
          .map((p: Any) => ({ programId: p.programId, reached: p.reached, eligible: p.eligible }))
          .sort((x: Any, y: Any) => x.programId - y.programId),
        byChildRegion: t.byChildRegion.map((c: Any) => ({ regionCode: c.regionCode, eligible: c.eligible, unreached: c.unreached })),
      };
    },
  },
  {
    name: 'psks',
    label: 'psks(13.74)',
    fields: ['psks'],
    query: `query Psks($code: RegionCode!) {
      psks(regionCode: $code) {
        regionCode year poorHouseholds
        byType { figure { indicatorCode name nameEn unit value sourceId sourceTitle vintage synthetic } per1000PoorHouseholds }
      } }`,
    variables: { code: '13.74' },
    naive: 'psks',
    naiveArgs: { regionCode: '13.74' },
    fromGraphql: (d: Any) => ({
      year: d.psks.year,
      poorHouseholds: d.psks.poorHouseholds,
      byType: d.psks.byType.map((t: Any) => ({ indicatorCode: t.figure.indicatorCode, value: t.figure.value })),
    }),
  },
  {
    name: 'stunting',
    label: 'stunting(16.71)',
    fields: ['stunting'],
    query: `query Stunting($code: RegionCode!) {
      stunting(regionCode: $code) {
        year
        total { regionCode regionName cases { value sourceId vintage synthetic } prevalence { value } }
        byPlace { regionCode regionName cases { value sourceId vintage synthetic } prevalence { value } }
      } }`,
    variables: { code: '16.71' },
    naive: 'stunting',
    naiveArgs: { regionCode: '16.71' },
    fromGraphql: (d: Any) => ({
      year: d.stunting.year,
      total: d.stunting.total?.cases?.value ?? null,
      byPlace: d.stunting.byPlace.map((p: Any) => ({ regionCode: p.regionCode, cases: p.cases?.value ?? null })),
    }),
  },
];

/** JSON of a value with floats rounded, so 9.04 and 9.040000000001 compare equal. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1e6) / 1e6 : v));
}

/** The first place two answers differ, for the table's note; null when they agree. */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (canonical(a) === canonical(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) {
      const found = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        path ? `${path}.${key}` : key,
      );
      if (found) return found;
    }
  }
  return `${path || 'value'}: ${canonical(a)?.slice(0, 60)} vs ${canonical(b)?.slice(0, 60)}`;
}
