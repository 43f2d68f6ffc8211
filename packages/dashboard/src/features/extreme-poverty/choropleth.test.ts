import { describe, expect, it } from 'vitest';
import {
  aspectScaleFor,
  BLUES,
  boundsOf,
  choroplethBins,
  type FeatureCollection,
  featuresUnder,
  fillOf,
  findScope,
  levelOf,
  mapScopeCode,
  placesWithoutPolygon,
  type RegencyNode,
  regencyOf,
  SUPPRESSED_COLOR,
  withMarkedLast,
  ZERO_COLOR,
} from './choropleth';

// Kota Bontang as the walikota reads it (demo data): null where a count of 1–4 is suppressed,
// priority places (Lok Tuan) never suppressed.
const bontang: RegencyNode = {
  code: '64.74',
  name: 'Kota Bontang',
  extremePoorHouseholds: 12,
  children: [
    {
      code: '64.74.01',
      name: 'Bontang Utara',
      extremePoorHouseholds: 4,
      children: [
        { code: '64.74.01.1002', name: 'Bontang Baru', extremePoorHouseholds: null },
        { code: '64.74.01.1003', name: 'Lok Tuan', extremePoorHouseholds: 2 },
        { code: '64.74.01.1006', name: 'Api-api', extremePoorHouseholds: 0 },
      ],
    },
    {
      code: '64.74.02',
      name: 'Bontang Selatan',
      extremePoorHouseholds: 7,
      children: [{ code: '64.74.02.1002', name: 'Berbas Tengah', extremePoorHouseholds: 5 }],
    },
  ],
};

const square = (kode: string, x: number, y: number) => ({
  type: 'Feature' as const,
  properties: { kode, nama: kode },
  geometry: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [x, y],
        [x + 1, y],
        [x + 1, y + 1],
        [x, y],
      ],
    ],
  },
});

describe('levels and scope', () => {
  it('reads the level of a Kemendagri code', () => {
    expect(levelOf('64.74')).toBe('regency');
    expect(levelOf('64.74.01')).toBe('kecamatan');
    expect(levelOf('64.74.01.1003')).toBe('kelurahan');
    expect(levelOf('64')).toBeNull();
    expect(regencyOf('64.74.01.1003')).toBe('64.74');
    expect(regencyOf('64')).toBeNull();
  });

  it('finds the kecamatan and kelurahan a code names, or nothing', () => {
    const kelurahan = findScope(bontang, '64.74.01.1003');
    expect(kelurahan?.level).toBe('kelurahan');
    expect(kelurahan?.kecamatan?.name).toBe('Bontang Utara');
    expect(kelurahan?.kelurahan?.name).toBe('Lok Tuan');
    expect(kelurahan && mapScopeCode(kelurahan)).toBe('64.74.01');
    expect(findScope(bontang, '64.74')?.level).toBe('regency');
    expect(findScope(bontang, '64.74.09')).toBeNull();
    expect(findScope(bontang, '16.71.01')).toBeNull();
  });
});

describe('choroplethBins', () => {
  it('splits at quantiles rounded to round numbers, up to the largest count', () => {
    const values = [8, 9, 10, 13, 16, 18, 20, 40, 60, 85, 110, 150, 170, 200, 241];
    const bins = choroplethBins(values);
    expect(bins[0]?.min).toBe(1);
    expect(bins.at(-1)?.max).toBe(241);
    for (let i = 1; i < bins.length; i++) expect(bins[i]?.min).toBe((bins[i - 1]?.max ?? 0) + 1);
    expect(bins.map((b) => b.color)).toEqual([...BLUES].slice(0, bins.length));
  });

  it('uses light and dark ends of the ramp when there are few classes', () => {
    const bins = choroplethBins([1, 2, 5, null, 0]);
    expect(bins.length).toBeGreaterThan(1);
    expect(bins[0]?.color).toBe(BLUES[0]);
    expect(bins.at(-1)?.color).toBe(BLUES.at(-1));
  });

  it('has no classes when nothing is above zero', () => {
    expect(choroplethBins([0, 0, null])).toEqual([]);
  });
});

describe('fillOf', () => {
  it('keeps zero, suppressed and missing apart from every class', () => {
    const bins = choroplethBins([1, 50, 100]);
    expect(fillOf(0, bins)).toMatchObject({ kind: 'zero', color: ZERO_COLOR });
    expect(fillOf(null, bins)).toMatchObject({ kind: 'suppressed', color: SUPPRESSED_COLOR });
    expect(fillOf(undefined, bins).kind).toBe('noData');
    expect(fillOf(100, bins).color).toBe(bins.at(-1)?.color);
    expect(fillOf(1, bins).color).toBe(bins[0]?.color);
  });
});

describe('boundaries', () => {
  const collection: FeatureCollection = {
    type: 'FeatureCollection',
    features: [square('64.74.01.1003', 117.4, 0.1), square('64.74.01.1006', 117.5, 0.2), square('64.74.02.1002', 117.6, 0.0)],
  };

  it('takes the features under a kecamatan and their bounds', () => {
    const under = featuresUnder(collection, '64.74.01');
    expect(under.features.map((f) => f.properties.kode)).toEqual(['64.74.01.1003', '64.74.01.1006']);
    expect(boundsOf(under)).toEqual([
      [117.4, 1.2],
      [118.5, 0.1],
    ]);
    expect(boundsOf({ type: 'FeatureCollection', features: [] })).toBeNull();
  });

  it('squeezes longitude by the cosine of the latitude', () => {
    expect(
      aspectScaleFor([
        [117, 0.5],
        [118, -0.5],
      ]),
    ).toBeCloseTo(1);
    expect(
      aspectScaleFor([
        [104, -2.5],
        [105, -3.5],
      ]),
    ).toBeCloseTo(Math.cos((3 * Math.PI) / 180));
  });

  it('lists places without a polygon instead of dropping them', () => {
    const places = [{ code: '64.74.01.1003' }, { code: '16.06.02.2016' }, { code: '16.06.06.2043' }];
    expect(placesWithoutPolygon(places, collection).map((p) => p.code)).toEqual(['16.06.02.2016', '16.06.06.2043']);
  });

  it('draws marked places last, so their outline is on top', () => {
    const ordered = withMarkedLast(collection, new Set(['64.74.01.1003']));
    expect(ordered.features.map((f) => f.properties.kode)).toEqual(['64.74.01.1006', '64.74.02.1002', '64.74.01.1003']);
  });
});
