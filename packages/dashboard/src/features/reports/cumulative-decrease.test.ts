import { describe, expect, it } from 'vitest';
import { fallsBelowApproved } from './cumulative-decrease';
import { parseWholeNumber } from './number-input';

const september = { outputCumulative: 5_909, beneficiariesCumulative: 5_880 };
const falls = (output: string, beneficiaries: string, previous: typeof september | null = september) =>
  fallsBelowApproved(previous, parseWholeNumber(output), parseWholeNumber(beneficiaries));

describe('fallsBelowApproved', () => {
  it('asks for a reason when output or beneficiaries fall below the last approved month', () => {
    expect(falls('0', '5.880')).toBe(true);
    expect(falls('5.909', '5.879')).toBe(true);
    expect(falls('0', '0')).toBe(true);
  });

  it('asks nothing when the figures hold or rise, or nothing was approved before', () => {
    expect(falls('5.909', '5.880')).toBe(false);
    expect(falls('6.484', '7.040')).toBe(false);
    expect(falls('0', '0', null)).toBe(false);
  });

  it('does not count what cannot be read (the number field says so itself)', () => {
    expect(falls('', '5.880')).toBe(false);
    expect(falls('5,9', 'abc')).toBe(false);
    expect(falls('abc', '1')).toBe(true);
  });
});
