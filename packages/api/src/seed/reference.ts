// Real reference data: Kemendagri regions, data sources, indicator definitions and every real
// figure from BPS tables and the five source articles (data/README.md says where each comes from).
import type { Database } from '../db.js';
import { bulkInsert } from './bulk.js';
import { readDataCsv } from './csv.js';

export const DEMO_REGENCIES = ['13.74', '16.06', '16.71', '64.72', '64.74'] as const;

const LEVELS: Record<string, string> = {
  province: 'PROVINSI',
  regency: 'KABUPATEN_KOTA',
  district: 'KECAMATAN',
  village: 'KELURAHAN',
};

/**
 * What every Pantau holds, demo or not: all provinces and kabupaten/kota of Indonesia with their
 * population and area, the data sources figures cite, and the indicator definitions. A new
 * kabupaten/kota then imports only its kecamatan and kelurahan. Rows already there are kept, so
 * it runs at every start and migration.
 */
export async function loadReferenceData(db: Pick<Database, 'raw'>): Promise<{ regions: number }> {
  const regions = readDataCsv('regions/provinces-and-regencies.csv');
  const stats = new Map(readDataCsv('regions/population-and-area.csv').map((r) => [r.code, r]));
  const rows = regions.map((r) => {
    const s = stats.get(r.code as string);
    return [
      r.code,
      r.name,
      LEVELS[r.level as string] ?? fail(`unknown level ${r.level} for ${r.code}`),
      r.level === 'regency' ? (r.code as string).slice(0, 2) : null,
      s ? Number(s.population_total) : null,
      s ? Number(s.area_km2) : null,
    ];
  });
  // Sorted by code, so every province comes before its kabupaten/kota.
  await bulkInsert(
    db,
    'region',
    [
      { name: 'code', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'level', type: '"RegionLevel"' },
      { name: 'parent_code', type: 'text' },
      { name: 'population', type: 'int' },
      { name: 'area_km2', type: 'float8' },
    ],
    rows,
    { onConflict: 'ON CONFLICT (code) DO NOTHING' },
  );
  await seedSources(db);
  await seedIndicators(db);
  return { regions: rows.length };
}

/** The demo's kecamatan and kelurahan/desa (its provinces and kabupaten/kota are reference data). */
export async function seedRegions(db: Pick<Database, 'raw'>): Promise<number> {
  const regions = readDataCsv('regions/five-regions.csv');
  const stats = new Map(readDataCsv('regions/population-and-area.csv').map((r) => [r.code, r]));
  const rows = regions.map((r) => {
    const s = stats.get(r.code as string);
    return [
      r.code,
      r.name,
      LEVELS[r.level as string] ?? fail(`unknown level ${r.level} for ${r.code}`),
      r.parent_code || null,
      r.village_type ? (r.village_type as string).toUpperCase() : null,
      s ? Number(s.population_total) : null,
      s ? Number(s.area_km2) : null,
    ];
  });
  // Parents come before children in the file (sorted by code), so the FK holds row by row.
  await bulkInsert(
    db,
    'region',
    [
      { name: 'code', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'level', type: '"RegionLevel"' },
      { name: 'parent_code', type: 'text' },
      { name: 'village_type', type: '"VillageType"' },
      { name: 'population', type: 'int' },
      { name: 'area_km2', type: 'float8' },
    ],
    rows,
    { onConflict: 'ON CONFLICT (code) DO NOTHING' },
  );
  return rows.length;
}

export const SYNTHETIC_SOURCE = 'pantau-synthetic';

/** The five source articles (shared/seeds): id, publisher as the article names itself, title. */
const ARTICLE_SOURCES = [
  [
    'article-000-palembang',
    'Pemberitaan Pemkot Palembang',
    'Pemkot Palembang Gelar Sosialisasi dan Pembinaan bagi RT/RW (tanpa tanggal); data Dinas Sosial dikutip Sekda',
  ],
  ['article-001-kaltim', 'beraunews.com', 'Lurah dan RT, Kunci Informasi Masalah Kesejahteraan Sosial (8 April 2017)'],
  ['article-002-bontang', 'PRANALA.CO', 'Rakor lintas sektoral kemiskinan ekstrem dan stunting, Bontang (tercetak 10 April 2024)'],
  [
    'article-003-padang-panjang',
    'RelKom Pemkot Padang Panjang',
    'Wako Padang Panjang Bertemu Kader PSKS, Ini Harapannya (22 Oktober 2020)',
  ],
  [
    'article-004-muba',
    'Pemberitaan Pemkab Musi Banyuasin',
    'Percepat Penanggulangan Kemiskinan, TKPKD Muba Klaster 1 Gelar Rakor (2 Mei 2019)',
  ],
] as const;

