import { describe, expect, it } from 'vitest';
import { clockFromEnv, DEMO_TODAY, fixedClock, isoDate, parseIsoDate, systemClock } from './clock.js';
import { ConfigurationError } from './config.js';

describe('the clock', () => {
  it('reads real calendar days and refuses the rest', () => {
    expect(isoDate(parseIsoDate('2026-11-20')!)).toBe('2026-11-20');
    expect(isoDate(parseIsoDate('2028-02-29')!)).toBe('2028-02-29');
    for (const bad of [
      '2026-02-30',
      '2027-02-29',
      '0000-01-01',
      '2026-13-01',
      '2026-1-5',
      '20261120',
      '',
      '2026-11-20T00:00:00Z',
      '2101-01-01',
    ]) {
      expect(parseIsoDate(bad), bad).toBeNull();
    }
  });

  it('takes PANTAU_TODAY first, then the demo day, then the machine date', () => {
    expect(isoDate(clockFromEnv({ PANTAU_TODAY: '2027-12-05' }, { demo: true }).today())).toBe('2027-12-05');
    expect(clockFromEnv({ PANTAU_TODAY: ' 2027-12-05 ' }, { demo: false }).source).toBe('SETTING');
    const demo = clockFromEnv({}, { demo: true });
    expect([isoDate(demo.today()), demo.source]).toEqual([DEMO_TODAY, 'DEMO']);
    expect(clockFromEnv({ PANTAU_TODAY: '' }, { demo: false }).source).toBe('SYSTEM');
  });

  it('stops the start with one line for a PANTAU_TODAY it cannot read', () => {
    expect(() => clockFromEnv({ PANTAU_TODAY: '2026-02-30' }, { demo: false })).toThrow(ConfigurationError);
    expect(() => clockFromEnv({ PANTAU_TODAY: 'tomorrow' }, { demo: false })).toThrow(
      'PANTAU_TODAY must be a date as YYYY-MM-DD (2000–2100), got "tomorrow"',
    );
    expect(() => fixedClock('2026-11-31')).toThrow(ConfigurationError);
  });

  it("says the machine's date in WIB, which is a day ahead of UTC in the evening", () => {
    const today = isoDate(systemClock('Asia/Jakarta').today());
    const inJakarta = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
    expect(today).toBe(inJakarta);
  });

  it('hands out a copy, so a caller cannot move the day', () => {
    const clock = fixedClock('2026-11-20');
    clock.today().setUTCFullYear(1999);
    expect(isoDate(clock.today())).toBe('2026-11-20');
  });
});
