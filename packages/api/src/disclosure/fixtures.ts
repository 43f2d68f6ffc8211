// A kabupaten/kota built so that every class of disclosure has a case to find (issue 10): small
// kelurahan, a kecamatan whose only small kelurahan has one sibling, a kecamatan that is small as
// a whole, a program that reached three households, a cluster with a single program, inclusion
// errors of a few households. Kota Kupang (53.71), imported through the real importers.

import type { Clock } from '../clock.js';
import type { Database } from '../db.js';
import { runImport } from '../modules/import/import.service.js';
import { createUser } from '../modules/user/user.service.js';
import { regionsCsv } from '../test/import-files.js';

export const SMALL_CITY = '53.71';
export const PASSWORD = 'uji-kerahasiaan-2026';

/** Extreme-poor households per kelurahan; the rest of each kelurahan is `others` non-poor households. */
export const EXTREME: Record<string, number> = {
  '53.71.01.1001': 3, // small, with one sibling: the sibling must be hidden with it
  '53.71.01.1002': 30,
  '53.71.02.1001': 20,
  '53.71.02.1002': 25,
  '53.71.03.1001': 2, // 53.71.03 is 3 in all: small as a kecamatan
  '53.71.03.1002': 1,
};
const OTHERS = 60;

/** Who received what: program code → households (by index in kelurahan order) it reached. */
const PROGRAMS = `Kode Wilayah;Tahun;Kode Program;Nama Program;OPD;Singkatan OPD;Klaster;Pagu;Satuan Output;Target Output;Target Penerima (KK);Kelompok Sasaran
53.71;2026;K1-BLT;Bantuan langsung tunai;Dinas Sosial;DINSOS;1;1.000.000.000;KK;60;60;Miskin Ekstrem
53.71;2026;K1-PKH;Pendampingan PKH;Dinas Sosial;DINSOS;1;500.000.000;KK;40;40;Miskin Ekstrem
53.71;2026;K4-RTLH;Bedah rumah;Dinas Perkim;PERKIM;4;300.000.000;unit rumah;3;3;Miskin Ekstrem
`;

interface Row {
  id: string;
  kelurahan: string;
  extreme: boolean;
  desil: number;
  members: number;
  spending: number;
}

export function smallCityHouseholds(): Row[] {
  const rows: Row[] = [];
  for (const [kelurahan, extreme] of Object.entries(EXTREME)) {
    for (let i = 0; i < extreme + OTHERS; i++) {
      const isExtreme = i < extreme;
      rows.push({
        id: `UJI-${kelurahan}-${String(i).padStart(3, '0')}`,
        kelurahan,
        extreme: isExtreme,
        desil: isExtreme ? 1 : 3 + (i % 5),
        members: 1 + (i % 6),
        spending: isExtreme ? 280_000 + i * 1_000 : 600_000 + i * 7_000,
      });
    }
  }
  return rows;
}

function householdsCsv(rows: readonly Row[]): Uint8Array {
  const lines = ['ID Keluarga;Kode Kelurahan;Desil;Jumlah Anggota Keluarga;Pengeluaran per Kapita;Status Kemiskinan'];
  for (const r of rows)
    lines.push([r.id, r.kelurahan, r.desil, r.members, r.spending, r.extreme ? 'Miskin Ekstrem' : 'Tidak Miskin'].join(';'));
  return new Uint8Array(Buffer.from(lines.join('\n'), 'utf8'));
}

/** K1-BLT reaches every extreme-poor household of 53.71.02 and three non-poor ones (small inclusion error); K4-RTLH three. */
function benefitsCsv(rows: readonly Row[]): Uint8Array {
  const lines = ['ID Keluarga;Kode Program;Tahun;Bulan;Nilai Bantuan'];
  const extreme02 = rows.filter((r) => r.extreme && r.kelurahan.startsWith('53.71.02'));
  for (const r of extreme02) lines.push(`${r.id};K1-BLT;2026;3;600000`);
  for (const r of rows.filter((x) => !x.extreme && x.kelurahan === '53.71.02.1001').slice(0, 3)) lines.push(`${r.id};K1-BLT;2026;3;600000`);
  for (const r of extreme02.slice(0, 30)) lines.push(`${r.id};K1-PKH;2026;3;500000`);
  for (const r of rows.filter((x) => x.extreme && x.kelurahan === '53.71.01.1002').slice(0, 3))
    lines.push(`${r.id};K4-RTLH;2026;0;20000000`);
  return new Uint8Array(Buffer.from(lines.join('\n'), 'utf8'));
}

const CLI = { userId: null, regionCode: null };

/** Imports the city and makes one user per role (password PASSWORD). */
export async function buildSmallCity(db: Database, clock: Clock): Promise<void> {
  const households = smallCityHouseholds();
  const run = async (kind: 'regions' | 'households' | 'programs' | 'benefits', bytes: Uint8Array) => {
    const outcome = await runImport(db, {
      kind,
      bytes,
      fileName: `${kind}.csv`,
      dryRun: false,
      options: { drawnOn: '2026-01-15' },
      actor: CLI,
      clock,
    });
    if (!outcome.ok) throw new Error(`${kind}: ${outcome.errors.map((e) => `${e.line} ${e.column} ${e.message}`).join('; ')}`);
  };
  await run('regions', regionsCsv());
  await run('households', householdsCsv(households));
  await run('programs', new Uint8Array(Buffer.from(PROGRAMS)));
  await run('benefits', benefitsCsv(households));
  await db.raw(
    "INSERT INTO setting (key, value, description) VALUES ('fiscal.currentYear', '2026', 'test') ON CONFLICT (key) DO UPDATE SET value = '2026'",
  );
  const users: Parameters<typeof createUser>[1][] = [
    { username: 'admin.uji', role: 'ADMIN', regionCode: SMALL_CITY, password: PASSWORD },
    { username: 'walikota.uji', role: 'EXECUTIVE', regionCode: SMALL_CITY, password: PASSWORD },
    { username: 'klaster1.uji', role: 'CLUSTER_HEAD', regionCode: SMALL_CITY, cluster: 1, password: PASSWORD },
    { username: 'dinsos.uji', role: 'OPD_OPERATOR', regionCode: SMALL_CITY, opd: 'DINSOS', password: PASSWORD },
    { username: 'kelurahan.uji', role: 'REGION_OPERATOR', regionCode: '53.71.01.1001', password: PASSWORD },
  ];
  for (const user of users) await createUser(db, user);
}
