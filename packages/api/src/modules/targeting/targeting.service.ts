// Targeting accuracy (tepat sasaran, DESIGN.md): inclusion error, exclusion error and overlap,
// summed in SQL over household_rollup and program_reach_rollup only. These reads never touch
// `household` or `benefit`; the lists behind each figure are `households(filter: …)`.
import { GraphQLError } from 'graphql';
import type { Viewer } from '../../context.js';
import type { Database } from '../../db.js';
import {
  ALL_PROGRAMS,
  clusterHidden,
  programHidden,
  programReach as programReachOfRegency,
  protectPrograms,
} from '../../disclosure/programs.js';
import { protectChildren, protectTotals, type RegionCounts } from '../../disclosure/targeting.js';
import { TARGETING_CLUSTER_NOT_FOUND, TARGETING_FILTER_MISMATCH, TARGETING_PROGRAM_NOT_FOUND } from '../../errors.js';
import type { TargetGroup } from '../../generated/prisma/enums.js';
import { isUnder, scopedProgramFilter } from '../auth/scope.js';
import { assertRegionArgument, assertYear } from '../household/household.service.js';
import { currentFiscalYear, registryProvenance } from '../settings/settings.service.js';

export interface TargetingArgs {
  regionCode: string;
  year: number;
  clusterId?: number | null;
  programId?: number | null;
}

/** A household count as shown: null when suppressed for the viewer. */
export type Count = number | null;

export interface ProgramTargeting {
  programId: number;
  code: string;
  name: string;
  clusterNumber: number;
  targetGroup: TargetGroup;
  reached: Count;
  eligible: Count;
  overlapping: Count;
}

export interface RegionTargeting {
  code: string;
  name: string;
  eligible: Count;
  unreached: Count;
  overlapping: Count;
  suppressed: boolean;
}

export interface Targeting {
  regionCode: string;
  regionName: string;
  year: number;
  clusterId: number | null;
  programId: number | null;
  /** The fiscal year the rollups hold; figures exist only for that year. */
  rollupYear: number;
  hasData: boolean;
  reached: Count;
  eligibleReached: Count;
  distinctReached: Count;
  exclusion: { eligible: Count; unreached: Count };
  overlap: { households: Count; reached: Count; eligibleUnreached: Count };
  byProgram: ProgramTargeting[];
  byChildRegion: RegionTargeting[];
  /** True when a figure of the region itself (a kelurahan) is hidden by small-count suppression. */
  suppressed: boolean;
  sourceId: string;
  synthetic: boolean;
  vintage: string;
}

const related = (a: string, b: string) => isUnder(a, b) || isUnder(b, a);

function badFilter(code: string, message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, field } });
}

/** The cluster and program arguments must exist and fit the region, the year and each other. */
async function assertProgramFilter(db: Database, args: TargetingArgs) {
  if (args.clusterId != null) {
    const cluster = await db.prisma.cluster.findUnique({ where: { id: args.clusterId }, select: { regionCode: true } });
    if (!cluster) throw badFilter(TARGETING_CLUSTER_NOT_FOUND, `No cluster with id ${args.clusterId}`, 'clusterId');
    if (!related(cluster.regionCode, args.regionCode)) {
      throw badFilter(
        TARGETING_FILTER_MISMATCH,
        `Cluster ${args.clusterId} belongs to ${cluster.regionCode}, not to ${args.regionCode}`,
        'clusterId',
      );
    }
  }
  if (args.programId != null) {
    const program = await db.prisma.program.findUnique({
      where: { id: args.programId },
      select: { regionCode: true, fiscalYear: true, clusterId: true },
    });
    if (!program) throw badFilter(TARGETING_PROGRAM_NOT_FOUND, `No program with id ${args.programId}`, 'programId');
    if (program.fiscalYear !== args.year) {
      throw badFilter(
        TARGETING_FILTER_MISMATCH,
        `Program ${args.programId} is of fiscal year ${program.fiscalYear}, not ${args.year}`,
        'programId',
      );
    }
    if (!related(program.regionCode, args.regionCode)) {
      throw badFilter(
        TARGETING_FILTER_MISMATCH,
        `Program ${args.programId} belongs to ${program.regionCode}, not to ${args.regionCode}`,
        'programId',
      );
    }
    if (args.clusterId != null && program.clusterId !== args.clusterId) {
      throw badFilter(TARGETING_FILTER_MISMATCH, `Program ${args.programId} is not in cluster ${args.clusterId}`, 'programId');
    }
  }
}