export async function seedSources(db: Pick<Database, 'raw'>): Promise<void> {
  const rows: unknown[][] = readDataCsv('poverty/sources.csv').map((s) => [
    s.source_id,
    s.kind,
    s.publisher,
    s.title,
    s.url || null,
    s.licence || null,
    s.notes || null,
    false,
  ]);
  for (const [id, publisher, title] of ARTICLE_SOURCES) {
    rows.push([id, 'news-article', publisher, title, null, null, null, false]);
  }
  rows.push([
    'kemendagri-wilayah',
    'official-code-list',
    'Kementerian Dalam Negeri',
    'Kode wilayah: Kepmendagri 2025, via cahyadsn/wilayah and cahyadsn/wilayah_boundaries',
    null,
    'MIT',
    null,
    false,
  ]);
  rows.push([
    SYNTHETIC_SOURCE,
    'synthetic',
    'Pantau demo generator',
    'Data sintetis untuk demo (synthetic demo data), generated deterministically from a seed',
    null,
    null,
    'Not real: generated so that the demo adds up to the real headline figures.',
    true,
  ]);
  await bulkInsert(
    db,
    'data_source',
    ['id', 'kind', 'publisher', 'title', 'url', 'licence', 'notes']
      .map((name) => ({ name, type: 'text' }))
      .concat([{ name: 'synthetic', type: 'bool' }]),
    rows,
    { onConflict: 'ON CONFLICT (id) DO NOTHING' },
  );
}

