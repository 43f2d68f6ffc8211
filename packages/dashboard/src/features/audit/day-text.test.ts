import { describe, expect, it } from 'vitest';
import { dayText, parseDayText } from './day-text';

describe('the audit filter days', () => {
  it('shows an ISO day day first', () => {
    expect(dayText('2026-11-20')).toBe('20/11/2026');
    expect(dayText('2026-01-05')).toBe('05/01/2026');
    expect(dayText(null)).toBe('');
    expect(dayText('20/11/2026')).toBe('');
  });

  it('reads a day written day first, with slashes, dashes or dots, and an ISO day', () => {
    expect(parseDayText('20/11/2026')).toEqual({ ok: true, iso: '2026-11-20' });
    expect(parseDayText(' 5/1/2026 ')).toEqual({ ok: true, iso: '2026-01-05' });
    expect(parseDayText('05-01-2026')).toEqual({ ok: true, iso: '2026-01-05' });
    expect(parseDayText('05.01.2026')).toEqual({ ok: true, iso: '2026-01-05' });
    expect(parseDayText('2026-11-20')).toEqual({ ok: true, iso: '2026-11-20' });
    expect(parseDayText('')).toEqual({ ok: true, iso: null });
  });

  it('refuses what is no day: month first past 12, 31 February, a two-digit year, words', () => {
    expect(parseDayText('11/20/2026')).toEqual({ ok: false });
    expect(parseDayText('31/02/2026')).toEqual({ ok: false });
    expect(parseDayText('20/11/26')).toEqual({ ok: false });
    expect(parseDayText('kemarin')).toEqual({ ok: false });
    expect(parseDayText('20/11/1890')).toEqual({ ok: false });
  });
});
