// Households behind the targeting figures: who may list which, the filters in SQL, and the
// masked forms of personal data. The eligibility rules here are those of rollup.service.ts
// word for word, so a list's totalCount equals the rollup figure it explains.
import { GraphQLError } from 'graphql';
import type { Viewer } from '../../context.js';
import type { Database } from '../../db.js';
import { HOUSEHOLD_PROGRAM_NOT_FOUND, REGION_NOT_FOUND } from '../../errors.js';
import type { HouseholdLifecycle, PovertyStatus, VerificationState } from '../../generated/prisma/enums.js';
import { canListHouseholds, canReadRegion, forbidden, inputError, isUnder, requireViewer } from '../auth/scope.js';
import { currentFiscalYear } from '../settings/settings.service.js';

/** Largest page of households one request may ask for. */
export const HOUSEHOLD_PAGE_MAX = 500;

/** Kemendagri code shapes: 16, 16.71, 16.71.06, 16.71.06.1005. Also keeps LIKE patterns literal. */
const REGION_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

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
}

class WhereBuilder {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];
  param(value: unknown, cast: string): string {
    this.params.push(value);
    return `$${this.params.length}::${cast}`;
  }
  add(condition: string) {
    this.parts.push(condition);
  }
  build(): HouseholdWhere {
    return { sql: this.parts.length ? this.parts.join('\n  AND ') : 'true', params: this.params };
  }
}

const under = (column: string, param: string) => `(${column} = ${param} OR ${column} LIKE ${param} || '.%')`;

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

/** The rows a viewer may list, whatever the filter: region scope, and an OPD's own beneficiaries. */
function addViewerScope(viewer: Viewer, w: WhereBuilder) {
  if (!canListHouseholds(viewer)) throw forbidden('Your role sees aggregates only, not household lists');
  if (viewer.regionCode !== null) w.add(under('h.kelurahan_code', w.param(viewer.regionCode, 'text')));
  else if (viewer.role === 'REGION_OPERATOR') w.add('false');
  if (viewer.role === 'OPD_OPERATOR') {
    // An OPD operator sees the households its own programs reached, in any year.
    w.add(
      viewer.opdId === null
        ? 'false'
        : `EXISTS (SELECT 1 FROM benefit b JOIN program p ON p.id = b.program_id
                   WHERE b.household_id = h.id AND p.opd_id = ${w.param(viewer.opdId, 'int')})`,
    );
  }
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
export async function householdWhere(db: Database, viewerOrNull: Viewer | null, filter: HouseholdFilter): Promise<HouseholdWhere> {
  const viewer = requireViewer(viewerOrNull);
  const w = new WhereBuilder();
  addViewerScope(viewer, w);
  await assertRegionArgument(db, viewer, filter.regionCode, 'filter.regionCode');
  w.add(under('h.kelurahan_code', w.param(filter.regionCode, 'text')));

  if (filter.year != null) assertYear(filter.year, 'filter.year');
  for (const d of filter.desil ?? []) {
    if (!Number.isInteger(d) || d < 1 || d > 10) throw inputError(`filter.desil must hold deciles 1–10, got ${d}`, 'filter.desil');
  }
  if (filter.povertyStatus) w.add(`h.poverty_status = ${w.param(filter.povertyStatus, '"PovertyStatus"')}`);
  if (filter.desil?.length) w.add(`h.desil = ANY(${w.param([...filter.desil], 'int[]')})`);
  if (filter.lifecycle) w.add(`h.lifecycle = ${w.param(filter.lifecycle, '"HouseholdLifecycle"')}`);
  if (filter.verificationState) w.add(`h.verification_state = ${w.param(filter.verificationState, '"VerificationState"')}`);

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
  const year = needsYear ? (filter.year ?? (await currentFiscalYear(db))) : null;
  const received = () => `EXISTS (SELECT 1 FROM benefit b WHERE b.household_id = h.id AND b.fiscal_year = ${w.param(year, 'int')})`;
  if (filter.reach === 'ANY') w.add(received());
  if (filter.reach === 'NONE') w.add(`NOT ${received()}`);
  if (filter.reach === 'THREE_PLUS') {
    w.add(`(SELECT COUNT(DISTINCT b.program_id) FROM benefit b
            WHERE b.household_id = h.id AND b.fiscal_year = ${w.param(year, 'int')}) >= 3`);
  }
  if (filter.eligible != null) w.add(filter.eligible ? EXCLUSION_ELIGIBLE : `NOT ${EXCLUSION_ELIGIBLE}`);
  if (filter.eligibleUnreached != null) {
    const condition = `(${EXCLUSION_ELIGIBLE} AND NOT ${received()})`;
    w.add(filter.eligibleUnreached ? condition : `NOT ${condition}`);
  }
  return w.build();
}

/** What Pothos' cursor connection asks for: `take` rows (negative: backwards), after/before `cursor`. */
export interface PageRequest {
  take: number;
  cursor?: { id: number } | undefined;
}

/** Ids of one page, ascending, in the order Prisma's cursor pagination would return them. */
export async function householdPageIds(db: Database, where: HouseholdWhere, page: PageRequest): Promise<number[]> {
  const params = [...where.params];
  const backward = page.take < 0;
  let condition = where.sql;
  if (page.cursor) {
    params.push(page.cursor.id);
    condition = `(${condition}) AND h.id ${backward ? '<' : '>'} $${params.length}::int`;
  }
  params.push(Math.abs(page.take));
  const rows = await db.raw<{ id: number }>(
    `SELECT h.id FROM household h WHERE ${condition} ORDER BY h.id ${backward ? 'DESC' : 'ASC'} LIMIT $${params.length}::int`,
    params,
  );
  const ids = rows.map((r) => r.id);
  return backward ? ids.reverse() : ids;
}

export async function countHouseholds(db: Database, where: HouseholdWhere): Promise<number> {
  const [row] = await db.raw<{ n: number }>(`SELECT COUNT(*)::int AS n FROM household h WHERE ${where.sql}`, where.params);
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

/** Initials of a name: "Ahmad Saputra" → "A. S."; nothing else of it. */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${part[0]!.toUpperCase()}.`)
    .join(' ');
}

/** An address reduced to its RT/RW, which the pseudonymous household row holds anyway: "RT 003/RW 005". */
export function maskedAddress(rt: string | null, rw: string | null): string {
  return `RT ${rt ?? '–'}/RW ${rw ?? '–'}`;
}