/** Indicator definitions: code, group, name (id), name (en), unit, description. */
export const INDICATORS = [
  [
    'P0',
    'POVERTY',
    'Persentase penduduk miskin (P0)',
    'Poverty headcount ratio (P0)',
    'percent',
    'Share of the population below the poverty line, %.',
  ],
  [
    'P1',
    'POVERTY',
    'Indeks kedalaman kemiskinan (P1)',
    'Poverty gap index (P1)',
    'index',
    'Average gap below the poverty line as a share of the line, ×100.',
  ],
  ['P2', 'POVERTY', 'Indeks keparahan kemiskinan (P2)', 'Poverty severity index (P2)', 'index', 'Squared poverty gap, ×100.'],
  [
    'POVERTY_LINE',
    'POVERTY',
    'Garis kemiskinan',
    'Poverty line',
    'rupiah per capita per month',
    'BPS poverty line, Rp per capita per month.',
  ],
  [
    'POOR_POPULATION',
    'POVERTY',
    'Jumlah penduduk miskin',
    'Poor population',
    'thousand persons',
    'People below the poverty line, thousands.',
  ],
  [
    'POOR_HOUSEHOLDS',
    'POVERTY',
    'Rumah tangga miskin (registri)',
    'Poor households (registry)',
    'households',
    'Households with status POOR or EXTREME in the registry, KK.',
  ],
  [
    'EXTREME_POVERTY_RATE',
    'EXTREME_POVERTY',
    'Persentase penduduk miskin ekstrem',
    'Extreme poverty rate',
    'percent',
    'Share of the population below the extreme poverty line, %.',
  ],
  [
    'EXTREME_POOR_PERSONS',
    'EXTREME_POVERTY',
    'Jumlah penduduk miskin ekstrem',
    'Extreme-poor persons',
    'persons',
    'People below the extreme poverty line.',
  ],
  [
    'EXTREME_POOR_HOUSEHOLDS',
    'EXTREME_POVERTY',
    'KK miskin ekstrem',
    'Extreme-poor households',
    'households',
    'Households (KK) below the extreme poverty line.',
  ],
  [
    'P3KE_POOR_PERSONS',
    'POVERTY',
    'Penduduk miskin menurut P3KE',
    'Poor persons in the P3KE list',
    'persons',
    'Registry count from the P3KE list; not comparable with BPS estimates.',
  ],
  [
    'P3KE_EXTREME_POOR_PERSONS',
    'EXTREME_POVERTY',
    'Penduduk miskin ekstrem menurut P3KE',
    'Extreme-poor persons in the P3KE list',
    'persons',
    'Registry count from the P3KE list; not comparable with BPS estimates.',
  ],
  ['STUNTING_CASES', 'STUNTING', 'Kasus stunting', 'Stunting cases', 'cases', 'Children under five measured as stunted.'],
  [
    'STUNTING_PREVALENCE',
    'STUNTING',
    'Prevalensi stunting',
    'Stunting prevalence',
    'percent',
    'Stunted children as a share of children measured, %.',
  ],
  ['RT_RW_UNITS', 'OTHER', 'Jumlah RT dan RW', 'RT and RW units', 'units', 'Neighbourhood (RT) and hamlet (RW) units, counted together.'],
  ['PSKS_PSM', 'PSKS', 'Pekerja Sosial Masyarakat (PSM)', 'Community social workers (PSM)', 'persons', 'PSKS workforce.'],
  ['PSKS_TAGANA', 'PSKS', 'Taruna Siaga Bencana (TAGANA)', 'Disaster-preparedness volunteers (TAGANA)', 'persons', 'PSKS workforce.'],
  [
    'PSKS_TKSK',
    'PSKS',
    'Tenaga Kesejahteraan Sosial Kecamatan (TKSK)',
    'Kecamatan social-welfare workers (TKSK)',
    'persons',
    'PSKS workforce, about one per kecamatan.',
  ],
  [
    'PSKS_KARANG_TARUNA',
    'PSKS',
    'Karang Taruna',
    'Karang Taruna youth organisations',
    'organisations',
    'PSKS organisations at kelurahan, kecamatan and city level.',
  ],
  [
    'PSKS_PENDAMPING_PKH',
    'PSKS',
    'Pendamping PKH',
    'PKH facilitators',
    'persons',
    'PSKS workforce: Program Keluarga Harapan facilitators.',
  ],
  [
    'PSKS_LK3',
    'PSKS',
    'Lembaga Konsultasi Kesejahteraan Keluarga (LK3)',
    'Family welfare counselling centres (LK3)',
    'organisations',
    'PSKS organisations.',
  ],
] as const;

export type IndicatorCode = (typeof INDICATORS)[number][0];

export async function seedIndicators(db: Pick<Database, 'raw'>): Promise<void> {
  await bulkInsert(
    db,
    'indicator',
    [
      { name: 'code', type: 'text' },
      { name: 'group', type: '"IndicatorGroup"' },
      { name: 'name', type: 'text' },
      { name: 'name_en', type: 'text' },
      { name: 'unit', type: 'text' },
      { name: 'description', type: 'text' },
    ],
    INDICATORS.map((i) => [...i]),
    { onConflict: 'ON CONFLICT (code) DO NOTHING' },
  );
}

/** One indicator value row, in the column order of `insertIndicatorValues`. */
export interface IndicatorValueRow {
  indicator: IndicatorCode;
  region: string;
  year: number;
  month?: number;
  value: number;
  source: string;
  vintage: string;
  synthetic?: boolean;
  note?: string | null;
}

export async function insertIndicatorValues(db: Pick<Database, 'raw'>, values: readonly IndicatorValueRow[]): Promise<void> {
  await bulkInsert(
    db,
    'indicator_value',
    [
      { name: 'indicator_code', type: 'text' },
      { name: 'region_code', type: 'text' },
      { name: 'year', type: 'int' },
      { name: 'month', type: 'int' },
      { name: 'value', type: 'float8' },
      { name: 'source_id', type: 'text' },
      { name: 'vintage', type: 'text' },
      { name: 'synthetic', type: 'bool' },
      { name: 'note', type: 'text' },
    ],
    values.map((v) => [v.indicator, v.region, v.year, v.month ?? 0, v.value, v.source, v.vintage, v.synthetic ?? false, v.note ?? null]),
  );
}

