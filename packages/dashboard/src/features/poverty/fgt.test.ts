import { describe, expect, it } from 'vitest';
import { indexOnBpsScale, parsePovertyLine, povertyLineText } from './fgt';

describe('parsePovertyLine', () => {
  it('reads amounts as Indonesians type them', () => {
    expect(parsePovertyLine('660.705')).toEqual({ ok: true, value: 660705 });
    expect(parsePovertyLine('700000')).toEqual({ ok: true, value: 700000 });
    expect(parsePovertyLine('Rp 700.000')).toEqual({ ok: true, value: 700000 });
    expect(parsePovertyLine(' rp.1.250.000 ')).toEqual({ ok: true, value: 1250000 });
    expect(parsePovertyLine('700 000')).toEqual({ ok: true, value: 700000 });
  });

  it('says what is wrong, in a message key', () => {
    expect(parsePovertyLine('')).toMatchObject({ ok: false, error: 'poverty.fgt.error.empty' });
    expect(parsePovertyLine('-5')).toMatchObject({ ok: false, error: 'poverty.fgt.error.negative' });
    expect(parsePovertyLine('700.000,50')).toMatchObject({ ok: false, error: 'poverty.fgt.error.decimal' });
    expect(parsePovertyLine('70.00')).toMatchObject({ ok: false, error: 'poverty.fgt.error.format' });
    expect(parsePovertyLine('tujuh ratus ribu')).toMatchObject({ ok: false, error: 'poverty.fgt.error.format' });
  });

  it('keeps the line within what a monthly line can be', () => {
    expect(parsePovertyLine('9.999')).toMatchObject({ ok: false, error: 'poverty.fgt.error.tooSmall', vars: { min: 'Rp10.000' } });
    expect(parsePovertyLine('70.000.000')).toMatchObject({ ok: false, error: 'poverty.fgt.error.tooLarge', vars: { max: 'Rp10.000.000' } });
    expect(parsePovertyLine('10.000')).toEqual({ ok: true, value: 10000 });
  });
});

describe('helpers', () => {
  it('writes the input back with dots and puts P1, P2 on BPS scale', () => {
    expect(povertyLineText(660705)).toBe('660.705');
    expect(indexOnBpsScale(0.14473)).toBeCloseTo(14.473);
  });
});
