import { describe, expect, it } from 'vitest';
import { compareWithTarget } from './target-status';

// Palembang's synthetic target: 5% less each year from 10,89 in 2020 (the demo seed).
const path = [
  { year: 2020, value: 10.89 },
  { year: 2024, value: 8.869973 },
  { year: 2025, value: 8.426474 },
  { year: 2026, value: 8.005151 },
];
const actuals = [
  { year: 2020, value: 10.89 },
  { year: 2024, value: 9.77 },
  { year: 2025, value: 9.04 },
];

describe('compareWithTarget', () => {
  it('compares the newest actual with the path value of its year', () => {
    expect(compareWithTarget(actuals, path, 2026)).toEqual({ year: 2025, actual: 9.04, target: 8.426474, gap: 0.61, onTrack: false });
  });

  it('stops at the chosen year', () => {
    expect(compareWithTarget(actuals, path, 2020)).toMatchObject({ year: 2020, gap: 0, onTrack: true });
  });

  it('is on track at or below the path, at two decimals', () => {
    expect(compareWithTarget([{ year: 2025, value: 8.43 }], path, 2025)?.onTrack).toBe(true);
    expect(compareWithTarget([{ year: 2025, value: 8.0 }], path, 2025)).toMatchObject({ gap: -0.43, onTrack: true });
  });

  it('is null when no actual falls in the path', () => {
    expect(compareWithTarget([{ year: 2018, value: 10.95 }], path, 2026)).toBeNull();
    expect(compareWithTarget([], path, 2026)).toBeNull();
  });
});
