import { builder } from '../../builder.js';
import type { ClockSource } from '../../clock.js';
import { budgetMonth } from '../budget/budget.service.js';
import { currentFiscalYear } from '../settings/settings.service.js';
import { dueReportMonth } from './calendar.service.js';

const ClockSourceEnum = builder.enumType('ClockSource', {
  description: "Where Pantau's today comes from.",
  values: {
    SETTING: { description: 'PANTAU_TODAY, set by whoever runs the server.' },
    DEMO: { description: "The demo data set's own day (it is a snapshot of that day): no PANTAU_TODAY and the demo is loaded." },
    SYSTEM: { description: "The server's date in Indonesian western time (WIB)." },
  } satisfies Record<ClockSource, unknown>,
});

interface CalendarValue {
  today: Date;
  source: ClockSource;
  fiscalYear: number;
}

const CalendarRef = builder.objectRef<CalendarValue>('Calendar').implement({
  description: "Pantau's today and what follows from it: every page judges report months and lateness on this date.",
  fields: (t) => ({
    today: t.expose('today', { type: 'Date', description: "Pantau's today." }),
    source: t.expose('source', { type: ClockSourceEnum, description: 'Where today comes from.' }),
    fiscalYear: t.exposeInt('fiscalYear', { description: 'The fiscal year pages open on (the admin setting, else the year of today).' }),
    dueReportMonth: t.int({
      nullable: true,
      description: 'The last month (1–12) whose reports are due today in `year`; null when none is due yet.',
      args: { year: t.arg.int({ required: true, description: 'Fiscal year.' }) },
      resolve: (c, { year }) => dueReportMonth(year, c.today),
    }),
    budgetMonth: t.int({
      description:
        'The month (1–12) budget figures of `year` stand at unless another is asked for, on every page and in the rakor deck: the month whose reports are due today (dueReportMonth), or 1 when none is due yet. Reports missing for it are not estimated: a program keeps its last approved realisasi.',
      args: { year: t.arg.int({ required: true, description: 'Fiscal year.' }) },
      resolve: (c, { year }) => budgetMonth(year, c.today),
    }),
  }),
});

builder.queryField('calendar', (t) =>
  t.field({
    type: CalendarRef,
    description: "Pantau's today, for the dashboard and scripts; the same for every user.",
    resolve: async (_root, _args, ctx) => {
      const today = ctx.clock.today();
      return { today, source: ctx.clock.source, fiscalYear: await currentFiscalYear(ctx.db, today) };
    },
  }),
);
