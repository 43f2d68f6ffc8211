import { describe, expect, it } from 'vitest';
import { kelurahanFigures, verifiedShare } from './kelurahan-figures';

const counts = {
  extremePoor: 12,
  unreached: 5,
  active: 40,
  unverified: 30,
  verified: 14,
  disputed: 1,
  moved: 2,
  deceased: 1,
  graduated: 3,
};

describe('kelurahan figures', () => {
  it('lists every count once, work left first, with the household list behind it', () => {
    const figures = kelurahanFigures(counts);
    expect(figures.map((f) => f.id)).toEqual([
      'extremePoor',
      'unreached',
      'unverified',
      'verified',
      'disputed',
      'active',
      'moved',
      'deceased',
      'graduated',
    ]);
    expect(figures.map((f) => f.value)).toEqual([12, 5, 30, 14, 1, 40, 2, 1, 3]);
    expect(figures.find((f) => f.id === 'unverified')?.list).toEqual({ verifikasi: 'UNVERIFIED' });
    // The households page lists active households only: no link would show the moved ones.
    expect(figures.find((f) => f.id === 'moved')?.list).toBeNull();
  });

  it('keeps a hidden count hidden and shares only over active households', () => {
    expect(kelurahanFigures({ ...counts, extremePoor: null })[0]?.value).toBeNull();
    expect(verifiedShare(counts)).toBe(0.25);
    expect(verifiedShare({ active: 0, unverified: 0 })).toBeNull();
  });
});
