// The query plans of the household list (issue 13): the statements `households(filter:…)` runs
// for a page and its totalCount, for regions at each level, explained by the database itself.
// `pnpm explain:lists` prints them for the configured database (say at 10M households), and
// household.plans.test.ts checks that no region filter reads the registry outside an index range.
import type { Viewer } from '../../context.js';
import type { Database } from '../../db.js';
import {
  type HouseholdFilter,
  householdCountStatement,
  householdPageStatement,
  householdWhere,
  type Statement,
} from './household.service.js';

export interface ListPlan {
  /** What was asked: the region and the filter, e.g. "16.71.06, extreme poor: totalCount". */
  label: string;
  statement: Statement;
  plan: string;
}

/** Filters the dashboard's targeting links use, from one the rollup answers to one it does not. */
export const LIST_FILTERS: readonly { label: string; filter: Omit<HouseholdFilter, 'regionCode'> }[] = [
  { label: 'all', filter: {} },
  { label: 'extreme poor', filter: { povertyStatus: 'EXTREME', lifecycle: 'ACTIVE' } },
  { label: 'eligible, not reached', filter: { eligibleUnreached: true } },
];

// A deployment-wide ADMIN: the widest scope, so the plans show the filters and nothing else.
const ADMIN: Viewer = { id: 0, username: 'explain', displayName: 'explain', role: 'ADMIN', regionCode: null, opdId: null, clusterId: null };

/**
 * EXPLAINs (with `analyze`, EXPLAIN ANALYZE) a first page of 50 and the totalCount of each filter
 * for each region, in one transaction with the given planner settings (`enable_seqscan = off`).
 */
export async function householdListPlans(
  db: Database,
  regionCodes: readonly string[],
  today: Date,
  options: { analyze?: boolean; settings?: readonly string[] } = {},
): Promise<ListPlan[]> {
  // Statements first: householdWhere reads the database, which PGlite serves only outside the transaction.
  const statements: { label: string; statement: Statement }[] = [];
  for (const regionCode of regionCodes) {
    for (const { label, filter } of LIST_FILTERS) {
      const where = await householdWhere(db, ADMIN, { ...filter, regionCode }, today);
      statements.push({ label: `${regionCode}, ${label}: first page of 50`, statement: householdPageStatement(where, { take: 50 }) });
      statements.push({ label: `${regionCode}, ${label}: totalCount`, statement: householdCountStatement(where) });
    }
  }
  return db.transaction(async (raw) => {
    for (const setting of options.settings ?? []) await raw(`SET LOCAL ${setting}`);
    const plans: ListPlan[] = [];
    for (const { label, statement } of statements) {
      const rows = await raw<{ 'QUERY PLAN': string }>(
        `EXPLAIN (${options.analyze ? 'ANALYZE, BUFFERS, ' : ''}COSTS OFF) ${statement.text}`,
        statement.params,
      );
      plans.push({ label, statement, plan: rows.map((r) => r['QUERY PLAN']).join('\n') });
    }
    return plans;
  });
}
