import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';
import { apportion, createRandom } from './random.js';

describe('apportion', () => {
  it('splits a total into whole parts that add up exactly', () => {
    const parts = apportion(10_644, [1, 2.5, 0.3, 7, 1.1]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(10_644);
    expect(parts.every(Number.isInteger)).toBe(true);
  });
  it('refuses weights that sum to nothing', () => {
    expect(() => apportion(10, [0, 0])).toThrow('apportion needs a positive weight');
  });
});

describe('createRandom', () => {
  it('is deterministic for a seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect([a.next(), a.next(), a.int(1, 6)]).toEqual([b.next(), b.next(), b.int(1, 6)]);
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with commas and doubled quotes', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi"""\n')).toEqual([{ a: 'x, y', b: 'say "hi"' }]);
  });
  it('names the line of a row with the wrong number of fields', () => {
    expect(() => parseCsv('a,b\n1,2\n3\n')).toThrow('CSV row 3: expected 2 fields, found 1');
  });
});
