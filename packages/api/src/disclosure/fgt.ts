// FGT for a poverty line the user types is computed from household rows, so a sequence of calls
// could isolate one household: step the line until the poor count first moves and read its size
// and spending. For a role without household access it is therefore computed only over a
// kabupaten/kota or kecamatan with enough households, the line is snapped to a published grid
// (Rp10.000), and the results are rounded (indices to 0.1 on BPS's ×100 scale, people and
// households to the nearest 10): one household of a few people moves none of them reliably.

import { GraphQLError } from 'graphql';
import type { Context } from '../context.js';
import { requireViewer } from '../modules/auth/scope.js';
import type { FgtResult } from '../modules/poverty/fgt.js';
import { allSettings } from '../modules/settings/settings.service.js';
import { isProtected } from './policy.js';

export const FGT_LINE_GRID = 10_000;
export const DEFAULT_FGT_MIN_HOUSEHOLDS = 100;
export const FGT_REGION_TOO_SMALL = 'disclosure/fgt_region_too_small';

export interface FgtNumbers extends FgtResult {
  households: number;
}

export interface ProtectedFgt extends FgtNumbers {
  povertyLine: number;
  /** True when the line was snapped and the results rounded for this viewer. */
  rounded: boolean;
}

const tooSmall = (message: string) => new GraphQLError(message, { extensions: { code: FGT_REGION_TOO_SMALL, field: 'regionCode' } });

const roundTo = (value: number, step: number) => Math.round(value / step) * step;

export async function protectedFgt(
  ctx: Context,
  regionCode: string,
  povertyLine: number,
  compute: (line: number) => Promise<FgtNumbers>,
): Promise<ProtectedFgt> {
  const viewer = requireViewer(ctx.viewer);
  if (!isProtected(viewer, regionCode)) return { ...(await compute(povertyLine)), povertyLine, rounded: false };
  const level = regionCode.split('.').length;
  if (level !== 2 && level !== 3) {
    throw tooSmall('FGT is computed for a kabupaten/kota or a kecamatan (your role sees no smaller areas)');
  }
  const min = Number((await allSettings(ctx.db)).get('privacy.fgtMinHouseholds') ?? DEFAULT_FGT_MIN_HOUSEHOLDS);
  const line = Math.max(FGT_LINE_GRID, roundTo(povertyLine, FGT_LINE_GRID));
  const exact = await compute(line);
  if (exact.households < min) {
    throw tooSmall(`This area has fewer than ${min} households with spending recorded: too few to compute without singling one out`);
  }
  return {
    povertyLine: line,
    p0: roundTo(exact.p0, 0.001),
    p1: roundTo(exact.p1, 0.001),
    p2: roundTo(exact.p2, 0.001),
    persons: roundTo(exact.persons, 10),
    poorPersons: roundTo(exact.poorPersons, 10),
    households: roundTo(exact.households, 10),
    rounded: true,
  };
}
