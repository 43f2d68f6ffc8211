import { describe, expect, it } from 'vitest';
import { defaultChartTheme } from '../../../lib/chart-theme';
import { testContext } from '../test-context';
import { buildExtremePoorSlides, type RakorExtremePoorData } from './extreme-poor-kecamatan';
import { buildPovertyTargetSlides, type RakorPovertyTargetData } from './poverty-target';
import { buildPriorityAreaSlides, currentPriorityGroups, type RakorPriorityAreasData } from './priority-areas';

const bps = { title: 'Persentase Penduduk Miskin', publisher: 'Badan Pusat Statistik (BPS)', synthetic: false };
const p0 = (year: number, value: number) => ({ year, month: 0, value, vintage: 'Maret 2025', synthetic: false, source: bps });

const palembang: RakorPovertyTargetData = {
  region: {
    code: '16.71',
    name: 'Kota Palembang',
    indicatorSeries: [p0(2008, 16.66), p0(2010, 15), p0(2024, 9.77), p0(2025, 9.04)],
    targets: [
      {
        id: 4,
        name: 'Penurunan angka kemiskinan 5% per tahun (relatif)',
        shape: 'ANNUAL_RELATIVE_REDUCTION',
        indicator: { code: 'P0' },
        path: [
          { year: 2020, value: 10.89 },
          { year: 2025, value: 8.426474 },
          { year: 2026, value: 8.005151 },
        ],
        source: { title: '', publisher: 'Pantau demo generator', synthetic: true },
      },
    ],
  },
};

describe('P0 against its target', () => {
  it('says whether the newest P0 is on the path, with the figures beside the chart', () => {
    const [slide] = buildPovertyTargetSlides(palembang, testContext());
    expect(slide?.title).toBe('Persentase penduduk miskin terhadap target');
    expect(slide?.lead).toBe('P0 9,04% pada 2025, masih di atas jalur target (8,43%).');
    if (slide?.body.kind !== 'chart') throw new Error('chart slide expected');
    expect(slide.body.facts.map((f) => [f.label, f.value, f.note, f.tone])).toEqual([
      ['P0 tahun 2025', '9,04%', 'Turun 0,73 poin dari 2024', 'good'],
      ['Target tahun 2025', '8,43%', 'Di atas jalur target (+0,61 poin)', 'bad'],
      ['Target akhir 2026', '8,01%', 'Penurunan angka kemiskinan 5% per tahun (relatif)', undefined],
    ]);
    // A synthetic target makes the slide synthetic; both sources are named.
    expect(slide.synthetic).toBe(true);
    expect(slide.source).toBe('Sumber: Badan Pusat Statistik (BPS); Pantau demo generator · versi data Maret 2025');
    const option = slide.body.chart.build(defaultChartTheme) as { series: { name: string }[] };
    expect(option.series.map((s) => s.name)).toEqual(['P0 (BPS)', 'Jalur target']);
  });

  it('names the P0 chart plainly when the region has no target', () => {
    const data = { region: { ...palembang.region!, targets: [] } };
    const [slide] = buildPovertyTargetSlides(data, testContext());
    expect(slide?.title).toBe('Persentase penduduk miskin (P0)');
    expect(slide?.lead).toBe('P0 9,04% pada 2025. Wilayah ini belum menetapkan target P0 di Pantau.');
  });

  it('makes no slide without P0 figures', () => {
    expect(buildPovertyTargetSlides({ region: { ...palembang.region!, indicatorSeries: [] } }, testContext())).toEqual([]);
    expect(buildPovertyTargetSlides({ region: null }, testContext())).toEqual([]);
  });
});

const kecamatan = (name: string, extremePoorHouseholds: number | null) => ({ code: name, name, extremePoorHouseholds });
/** Region.extremePoorProvenance of the demo: generated rows, no published count matching. */
const SYNTHETIC = { kind: 'SYNTHETIC', rowsSynthetic: true, vintage: 'registri KK sintetis, 2026', official: null } as const;
const P3KE = { kind: 'REGISTRY', rowsSynthetic: false, vintage: 'P3KE, ditarik 15 Januari 2026', official: null } as const;
const PALEMBANG = {
  kind: 'OFFICIAL_COUNT_GENERATED_ROWS',
  rowsSynthetic: true,
  vintage: 'registri KK sintetis, 2026',
  official: {
    value: 10_644,
    year: 2023,
    vintage: 'Dinas Sosial',
    source: { title: 'Sosialisasi RT/RW', publisher: 'Pemberitaan Pemkot Palembang' },
  },
} as const;

