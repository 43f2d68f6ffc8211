// Household counts per program (reached, in the target group, overlapping, graduated) of a
// kabupaten/kota's year, and which program cells a role without household access may not see:
// one tree (all programs → clusters → programs) shared by targeting and program outcomes, so
// the two pages hide the same programs and their sums cannot be taken apart.
import type { Database } from '../db.js';
import type { ProgramScope } from '../modules/auth/scope.js';
import { protectTree, type TreeCell } from './protect.js';

export interface ProgramReach {
  programId: number;
  clusterNumber: number;
  reached: number;
  eligible: number;
  overlapping: number;
  graduated: number;
}

export const ALL_PROGRAMS = 'programs:all';
const programNode = (id: number) => `program:${id}`;
const clusterNode = (n: number) => `cluster:${n}`;

export const programHidden = (hidden: ReadonlySet<string>, id: number) => hidden.has(programNode(id));
export const clusterHidden = (hidden: ReadonlySet<string>, n: number) => hidden.has(clusterNode(n));

/** The programs the figures may name for this scope, with their reach in the kabupaten/kota (from the rollup). */
export async function programReach(db: Database, regency: string, year: number, scope: ProgramScope): Promise<ProgramReach[]> {
  return db.raw<ProgramReach>(
    `SELECT p.id AS "programId", c.number AS "clusterNumber",
            COALESCE(SUM(r.households), 0)::int AS reached, COALESCE(SUM(r.eligible), 0)::int AS eligible,
            COALESCE(SUM(r.overlapping), 0)::int AS overlapping, COALESCE(SUM(r.graduated), 0)::int AS graduated
     FROM program p JOIN cluster c ON c.id = p.cluster_id
     LEFT JOIN program_reach_rollup r ON r.program_id = p.id
     WHERE p.region_code = $1 AND p.fiscal_year = $2
       AND ($3::int IS NULL OR p.cluster_id = $3::int) AND ($4::int IS NULL OR p.opd_id = $4::int)
     GROUP BY p.id, c.number`,
    [regency, year, scope.clusterId, scope.opdId],
  );
}

/** Every figure a program row publishes and every nested difference of two: each must be 0 or at least k. */
const atoms = (p: Omit<ProgramReach, 'programId' | 'clusterNumber'>) => [
  p.eligible,
  p.reached - p.eligible,
  p.overlapping,
  p.reached - p.overlapping,
  p.graduated,
  p.reached - p.graduated,
];

const sum = (rows: readonly ProgramReach[]) =>
  rows.reduce(
    (s, p) => ({
      reached: s.reached + p.reached,
      eligible: s.eligible + p.eligible,
      overlapping: s.overlapping + p.overlapping,
      graduated: s.graduated + p.graduated,
    }),
    { reached: 0, eligible: 0, overlapping: 0, graduated: 0 },
  );

/** Hidden tree nodes: `program:<id>`, `cluster:<n>`, `programs:all`. */
export function protectPrograms(programs: readonly ProgramReach[], k: number, secret: string, regency: string): Set<string> {
  const clusters = [...new Set(programs.map((p) => p.clusterNumber))];
  const cells: TreeCell[] = [
    { code: ALL_PROGRAMS, parent: null, atoms: atoms(sum(programs)) },
    ...clusters.map((n) => ({
      code: clusterNode(n),
      parent: ALL_PROGRAMS,
      atoms: atoms(sum(programs.filter((p) => p.clusterNumber === n))),
    })),
    ...programs.map((p) => ({ code: programNode(p.programId), parent: clusterNode(p.clusterNumber), atoms: atoms(p) })),
  ];
  return protectTree(cells, { k, secret, table: `programs:${regency}` });
}
