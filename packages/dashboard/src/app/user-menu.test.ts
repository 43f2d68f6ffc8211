import { describe, expect, it } from 'vitest';
import { initials } from './user-menu';

describe('initials', () => {
  it('takes the first and last word, skipping what is in brackets', () => {
    expect(initials('Wali Kota Palembang')).toBe('WP');
    expect(initials('Sekretariat TKPKD (Bappeda)')).toBe('ST');
    expect(initials('Operator Kelurahan (Ilir Timur Dua)')).toBe('OK');
    expect(initials('admin')).toBe('A');
  });
});