describe('extreme-poor households by kecamatan', () => {
  it('leads with the total and the kecamatan with the most', () => {
    const data: RakorExtremePoorData = {
      region: {
        code: '64.74',
        name: 'Kota Bontang',
        extremePoorHouseholds: 12,
        extremePoorProvenance: SYNTHETIC,
        children: [kecamatan('Bontang Utara', 4), kecamatan('Bontang Selatan', 7), kecamatan('Bontang Barat', 1)],
      },
    };
    const [slide] = buildExtremePoorSlides(data, testContext());
    expect(slide?.lead).toBe('12 KK miskin ekstrem; terbanyak di Bontang Selatan (58,3%).');
    if (slide?.body.kind !== 'chart') throw new Error('chart slide expected');
    expect(slide.body.facts[0]).toMatchObject({ value: '12', note: 'di 3 kecamatan' });
    expect(slide.body.facts[1]).toMatchObject({ value: 'Bontang Selatan', note: '7 KK, 58,3% dari seluruh wilayah' });
  });

  it('says so when no household is left, and shows a suppressed count as such', () => {
    const zero: RakorExtremePoorData = {
      region: {
        code: '13.74',
        name: 'Kota Padang Panjang',
        extremePoorHouseholds: 0,
        extremePoorProvenance: SYNTHETIC,
        children: [kecamatan('A', 0), kecamatan('B', 0)],
      },
    };
    expect(buildExtremePoorSlides(zero, testContext())[0]?.body).toEqual({
      kind: 'message',
      tone: 'good',
      text: 'Tidak ada KK miskin ekstrem yang tercatat di 2 kecamatan Kota Padang Panjang.',
    });
    const small: RakorExtremePoorData = {
      region: {
        code: '13.74',
        name: 'Kota Padang Panjang',
        extremePoorHouseholds: null,
        extremePoorProvenance: SYNTHETIC,
        children: [kecamatan('A', null), kecamatan('B', 6)],
      },
    };
    const [slide] = buildExtremePoorSlides(small, testContext());
    if (slide?.body.kind !== 'chart') throw new Error('chart slide expected');
    expect(slide.body.facts[0]?.value).toBe('disembunyikan');
    expect(slide.lead).toBe('disembunyikan KK miskin ekstrem; terbanyak di B (6 KK).');
    expect(slide.source).toContain('disembunyikan: jumlah kecil');
  });

  it('labels the source exactly: generated rows are synthetic, an official total over them says both, a registry is named', () => {
    const region = (extremePoorProvenance: NonNullable<RakorExtremePoorData['region']>['extremePoorProvenance']): RakorExtremePoorData => ({
      region: {
        code: '16.71',
        name: 'Kota Palembang',
        extremePoorHouseholds: 10_644,
        extremePoorProvenance,
        children: [kecamatan('A', 10_000), kecamatan('B', 644)],
      },
    });
    const [synthetic] = buildExtremePoorSlides(region(SYNTHETIC), testContext());
    expect(synthetic).toMatchObject({ synthetic: true, source: 'Sumber: data KK sintetis (generator demo Pantau), bukan P3KE/DTSEN' });
    const [official] = buildExtremePoorSlides(region(PALEMBANG), testContext());
    expect(official?.synthetic).toBe(true);
    expect(official?.source).toBe(
      'Sumber: total 10.644 KK angka resmi dari Pemberitaan Pemkot Palembang; sebaran per kecamatan dari data KK sintetis (generator demo Pantau)',
    );
    const [registry] = buildExtremePoorSlides(region(P3KE), testContext());
    expect(registry?.synthetic).toBe(false);
    expect(registry?.source).toBe('Sumber: Registri KK Pantau (P3KE, ditarik 15 Januari 2026), KK aktif saat data diambil');
  });
});

type Group = RakorPriorityAreasData['regionGroups'][number];
const place = (name: string, count: number | null, parent = 'Bontang Utara') => ({
  code: name,
  name,
  extremePoorHouseholds: count,
  parent: { name: parent },
});
const group = (id: number, year: number, regions: Group['regions'], kind: Group['kind'] = 'PRIORITY_INTERVENTION'): Group => ({
  id,
  name: `Lokasi prioritas ${year}`,
  kind,
  year,
  reason: '',
  source: { title: 'Rakor', publisher: 'Source article', synthetic: false },
  regions,
});

