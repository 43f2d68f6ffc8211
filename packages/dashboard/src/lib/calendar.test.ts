import { describe, expect, it } from 'vitest';
import { nowOnCalendarDay, toCalendar } from './calendar';

describe('calendar', () => {
  it("reads the API's date as midnight UTC of that day", () => {
    const calendar = toCalendar({ today: '2026-11-20', source: 'DEMO', fiscalYear: 2026 } as never);
    expect(calendar.today.toISOString()).toBe('2026-11-20T00:00:00.000Z');
    expect(calendar.fiscalYear).toBe(2026);
  });

  it("stamps the wall clock's time on Pantau's day, not the machine's", () => {
    const wall = new Date(2027, 4, 3, 9, 41);
    const moment = nowOnCalendarDay({ today: new Date(Date.UTC(2026, 10, 20)) }, wall);
    expect([moment.getFullYear(), moment.getMonth(), moment.getDate(), moment.getHours(), moment.getMinutes()]).toEqual([
      2026, 10, 20, 9, 41,
    ]);
  });
});
