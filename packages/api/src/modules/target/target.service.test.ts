import { describe, expect, it } from 'vitest';
import { targetPath } from './target.service.js';

const base = { baselineYear: 2020, endYear: 2023, dueDate: null };

describe('targetPath', () => {
  it('cuts percentage points a year', () => {
    expect(targetPath({ ...base, shape: 'ANNUAL_POINT_REDUCTION', baselineValue: 5.24, annualStep: 0.5 }).map((p) => p.value)).toEqual([
      5.24, 4.74, 4.24, 3.74,
    ]);
  });
  it('cuts a share of last year’s value', () => {
    const values = targetPath({ ...base, shape: 'ANNUAL_RELATIVE_REDUCTION', baselineValue: 100, annualStep: 0.1 }).map((p) => p.value);
    expect(values).toEqual([100, 90, 81, 72.9]);
  });
  it('cuts a count a year, never below zero', () => {
    expect(targetPath({ ...base, shape: 'ANNUAL_COUNT_REDUCTION', baselineValue: 700, annualStep: 300 }).map((p) => p.value)).toEqual([
      700, 400, 100, 0,
    ]);
  });
  it('reaches zero in the due year', () => {
    const path = targetPath({
      ...base,
      shape: 'ZERO_BY_DATE',
      baselineYear: 2024,
      baselineValue: 19,
      annualStep: null,
      endYear: 2026,
      dueDate: new Date('2026-12-31'),
    });
    expect(path).toEqual([
      { year: 2024, value: 19 },
      { year: 2025, value: 9.5 },
      { year: 2026, value: 0 },
    ]);
  });
});
