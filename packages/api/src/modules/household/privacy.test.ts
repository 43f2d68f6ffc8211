import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../context.js';
import { hiddenPlaces, type PlaceCell } from './privacy.js';

const viewer = (role: Viewer['role'], regionCode: string | null = '64.74'): Viewer => ({
  id: 1,
  username: 'u',
  displayName: 'U',
  role,
  regionCode,
  opdId: null,
  clusterId: null,
});
const cells = (counts: Record<string, number>): PlaceCell[] =>
  Object.entries(counts).map(([code, households]) => ({ code, level: 'KELURAHAN', households }));
const hidden = (v: Viewer | null, counts: Record<string, number>, priority: string[] = []) =>
  [...hiddenPlaces(v, cells(counts), 5, new Set(priority))].sort();

describe('hiddenPlaces', () => {
  const mayor = viewer('EXECUTIVE');

  it('hides a lone small count together with the smallest other count, so the total cannot give it back', () => {
    expect(hidden(mayor, { a: 3, b: 13, c: 17, d: 60 })).toEqual(['a', 'b']);
    // A tie goes to the lowest code.
    expect(hidden(mayor, { a: 4, c: 5, b: 5 })).toEqual(['a', 'b']);
  });

  it('hides nothing more when two or more counts are hidden already: the difference spans them', () => {
    expect(hidden(mayor, { a: 1, b: 2, c: 40 })).toEqual(['a', 'b']);
  });

  it('never hides or picks a named priority place, and falls back to a zero when no other count is left', () => {
    // b is published (priority); the only other candidate is the zero in c.
    expect(hidden(mayor, { a: 1, b: 7, c: 0 }, ['b'])).toEqual(['a', 'c']);
    expect(hidden(mayor, { a: 1, b: 7 }, ['b'])).toEqual(['a']); // nothing left to pair it with
    expect(hidden(mayor, { a: 7, b: 2 }, ['b'])).toEqual([]);
  });

  it('hides nothing from the secretariat, and does not pick the cell a kelurahan operator sees in full', () => {
    expect(hidden(viewer('ADMIN'), { a: 3, b: 13 })).toEqual([]);
    const operator = viewer('REGION_OPERATOR', '64.74.02.1002');
    expect(hidden(operator, { '64.74.02.1001': 2, '64.74.02.1002': 6, '64.74.02.1003': 9 })).toEqual(['64.74.02.1001', '64.74.02.1003']);
  });

  it('leaves kecamatan counts alone: they are never small enough to single out a family', () => {
    expect([...hiddenPlaces(mayor, [{ code: 'k', level: 'KECAMATAN', households: 2 }], 5, new Set())]).toEqual([]);
  });
});
