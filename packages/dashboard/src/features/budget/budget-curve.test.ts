import { describe, expect, it } from 'vitest';
import { curveStanding, lastReportedMonth, realisedLine } from './budget-curve';

const points = [
  { month: 1, planned: 10, realised: 8, reported: true },
  { month: 2, planned: 30, realised: 20, reported: true },
  { month: 3, planned: 60, realised: 20, reported: false },
  { month: 4, planned: 100, realised: 20, reported: false },
];

describe('S-curve standing', () => {
  it('stands at the last month with an approved report', () => {
    expect(lastReportedMonth(points)).toBe(2);
    expect(curveStanding(points, 100)).toEqual({
      month: 2,
      planned: 30,
      realised: 20,
      pagu: 100,
      realisedRate: 0.2,
      plannedRate: 0.3,
      planGap: 1 / 3,
    });
  });

  it('draws realisasi only up to that month', () => {
    expect(realisedLine(points)).toEqual([8, 20, null, null]);
  });

  it('has no standing before the first report', () => {
    const none = points.map((p) => ({ ...p, reported: false }));
    expect(lastReportedMonth(none)).toBeNull();
    expect(realisedLine(none)).toEqual([null, null, null, null]);
    expect(curveStanding(none, 0)).toMatchObject({ month: null, realisedRate: null, plannedRate: null, planGap: 0 });
  });
});
