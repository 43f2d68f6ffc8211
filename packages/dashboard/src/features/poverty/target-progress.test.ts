import { describe, expect, it } from 'vitest';
import {
  formatDifference,
  formatGap,
  formatIndicatorValue,
  formatRupiahWhole,
  formatTick,
  STATUS_LOOK,
  summariseProgress,
  targetStepMessage,
  unitKind,
} from './target-progress';

const words = { households: 'KK', persons: 'jiwa', points: 'poin' };

describe('formatIndicatorValue', () => {
  it('writes each unit the house way', () => {
    expect(formatIndicatorValue(5.24, 'percent', words)).toBe('5,24%');
    expect(formatIndicatorValue(0.54, 'index', words)).toBe('0,54');
    expect(formatIndicatorValue(2200, 'households', words)).toBe('2.200 KK');
    expect(formatIndicatorValue(660705, 'rupiah per capita per month', words)).toBe('Rp660.705');
  });

  it('shows BPS thousands of persons as persons', () => {
    expect(unitKind('thousand persons')).toBe('thousandPersons');
    expect(formatIndicatorValue(2.9, 'thousand persons', words)).toBe('2.900 jiwa');
    expect(formatIndicatorValue(162.31, 'thousand persons', words)).toBe('162.310 jiwa');
  });
});

describe('targetStepMessage', () => {
  it("reads Padang Panjang's 0,5 a year as percentage points", () => {
    expect(targetStepMessage({ shape: 'ANNUAL_POINT_REDUCTION', annualStep: 0.5, dueDate: null, unit: 'percent' })).toEqual({
      key: 'poverty.target.step.points',
      step: '0,5',
    });
    expect(targetStepMessage({ shape: 'ANNUAL_POINT_REDUCTION', annualStep: 1, dueDate: null, unit: 'percent' }).step).toBe('1');
  });

  it('states relative, count and zero targets', () => {
    expect(targetStepMessage({ shape: 'ANNUAL_RELATIVE_REDUCTION', annualStep: 0.05, dueDate: null, unit: 'percent' })).toEqual({
      key: 'poverty.target.step.relative',
      step: '5%',
    });
    expect(targetStepMessage({ shape: 'ANNUAL_COUNT_REDUCTION', annualStep: 300, dueDate: null, unit: 'households' })).toEqual({
      key: 'poverty.target.step.households',
      step: '300',
    });
    expect(targetStepMessage({ shape: 'ZERO_BY_DATE', annualStep: null, dueDate: '2026-12-31', unit: 'households' }).key).toBe(
      'poverty.target.step.zero',
    );
  });
});

describe('gaps and differences', () => {
  it('signs the relative gap, behind positive', () => {
    expect(formatGap(0.24894514767932482)).toBe('+24,9%');
    expect(formatGap(-0.05263157894736842)).toBe('-5,3%');
    expect(formatGap(0)).toBe('0%');
    expect(formatGap(null)).toBe('–');
  });

  it('gives the difference in the indicator unit', () => {
    expect(formatDifference(5.92, 4.74, 'percent', words)).toBe('+1,18 poin');
    expect(formatDifference(5.24, 5.24, 'percent', words)).toBe('0,00 poin');
    expect(formatDifference(820, 700, 'households', words)).toBe('+120 KK');
    expect(formatDifference(9, 9.5, 'households', words)).toBe('-1 KK');
  });
});

describe('summariseProgress', () => {
  it('counts statuses and finds the newest year with one', () => {
    const row = (year: number, status: 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | null) => ({
      year,
      target: 1,
      actual: status ? 1 : null,
      gap: null,
      status,
      actualSource: null,
      actualSynthetic: null,
    });
    const { counts, latest } = summariseProgress([row(2020, 'ON_TRACK'), row(2021, 'AT_RISK'), row(2022, 'OFF_TRACK'), row(2023, null)]);
    expect(counts).toEqual({ ON_TRACK: 1, AT_RISK: 1, OFF_TRACK: 1 });
    expect(latest?.year).toBe(2022);
  });
});

describe('status look', () => {
  it('tells the statuses apart by shape and word, not colour alone', () => {
    const symbols = new Set(Object.values(STATUS_LOOK).map((l) => l.symbol));
    const labels = new Set(Object.values(STATUS_LOOK).map((l) => l.label));
    expect(symbols.size).toBe(3);
    expect(labels.size).toBe(3);
  });
});

describe('small formatters', () => {
  it('writes ticks with only the decimals they have, and full rupiah', () => {
    expect(formatTick(2)).toBe('2');
    expect(formatTick(2.5)).toBe('2,5');
    expect(formatTick(0.25)).toBe('0,25');
    expect(formatRupiahWhole(831247)).toBe('Rp831.247');
  });
});