describe('priority areas', () => {
  it('presents the newest priority group up to the chosen year', () => {
    const groups = [group(1, 2024, []), group(2, 2025, []), group(3, 2027, []), group(4, 2025, [], 'OTHER')];
    expect(currentPriorityGroups(groups, 2026).map((g) => g.id)).toEqual([2]);
    expect(currentPriorityGroups(groups, 2020).map((g) => g.id)).toEqual([3]);
    expect(currentPriorityGroups([], 2026)).toEqual([]);
  });

  it('lists the places left first and counts those at zero, with the target and its date', () => {
    const data: RakorPriorityAreasData = {
      regionGroups: [group(1, 2025, [place('Api-api', 0), place('Lok Tuan', 2), place('Tanjung Laut', 1, 'Bontang Selatan')])],
      region: {
        code: '64.74',
        name: 'Kota Bontang',
        extremePoorProvenance: SYNTHETIC,
        targets: [
          {
            id: 3,
            name: 'Nol kemiskinan ekstrem di empat kelurahan prioritas',
            shape: 'ZERO_BY_DATE',
            dueDate: '2026-12-31',
            regionGroup: { id: 1 },
            source: { publisher: 'Source article', synthetic: false },
          },
        ],
      },
    };
    const [slide] = buildPriorityAreaSlides(data, testContext({ regionName: 'Kota Bontang' }));
    expect(slide?.lead).toBe('1 dari 3 kelurahan prioritas sudah nol; 3 KK miskin ekstrem tersisa.');
    if (slide?.body.kind !== 'areas') throw new Error('areas slide expected');
    expect(slide.body.areas.map((a) => [a.name, a.value])).toEqual([
      ['Lok Tuan', 2],
      ['Tanjung Laut', 1],
      ['Api-api', 0],
    ]);
    expect(slide.body.target).toBe('Nol kemiskinan ekstrem di empat kelurahan prioritas, paling lambat 31 Desember 2026');
    expect(slide.body.allZero).toBe(false);
    // The group's source is real; the counts per place are generated: labelled so, and said.
    expect(slide.synthetic).toBe(true);
    expect(slide.source).toBe('Sumber: Source article; jumlah KK: data KK sintetis (generator demo Pantau), bukan P3KE/DTSEN');
  });

  it('says "nol tercapai" when every place is at zero', () => {
    const data: RakorPriorityAreasData = {
      regionGroups: [group(1, 2025, [place('Api-api', 0), place('Lok Tuan', 0)])],
      region: { code: '64.74', name: 'Kota Bontang', extremePoorProvenance: SYNTHETIC, targets: [] },
    };
    const [slide] = buildPriorityAreaSlides(data, testContext());
    expect(slide?.lead).toBe('Nol tercapai: tidak ada lagi KK miskin ekstrem di 2 kelurahan prioritas.');
    expect(slide?.body).toMatchObject({ kind: 'areas', allZero: true, target: null, summary: '2 dari 2 kelurahan sudah nol' });
  });

  it("shows the mayor Bontang's hidden counts as hidden, and sums only the places shown", () => {
    const data: RakorPriorityAreasData = {
      regionGroups: [group(1, 2025, [place('Api-api', 0), place('Lok Tuan', null), place('Tanjung Laut', null), place('Satu', 7)])],
      region: { code: '64.74', name: 'Kota Bontang', extremePoorProvenance: SYNTHETIC, targets: [] },
    };
    const [slide] = buildPriorityAreaSlides(data, testContext());
    expect(slide?.lead).toBe(
      '1 dari 4 kelurahan prioritas sudah nol; 7 KK miskin ekstrem tersisa di 1 kelurahan yang jumlahnya ditampilkan, jumlah lainnya disembunyikan.',
    );
    if (slide?.body.kind !== 'areas') throw new Error('areas slide expected');
    expect(slide.body.areas.map((a) => a.value)).toEqual([7, null, null, 0]);
    expect(slide.source).toContain('disembunyikan: jumlah kecil tidak ditampilkan');
    const [allHidden] = buildPriorityAreaSlides(
      { ...data, regionGroups: [group(1, 2025, [place('Api-api', 0), place('Lok Tuan', null), place('Tanjung Laut', null)])] },
      testContext(),
    );
    expect(allHidden?.lead).toBe('1 dari 3 kelurahan prioritas sudah nol; jumlah KK di kelurahan lainnya disembunyikan demi privasi.');
  });

  it('makes no slide for a region without priority groups', () => {
    expect(buildPriorityAreaSlides({ regionGroups: [], region: null }, testContext())).toEqual([]);
  });
});
