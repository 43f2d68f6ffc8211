// BPS tables as they are published: one row per region and year, one column per indicator
// (`Persentase Penduduk Miskin`, `P1`, `Garis Kemiskinan`, …), with the source named in a column.
// A value already there for the same indicator, region, year and month is replaced.
import type { RawQuery } from '../../../db.js';
import { type ImportCounts, type ImportKindSpec, regencyOf } from '../importer.js';
import type { FieldSpec } from '../mapping.js';
import { normalise, parseNumber, parseRegionCode, parseText, parseWhole } from '../values.js';
import { checkScope } from './scope.js';

export const IMPORT_NO_INDICATOR_COLUMN = 'import/no_indicator_column';
export const IMPORT_REGION_NOT_FOUND = 'import/region_not_found';

/** How BPS tables and offices head the indicators' columns. */
const INDICATOR_ALIASES: Record<string, string[]> = {
  P0: ['Persentase Penduduk Miskin', 'Persentase Penduduk Miskin (P0)', 'Persentase Penduduk Miskin (%)', 'P0 (%)'],
  P1: ['Indeks Kedalaman Kemiskinan', 'Indeks Kedalaman Kemiskinan (P1)'],
  P2: ['Indeks Keparahan Kemiskinan', 'Indeks Keparahan Kemiskinan (P2)'],
  POVERTY_LINE: ['Garis Kemiskinan', 'Garis Kemiskinan (Rp/Kapita/Bulan)', 'GK'],
  POOR_POPULATION: ['Jumlah Penduduk Miskin', 'Jumlah Penduduk Miskin (ribu jiwa)', 'Jumlah Penduduk Miskin (Ribu)'],
  STUNTING_CASES: ['Jumlah Kasus Stunting', 'Stunting'],
  STUNTING_PREVALENCE: ['Prevalensi Stunting (%)'],
};

/** Units whose values are whole numbers, so a dot groups thousands as an Indonesian office writes them. */
const WHOLE_UNITS = new Set(['rupiah per capita per month', 'households', 'persons', 'cases', 'units', 'organisations']);

const FIXED: readonly FieldSpec[] = [
  {
    key: 'regionCode',
    header: 'Kode Wilayah',
    aliases: ['kode_wilayah', 'Kode', 'Kode Kab/Kota', 'Kode Kabupaten/Kota', 'kode_bps'],
    required: true,
    description: 'Kemendagri code of the region the row describes, any level (import the regions first).',
    example: '53.71',
  },
  { key: 'year', header: 'Tahun', aliases: ['tahun', 'year'], required: true, description: 'Year of the figure.', example: '2025' },
  {
    key: 'month',
    header: 'Bulan',
    aliases: ['bulan', 'month'],
    required: false,
    description: 'Month 1–12 for a monthly figure (BPS measures poverty in March); blank or 0 for an annual one.',
    example: '',
  },
  {
    key: 'source',
    header: 'Sumber',
    aliases: ['sumber', 'Sumber Data', 'source'],
    required: true,
    description: 'Where the figures come from (`BPS Kota Kupang, Profil Kemiskinan 2025`); shown beside every figure.',
    example: 'BPS Kota Kupang, Profil Kemiskinan Maret 2025',
  },
];

export interface IndicatorDefinition {
  code: string;
  name: string;
  name_en: string;
  unit: string;
}

/** The fixed columns, then one per indicator Pantau knows, read by its name, code or BPS heading. */
export function indicatorFields(indicators: readonly IndicatorDefinition[]): FieldSpec[] {
  return [
    ...FIXED,
    ...indicators.map((i) => ({
      key: `indicator:${i.code}`,
      header: i.name,
      aliases: [i.code, i.name_en, ...(INDICATOR_ALIASES[i.code] ?? [])],
      required: false,
      // Counts and rupiah are whole (`722.106` is Rp722.106); rates and indices have decimals.
      whole: WHOLE_UNITS.has(i.unit),
      description: `${i.name_en} (${i.unit}); blank cells are skipped.`,
      example: i.code === 'P0' ? '8,61' : '',
    })),
  ];
}

interface IndicatorRecord {
  regionCode: string;
  indicatorCode: string;
  year: number;
  month: number;
  value: number;
  source: string;
}

