import { describe, expect, it } from 'vitest';
import { createTestApp, loginAs } from '../../test/app.js';
import { dueReportMonth, dueReportMonths } from './calendar.service.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('the report calendar', () => {
  it('makes the month that ended last due, December for a past year, none in January or for a later year', () => {
    expect(dueReportMonth(2026, day('2026-11-20'))).toBe(10);
    expect(dueReportMonth(2026, day('2026-12-01'))).toBe(11);
    expect(dueReportMonth(2026, day('2027-01-04'))).toBe(12);
    expect(dueReportMonth(2027, day('2027-01-04'))).toBeNull();
    expect(dueReportMonth(2028, day('2027-06-30'))).toBeNull();
    expect(dueReportMonths(2026, day('2026-04-01'))).toEqual([1, 2, 3]);
    expect(dueReportMonths(2027, day('2027-01-31'))).toEqual([]);
  });
});

describe('calendar query', () => {
  it("gives every caller the server's today, not the machine's", async () => {
    const app = await createTestApp({ today: '2027-01-04' });
    const { data, errors } = await app.gql<{ calendar: Record<string, unknown> }>(
      '{ calendar { today source fiscalYear due2026: dueReportMonth(year: 2026) due2027: dueReportMonth(year: 2027) } }',
    );
    expect(errors).toBeUndefined();
    // The demo's setting keeps 2026 as the working fiscal year in January.
    expect(data!.calendar).toEqual({ today: '2027-01-04', source: 'SETTING', fiscalYear: 2026, due2026: 12, due2027: null });
  });

  it('judges the overview on the app clock when the query names no date', async () => {
    const app = await createTestApp({ today: '2026-12-05' });
    const auth = await loginAs(app, 'walikota');
    const { data } = await app.gql<{ overview: { asOf: string; late: { reportMonth: number } } }>(
      '{ overview(regionCode: "16.71", year: 2026) { asOf late { reportMonth } } }',
      {},
      auth,
    );
    expect(data!.overview).toEqual({ asOf: '2026-12-05', late: { reportMonth: 11 } });
  });

  it('takes the fiscal year from the clock where no setting names one', async () => {
    const app = await createTestApp({ seeded: false, today: '2031-03-15' });
    const { data } = await app.gql<{ calendar: { fiscalYear: number } }>('{ calendar { fiscalYear } }');
    expect(data!.calendar.fiscalYear).toBe(2031);
  });
});