/** The fiscal year the rollups were last refreshed for (recorded by refreshHouseholdRollup). */
export async function rollupYear(db: Database, today: Date): Promise<number> {
  const recorded = await db.prisma.setting.findUnique({ where: { key: 'rollups.fiscalYear' } });
  return typeof recorded?.value === 'number' ? recorded.value : currentFiscalYear(db, today);
}

// In the exclusion base (household rollup columns): active, extreme poor or desil 1. The rollup
// stores an unknown desil as 0. household.service.ts's EXCLUSION_ELIGIBLE is the same on rows.
const ELIGIBLE = `r.lifecycle = 'ACTIVE' AND (r.poverty_status = 'EXTREME' OR r.desil = 1)`;
const UNDER = (param: string) => `(r.kelurahan_code = ${param} OR r.kelurahan_code LIKE ${param} || '.%')`;

interface ProgramRow {
  programId: number | null;
  clusterId: number | null;
  code: string | null;
  name: string | null;
  clusterNumber: number | null;
  targetGroup: TargetGroup | null;
  reached: number;
  eligible: number;
  overlapping: number;
}

/**
 * Reach per selected program in the region, and the sum over them (the row with programId null).
 * Programs of the kabupaten/kota the region lies in (or under it) appear with zeros when they
 * reached nobody here.
 */
async function programReach(
  db: Database,
  args: TargetingArgs & { opdId?: number | null },
): Promise<{ rows: ProgramRow[]; total: ProgramRow }> {
  const rows = await db.raw<ProgramRow>(
    `SELECT p.id AS "programId", p.cluster_id AS "clusterId", p.code, p.name, c.number AS "clusterNumber", p.target_group::text AS "targetGroup",
            COALESCE(SUM(r.households), 0)::int AS reached,
            COALESCE(SUM(r.eligible), 0)::int AS eligible,
            COALESCE(SUM(r.overlapping), 0)::int AS overlapping
     FROM program p
     JOIN cluster c ON c.id = p.cluster_id
     LEFT JOIN program_reach_rollup r ON r.program_id = p.id AND ${UNDER('$1::text')}
     WHERE p.fiscal_year = $2::int
       AND (p.region_code = $1::text OR p.region_code LIKE $1::text || '.%' OR $1::text LIKE p.region_code || '.%')
       AND ($3::int IS NULL OR p.cluster_id = $3::int)
       AND ($4::int IS NULL OR p.id = $4::int)
       AND ($5::int IS NULL OR p.opd_id = $5::int)
     GROUP BY GROUPING SETS ((p.id, p.cluster_id, p.code, p.name, c.number, p.target_group), ())
     ORDER BY GROUPING(p.id), c.number, p.code`,
    [args.regionCode, args.year, args.clusterId ?? null, args.programId ?? null, args.opdId ?? null],
  );
  // GROUPING SETS always yields the () row, last, even over no programs.
  const total = rows.pop()!;
  return { rows, total };
}

interface HouseholdTotals {
  eligible: number;
  unreached: number;
  overlapping: number;
  reachedActive: number;
  reachedAll: number;
  cells: number;
}

const HOUSEHOLD_TOTALS = `
  COALESCE(SUM(r.households) FILTER (WHERE ${ELIGIBLE}), 0)::int AS eligible,
  COALESCE(SUM(r.unreached) FILTER (WHERE ${ELIGIBLE}), 0)::int AS unreached,
  COALESCE(SUM(r.overlapping) FILTER (WHERE r.lifecycle = 'ACTIVE'), 0)::int AS overlapping,
  COALESCE(SUM(r.households - r.unreached) FILTER (WHERE r.lifecycle = 'ACTIVE'), 0)::int AS "reachedActive",
  COALESCE(SUM(r.households - r.unreached), 0)::int AS "reachedAll",
  COUNT(*)::int AS cells`;

async function householdTotals(db: Database, regionCode: string): Promise<HouseholdTotals> {
  const [row] = await db.raw<HouseholdTotals>(`SELECT ${HOUSEHOLD_TOTALS} FROM household_rollup r WHERE ${UNDER('$1::text')}`, [
    regionCode,
  ]);
  return row!;
}

/** Length of a child's code: kabupaten/kota 5 ("16.71"), kecamatan 8, kelurahan 13; null below. */
const CHILD_CODE_LENGTH: Record<number, number> = { 2: 5, 5: 8, 8: 13 };

/**
 * The same totals per child region. The rollup rows are grouped by the child code they start
 * with and then joined by equality: a LIKE join per child would compare every pair.
 */
