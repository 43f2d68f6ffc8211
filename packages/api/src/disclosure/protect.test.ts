import { describe, expect, it } from 'vitest';
import { protectTree, type TreeCell } from './protect.js';

const options = { k: 5, secret: 'test-secret', table: 'extreme-poor' };
const region = (code: string, n: number, extra: Partial<TreeCell> = {}): TreeCell => ({
  code,
  parent: code.includes('.') ? code.split('.').slice(0, -1).join('.') : null,
  atoms: [n],
  ...extra,
});

/** Every value a viewer can derive for a hidden cell, given the shown ones: the bounds on each hidden cell. */
function bounds(cells: readonly TreeCell[], hidden: ReadonlySet<string>): Map<string, [number, number]> {
  // Sibling groups under a shown parent: the hidden ones share parent − shown.
  const result = new Map<string, [number, number]>();
  for (const parent of cells) {
    if (hidden.has(parent.code)) continue;
    const group = cells.filter((c) => c.parent === parent.code);
    const hiddenKids = group.filter((c) => hidden.has(c.code));
    if (hiddenKids.length === 0) continue;
    const rest = parent.atoms[0]! - group.filter((c) => !hidden.has(c.code)).reduce((s, c) => s + c.atoms[0]!, 0);
    for (const c of hiddenKids) result.set(c.code, hiddenKids.length === 1 ? [rest, rest] : [0, rest]);
  }
  return result;
}

describe('protectTree', () => {
  it('hides a small kelurahan and a second sibling, so the kecamatan total does not give it back', () => {
    const cells = [
      region('64', 0),
      region('64.74', 40),
      region('64.74.01', 40),
      region('64.74.01.1001', 3),
      region('64.74.01.1002', 20),
      region('64.74.01.1003', 17),
    ];
    cells[0] = { ...cells[0]!, atoms: [40] };
    const hidden = protectTree(cells, options);
    expect(hidden.has('64.74.01.1001')).toBe(true);
    expect([...hidden].filter((c) => c.startsWith('64.74.01.')).length).toBe(2);
    for (const [code, [low, high]] of bounds(cells, hidden)) expect(high - low, code).toBeGreaterThanOrEqual(5);
  });

  it('does not pick the complement by size: the draw follows the secret', () => {
    const cells = [region('10', 1000), ...Array.from({ length: 8 }, (_, i) => region(`10.0${i + 1}`, i === 0 ? 2 : 100 + i * 10))];
    cells[0] = { ...cells[0]!, atoms: [2 + cells.slice(2).reduce((s, c) => s + c.atoms[0]!, 0)] };
    const picks = new Set<string>();
    for (const secret of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const hidden = protectTree(cells, { ...options, secret });
      expect(hidden.has('10.01')).toBe(true);
      picks.add([...hidden].find((c) => c !== '10.01')!);
    }
    // Different secrets, different complements: not always the smallest sibling.
    expect(picks.size).toBeGreaterThan(1);
    // The same secret always draws the same one, so asking again reveals nothing new.
    expect(protectTree(cells, options)).toEqual(protectTree(cells, options));
  });

  it('keeps hiding until the hidden siblings together hold at least k, or hides the parent', () => {
    // Two small ones that sum to 3: a third sibling must join them.
    const a = [region('20', 103), region('20.01', 1), region('20.02', 2), region('20.03', 100)];
    expect(protectTree(a, options)).toEqual(new Set(['20.01', '20.02', '20.03']));
    // All siblings small and their sum too: the parent goes, and with it everything below.
    const b = [region('30', 50), region('30.01', 3), region('30.01.1', 1), region('30.01.2', 2), region('30.02', 47)];
    const hidden = protectTree(b, options);
    expect(hidden).toEqual(new Set(['30.01', '30.01.1', '30.01.2', '30.02']));
  });

  it('treats public places as known: they neither hide nor shield a hidden sibling', () => {
    // Kelurahan 1 is small; 2 is a public priority place; 3 is the only possible complement.
    const cells = [region('40', 30), region('40.1', 2), region('40.2', 8, { isPublic: true }), region('40.3', 20)];
    const hidden = protectTree(cells, options);
    expect(hidden).toEqual(new Set(['40.1', '40.3']));
    // A public place that is itself small stays shown.
    expect(protectTree([region('50', 10), region('50.1', 2, { isPublic: true }), region('50.2', 8)], options)).toEqual(new Set());
  });

  it('checks every atom of a cell, and the hidden siblings atom by atom', () => {
    // Reached in the target group 40, outside it 3: the inclusion errors would show.
    const cells: TreeCell[] = [
      { code: 'all', parent: null, atoms: [140, 13] },
      { code: 'p1', parent: 'all', atoms: [40, 3] },
      { code: 'p2', parent: 'all', atoms: [50, 0] },
      { code: 'p3', parent: 'all', atoms: [50, 10] },
    ];
    const hidden = protectTree(cells, options);
    expect(hidden.has('p1')).toBe(true);
    // p2 alone would add 0 to the second atom (3 + 0 = 3 < 5): p3 must be the complement, or both.
    expect(hidden.has('p3')).toBe(true);
  });

  it('starts from the cells another table already hides', () => {
    const cells = [region('60', 300), region('60.1', 100), region('60.2', 100), region('60.3', 100)];
    const hidden = protectTree(cells, { ...options, alreadyHidden: new Set(['60.2']) });
    expect(hidden.has('60.2')).toBe(true);
    expect(hidden.size).toBe(2);
  });
});
