import { describe, expect, it } from 'vitest';
import { barPath, fitText, linear, valueTicks, yearLinePath, yearTicks } from './svg-chart';

describe('valueTicks', () => {
  it('pads a rate axis around the data at a round step, not every point', () => {
    // Palembang's P0 2010–2025 and its path: about 8,4 to 15,0.
    const axis = valueTicks(8.43, 15.02, 6);
    expect(axis).toMatchObject({ lo: 6, hi: 16, step: 2 });
    expect(axis.ticks).toEqual([6, 8, 10, 12, 14, 16]);
  });

  it('takes whole points when there is room, and never goes below zero', () => {
    expect(valueTicks(0.2, 3.1, 6)).toMatchObject({ lo: 0, hi: 4, step: 1 });
  });

  it('keeps a short plot to few labels', () => {
    const axis = valueTicks(8, 22, 3);
    expect(axis.ticks.length - 1).toBeLessThanOrEqual(3);
    expect(axis.step).toBe(10);
  });
});

describe('yearTicks', () => {
  it('labels every year when the labels fit', () => {
    expect(yearTicks(2020, 2025, 80, 50).years).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
  });

  it('labels round years on a narrow axis (a phone)', () => {
    // 2010–2029 on 300 px: 15.8 px a year, a label needs about 45.
    expect(yearTicks(2010, 2029, 15.8, 45)).toEqual({ step: 5, years: [2010, 2015, 2020, 2025] });
    expect(yearTicks(2010, 2029, 30, 45)).toEqual({ step: 2, years: [2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024, 2026, 2028] });
  });

  it('keeps both ends of a short span that has no round year', () => {
    expect(yearTicks(2021, 2024, 5, 45).years).toEqual([2021, 2024]);
  });
});

describe('paths', () => {
  it('breaks a line where a year is missing', () => {
    const x = linear(2010, 2013, 0, 30);
    const y = linear(0, 10, 100, 0);
    const d = yearLinePath(
      [
        { year: 2010, value: 10 },
        { year: 2011, value: 5 },
        { year: 2013, value: 0 },
      ],
      x,
      y,
    );
    expect(d).toBe('M0,0L10,50M30,100');
  });

  it('rounds a bar at its value end only', () => {
    expect(barPath(10, 0, 50, 20, 3)).toBe('M10,0H57Q60,0 60,3V17Q60,20 57,20H10Z');
  });

  it('cuts text that does not fit with an ellipsis (estimated width without a canvas)', () => {
    expect(fitText('Ilir Timur Dua', 500, 13, 'sans-serif')).toBe('Ilir Timur Dua');
    const cut = fitText('Seberang Ulu Dua', 60, 13, 'sans-serif');
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThan('Seberang Ulu Dua'.length);
  });
});
