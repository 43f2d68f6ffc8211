import { describe, expect, it } from 'vitest';
import { inUseText } from './in-use';

describe('inUseText', () => {
  it('names what uses a record and how many, in Indonesian and English', () => {
    expect(inUseText([{ what: 'programs', count: 3 }], 'id')).toBe(
      'Tidak dapat dihapus: masih dipakai oleh 3 program. Pindahkan atau hapus dulu yang memakainya.',
    );
    expect(
      inUseText(
        [
          { what: 'programs', count: 12 },
          { what: 'partner programs', count: 1 },
          { what: 'users', count: 2 },
        ],
        'id',
      ),
    ).toBe(
      'Tidak dapat dihapus: masih dipakai oleh 12 program, 1 program sebagai mitra dan 2 pengguna. Pindahkan atau hapus dulu yang memakainya.',
    );
    expect(inUseText([{ what: 'reports', count: 1_250 }], 'en')).toBe(
      'Cannot be removed: still used by 1,250 reports. Move or remove what uses it first.'.replace('1,250', '1.250'),
    );
  });

  it('keeps a kind it has no word for, and says something without a list', () => {
    expect(inUseText([{ what: 'gadgets', count: 2 }], 'id')).toMatch(/2 gadgets/);
    expect(inUseText(null, 'id')).toBe('Tidak dapat dihapus: data lain masih memakainya. Pindahkan atau hapus dulu yang memakainya.');
  });
});
