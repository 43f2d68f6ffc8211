// Households behind the targeting figures: who may list which, the filters in SQL, and the
// masked forms of personal data. The eligibility rules here are those of rollup.service.ts
// word for word, so a list's totalCount equals the rollup figure it explains.
import { GraphQLError } from 'graphql';
import type { Viewer } from '../../context.js';
import type { Database } from '../../db.js';
import { HOUSEHOLD_PROGRAM_NOT_FOUND, REGION_NOT_FOUND } from '../../errors.js';
import type { HouseholdLifecycle, PovertyStatus, VerificationState } from '../../generated/prisma/enums.js';
import { REGION_CODE, underRegion } from '../../region-code.js';
import { canListHouseholds, canReadRegion, forbidden, inputError, isUnder, requireViewer } from '../auth/scope.js';
import { currentFiscalYear } from '../settings/settings.service.js';

/** Largest page of households one request may ask for. */
export const HOUSEHOLD_PAGE_MAX = 500;

export type HouseholdReach = 'ANY' | 'NONE' | 'THREE_PLUS';

export interface HouseholdFilter {
  regionCode: string;
  year?: number | null;
  povertyStatus?: PovertyStatus | null;
  desil?: readonly number[] | null;
  lifecycle?: HouseholdLifecycle | null;
  verificationState?: VerificationState | null;
  programId?: number | null;
  eligibleForProgram?: number | null;
  notEligibleForProgram?: number | null;
  reach?: HouseholdReach | null;
  eligible?: boolean | null;
  eligibleUnreached?: boolean | null;
}

/** A WHERE clause over `household h` with its positional parameters. */
export interface HouseholdWhere {
  sql: string;
  params: unknown[];
  /**
   * The same rows counted from household_rollup (a few hundred rows for a kecamatan instead of
   * every household row): its WHERE over `household_rollup h` (same parameters) and the column
   * expression to sum. Null when a condition has no form on the rollup (a program, another year).
   */
  rollup: { sql: string; measure: string } | null;
  /** Every row lies in one kelurahan (a kelurahan's list, or its operator's scope). */
  oneKelurahan: boolean;
}

/**
 * How a condition on household rows reads on household_rollup: `true` when it names only columns
 * the rollup shares with household (region, status, desil, lifecycle, verification); or another
 * condition (null: none) with the rollup column that counts the rows it keeps.
 */
type RollupForm = true | { condition: string | null; measure: string };

class WhereBuilder {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];
  private readonly rollupParts: string[] = [];
  private rollupSafe = true;
  private measure: string | null = null;
  param(value: unknown, cast: string): string {
    this.params.push(value);
    return `$${this.params.length}::${cast}`;
  }
  /** Adds a condition, with its form on the rollup if it has one (RollupForm). */
  add(condition: string, rollup: RollupForm | false = false) {
    this.parts.push(condition);
    if (rollup === false) this.rollupSafe = false;
    else if (rollup === true) this.rollupParts.push(condition);
    else {
      if (rollup.condition) this.rollupParts.push(rollup.condition);
      // Two conditions that each count another column have no single sum.
      if (this.measure !== null && this.measure !== rollup.measure) this.rollupSafe = false;
      this.measure = rollup.measure;
    }
  }
  /** Set when a condition keeps the rows to one kelurahan. */
  oneKelurahan = false;
  build(): HouseholdWhere {
    const all = (parts: string[]) => (parts.length ? parts.join('\n  AND ') : 'true');
    return {
      sql: all(this.parts),
      params: this.params,
      rollup: this.rollupSafe ? { sql: all(this.rollupParts), measure: this.measure ?? 'h.households' } : null,
      oneKelurahan: this.oneKelurahan,
    };
  }
}

const under = underRegion;

/**
 * In the target group of a program (rollup.service.ts, refreshProgramReachRollup). A household
 * without desil is outside the desil groups: the rollup's CASE yields NULL for it, which its
 * FILTER counts as not eligible, and COALESCE(…, false) says the same here.
 */
