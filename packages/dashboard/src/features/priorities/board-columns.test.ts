import { describe, expect, it } from 'vitest';
import { boardColumns, inYear, isLate, milestoneShare } from './board-columns';

const p = (title: string, status: 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED', daysLate: number, dueDate: string) => ({
  title,
  status,
  daysLate,
  dueDate,
});

const bontang = [
  p('Pelatihan kerja', 'IN_PROGRESS', 0, '2026-12-09'),
  p('Penanganan kemiskinan ekstrem di empat kelurahan prioritas', 'IN_PROGRESS', 542, '2025-05-30'),
  p('Bedah rumah', 'IN_PROGRESS', 8, '2026-11-15'),
  p('Data terpadu', 'DONE', 0, '2026-06-01'),
  p('Rencana aksi', 'NOT_STARTED', 0, '2026-12-20'),
];

describe('boardColumns', () => {
  it('puts priorities in status columns, late ones first', () => {
    const columns = boardColumns(bontang);
    expect(columns.map((c) => c.status)).toEqual(['NOT_STARTED', 'IN_PROGRESS', 'DONE']);
    expect(columns[1]?.items.map((i) => i.daysLate)).toEqual([542, 8, 0]);
  });

  it('keeps only late priorities on request, with every column still there', () => {
    const columns = boardColumns(bontang, { lateOnly: true });
    expect(columns.map((c) => c.items.length)).toEqual([0, 2, 0]);
  });

  it('adds a column for cancelled priorities only when there are some', () => {
    const columns = boardColumns([...bontang, p('Dibatalkan', 'CANCELLED', 0, '2026-01-01')]);
    expect(columns.at(-1)?.status).toBe('CANCELLED');
  });

  it('does not reorder its input', () => {
    boardColumns(bontang);
    expect(bontang[0]?.title).toBe('Pelatihan kerja');
  });
});

describe('helpers', () => {
  it('says late and measures milestones', () => {
    expect(isLate({ daysLate: 1 })).toBe(true);
    expect(isLate({ daysLate: 0 })).toBe(false);
    expect(milestoneShare(2, 3)).toBeCloseTo(0.667, 3);
    expect(milestoneShare(0, 0)).toBe(0);
  });
});

describe('inYear', () => {
  const bontang = { status: 'IN_PROGRESS' as const, startDate: '2025-02-20', dueDate: '2025-05-30', doneAt: null };
  it('keeps an open priority from an earlier year', () => {
    expect(inYear(bontang, 2025)).toBe(true);
    expect(inYear(bontang, 2026)).toBe(true);
    expect(inYear(bontang, 2024)).toBe(false);
  });

  it('keeps a finished priority in the years it ran only', () => {
    const done = { ...bontang, status: 'DONE' as const, doneAt: '2025-06-10' };
    expect(inYear(done, 2025)).toBe(true);
    expect(inYear(done, 2026)).toBe(false);
  });
});
