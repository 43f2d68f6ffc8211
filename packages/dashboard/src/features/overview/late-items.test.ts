import { describe, expect, it } from 'vitest';
import { byDaysLate, opdsNotReported } from './late-items';

const row = (shortName: string, missing: number, complete = false) => ({ opd: { shortName, name: shortName }, missing, complete });

describe('opdsNotReported', () => {
  it('keeps OPDs with a program lacking any report, most missing first', () => {
    const rows = [row('DINKES', 0), row('PUPR', 1), row('DISNAKER', 1), row('DINSOS', 0, true), row('PERKIM', 2)];
    expect(opdsNotReported(rows).map((r) => r.opd.shortName)).toEqual(['PERKIM', 'DISNAKER', 'PUPR']);
  });

  it('is empty when every OPD has reported', () => {
    expect(opdsNotReported([row('DINSOS', 0, true)])).toEqual([]);
  });
});

describe('byDaysLate', () => {
  it('puts the longest overdue first', () => {
    const items = [
      { title: 'Bedah rumah', daysLate: 8, dueDate: '2026-11-15' },
      { title: 'Pemutakhiran data', daysLate: 39, dueDate: '2026-10-15' },
      { title: 'Aktivasi NIK', daysLate: 23, dueDate: '2026-10-31' },
    ];
    expect(byDaysLate(items).map((i) => i.daysLate)).toEqual([39, 23, 8]);
    expect(items[0]?.daysLate).toBe(8);
  });
});
