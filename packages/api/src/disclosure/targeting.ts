// Targeting accuracy as a role without household access may see it. Three kinds of cell, each
// protected so that no table, total, level or filter the API offers gives back a small count:
//
// - programs, through the program tree shared with program outcomes (programs.ts): the same
//   hidden cells whichever cluster or program filter is asked, so the cluster-filtered sums and
//   the unfiltered ones cannot be taken apart;
// - kecamatan rows (exclusion and overlap per kecamatan) under the kabupaten/kota, with the
//   extreme-poor counts the same viewer sees beside them (the eligible households less the
//   extreme poor are a population too): they start from the extreme-poverty view's hidden cells;
// - the kabupaten/kota's distinct totals, whose nested differences (reached in any state less
//   reached while active; reached less overlapping; eligible less unreached) must be safe too.
//
// Finer regions (a kecamatan's kelurahan) are not offered: there the atoms are too small to show
// anything (docs/privacy.md).
import { protectTree, type TreeCell } from './protect.js';

export interface ChildCounts {
  code: string;
  eligible: number;
  unreached: number;
  overlapping: number;
  /** Extreme-poor households (the extreme-poverty view's count). */
  extreme: number;
}

export interface RegionCounts {
  eligible: number;
  unreached: number;
  overlapping: number;
  reachedActive: number;
  reachedAll: number;
  extreme: number;
}

const childAtoms = (c: Omit<ChildCounts, 'code'>) => [
  c.unreached,
  c.eligible - c.unreached,
  c.overlapping,
  c.eligible - c.extreme,
  c.extreme,
];

/** Hidden kecamatan rows (and the kabupaten/kota itself when even that cannot be protected). */
export function protectChildren(
  regency: string,
  total: RegionCounts,
  children: readonly ChildCounts[],
  k: number,
  secret: string,
  alreadyHidden: ReadonlySet<string>,
): Set<string> {
  const cells: TreeCell[] = [
    { code: regency, parent: null, atoms: childAtoms(total) },
    ...children.map((c) => ({ code: c.code, parent: regency, atoms: childAtoms(c) })),
  ];
  return protectTree(cells, { k, secret, table: `targeting-children:${regency}`, alreadyHidden });
}

/** The kabupaten/kota's distinct totals that may be shown: none of them, nor a nested difference, is 1 to k−1. */
export function protectTotals(total: RegionCounts, k: number): Set<keyof RegionCounts> {
  const small = (n: number) => n > 0 && n < k;
  const hidden = new Set<keyof RegionCounts>();
  const pairs: [keyof RegionCounts, keyof RegionCounts][] = [
    ['reachedAll', 'reachedActive'],
    ['reachedActive', 'overlapping'],
    ['eligible', 'unreached'],
    ['eligible', 'extreme'],
  ];
  for (const key of Object.keys(total) as (keyof RegionCounts)[]) if (small(total[key])) hidden.add(key);
  // Hide the part of a pair whose difference is small; repeat, a hidden figure ends its pairs.
  let changed = true;
  while (changed) {
    changed = false;
    for (const [whole, part] of pairs) {
      if (hidden.has(whole) || hidden.has(part) || !small(total[whole] - total[part])) continue;
      hidden.add(part === 'extreme' ? whole : part);
      changed = true;
    }
  }
  return hidden;
}