export const indicatorsImport: ImportKindSpec<IndicatorRecord> = {
  kind: 'indicators',
  async fields(db) {
    return indicatorFields(await db.raw<IndicatorDefinition>('SELECT code, name, name_en, unit FROM indicator ORDER BY code'));
  },
  async validate(rows, ctx) {
    const fields = await this.fields(ctx.db);
    const valueFields = fields.filter((f) => f.key.startsWith('indicator:') && rows[0]?.has(f.key));
    const valueKeys = valueFields.map((f) => f.key);
    if (rows.length > 0 && valueKeys.length === 0) {
      rows[0]!.failRow(
        IMPORT_NO_INDICATOR_COLUMN,
        'no column names an indicator (e.g. Persentase Penduduk Miskin, P1, P2, Garis Kemiskinan)',
      );
      return [];
    }
    const regions = new Set((await ctx.db.raw<{ code: string }>('SELECT code FROM region')).map((r) => r.code));
    const records: IndicatorRecord[] = [];
    for (const row of rows) {
      const regionCode = row.read('regionCode', parseRegionCode);
      const year = row.read('year', (raw) => parseWhole(raw, 1990, 2100));
      const month = row.read('month', (raw) => parseWhole(raw, 0, 12), 0);
      const source = row.read('source', (raw) => parseText(raw, 200));
      if (regionCode !== undefined && !regions.has(regionCode))
        row.fail('regionCode', IMPORT_REGION_NOT_FOUND, 'is not a region in Pantau (import the regions first)');
      if (regionCode !== undefined && !checkScope(row, 'regionCode', ctx.actor, regionCode)) continue;
      const values = valueFields.map((f) => [f.key, row.read(f.key, (raw) => parseNumber(raw, { whole: !!f.whole }))] as const);
      if (row.failed || regionCode === undefined || year === undefined || month === undefined || !source) continue;
      for (const [key, value] of values) {
        if (value === undefined) continue;
        records.push({ regionCode, indicatorCode: key.slice('indicator:'.length), year, month, value, source });
      }
    }
    return records;
  },
  async write(raw: RawQuery, records, ctx) {
    const counts: ImportCounts = {
      created: 0,
      updated: 0,
      unchanged: 0,
      notes: [],
      regions: [...new Set(records.map((r) => regencyOf(r.regionCode)))],
    };
    // A source named in the file becomes a data source of its own (by its words), or is one Pantau has.
    const sources = new Map<string, string>();
    for (const text of new Set(records.map((r) => r.source))) {
      const [known] = await raw<{ id: string }>('SELECT id FROM data_source WHERE id = $1 OR lower(title) = lower($1) LIMIT 1', [text]);
      if (known) sources.set(text, known.id);
      else {
        const id = `import-${normalise(text).replace(/ /g, '-').slice(0, 60)}`;
        await raw(
          `INSERT INTO data_source (id, kind, publisher, title, synthetic) VALUES ($1, 'import', $2, $2, false) ON CONFLICT (id) DO NOTHING`,
          [id, text],
        );
        sources.set(text, id);
        counts.notes.push(`new source "${text}"`);
      }
    }
    const existing = new Map(
      (
        await raw<{ indicator_code: string; region_code: string; year: number; month: number; value: number; source_id: string }>(
          'SELECT indicator_code, region_code, year, month, value, source_id FROM indicator_value WHERE region_code = ANY($1::text[])',
          [[...new Set(records.map((r) => r.regionCode))]],
        )
      ).map((v) => [`${v.indicator_code}|${v.region_code}|${v.year}|${v.month}`, v]),
    );
    const changed = records.filter((r) => {
      const before = existing.get(`${r.indicatorCode}|${r.regionCode}|${r.year}|${r.month}`);
      if (!before) counts.created++;
      else if (before.value !== r.value || before.source_id !== sources.get(r.source)) counts.updated++;
      else {
        counts.unchanged++;
        return false;
      }
      return true;
    });
    if (changed.length > 0) {
      await raw(
        `INSERT INTO indicator_value (indicator_code, region_code, year, month, value, source_id, vintage, synthetic)
         SELECT u.indicator_code, u.region_code, u.year, u.month, u.value, u.source_id, $7, false
         FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::float8[], $6::text[]) AS u(indicator_code, region_code, year, month, value, source_id)
         ON CONFLICT (indicator_code, region_code, year, month)
         DO UPDATE SET value = EXCLUDED.value, source_id = EXCLUDED.source_id, vintage = EXCLUDED.vintage, synthetic = false`,
        [
          changed.map((r) => r.indicatorCode),
          changed.map((r) => r.regionCode),
          changed.map((r) => r.year),
          changed.map((r) => r.month),
          changed.map((r) => r.value),
          changed.map((r) => sources.get(r.source)!),
          `diimpor ${ctx.clock.today().toISOString().slice(0, 10)}`,
        ],
      );
    }
    return counts;
  },
  regions: (records) => [...new Set(records.map((r) => regencyOf(r.regionCode)))],
};
