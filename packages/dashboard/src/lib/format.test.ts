import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatDecimal,
  formatFileSize,
  formatLocalDate,
  formatPercentValue,
  formatPointChange,
  formatRate,
  formatRupiah,
  formatTime,
} from './format';

const NBSP = /[\u00a0\u202f]/;

describe('format', () => {
  it('counts with a dot for thousands', () => {
    expect(formatCount(10_644)).toBe('10.644');
    expect(formatCount(319)).toBe('319');
    expect(formatCount(1_234_567)).toBe('1.234.567');
    expect(formatCount(0)).toBe('0');
  });

  it('writes rupiah in the house style, "Rp" with no space', () => {
    expect(formatRupiah(332_000_000)).toBe('Rp332 juta');
    expect(formatRupiah(350_000_000)).toBe('Rp350 juta');
    expect(formatRupiah(1_200_000_000)).toBe('Rp1,2 miliar');
    expect(formatRupiah(900_000)).toBe('Rp900 ribu');
    expect(formatRupiah(2_500_000_000_000)).toBe('Rp2,5 triliun');
    expect(formatRupiah(750)).toBe('Rp750');
    expect(formatRupiah(-5_000_000)).toBe('-Rp5 juta');
  });

  it('writes rates from fractions with a decimal comma', () => {
    expect(formatRate(332 / 350)).toBe('94,9%');
    expect(formatRate(0.5)).toBe('50%');
    expect(formatRate(1)).toBe('100%');
  });

  it('writes values that are already percentages', () => {
    expect(formatPercentValue(12.5)).toBe('12,5%');
    expect(formatPercentValue(10.5)).toBe('10,5%');
    expect(formatPercentValue(9.77)).toBe('9,77%');
    expect(formatPercentValue(15)).toBe('15%');
    expect(formatPercentValue(9.777)).toBe('9,78%');
  });

  it('writes decimals and signed point changes', () => {
    expect(formatDecimal(10.5)).toBe('10,5');
    expect(formatDecimal(10.5, 2)).toBe('10,50');
    expect(formatDecimal(1234.5, 1)).toBe('1.234,5');
    expect(formatPointChange(-0.45)).toBe('-0,45');
    expect(formatPointChange(1.2)).toBe('+1,20');
    expect(formatPointChange(0.001)).toBe('0,00');
  });

  it('writes dates in UTC with Indonesian month names', () => {
    expect(formatDate(new Date(Date.UTC(2019, 4, 2)))).toBe('2 Mei 2019');
    expect(formatDate('2019-05-02')).toBe('2 Mei 2019');
    expect(formatDate('2019-05-02', 'en')).toBe('2 May 2019');
  });

  it('never uses a no-break space', () => {
    const outputs = [
      formatCount(10_644),
      formatRupiah(332_000_000),
      formatRupiah(1_200_000_000),
      formatRate(0.949),
      formatPercentValue(12.5),
      formatDate('2019-05-02'),
    ];
    for (const s of outputs) expect(s).not.toMatch(NBSP);
  });

  it('shows a dash for values that are not numbers', () => {
    expect(formatCount(Number.NaN)).toBe('–');
    expect(formatRupiah(Number.POSITIVE_INFINITY)).toBe('–');
    expect(formatDate('not a date')).toBe('–');
  });

  it('writes clock times with a dot, 24-hour, and local dates of moments', () => {
    const moment = new Date(2026, 10, 23, 9, 5);
    expect(formatTime(moment)).toBe('09.05');
    expect(formatTime(new Date(2026, 10, 23, 14, 30))).toBe('14.30');
    expect(formatLocalDate(moment)).toBe('23 November 2026');
    expect(formatLocalDate(moment, 'en')).toBe('23 November 2026');
    expect(formatTime(new Date(Number.NaN))).toBe('–');
  });

  it('writes file sizes in units of 1024 bytes', () => {
    expect(formatFileSize(512)).toBe('512 B');
    expect(formatFileSize(870_400)).toBe('850 KB');
    expect(formatFileSize(1_258_291)).toBe('1,2 MB');
    expect(formatFileSize(64 * 1024 * 1024)).toBe('64 MB');
    expect(formatFileSize(Number.NaN)).toBe('–');
  });
});
