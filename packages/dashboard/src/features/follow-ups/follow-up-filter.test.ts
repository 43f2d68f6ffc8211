import { describe, expect, it } from 'vitest';
import { followUpOpds, groupByRakor, isOverdue, parseStatusFilter, rakorInYear, statusFilterParam } from './follow-up-filter';

const opd = (shortName: string) => ({ shortName, name: shortName });
const fu = (title: string, status: 'OPEN' | 'IN_PROGRESS' | 'DONE' | 'DROPPED', daysLate: number, owner: string) => ({
  title,
  status,
  daysLate,
  ownerOpd: opd(owner),
});

const rakors = [
  { title: 'Rakor TKPKD Semester II 2026', decisions: [] },
  {
    title: 'Rakor Klaster 1 Triwulan III 2026',
    decisions: [
      { text: 'Padankan data', followUps: [fu('Padankan daftar penerima', 'IN_PROGRESS', 6, 'DINSOS')] },
      { text: 'Bedah rumah', followUps: [fu('Salurkan bedah rumah', 'DONE', 0, 'PERKIM')] },
      { text: 'Pelatihan', followUps: [fu('Jadwalkan pelatihan', 'OPEN', 0, 'DISNAKER')] },
    ],
  },
];

describe('groupByRakor', () => {
  it('keeps every rakor and decision without a filter', () => {
    const groups = groupByRakor(rakors, { status: 'all', opd: null });
    expect(groups.map((g) => g.shown)).toEqual([0, 3]);
    expect(groups[1]?.overdue).toBe(1);
  });

  it('keeps open or overdue follow-ups and drops rakor left empty', () => {
    const open = groupByRakor(rakors, { status: 'open', opd: null });
    expect(open).toHaveLength(1);
    expect(open[0]?.decisions.map((d) => d.text)).toEqual(['Padankan data', 'Pelatihan']);
    const overdue = groupByRakor(rakors, { status: 'overdue', opd: null });
    expect(overdue[0]?.decisions.flatMap((d) => d.followUps.map((f) => f.title))).toEqual(['Padankan daftar penerima']);
  });

  it('filters by OPD', () => {
    const groups = groupByRakor(rakors, { status: 'all', opd: 'PERKIM' });
    expect(groups[0]?.shown).toBe(1);
    expect(groupByRakor(rakors, { status: 'overdue', opd: 'PERKIM' })).toEqual([]);
  });
});

describe('helpers', () => {
  it('counts a done follow-up as never overdue', () => {
    expect(isOverdue({ status: 'DONE', daysLate: 4 })).toBe(false);
    expect(isOverdue({ status: 'OPEN', daysLate: 4 })).toBe(true);
  });

  it('reads and writes the status filter in Indonesian URL words', () => {
    expect(parseStatusFilter('terlambat')).toBe('overdue');
    expect(parseStatusFilter('terbuka')).toBe('open');
    expect(parseStatusFilter('x')).toBe('all');
    expect(statusFilterParam('overdue')).toBe('terlambat');
    expect(statusFilterParam('all')).toBeNull();
  });

  it('lists the owner OPDs once, by short name', () => {
    expect(followUpOpds(rakors).map((o) => o.shortName)).toEqual(['DINSOS', 'DISNAKER', 'PERKIM']);
  });
});

describe('rakorInYear', () => {
  it('keeps a rakor of the year, and an older one while a follow-up is open', () => {
    const [, klaster1] = rakors;
    expect(rakorInYear({ ...klaster1!, heldOn: '2026-10-08' }, 2026)).toBe(true);
    expect(rakorInYear({ ...klaster1!, heldOn: '2025-10-08' }, 2026)).toBe(true);
    expect(rakorInYear({ ...klaster1!, heldOn: '2027-01-08' }, 2026)).toBe(false);
    const allDone = { heldOn: '2024-04-10', decisions: [{ text: 'x', followUps: [fu('Rencana', 'DONE', 0, 'DINSOS')] }] };
    expect(rakorInYear(allDone, 2026)).toBe(false);
  });
});
