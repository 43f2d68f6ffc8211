// Extreme-poor households under a kabupaten/kota, as a role without household access may see
// them: one tree of counts (kabupaten/kota, kecamatan, kelurahan) and one set of hidden cells,
// which every path that shows such a count asks (extremePoverty, Region.extremePoorHouseholds,
// overview), so no two answers differ in what they hide.
import type { Viewer } from '../context.js';
import type { Database } from '../db.js';
import { minCellSize } from '../modules/settings/settings.service.js';
import { isProtected, knownPlace } from './policy.js';
import { protectTree, type TreeCell } from './protect.js';
import { privacySecret } from './secret.js';

export interface RegistryCell {
  code: string;
  parent: string | null;
  name: string;
  level: string;
  households: number;
  members: number;
}

export interface RegistryView {
  regency: string;
  cells: Map<string, RegistryCell>;
  /** Cells whose counts this viewer may not see. */
  hidden: Set<string>;
}

/**
 * Every region under (and including) each kabupaten/kota with its active extreme-poor households,
 * in one query however many kabupaten/kota are asked (a province's `regions` asks for all of them).
 * Counts go up by code prefix (kelurahan NN.NN.NN.NNNN, kecamatan NN.NN.NN, kabupaten/kota NN.NN)
 * and each region range is a C-collation range, which the indexes serve.
 */
async function extremePoorTrees(db: Database, regencies: readonly string[]): Promise<Map<string, RegistryCell[]>> {
  const rows = await db.raw<RegistryCell & { regency: string }>(
    `WITH asked AS (SELECT DISTINCT unnest($1::text[]) AS regency),
     counts AS (
       SELECT hr.kelurahan_code AS code, SUM(hr.households)::int AS households, SUM(hr.members)::int AS members
       FROM asked a
       JOIN household_rollup hr ON hr.kelurahan_code COLLATE "C" >= a.regency || '.' AND hr.kelurahan_code COLLATE "C" < a.regency || '/'
       WHERE hr.poverty_status = 'EXTREME' AND hr.lifecycle = 'ACTIVE'
       GROUP BY hr.kelurahan_code
     ),
     up AS (
       SELECT code, households, members FROM counts
       UNION ALL SELECT left(code, 8), households, members FROM counts
       UNION ALL SELECT left(code, 5), households, members FROM counts
     ),
     totals AS (SELECT code, SUM(households)::int AS households, SUM(members)::int AS members FROM up GROUP BY code)
     SELECT a.regency, r.code, r.parent_code AS parent, r.name, r.level::text AS level,
            COALESCE(t.households, 0)::int AS households, COALESCE(t.members, 0)::int AS members
     FROM asked a
     JOIN region r ON r.code = a.regency OR (r.code COLLATE "C" >= a.regency || '.' AND r.code COLLATE "C" < a.regency || '/')
     LEFT JOIN totals t ON t.code = r.code
     ORDER BY r.code`,
    [regencies],
  );
  const trees = new Map<string, RegistryCell[]>(regencies.map((r) => [r, []]));
  for (const { regency, ...cell } of rows) trees.get(regency)?.push(cell);
  return trees;
}

/** The views of several kabupaten/kota for one viewer (the request's loader batches them). */
export async function extremePoorViews(db: Database, viewer: Viewer | null, regencies: readonly string[]): Promise<RegistryView[]> {
  const [trees, k, secret] = await Promise.all([extremePoorTrees(db, regencies), minCellSize(db), privacySecret(db)]);
  return regencies.map((regency) => protectRegistry(viewer, regency, trees.get(regency) ?? [], k, secret));
}

function protectRegistry(viewer: Viewer | null, regency: string, rows: RegistryCell[], k: number, secret: string): RegistryView {
  const cells = new Map(rows.map((r) => [r.code, { ...r, parent: r.code === regency ? null : r.parent }]));
  if (!isProtected(viewer, regency)) return { regency, cells, hidden: new Set() };
  const known = knownPlace(viewer);
  const tree: TreeCell[] = [...cells.values()].map((c) => ({
    code: c.code,
    parent: c.parent,
    atoms: [c.households],
    // Priority places are tracked to zero in public, but their count is protected like any other:
    // "not yet at zero" shows, a count of 1–4 does not.
    isPublic: known !== null && (c.code === known || c.code.startsWith(`${known}.`)),
  }));
  return { regency, cells, hidden: protectTree(tree, { k, secret, table: 'extreme-poor' }) };
}