const BPS_INDICATORS: Record<string, IndicatorCode> = {
  poverty_rate_p0: 'P0',
  poverty_gap_p1: 'P1',
  poverty_severity_p2: 'P2',
  poverty_line: 'POVERTY_LINE',
  poor_population: 'POOR_POPULATION',
};

const REPORTED_INDICATORS: Record<string, IndicatorCode> = {
  extreme_poverty_rate: 'EXTREME_POVERTY_RATE',
  extreme_poor_persons: 'EXTREME_POOR_PERSONS',
  extreme_poor_households: 'EXTREME_POOR_HOUSEHOLDS',
  p3ke_poor_persons: 'P3KE_POOR_PERSONS',
  p3ke_extreme_poor_persons: 'P3KE_EXTREME_POOR_PERSONS',
};

/**
 * The year the undated Palembang article's figures are filed under. The article names a
 * "Pj" (acting) PKK chair, which fits 2023; the data README notes the article is undated.
 */
export const PALEMBANG_ARTICLE_YEAR = 2023;

/** Real figures: BPS series, reported extreme-poverty counts, and the articles' headline figures. */
export function realIndicatorValues(): IndicatorValueRow[] {
  const values: IndicatorValueRow[] = [];
  for (const r of readDataCsv('poverty/bps-poverty-kabkota.csv')) {
    const indicator = BPS_INDICATORS[r.indicator as string];
    if (!indicator) throw new Error(`bps-poverty-kabkota.csv: unknown indicator ${r.indicator}`);
    // BPS kabupaten/kota estimates refer to March of the year (Susenas).
    values.push({
      indicator,
      region: r.region_code as string,
      year: Number(r.year),
      value: Number(r.value),
      source: r.source as string,
      vintage: `Maret ${r.year}`,
    });
  }
  for (const r of readDataCsv('poverty/extreme-poverty-reported.csv')) {
    const indicator = REPORTED_INDICATORS[r.indicator as string];
    if (!indicator) throw new Error(`extreme-poverty-reported.csv: unknown indicator ${r.indicator}`);
    values.push({
      indicator,
      region: r.region_code as string,
      year: Number(r.year),
      value: Number(r.value),
      source: r.source as string,
      vintage: String(r.year),
      note: r.unit?.includes('approx') ? 'approximate, as reported' : null,
    });
  }
  const article = 'article-000-palembang';
  const articleNote = 'The article is undated; filed under 2023.';
  values.push(
    {
      indicator: 'EXTREME_POOR_HOUSEHOLDS',
      region: '16.71',
      year: PALEMBANG_ARTICLE_YEAR,
      value: 10644,
      source: article,
      vintage: 'Dinas Sosial data quoted by the Sekda',
      note: articleNote,
    },
    {
      indicator: 'STUNTING_CASES',
      region: '16.71',
      year: PALEMBANG_ARTICLE_YEAR,
      value: 319,
      source: article,
      vintage: 'as quoted by the Sekda',
      note: articleNote,
    },
    // "IT II" in the article is Kecamatan Ilir Timur Dua (16.71.06).
    {
      indicator: 'STUNTING_CASES',
      region: '16.71.06',
      year: PALEMBANG_ARTICLE_YEAR,
      value: 18,
      source: article,
      vintage: 'as quoted by the Sekda',
      note: `${articleNote} The article says "IT II" (Ilir Timur II).`,
    },
    {
      indicator: 'RT_RW_UNITS',
      region: '16.71',
      year: PALEMBANG_ARTICLE_YEAR,
      value: 5023,
      source: article,
      vintage: 'as quoted by the Sekda',
      note: articleNote,
    },
  );
  const pp = 'article-003-padang-panjang';
  const psks: [IndicatorCode, number, string | null][] = [
    ['PSKS_PSM', 92, 'the article says "more or less" 92'],
    ['PSKS_TAGANA', 24, null],
    ['PSKS_TKSK', 2, null],
    ['PSKS_KARANG_TARUNA', 19, '16 kelurahan, 2 kecamatan and 1 city level'],
    ['PSKS_PENDAMPING_PKH', 7, null],
  ];
  for (const [indicator, value, note] of psks) {
    values.push({ indicator, region: '13.74', year: 2020, value, source: pp, vintage: '22 Oktober 2020', note });
  }
  return values;
}

function fail(message: string): never {
  throw new Error(message);
}
