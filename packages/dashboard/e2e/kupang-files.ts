// Files Kota Kupang (53.71) would bring on its first day with Pantau: the reference data ships the
// kota but none of its kecamatan, so the regions come first, then a P3KE household extract saved by
// Excel in an Indonesian office (`;`, Windows-1252, CRLF, the NIK kept as text with a leading `'`).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const KUPANG = '53.71';

export const KECAMATAN = [
  { code: '53.71.01', name: 'Alak' },
  { code: '53.71.02', name: 'Maulafa' },
] as const;

export const KELURAHAN = [
  { code: '53.71.01.1001', name: 'Fatufeto' },
  { code: '53.71.01.1002', name: 'Mantasi' },
  { code: '53.71.02.1001', name: 'Oepura' },
  { code: '53.71.02.1002', name: 'Sikumana' },
] as const;

export function regionsCsv(): string {
  return `kode,nama\n${[...KECAMATAN, ...KELURAHAN].map((r) => `${r.code},${r.name}`).join('\n')}\n`;
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
] as const;

export interface HouseholdRow {
  id: string;
  /** 10 digits, as P3KE writes it: `5371011001`. */
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
}

const STATUS_OF_DESIL = ['Miskin Ekstrem', 'Miskin', 'Rentan', 'Rentan'];

/**
 * `n` households. Four in a row share a kelurahan and run through desil 1–4, so every kelurahan
 * has its extreme poor (desil 1); every third row leaves the status empty (it follows the desil).
 */
export function households(n: number): HouseholdRow[] {
  return Array.from({ length: n }, (_, i) => {
    const desil = (i % 4) + 1;
    const kelurahan = KELURAHAN[Math.floor(i / 4) % KELURAHAN.length]!;
    return {
      id: `P3KE-5371-${String(i + 1).padStart(6, '0')}`,
      kelurahan: kelurahan.code.replace(/\./g, ''),
      nik: `'5371${String(100_000_000 + i).padStart(12, '0')}`,
      name: `Kepala Keluarga ${i + 1}`,
      address: `Jl. Timor Raya Nº ${i + 1}`,
      rt: String((i % 9) + 1).padStart(3, '0'),
      rw: String((i % 3) + 1).padStart(3, '0'),
      desil: String(desil),
      members: String((i % 6) + 1),
      perCapita: `${(250 + (i % 40) * 10).toLocaleString('id-ID')}.000`,
      status: i % 3 === 0 ? '' : STATUS_OF_DESIL[desil - 1]!,
    };
  });
}

/** Extreme-poor households (desil 1) per kecamatan code. */
export function extremeByKecamatan(rows: readonly HouseholdRow[]): Map<string, number> {
  const counts = new Map<string, number>(KECAMATAN.map((k) => [k.code, 0]));
  for (const r of rows) {
    if (r.desil !== '1') continue;
    const kecamatan = `${r.kelurahan.slice(0, 2)}.${r.kelurahan.slice(2, 4)}.${r.kelurahan.slice(4, 6)}`;
    counts.set(kecamatan, (counts.get(kecamatan) ?? 0) + 1);
  }
  return counts;
}

/** The extract as Excel saves it in Indonesia: `;`, Windows-1252, CRLF. */
export function householdsCsv(rows: readonly HouseholdRow[]): Buffer {
  const lines = [P3KE_HEADER.join(';')];
  for (const r of rows) {
    lines.push([r.id, r.kelurahan, r.nik, r.name, r.address, r.rt, r.rw, r.desil, r.members, r.perCapita, r.status].join(';'));
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1');
}

/** A folder of this run's files; the test writes into it. */
export function fileDir(): string {
  return mkdtempSync(join(tmpdir(), 'pantau-import-e2e-'));
}

export function writeFile(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
