// Pantau's today, as the API's `calendar` says. The dashboard never reads the machine's date for
// a business date (the report month, the working year, lateness): the server's clock decides,
// so every page and every user agree, and a demo or a test can set the day (PANTAU_TODAY).
import { createContext, useContext } from 'react';
import { graphql, type ResultOf } from './graphql';

export const CalendarFragment = graphql(`
  fragment Calendar on Calendar { today source fiscalYear }
`);

export interface Calendar {
  /** Today as midnight UTC of the calendar day. */
  today: Date;
  source: 'SETTING' | 'DEMO' | 'SYSTEM';
  /** The fiscal year pages open on. */
  fiscalYear: number;
}

export function toCalendar(data: ResultOf<typeof CalendarFragment>): Calendar {
  return { today: new Date(`${data.today}T00:00:00Z`), source: data.source, fiscalYear: data.fiscalYear };
}

export const CalendarContext = createContext<Calendar | null>(null);

/** The calendar of the signed-in session; for components under <RequireAuth>. */
export function useCalendar(): Calendar {
  const calendar = useContext(CalendarContext);
  if (!calendar) throw new Error('useCalendar outside a signed-in session');
  return calendar;
}

/**
 * This moment on Pantau's today: the calendar's day at the wall clock's time of day. A deck's
 * "data per" stamp reads it, so a demo frozen on its own day shows that day with the real time.
 */
export function nowOnCalendarDay(calendar: Pick<Calendar, 'today'>, wall: Date = new Date()): Date {
  const moment = new Date(wall);
  moment.setFullYear(calendar.today.getUTCFullYear(), calendar.today.getUTCMonth(), calendar.today.getUTCDate());
  return moment;
}