const IN_PROGRAM_TARGET_GROUP = `COALESCE(CASE p.target_group
    WHEN 'EXTREME_POOR' THEN h.poverty_status = 'EXTREME'
    WHEN 'POOR' THEN h.poverty_status IN ('EXTREME', 'POOR')
    WHEN 'DESIL_1_2' THEN h.desil BETWEEN 1 AND 2
    WHEN 'DESIL_1_4' THEN h.desil BETWEEN 1 AND 4
    ELSE true END, false)`;

/**
 * The exclusion-error base (DESIGN.md, Targeting accuracy): active households that are extreme
 * poor or in desil 1. The household rollup stores an unknown desil as 0, so `desil = 1` agrees.
 */
export const EXCLUSION_ELIGIBLE = `(h.lifecycle = 'ACTIVE' AND (h.poverty_status = 'EXTREME' OR h.desil = 1))`;

/** The rows a viewer may list, whatever the filter: an ADMIN's area, a kelurahan operator's kelurahan. */
function addViewerScope(viewer: Viewer, w: WhereBuilder) {
  if (!canListHouseholds(viewer)) {
    throw forbidden('Your role sees households as counts only (small counts hidden), not as a list');
  }
  if (viewer.regionCode !== null) w.add(under('h.kelurahan_code', w.param(viewer.regionCode, 'text')), true);
  else if (viewer.role === 'REGION_OPERATOR') w.add('false', true);
}

/** Checks a region code argument: its shape, that it exists, and that the viewer may look there. */
export async function assertRegionArgument(
  db: Database,
  viewer: Viewer,
  code: string,
  field: string,
): Promise<{ level: string; name: string }> {
  const [region] = REGION_CODE.test(code)
    ? await db.raw<{ level: string; name: string }>('SELECT level::text AS level, name FROM region WHERE code = $1::text', [code])
    : [];
  if (!region) {
    throw new GraphQLError(`Unknown region code ${JSON.stringify(code)}: expected a Kemendagri code such as 16.71.06.1005`, {
      extensions: { code: REGION_NOT_FOUND, field },
    });
  }
  if (!canReadRegion(viewer, code)) throw forbidden(`Region ${code} is outside your area (${viewer.regionCode ?? 'all'})`);
  return region;
}

export function assertYear(year: number, field: string) {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw inputError(`${field} must be a fiscal year between 2000 and 2100, got ${year}`, field);
}

async function assertProgram(db: Database, id: number, field: string) {
  const program = await db.prisma.program.findUnique({ where: { id }, select: { id: true } });
  if (!program) throw new GraphQLError(`No program with id ${id}`, { extensions: { code: HOUSEHOLD_PROGRAM_NOT_FOUND, field } });
}

/**
 * Validates a filter and turns it, with the viewer's scope, into SQL over `household h`.
 * Everything a list shows is decided here: the page and its totalCount use the same clause.
 */
