import { describe, expect, it } from 'vitest';
import { parseWholeNumber, shareOfPagu } from './number-input';

describe('parseWholeNumber', () => {
  it('reads amounts with dots, spaces, "Rp" or nothing', () => {
    expect(parseWholeNumber('6.250.000.000')).toEqual({ ok: true, value: 6_250_000_000 });
    expect(parseWholeNumber('Rp 6.250.000.000')).toEqual({ ok: true, value: 6_250_000_000 });
    expect(parseWholeNumber('Rp6250000000')).toEqual({ ok: true, value: 6_250_000_000 });
    expect(parseWholeNumber('6 250 000')).toEqual({ ok: true, value: 6_250_000 });
    expect(parseWholeNumber(' 7100 ')).toEqual({ ok: true, value: 7_100 });
    expect(parseWholeNumber('0')).toEqual({ ok: true, value: 0 });
  });

  it('refuses what is not a whole rupiah amount', () => {
    expect(parseWholeNumber('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseWholeNumber('6,25')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseWholeNumber('6.25')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseWholeNumber('-5000')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseWholeNumber('enam juta')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseWholeNumber('99999999999999999999')).toEqual({ ok: false, reason: 'tooLarge' });
  });
});

describe('shareOfPagu', () => {
  it('is realisasi over pagu, null without pagu', () => {
    expect(shareOfPagu(332_000_000, 350_000_000)).toBeCloseTo(0.9486, 4);
    expect(shareOfPagu(1, 0)).toBeNull();
  });
});
