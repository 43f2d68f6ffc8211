import { describe, expect, it } from 'vitest';
import { translate } from '../../lib/i18n';
import { budgetMonthNote } from './budget-month';

const t = (key: Parameters<typeof translate>[1], vars?: Parameters<typeof translate>[2]) => translate('id', key, vars);

describe('budgetMonthNote', () => {
  it('says which month the figures stand at, by the one rule, and what is missing for it', () => {
    expect(budgetMonthNote({ month: 10, year: 2026, programCount: 10, reportedPrograms: 7, chosen: false }, t, 'id')).toBe(
      'Posisi akhir Oktober 2026: bulan yang laporannya jatuh tempo hari ini. 7 dari 10 program sudah punya laporan Oktober yang disetujui; realisasi 3 program lainnya masih dari laporan terakhir yang disetujui, tidak ditaksir.',
    );
  });

  it('says so when every program reported, and when the user chose the month', () => {
    expect(budgetMonthNote({ month: 12, year: 2018, programCount: 1, reportedPrograms: 1, chosen: true }, t, 'id')).toBe(
      'Posisi akhir Desember 2018, bulan yang dipilih. Satu-satunya program sudah punya laporan Desember yang disetujui.',
    );
  });
});
