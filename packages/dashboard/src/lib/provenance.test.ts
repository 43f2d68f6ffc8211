import { describe, expect, it } from 'vitest';
import {
  countProvenanceLabel,
  namedSourceNote,
  provenanceLabel,
  provenanceOf,
  registryProvenance,
  registryRowsProvenance,
  SOURCE_ID_PATTERN,
} from './provenance';

const bps = { title: 'Persentase Penduduk Miskin (P0)', publisher: 'Badan Pusat Statistik', synthetic: false };
const demo = { title: 'Generator data demo', publisher: 'Pantau', synthetic: true };

describe('provenanceOf', () => {
  it('lists distinct sources and takes the newest vintage', () => {
    const p = provenanceOf([
      { vintage: '2024', synthetic: false, source: bps },
      { vintage: '2025', synthetic: false, source: bps },
    ]);
    expect(p).toEqual({
      sources: [{ title: bps.title, publisher: bps.publisher }],
      vintage: '2025',
      synthetic: false,
    });
  });

  it('is synthetic when any value or its source is', () => {
    expect(provenanceOf([{ vintage: '2025', synthetic: true, source: bps }])?.synthetic).toBe(true);
    expect(
      provenanceOf([
        { vintage: '2024', synthetic: false, source: bps },
        { vintage: '2025', synthetic: false, source: demo },
      ]),
    ).toMatchObject({ synthetic: true, sources: [{ publisher: bps.publisher }, { publisher: 'Pantau' }] });
  });

  it('is null without values', () => {
    expect(provenanceOf([])).toBeNull();
  });

  it("leaves the registry count's synthetic flag unknown", () => {
    expect(registryProvenance('Registri KK Pantau')).toMatchObject({ synthetic: null, vintage: null });
  });
});

const PALEMBANG = {
  kind: 'OFFICIAL_COUNT_GENERATED_ROWS' as const,
  rowsSynthetic: true,
  vintage: 'registri KK sintetis, 2026',
  official: {
    value: 10_644,
    year: 2023,
    vintage: 'Dinas Sosial data quoted by the Sekda',
    source: { publisher: 'Pemberitaan Pemkot Palembang', title: 'Sosialisasi RT/RW; data Dinas Sosial dikutip Sekda' },
  },
};

describe('registry counts (issue 8)', () => {
  it("labels Palembang's 10.644 as an official count over generated rows, by its publisher", () => {
    const p = registryProvenance('Registri KK Pantau', PALEMBANG);
    expect(p).toEqual({
      sources: [{ publisher: 'Pemberitaan Pemkot Palembang', title: 'Sosialisasi RT/RW; data Dinas Sosial dikutip Sekda' }],
      vintage: null,
      synthetic: false,
      generatedRows: true,
    });
    expect(provenanceLabel(p)).toBe('official-count-generated-rows');
    expect(countProvenanceLabel(PALEMBANG)).toBe(provenanceLabel(p));
    // Its kecamatan and the other counts of the same rows are the rows' own: synthetic.
    expect(provenanceLabel(registryRowsProvenance('Registri KK Pantau', PALEMBANG))).toBe('synthetic');
  });

  it('labels generated rows synthetic and an imported registry real, each as the API says', () => {
    for (const kind of ['SYNTHETIC', 'REGISTRY'] as const) {
      const count = { kind, rowsSynthetic: kind === 'SYNTHETIC', vintage: 'P3KE, ditarik 15 Januari 2026', official: null };
      const p = registryProvenance('Registri KK Pantau', count);
      expect(provenanceLabel(p)).toBe(countProvenanceLabel(count));
      expect(p.vintage).toBe('P3KE, ditarik 15 Januari 2026');
    }
    expect(provenanceLabel(registryProvenance('Registri KK Pantau'))).toBe('unknown');
  });
});

describe('sources by name', () => {
  it("replaces a note's source id with the publisher, and drops it when there is none", () => {
    const muba = { publisher: 'Pemberitaan Pemkab Musi Banyuasin' };
    expect(namedSourceNote('article-004-muba: pagu Rp350 juta', muba)).toBe('Pemberitaan Pemkab Musi Banyuasin: pagu Rp350 juta');
    expect(namedSourceNote('article-004-muba', muba)).toBe('Pemberitaan Pemkab Musi Banyuasin');
    expect(namedSourceNote('article-002-bontang (tanggal sesuai cetakan)', null)).toBe('tanggal sesuai cetakan');
    expect(namedSourceNote('Data Dinas Sosial', null)).toBe('Data Dinas Sosial');
  });

  it('finds an id where a name should be, and not in ordinary words', () => {
    for (const id of ['article-004-muba', 'news-paltv-20241118', 'bps-p0-kabkota', 'pantau-synthetic'])
      expect(`Sumber: ${id}`).toMatch(SOURCE_ID_PATTERN);
    for (const text of ['Sumber: Pemberitaan Pemkab Musi Banyuasin', 'Badan Pusat Statistik (BPS)', 'KK-16.71.06.1005-0000042'])
      expect(text).not.toMatch(SOURCE_ID_PATTERN);
  });
});