export async function householdWhere(
  db: Database,
  viewerOrNull: Viewer | null,
  filter: HouseholdFilter,
  today: Date,
): Promise<HouseholdWhere> {
  const viewer = requireViewer(viewerOrNull);
  const w = new WhereBuilder();
  addViewerScope(viewer, w);
  await assertRegionArgument(db, viewer, filter.regionCode, 'filter.regionCode');
  w.add(under('h.kelurahan_code', w.param(filter.regionCode, 'text')), true);
  if (filter.regionCode.split('.').length === 4 || viewer.role === 'REGION_OPERATOR') w.oneKelurahan = true;

  if (filter.year != null) assertYear(filter.year, 'filter.year');
  for (const d of filter.desil ?? []) {
    if (!Number.isInteger(d) || d < 1 || d > 10) throw inputError(`filter.desil must hold deciles 1–10, got ${d}`, 'filter.desil');
  }
  // The rollup keeps an unknown desil as 0, which no filter asks for (1–10): the same rows.
  if (filter.povertyStatus) w.add(`h.poverty_status = ${w.param(filter.povertyStatus, '"PovertyStatus"')}`, true);
  if (filter.desil?.length) w.add(`h.desil = ANY(${w.param([...filter.desil], 'int[]')})`, true);
  if (filter.lifecycle) w.add(`h.lifecycle = ${w.param(filter.lifecycle, '"HouseholdLifecycle"')}`, true);
  if (filter.verificationState) w.add(`h.verification_state = ${w.param(filter.verificationState, '"VerificationState"')}`, true);

  // A program belongs to one fiscal year, so program filters need no year.
  const programFilters = [
    ['programId', filter.programId, 'true'],
    ['eligibleForProgram', filter.eligibleForProgram, IN_PROGRAM_TARGET_GROUP],
    ['notEligibleForProgram', filter.notEligibleForProgram, `NOT ${IN_PROGRAM_TARGET_GROUP}`],
  ] as const;
  for (const [field, id, condition] of programFilters) {
    if (id == null) continue;
    await assertProgram(db, id, `filter.${field}`);
    w.add(`EXISTS (SELECT 1 FROM benefit b JOIN program p ON p.id = b.program_id
                   WHERE b.household_id = h.id AND b.program_id = ${w.param(id, 'int')} AND ${condition})`);
  }

  const needsYear = filter.reach != null || filter.eligibleUnreached != null;
  const year = needsYear ? (filter.year ?? (await currentFiscalYear(db, today))) : null;
  // The year is a checked integer, written into the SQL so that a count from the rollup, which
  // does not name it, leaves no parameter unused.
  if (year !== null && !Number.isInteger(year)) throw inputError(`filter.year must be a whole year, got ${year}`, 'filter.year');
  // The rollup keeps, per cell, the households no program reached and those three or more reached
  // in the one fiscal year it describes: reach filters of that year count from it.
  const rollupYear = needsYear ? await householdRollupYear(db) : null;
  const reachOnRollup = (measure: string, condition: string | null = null): RollupForm | false =>
    year === rollupYear ? { condition, measure } : false;
  const received = `EXISTS (SELECT 1 FROM benefit b WHERE b.household_id = h.id AND b.fiscal_year = ${year})`;
  if (filter.reach === 'ANY') w.add(received, reachOnRollup('(h.households - h.unreached)'));
  if (filter.reach === 'NONE') w.add(`NOT ${received}`, reachOnRollup('h.unreached'));
  if (filter.reach === 'THREE_PLUS') {
    w.add(
      `(SELECT COUNT(DISTINCT b.program_id) FROM benefit b WHERE b.household_id = h.id AND b.fiscal_year = ${year}) >= 3`,
      reachOnRollup('h.overlapping'),
    );
  }
  // Not eligible is left to the rows: NOT of an unknown desil's NULL keeps no row there, while the
  // rollup writes that desil as 0.
  if (filter.eligible != null) w.add(filter.eligible ? EXCLUSION_ELIGIBLE : `NOT ${EXCLUSION_ELIGIBLE}`, filter.eligible);
  if (filter.eligibleUnreached != null) {
    const condition = `(${EXCLUSION_ELIGIBLE} AND NOT ${received})`;
    if (filter.eligibleUnreached) w.add(condition, reachOnRollup('h.unreached', EXCLUSION_ELIGIBLE));
    else w.add(`NOT ${condition}`);
  }
  return w.build();
}

/** The fiscal year household_rollup describes (rollup.service.ts records it on refresh); null before any. */
async function householdRollupYear(db: Database): Promise<number | null> {
  const [row] = await db.raw<{ year: number | null }>(`SELECT (value #>> '{}')::int AS year FROM setting WHERE key = 'rollups.fiscalYear'`);
  return row?.year ?? null;
}

/** What Pothos' cursor connection asks for: `take` rows (negative: backwards), after/before `cursor`. */
export interface PageRequest {
  take: number;
  cursor?: { id: number } | undefined;
}

/** A statement and its parameters. */
export interface Statement {
  text: string;
  params: unknown[];
}

