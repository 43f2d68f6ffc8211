import { describe, expect, it } from 'vitest';
import { dueMonths, MONTHS, monthName } from './months';

describe('monthName', () => {
  it('names months in Indonesian first', () => {
    expect(monthName(5)).toBe('Mei');
    expect(monthName(10, 'id')).toBe('Oktober');
    expect(monthName(8, 'id', 'short')).toBe('Agu');
    expect(monthName(12, 'id', 'short')).toBe('Des');
  });

  it('follows the interface language in English', () => {
    expect(monthName(5, 'en')).toBe('May');
  });

  it('gives a dash for a month that does not exist', () => {
    expect(monthName(0)).toBe('–');
    expect(monthName(13)).toBe('–');
    expect(monthName(2.5)).toBe('–');
  });
});

describe('dueMonths', () => {
  const now = new Date(Date.UTC(2026, 10, 23)); // 23 November 2026
  it('gives every month of a past year', () => {
    expect(dueMonths(2018, now)).toEqual(MONTHS);
  });
  it('stops before the current month of the current year: its reports are not due yet', () => {
    expect(dueMonths(2026, now)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(dueMonths(2026, new Date(Date.UTC(2026, 0, 15)))).toEqual([]);
  });
  it('gives none for a year still to come', () => {
    expect(dueMonths(2027, now)).toEqual([]);
  });
});