async function householdTotalsByChild(db: Database, regionCode: string) {
  const childLength = CHILD_CODE_LENGTH[regionCode.length];
  if (childLength === undefined) return [];
  return db.raw<HouseholdTotals & { code: string; name: string; level: string }>(
    `WITH cells AS (
       SELECT left(r.kelurahan_code, $2::int) AS code, ${HOUSEHOLD_TOTALS}
       FROM household_rollup r WHERE r.kelurahan_code LIKE $1::text || '.%'
       GROUP BY 1
     )
     SELECT c.code, c.name, c.level::text AS level,
            COALESCE(x.eligible, 0) AS eligible, COALESCE(x.unreached, 0) AS unreached,
            COALESCE(x.overlapping, 0) AS overlapping, COALESCE(x."reachedActive", 0) AS "reachedActive",
            COALESCE(x."reachedAll", 0) AS "reachedAll", COALESCE(x.cells, 0) AS cells
     FROM region c LEFT JOIN cells x ON x.code = c.code
     WHERE c.parent_code = $1::text
     ORDER BY c.code`,
    [regionCode, childLength],
  );
}

const ZERO_TOTALS: HouseholdTotals = { eligible: 0, unreached: 0, overlapping: 0, reachedActive: 0, reachedAll: 0, cells: 0 };

export const TARGETING_REGION_TOO_SMALL = 'disclosure/targeting_region_too_small';

/** What the protected view needs from outside this module (the resolver builds it from the context). */
export interface TargetingDisclosure {
  /** True when the viewer may not read these households: figures go through src/disclosure. */
  protected: boolean;
  k: number;
  secret: string;
  /** The extreme-poverty view of the kabupaten/kota: its counts and the cells it hides. */
  extremePoor: () => Promise<{ counts: ReadonlyMap<string, number>; hidden: ReadonlySet<string> }>;
}

const sumOf = (rows: readonly ProgramRow[]) =>
  rows.reduce(
    (s, p) => ({ reached: s.reached + p.reached, eligible: s.eligible + p.eligible, overlapping: s.overlapping + p.overlapping }),
    {
      reached: 0,
      eligible: 0,
      overlapping: 0,
    },
  );

/**
 * Targeting accuracy of a region and year, optionally for one cluster's or one program's
 * programs. Exact for those who may read the households; for everyone else per kabupaten/kota,
 * through the disclosure layer (src/disclosure/targeting.ts). A cluster head sees their
 * cluster's programs only, an OPD operator their OPD's.
 */
