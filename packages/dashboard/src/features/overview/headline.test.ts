import { describe, expect, it } from 'vitest';
import { budgetMeter, changeFrom, programShares, statusTone } from './headline';

describe('statusTone', () => {
  it('maps the three statuses and a missing one', () => {
    expect(statusTone('ON_TRACK')).toBe('good');
    expect(statusTone('AT_RISK')).toBe('warn');
    expect(statusTone('OFF_TRACK')).toBe('bad');
    expect(statusTone(null)).toBe('neutral');
  });
});

describe('changeFrom', () => {
  it('gives the rounded change and its direction', () => {
    expect(changeFrom(9.04, 9.77)).toEqual({ change: -0.73, trend: 'down' });
    expect(changeFrom(10_700, 10_644, 0)).toEqual({ change: 56, trend: 'up' });
    expect(changeFrom(10_644, 10_644, 0)).toEqual({ change: 0, trend: 'flat' });
  });

  it('is null without a value before', () => {
    expect(changeFrom(9.04, null)).toBeNull();
    expect(changeFrom(9.04, undefined)).toBeNull();
  });
});

describe('budgetMeter', () => {
  it('places realised and planned against pagu (Palembang, October 2026)', () => {
    const m = budgetMeter({ pagu: 116_630_000_000, realisasi: 81_847_123_000, plannedCumulative: 107_990_741_000 });
    expect(m.realised).toBeCloseTo(0.7018, 4);
    expect(m.planned).toBeCloseTo(0.9259, 4);
    expect(m.gapToPlan).toBe(81_847_123_000 - 107_990_741_000);
    expect(m.gapToPlanRate).toBeLessThan(0);
  });

  it('clamps to the bar and copes with no pagu', () => {
    expect(budgetMeter({ pagu: 100, realisasi: 150, plannedCumulative: 50 }).realised).toBe(1);
    expect(budgetMeter({ pagu: 0, realisasi: 0, plannedCumulative: 0 })).toEqual({
      realised: 0,
      planned: 0,
      gapToPlan: 0,
      gapToPlanRate: null,
    });
  });
});

describe('programShares', () => {
  it('splits programs by state', () => {
    expect(programShares({ onTrack: 0, atRisk: 8, offTrack: 2 })).toEqual({ onTrack: 0, atRisk: 0.8, offTrack: 0.2, total: 10 });
    expect(programShares({ onTrack: 0, atRisk: 0, offTrack: 0 }).total).toBe(0);
  });
});
