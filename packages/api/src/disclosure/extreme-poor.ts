// The one way extreme-poor counts reach a resolver: exact for those who may read the households,
// through the kabupaten/kota's protected view (registry.ts) for everyone else.
import type { Context } from '../context.js';
import type { Database } from '../db.js';
import { figureArea, forbidden, isUnder, requireViewer } from '../modules/auth/scope.js';
import { extremePoorByChild, extremePoorTotal, type PlaceCount } from '../modules/extreme-poverty/extreme-poverty.service.js';
import { minCellSize } from '../modules/settings/settings.service.js';
import { poorHouseholds } from '../modules/workforce/workforce.service.js';
import { isProtected } from './policy.js';

export interface ShownCount {
  households: number | null;
  members: number | null;
  /** True when a rule hides the count from this viewer. */
  suppressed: boolean;
}

const regencyOf = (code: string) => (code.length >= 5 ? code.slice(0, 5) : null);

/** Counts below a province are read per kabupaten/kota; a protected viewer gets no province total. */
function assertCountable(ctx: Context, code: string): void {
  const viewer = requireViewer(ctx.viewer);
  const area = figureArea(viewer);
  if (area !== null && !isUnder(code, area)) throw forbidden(`Region ${code} is outside your area (${area})`);
  if (regencyOf(code) === null && isProtected(viewer, code)) {
    throw forbidden(`Household counts are given per kabupaten/kota; ask for one of ${code}`);
  }
}

/** Active extreme-poor households (and their members) of one region, as this viewer may see them. */
export async function extremePoorCount(ctx: Context, code: string): Promise<ShownCount> {
  assertCountable(ctx, code);
  const regency = regencyOf(code);
  if (regency === null) return { ...(await extremePoorTotal(ctx.db, code)), suppressed: false };
  const view = await ctx.loaders.extremePoorView.load(regency);
  const cell = view.cells.get(code);
  if (view.hidden.has(code)) return { households: null, members: null, suppressed: true };
  return { households: cell?.households ?? 0, members: cell?.members ?? 0, suppressed: false };
}

export interface ShownPlace extends Omit<PlaceCount, 'households' | 'members'>, ShownCount {}

/** Each child region's count, as this viewer may see it. */
export async function extremePoorByPlace(ctx: Context, code: string): Promise<ShownPlace[]> {
  assertCountable(ctx, code);
  const regency = regencyOf(code);
  if (regency === null) return (await extremePoorByChild(ctx.db, code)).map((p) => ({ ...p, suppressed: false }));
  const view = await ctx.loaders.extremePoorView.load(regency);
  return [...view.cells.values()]
    .filter((c) => c.parent === code)
    .map((c) => {
      const hidden = view.hidden.has(c.code);
      return {
        code: c.code,
        name: c.name,
        level: c.level,
        households: hidden ? null : c.households,
        members: hidden ? null : c.members,
        suppressed: hidden,
      };
    });
}

/** The exact count behind a cell, for a figure that is published whatever its size (priority places). */
export async function publishedExtremePoor(db: Database, code: string): Promise<number> {
  return (await extremePoorTotal(db, code)).households;
}

/**
 * Active poor households (extreme and poor) of a region, the base of the PSKS ratios. For a role
 * without household access: per kabupaten/kota only, and hidden when it, or the poor households
 * that are not extreme poor (it less the extreme-poor count shown beside it), are 1 to k−1.
 */
export async function poorHouseholdsShown(ctx: Context, code: string): Promise<number | null> {
  const viewer = requireViewer(ctx.viewer);
  const area = figureArea(viewer);
  if (area !== null && !isUnder(code, area)) return null;
  const exact = await poorHouseholds(ctx.db, code);
  if (!isProtected(viewer, code)) return exact;
  if (regencyOf(code) !== code) return null;
  const [extreme, k] = await Promise.all([extremePoorCount(ctx, code), minCellSize(ctx.db)]);
  const small = (n: number) => n > 0 && n < k;
  if (extreme.suppressed || extreme.households === null || small(exact) || small(exact - extreme.households)) return null;
  return exact;
}