/** The statement behind one page of ids (householdPageIds); `pnpm explain:lists` prints its plan. */
export function householdPageStatement(where: HouseholdWhere, page: PageRequest): Statement {
  const params = [...where.params];
  const backward = page.take < 0;
  let condition = where.sql;
  if (page.cursor) {
    params.push(page.cursor.id);
    condition = `(${condition}) AND h.id ${backward ? '<' : '>'} $${params.length}::int`;
  }
  params.push(Math.abs(page.take));
  const direction = backward ? 'DESC' : 'ASC';
  // Within one kelurahan, (kelurahan, id) is id order, and the region index holds it: the page is
  // an index range read until the page is full. Ordered by id alone, the planner may walk the
  // primary key across the whole registry looking for a small kelurahan's rows (3.4 s at 10M for
  // its eligible, unreached households; 5 ms this way).
  const order = where.oneKelurahan ? `h.kelurahan_code COLLATE "C" ${direction}, h.id ${direction}` : `h.id ${direction}`;
  return {
    text: `SELECT h.id FROM household h WHERE ${condition} ORDER BY ${order} LIMIT $${params.length}::int`,
    params,
  };
}

/** Ids of one page, ascending, in the order Prisma's cursor pagination would return them. */
export async function householdPageIds(db: Database, where: HouseholdWhere, page: PageRequest): Promise<number[]> {
  const { text, params } = householdPageStatement(where, page);
  const ids = (await db.raw<{ id: number }>(text, params)).map((r) => r.id);
  return page.take < 0 ? ids.reverse() : ids;
}

/**
 * The statement behind a list's totalCount: from the household rollup when the clause allows it
 * (a few hundred rollup rows for a kecamatan instead of every household row; the rollup is
 * refreshed in the transaction of every write to households, rollup.service.ts), else by
 * counting rows.
 */
export function householdCountStatement(where: HouseholdWhere): Statement {
  return {
    text: where.rollup
      ? `SELECT COALESCE(SUM(${where.rollup.measure}), 0)::int AS n FROM household_rollup h WHERE ${where.rollup.sql}`
      : `SELECT COUNT(*)::int AS n FROM household h WHERE ${where.sql}`,
    params: where.params,
  };
}

export async function countHouseholds(db: Database, where: HouseholdWhere): Promise<number> {
  const { text, params } = householdCountStatement(where);
  const [row] = await db.raw<{ n: number }>(text, params);
  return row?.n ?? 0;
}

/**
 * Whether the viewer may open one household: null when there is none, false when it lies outside
 * what they may list (another kelurahan, or not a beneficiary of their OPD).
 */
export async function householdVisible(db: Database, viewerOrNull: Viewer | null, id: number): Promise<boolean | null> {
  const viewer = requireViewer(viewerOrNull);
  const w = new WhereBuilder();
  addViewerScope(viewer, w);
  const params = [...w.params, id];
  const [row] = await db.raw<{ visible: boolean }>(
    `SELECT (${w.build().sql}) AS visible FROM household h WHERE h.id = $${params.length}::int`,
    params,
  );
  return row ? row.visible : null;
}

/** Whether a household row lies in the viewer's region scope (the type-level check on Household). */
export function householdInViewerRegion(viewer: Viewer | null, kelurahanCode: string): boolean {
  if (!viewer || !canListHouseholds(viewer)) return false;
  if (viewer.regionCode === null) return viewer.role !== 'REGION_OPERATOR';
  return isUnder(kelurahanCode, viewer.regionCode);
}

export type MemberCountBand = 'ONE_TO_TWO' | 'THREE_TO_FOUR' | 'FIVE_TO_SIX' | 'SEVEN_OR_MORE';

/**
 * A household's size in bands of two (7 and more together): what a masked row shows instead of
 * the exact size, which with the kelurahan and the status would single out a large family.
 */
export function memberCountBand(members: number): MemberCountBand {
  if (members <= 2) return 'ONE_TO_TWO';
  if (members <= 4) return 'THREE_TO_FOUR';
  if (members <= 6) return 'FIVE_TO_SIX';
  return 'SEVEN_OR_MORE';
}
