// Kemendagri region lists: `kode,nama`, dotted codes as in the decree. The level follows from the
// code; a parent must be in the database already or in the same file.
import type { RawQuery } from '../../../db.js';
import type { ImportCounts, ImportKindSpec, RowReader } from '../importer.js';
import type { FieldSpec } from '../mapping.js';
import { parseRegionCode, parseText, regionCodeDepth } from '../values.js';
import { checkScope } from './scope.js';

export const IMPORT_PARENT_MISSING = 'import/parent_missing';
export const IMPORT_DUPLICATE = 'import/duplicate';

const FIELDS: readonly FieldSpec[] = [
  {
    key: 'code',
    header: 'Kode',
    aliases: ['kode wilayah', 'kode_wilayah', 'kode kemendagri', 'kode desa', 'kode kelurahan', 'code'],
    required: true,
    description:
      'Kemendagri code with dots (`53.71`, `53.71.01`, `53.71.01.1001`) or its digits alone (`5371011001`); the level follows from it.',
    example: '53.71.01.1001',
  },
  {
    key: 'name',
    header: 'Nama',
    aliases: ['nama wilayah', 'nama_wilayah', 'nama desa', 'nama kelurahan', 'name'],
    required: true,
    description: 'Official name, up to 100 characters.',
    example: 'Fatululi',
  },
];

const LEVELS = ['PROVINSI', 'KABUPATEN_KOTA', 'KECAMATAN', 'KELURAHAN'] as const;

interface RegionRecord {
  code: string;
  name: string;
  level: (typeof LEVELS)[number];
  parentCode: string | null;
  villageType: 'KELURAHAN' | 'DESA' | null;
}

export const regionsImport: ImportKindSpec<RegionRecord> = {
  kind: 'regions',
  fields: async () => FIELDS,
  async validate(rows: readonly RowReader[], ctx) {
    const existing = new Set((await ctx.db.raw<{ code: string }>('SELECT code FROM region')).map((r) => r.code));
    const inFile = new Map<string, number>();
    const records: RegionRecord[] = [];
    const parents: { row: RowReader; parent: string }[] = [];
    for (const row of rows) {
      const code = row.read('code', parseRegionCode);
      const name = row.read('name', (raw) => parseText(raw, 100));
      if (code === undefined || name === undefined) continue;
      if (!checkScope(row, 'code', ctx.actor, code)) continue;
      if (inFile.has(code)) {
        row.fail('code', IMPORT_DUPLICATE, `appears twice in the file (first in row ${inFile.get(code)})`);
        continue;
      }
      inFile.set(code, row.line);
      const depth = regionCodeDepth(code);
      const parentCode = depth > 1 ? code.split('.').slice(0, -1).join('.') : null;
      if (parentCode) parents.push({ row, parent: parentCode });
      const village = code.split('.')[3];
      records.push({
        code,
        name,
        level: LEVELS[depth - 1]!,
        parentCode,
        villageType: village ? (village.startsWith('2') ? 'DESA' : 'KELURAHAN') : null,
      });
    }
    for (const { row, parent } of parents) {
      if (!existing.has(parent) && !inFile.has(parent)) {
        row.fail('code', IMPORT_PARENT_MISSING, `its parent ${parent} is neither in Pantau nor in this file`);
      }
    }
    return records;
  },
  async write(raw: RawQuery, records) {
    const existing = new Map(
      (
        await raw<{ code: string; name: string }>('SELECT code, name FROM region WHERE code = ANY($1::text[])', [
          records.map((r) => r.code),
        ])
      ).map((r) => [r.code, r.name]),
    );
    const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0, notes: [], regions: [] };
    // Parents first: provinces, then kabupaten/kota, kecamatan, kelurahan.
    const ordered = [...records].sort((a, b) => regionCodeDepth(a.code) - regionCodeDepth(b.code) || a.code.localeCompare(b.code));
    const changed = ordered.filter((r) => {
      const name = existing.get(r.code);
      if (name === undefined) counts.created++;
      else if (name !== r.name) counts.updated++;
      else counts.unchanged++;
      return name !== r.name;
    });
    for (let depth = 1; depth <= 4; depth++) {
      const level = changed.filter((r) => regionCodeDepth(r.code) === depth);
      if (level.length === 0) continue;
      await raw(
        `INSERT INTO region (code, name, level, parent_code, village_type)
         SELECT u.code, u.name, u.level::"RegionLevel", u.parent_code, u.village_type::"VillageType"
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(code, name, level, parent_code, village_type)
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name`,
        [
          level.map((r) => r.code),
          level.map((r) => r.name),
          level.map((r) => r.level),
          level.map((r) => r.parentCode),
          level.map((r) => r.villageType),
        ],
      );
    }
    counts.regions = [...new Set(records.map((r) => r.code.slice(0, 5)))];
    return counts;
  },
  regions: (records) => [...new Set(records.map((r) => r.code.slice(0, 5)))],
};
