import { describe, expect, it } from 'vitest';
import { monthName, reportingMonth } from './months';

describe('monthName', () => {
  it('names months in both languages', () => {
    expect(monthName(10)).toBe('Oktober');
    expect(monthName(5)).toBe('Mei');
    expect(monthName(11, 'en')).toBe('November');
    expect(monthName(13)).toBe('–');
  });
});

describe('reportingMonth', () => {
  const now = new Date(Date.UTC(2026, 10, 23)); // 23 November 2026
  it('is the month that ended last in the current year', () => {
    expect(reportingMonth(2026, now)).toBe(10);
    expect(reportingMonth(2026, new Date(Date.UTC(2026, 0, 15)))).toBe(1);
  });

  it('is December for a past year and January for a future one', () => {
    expect(reportingMonth(2025, now)).toBe(12);
    expect(reportingMonth(2027, now)).toBe(1);
  });
});
