import { describe, expect, it } from 'vitest';
import { decimalText, evenPlan, parseDecimal } from './numbers';

describe('parseDecimal', () => {
  it('reads a comma or a point as the decimal mark, and thousands dots', () => {
    expect(parseDecimal('0,5')).toEqual({ ok: true, value: 0.5 });
    expect(parseDecimal('10,25')).toEqual({ ok: true, value: 10.25 });
    expect(parseDecimal('0.5')).toEqual({ ok: true, value: 0.5 });
    expect(parseDecimal('1.250,5')).toEqual({ ok: true, value: 1250.5 });
    expect(parseDecimal('300')).toEqual({ ok: true, value: 300 });
    expect(parseDecimal(' 25 % ')).toEqual({ ok: true, value: 25 });
    expect(parseDecimal('-5')).toEqual({ ok: true, value: -5 });
  });

  it('refuses what it cannot read without guessing', () => {
    expect(parseDecimal('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseDecimal('1.250')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseDecimal('satu')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseDecimal('1,2,3')).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('decimalText', () => {
  it('writes a number back so parseDecimal reads the same value', () => {
    for (const v of [0.5, 10.25, 300, 0.005, 5.24]) expect(parseDecimal(decimalText(v))).toEqual({ ok: true, value: v });
    expect(decimalText(0.1 + 0.2)).toBe('0,3');
    expect(decimalText(null)).toBe('');
  });
});

describe('evenPlan', () => {
  it('spends the pagu evenly, never falling, ending at the pagu', () => {
    const plan = evenPlan(350_000_000);
    expect(plan).toHaveLength(12);
    expect(plan[11]).toBe(350_000_000);
    expect(plan[0]).toBe(29_166_667);
    for (let i = 1; i < 12; i++) expect(plan[i]!).toBeGreaterThanOrEqual(plan[i - 1]!);
    expect(evenPlan(0)).toEqual(Array(12).fill(0));
  });
});
