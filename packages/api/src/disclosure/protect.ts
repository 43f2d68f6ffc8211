// Small-count protection over a tree of published counts (regions under a kabupaten/kota,
// programs under clusters): which cells a role without household access must not see so that no
// count of 1 to k−1 households — a cell, a difference of two nested figures of one cell, or the
// rest of a parent once its shown children are taken away — can be read or derived.
//
// Each cell carries a vector of "atoms": the counts of the disjoint populations its published
// figures are built from (for a region: extreme-poor households; for a program: reached
// households in and outside its target group, …). Every figure and every difference of nested
// figures is a sum of atoms, so a cell is safe when each atom is 0 or at least k.
//
// 1. Primary: a cell with an atom of 1 to k−1 is hidden.
// 2. Complementary: a parent's total is shown, so the hidden children of one parent must not be
//    derivable: their summed atoms (less what is published inside them) must each be 0 or at
//    least k, and there must be two or more of them. More siblings are hidden, in an order drawn
//    from a keyed hash (a server secret), not by size, so a viewer cannot replay the choice.
//    When even hiding every sibling cannot protect them, the parent itself is hidden.
// 3. A hidden cell hides everything under it, so its total cannot be rebuilt from below; cells
//    marked public (government-named priority places) stay shown and count as known.
import { createHmac } from 'node:crypto';

export interface TreeCell {
  code: string;
  /** Null for the root. */
  parent: string | null;
  atoms: readonly number[];
  /** Published whatever its count (a named priority place): never hidden, never a complement. */
  isPublic?: boolean;
}

export interface ProtectOptions {
  /** The smallest count shown (privacy.minCellSize). */
  k: number;
  /** Server secret for the order complements are drawn in. */
  secret: string;
  /** Separates the draws of different tables over the same cells. */
  table: string;
  /** Cells hidden before anything else (another table's hidden cells the same viewer sees). */
  alreadyHidden?: ReadonlySet<string>;
}

const unsafe = (atoms: readonly number[], k: number) => atoms.some((a) => a > 0 && a < k);

function addInto(sum: number[], atoms: readonly number[]): void {
  for (let i = 0; i < atoms.length; i++) sum[i] = (sum[i] ?? 0) + (atoms[i] ?? 0);
}

/** The codes of the cells to hide. */
export function protectTree(cells: readonly TreeCell[], options: ProtectOptions): Set<string> {
  const { k } = options;
  const byCode = new Map(cells.map((c) => [c.code, c]));
  const children = new Map<string | null, TreeCell[]>();
  for (const cell of cells) children.set(cell.parent, [...(children.get(cell.parent) ?? []), cell]);
  const depth = (cell: TreeCell): number => (cell.parent && byCode.has(cell.parent) ? 1 + depth(byCode.get(cell.parent)!) : 0);
  const hidden = new Set<string>([...(options.alreadyHidden ?? [])].filter((c) => byCode.has(c)));
  for (const cell of cells) if (!cell.isPublic && unsafe(cell.atoms, k)) hidden.add(cell.code);

  /** What a viewer cannot rebuild of a hidden cell: its atoms less its public descendants'. */
  const unknown = (cell: TreeCell): number[] => {
    const known = publicBelow(cell);
    return cell.atoms.map((a, i) => a - (known[i] ?? 0));
  };
  const publicBelow = (cell: TreeCell): number[] => {
    const sum = cell.atoms.map(() => 0);
    for (const child of children.get(cell.code) ?? []) {
      const inner = child.isPublic ? child.atoms : publicBelow(child);
      addInto(sum, inner);
    }
    return sum;
  };
  const order = (parent: string, code: string) =>
    createHmac('sha256', options.secret).update(`${options.table}\u0000${parent}\u0000${code}`).digest('hex');

  // Deepest parents first: a parent hidden here is then protected among its own siblings.
  const parents = cells.filter((c) => (children.get(c.code)?.length ?? 0) > 0).sort((a, b) => depth(b) - depth(a));
  for (const parent of parents) {
    if (hidden.has(parent.code)) continue;
    const group = children.get(parent.code)!;
    const inGroup = () => group.filter((c) => hidden.has(c.code));
    const protectedGroup = () => {
      const h = inGroup();
      if (h.length === 0) return true;
      if (h.length === 1) return false;
      const sum = parent.atoms.map(() => 0);
      for (const c of h) addInto(sum, unknown(c));
      return !unsafe(sum, k);
    };
    // A cell of zeros adds nothing to the hidden sum: hiding it would lose a figure for no protection.
    const candidates = group
      .filter((c) => !c.isPublic && !hidden.has(c.code) && unknown(c).some((a) => a > 0))
      .sort((a, b) => order(parent.code, a.code).localeCompare(order(parent.code, b.code)));
    while (!protectedGroup()) {
      const next = candidates.shift();
      if (!next) {
        hidden.add(parent.code);
        break;
      }
      hidden.add(next.code);
    }
  }

  // A hidden cell hides its subtree (but not public places).
  const hideBelow = (code: string) => {
    for (const child of children.get(code) ?? []) {
      // Public places stay, and so do zeros: a zero rebuilds nothing.
      if (child.isPublic || child.atoms.every((a) => a === 0)) continue;
      hidden.add(child.code);
      hideBelow(child.code);
    }
  };
  for (const code of [...hidden]) hideBelow(code);
  return hidden;
}
