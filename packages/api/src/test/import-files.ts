// Files a new kabupaten/kota would bring to Pantau, made for tests: Kota Kupang (53.71, not in the
// demo) with three kecamatan, and a household registry as a P3KE extract, clean or messy.

export const KUPANG = '53.71';

export const KUPANG_REGIONS: readonly [string, string][] = [
  ['53.71.01', 'Alak'],
  ['53.71.02', 'Maulafa'],
  ['53.71.03', 'Oebobo'],
  ['53.71.01.1001', 'Fatufeto'],
  ['53.71.01.1002', 'Mantasi'],
  ['53.71.02.1001', 'Oepura'],
  ['53.71.02.1002', 'Sikumana'],
  ['53.71.03.1001', 'Oebobo'],
  ['53.71.03.1002', 'Fatululi'],
];

export const KUPANG_KELURAHAN = KUPANG_REGIONS.filter(([code]) => code.length === 13).map(([code]) => code);

export function regionsCsv(rows: readonly [string, string][] = KUPANG_REGIONS): Uint8Array {
  return new Uint8Array(Buffer.from(`kode,nama\n${rows.map(([c, n]) => `${c},${n}`).join('\n')}\n`, 'utf8'));
}

export const P3KE_HEADER = [
  'ID Keluarga P3KE',
  'Kode Desa/Kelurahan',
  'NIK Kepala Keluarga',
  'Nama Kepala Keluarga',
  'Alamat',
  'RT',
  'RW',
  'Desil Kesejahteraan',
  'Jumlah Anggota Keluarga',
  'Pengeluaran per Kapita',
  'Status Kemiskinan',
  'Status Keluarga',
] as const;

export interface HouseholdRow {
  id: string;
  kelurahan: string;
  nik: string;
  name: string;
  address: string;
  rt: string;
  rw: string;
  desil: string;
  members: string;
  perCapita: string;
  status: string;
  lifecycle: string;
}

const STATUS_OF_DESIL = ['Miskin Ekstrem', 'Miskin', 'Rentan', 'Rentan'];

/** `n` households spread over Kupang's kelurahan; every third has no status (it follows from the desil). */
export function kupangHouseholds(n: number, offset = 0): HouseholdRow[] {
  return Array.from({ length: n }, (_, k) => {
    const i = k + offset;
    const desil = (i % 4) + 1;
    return {
      id: `P3KE-5371-${String(i).padStart(6, '0')}`,
      kelurahan: KUPANG_KELURAHAN[i % KUPANG_KELURAHAN.length]!.replace(/\./g, ''),
      nik: `'5371${String(10_000_000_000 + i).padStart(12, '0')}`,
      name: `Kepala Keluarga ${i}`,
      address: `Jl. Cendana Nº ${i}`,
      rt: String((i % 9) + 1).padStart(3, '0'),
      rw: '001',
      desil: String(desil),
      members: String((i % 6) + 1),
      perCapita: `${(250 + (i % 40) * 10).toLocaleString('id-ID')}.000`,
      status: i % 3 === 0 ? '' : STATUS_OF_DESIL[desil - 1]!,
      lifecycle: 'Aktif',
    };
  });
}

/** A P3KE-style extract as Excel in an Indonesian office saves it: `;`, Windows-1252, CRLF, a trailing empty column. */
export function householdsCsv(rows: readonly HouseholdRow[], { encoding = 'latin1' }: { encoding?: 'latin1' | 'utf8' } = {}): Uint8Array {
  const lines = [[...P3KE_HEADER, ''].join(';')];
  for (const r of rows) {
    lines.push(
      [r.id, r.kelurahan, r.nik, r.name, r.address, r.rt, r.rw, r.desil, r.members, r.perCapita, r.status, r.lifecycle, ''].join(';'),
    );
  }
  lines.push(';;;;;;;;;;;;');
  return new Uint8Array(Buffer.from(`${lines.join('\r\n')}\r\n`, encoding));
}
