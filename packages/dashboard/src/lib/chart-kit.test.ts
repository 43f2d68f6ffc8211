import { describe, expect, it } from 'vitest';
import { escapeHtml, labelRoom, niceAxis, plotGrid, pointedIndex, roundStep, topLegend, valueAxis } from './chart-kit';
import { defaultChartTheme } from './chart-theme';

describe('niceAxis', () => {
  it('puts both bounds on whole multiples of a round interval', () => {
    expect(niceAxis([2.74, 7.6])).toEqual({ min: 2, max: 9, interval: 1 });
    expect(niceAxis([0.09, 0.94])).toEqual({ min: 0, max: 1.2, interval: 0.2 });
  });

  it('starts counts and amounts at zero', () => {
    const axis = niceAxis([543609, 660705], true);
    expect(axis.min).toBe(0);
    expect(axis.max).toBeGreaterThanOrEqual(660705);
    expect((axis.max / axis.interval) % 1).toBe(0);
  });

  it('copes with no values and with one', () => {
    expect(niceAxis([])).toEqual({ min: 0, max: 1, interval: 0.25 });
    expect(niceAxis([5]).max).toBeGreaterThan(5);
  });
});

describe('labelRoom', () => {
  it('grows with the longest label', () => {
    expect(labelRoom(['Rp660.705'], 13)).toBeGreaterThan(labelRoom(['0,70'], 13));
  });
});

describe('roundStep', () => {
  it('rounds a step to 1, 2, 2,5 or 5 × 10ⁿ', () => {
    expect(roundStep(0.875)).toBe(1);
    expect(roundStep(2.8)).toBe(2.5);
    expect(roundStep(140_000_000)).toBe(100_000_000);
    expect(roundStep(0)).toBe(1);
  });

  it('gives a rate falling from 21 to 9 ticks on one step, no "8, 9 … 21, 22"', () => {
    const axis = niceAxis([21.4, 9.04]);
    expect(axis.interval).toBe(2.5);
    expect(((axis.max - axis.min) / axis.interval) % 1).toBe(0);
    expect((axis.max - axis.min) / axis.interval).toBeLessThanOrEqual(7);
  });
});

describe('shared blocks', () => {
  it('builds a value axis with its unit, dropping labels that would overlap', () => {
    const axis = valueAxis(defaultChartTheme, { name: 'Persen', format: (v) => `${v}%`, scale: { min: 0, max: 10, interval: 2 } });
    expect(axis).toMatchObject({ type: 'value', name: 'Persen', nameLocation: 'end', min: 0, max: 10, interval: 2 });
    expect(axis.axisLabel.hideOverlap).toBe(true);
    expect(axis.axisLabel.formatter(4)).toBe('4%');
    expect(valueAxis(defaultChartTheme, { name: 'Rp', format: String, horizontal: true }).nameLocation).toBe('middle');
  });

  it('puts the legend on the side asked, with the series asked', () => {
    expect(topLegend(defaultChartTheme, { side: 'right', data: ['A'] })).toMatchObject({ right: 0, top: 0, data: ['A'] });
    expect(topLegend(defaultChartTheme)).toMatchObject({ left: 0 });
  });

  it('contains the labels in the grid and reads the pointed row', () => {
    expect(plotGrid({ top: 10 })).toMatchObject({ left: 0, top: 10, outerBoundsContain: 'all' });
    expect(pointedIndex([{ dataIndex: 3 }])).toBe(3);
    expect(pointedIndex({ dataIndex: 1 })).toBe(1);
    expect(pointedIndex([])).toBeUndefined();
    expect(escapeHtml('<a & "b">')).toBe('&lt;a &amp; &quot;b&quot;&gt;');
  });
});
