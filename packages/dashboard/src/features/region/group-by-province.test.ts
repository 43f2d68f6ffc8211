import { describe, expect, it } from 'vitest';
import { groupByProvince } from './group-by-province';

describe('groupByProvince', () => {
  it('puts each kabupaten/kota under its province by code, provinces in code order', () => {
    const groups = groupByProvince(
      [
        { code: '64', name: 'Kalimantan Timur' },
        { code: '16', name: 'Sumatera Selatan' },
        { code: '13', name: 'Sumatera Barat' },
      ],
      [
        { code: '16.71', name: 'Kota Palembang' },
        { code: '64.74', name: 'Kota Bontang' },
        { code: '16.06', name: 'Kabupaten Musi Banyuasin' },
        { code: '99.01', name: 'Kabupaten Tanpa Provinsi' },
      ],
    );
    expect(groups.map((g) => [g.name, g.regencies.map((r) => r.code)])).toEqual([
      ['Sumatera Selatan', ['16.71', '16.06']],
      ['Kalimantan Timur', ['64.74']],
      ['99', ['99.01']],
    ]);
  });
});