export async function targeting(
  db: Database,
  viewer: Viewer,
  args: TargetingArgs,
  today: Date,
  disclosure: TargetingDisclosure,
): Promise<Targeting> {
  const region = await assertRegionArgument(db, viewer, args.regionCode, 'regionCode');
  assertYear(args.year, 'year');
  const scope = scopedProgramFilter(viewer, { clusterId: args.clusterId });
  if (disclosure.protected && region.level !== 'KABUPATEN_KOTA') {
    throw new GraphQLError('Targeting figures are given per kabupaten/kota for your role: smaller areas would single out households', {
      extensions: { code: TARGETING_REGION_TOO_SMALL, field: 'regionCode' },
    });
  }
  // All at once: the reads are small, and a bad cluster or program still rejects the lot.
  const [, yearInRollup, provenance, inScope, regionTotals, childTotals] = await Promise.all([
    assertProgramFilter(db, args),
    rollupYear(db, today),
    registryProvenance(db, today, args.regionCode),
    // Every program the viewer may see, whatever the filter: the protected view then hides the
    // same program cells for every filter, so filtered and unfiltered sums cannot be taken apart.
    programReach(db, { regionCode: args.regionCode, year: args.year, clusterId: scope.clusterId, opdId: scope.opdId }),
    householdTotals(db, args.regionCode),
    householdTotalsByChild(db, args.regionCode),
  ]);
  // household_rollup holds one fiscal year; for any other its figures do not apply.
  const current = yearInRollup === args.year;
  const totals = current ? regionTotals : ZERO_TOTALS;
  const children = childTotals.map((c) => (current ? c : { ...c, ...ZERO_TOTALS }));
  const clusterId = args.clusterId ?? scope.clusterId;
  const selected = inScope.rows.filter(
    (p) => (clusterId == null || p.clusterId === clusterId) && (args.programId == null || p.programId === args.programId),
  );
  const sum = sumOf(selected);

  // One program, or every program: a distinct household count exists. A cluster's (or an OPD's)
  // several programs: only the sum of per-program counts does (the rollup has no household dimension).
  const everyProgram = clusterId == null && args.programId == null && scope.opdId == null;
  const distinctReached = args.programId != null ? sum.reached : everyProgram ? totals.reachedAll : null;

  let hiddenPrograms = new Set<string>();
  let hiddenChildren = new Set<string>();
  let hiddenTotals = new Set<keyof RegionCounts>();
  if (disclosure.protected) {
    const ep = await disclosure.extremePoor();
    const extreme = (code: string) => (ep.hidden.has(code) ? 0 : (ep.counts.get(code) ?? 0));
    hiddenPrograms = protectPrograms(
      await programReachOfRegency(db, args.regionCode, args.year, scope),
      disclosure.k,
      disclosure.secret,
      args.regionCode,
    );
    const root: RegionCounts = { ...totals, extreme: extreme(args.regionCode) };
    hiddenChildren = protectChildren(
      args.regionCode,
      root,
      children.map((c) => ({
        code: c.code,
        eligible: c.eligible,
        unreached: c.unreached,
        overlapping: c.overlapping,
        extreme: extreme(c.code),
      })),
      disclosure.k,
      disclosure.secret,
      ep.hidden,
    );
    hiddenTotals = protectTotals(root, disclosure.k);
    if (hiddenChildren.has(args.regionCode)) for (const key of ['eligible', 'unreached', 'overlapping'] as const) hiddenTotals.add(key);
  }
  const selectedNumber = selected[0]?.clusterNumber ?? null;
  const selectionHidden =
    args.programId != null
      ? programHidden(hiddenPrograms, args.programId)
      : clusterId != null
        ? selectedNumber !== null && clusterHidden(hiddenPrograms, selectedNumber)
        : hiddenPrograms.has(ALL_PROGRAMS);
  const shown = (value: number | null, hidden: boolean): Count => (hidden ? null : value);
  const total = (key: keyof RegionCounts, value: number | null) => shown(value, hiddenTotals.has(key));

  const byChildRegion = children.map((c) => {
    const hidden = hiddenChildren.has(c.code);
    return {
      code: c.code,
      name: c.name,
      eligible: shown(c.eligible, hidden),
      unreached: shown(c.unreached, hidden),
      overlapping: shown(c.overlapping, hidden),
      suppressed: hidden,
    };
  });
  const byProgram = selected.map((p) => {
    const hidden = programHidden(hiddenPrograms, p.programId!);
    return {
      programId: p.programId!,
      code: p.code!,
      name: p.name!,
      clusterNumber: p.clusterNumber!,
      targetGroup: p.targetGroup!,
      reached: shown(p.reached, hidden),
      eligible: shown(p.eligible, hidden),
      overlapping: shown(p.overlapping, hidden),
    };
  });

  return {
    regionCode: args.regionCode,
    regionName: region.name,
    year: args.year,
    clusterId: args.clusterId ?? null,
    programId: args.programId ?? null,
    rollupYear: yearInRollup,
    hasData: current && totals.cells > 0,
    reached: shown(sum.reached, selectionHidden),
    eligibleReached: shown(sum.eligible, selectionHidden),
    distinctReached: args.programId != null ? shown(distinctReached, selectionHidden) : total('reachedAll', distinctReached),
    exclusion: { eligible: total('eligible', totals.eligible), unreached: total('unreached', totals.unreached) },
    overlap: {
      households: total('overlapping', totals.overlapping),
      reached: total('reachedActive', totals.reachedActive),
      eligibleUnreached: total('unreached', totals.unreached),
    },
    byProgram,
    byChildRegion,
    suppressed:
      selectionHidden || hiddenTotals.size > 0 || byChildRegion.some((c) => c.suppressed) || byProgram.some((p) => p.reached === null),
    sourceId: provenance.sourceId,
    synthetic: provenance.synthetic,
    vintage: `${provenance.synthetic ? 'registri KK sintetis' : 'registri KK'}, tahun anggaran ${args.year}`,
  };
}

/** part / whole as a fraction 0–1; null when either is hidden or the whole is zero. */
export function rate(part: Count, whole: Count): number | null {
  return part === null || whole === null || whole === 0 ? null : part / whole;
}

/** (reached − eligible) / reached: the share of reached households outside the target group. */
export function inclusionErrorRate(reached: Count, eligible: Count): number | null {
  return reached === null || eligible === null ? null : rate(reached - eligible, reached);
}
