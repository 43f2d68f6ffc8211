import { describe, expect, it } from 'vitest';
import { defaultChartTheme } from '../../lib/chart-theme';
import { choroplethBins, SUPPRESSED_COLOR, ZERO_COLOR } from './choropleth';
import { buildKelurahanMapOption, type MapPlace, valueText } from './kelurahan-map.option';

// biome-ignore lint/suspicious/noExplicitAny: option unions, narrowed loosely for assertions.
type Loose = Record<string, any>;

const places: MapPlace[] = [
  { code: '64.74.01.1002', name: 'Bontang Baru', kecamatanName: 'Kec. Bontang Utara', value: null, priority: false, selected: false },
  { code: '64.74.01.1003', name: 'Lok Tuan', kecamatanName: 'Kec. Bontang Utara', value: 2, priority: true, selected: false },
  { code: '64.74.01.1006', name: 'Api-api', kecamatanName: 'Kec. Bontang Utara', value: 0, priority: true, selected: true },
  { code: '64.74.02.1002', name: 'Berbas Tengah', kecamatanName: 'Kec. Bontang Selatan', value: 5, priority: false, selected: false },
];
const texts = {
  households: 'KK',
  suppressed: 'disembunyikan',
  noData: 'tidak ada data',
  priority: 'Kelurahan prioritas',
  clickHint: (p: MapPlace) => `Klik untuk membuka ${p.kecamatanName}`,
};

const build = (labelAll = false, outline: string | null = 'kecamatan-64.74') =>
  buildKelurahanMapOption({
    mapName: 'kelurahan-64.74',
    outlineMapName: outline,
    bounds: [
      [117.3, 0.25],
      [117.6, 0.0],
    ],
    aspectScale: 1,
    places,
    bins: choroplethBins(places.map((p) => p.value ?? null)),
    labelAll,
    texts,
    theme: defaultChartTheme,
  }) as Loose;

describe('buildKelurahanMapOption', () => {
  it('draws kelurahan by Kemendagri code, inside the given bounds, without roaming', () => {
    const series = build().series[0];
    expect(series.type).toBe('map');
    expect(series.map).toBe('kelurahan-64.74');
    expect(series.nameProperty).toBe('kode');
    expect(series.roam).toBe(false);
    expect(series.boundingCoords).toEqual([
      [117.3, 0.25],
      [117.6, 0.0],
    ]);
    expect(series.data.map((d: Loose) => d.name)).toEqual(places.map((p) => p.code));
  });

  it('hatches suppressed counts and keeps zero its own fill', () => {
    const [suppressed, , zero] = build().series[0].data as Loose[];
    expect(suppressed?.itemStyle.areaColor).toBe(SUPPRESSED_COLOR);
    expect(suppressed?.itemStyle.decal.rotation).toBeCloseTo(-Math.PI / 4);
    expect(zero?.itemStyle.areaColor).toBe(ZERO_COLOR);
    expect(zero?.itemStyle.decal).toBeUndefined();
  });

  it('outlines and names the priority kelurahan, and the chosen one in another colour', () => {
    const [plain, priority, chosen] = build().series[0].data as Loose[];
    expect(priority?.itemStyle.borderWidth).toBeGreaterThan(plain?.itemStyle.borderWidth);
    expect(priority?.label.show).toBe(true);
    expect(priority?.label.formatter).toBe('Lok Tuan');
    expect(plain?.label.show).toBe(false);
    expect(chosen?.itemStyle.borderColor).not.toBe(priority?.itemStyle.borderColor);
  });

  it('names every kelurahan inside a kecamatan', () => {
    expect((build(true).series[0].data as Loose[]).every((d) => d.label.show)).toBe(true);
  });

  it('lays kecamatan borders over the kelurahan without taking their clicks', () => {
    const outline = build().series[1];
    expect(outline.map).toBe('kecamatan-64.74');
    expect(outline.silent).toBe(true);
    expect(outline.boundingCoords).toEqual(build().series[0].boundingCoords);
    expect(build(false, null).series).toHaveLength(1);
  });

  it('says name, kecamatan, count, priority and what a click does in the tooltip', () => {
    const text = build().tooltip.formatter({ name: '64.74.01.1003' });
    expect(text).toContain('Lok Tuan');
    expect(text).toContain('Kec. Bontang Utara');
    expect(text).toContain('2 KK');
    expect(text).toContain('Kelurahan prioritas');
    expect(text).toContain('Klik untuk membuka');
    expect(build().tooltip.formatter({ name: 'unknown' })).toBe('');
  });
});

describe('valueText', () => {
  it('writes counts, hidden counts and missing ones', () => {
    expect(valueText(10644, texts)).toBe('10.644 KK');
    expect(valueText(null, texts)).toBe('disembunyikan');
    expect(valueText(undefined, texts)).toBe('tidak ada data');
  });
});
