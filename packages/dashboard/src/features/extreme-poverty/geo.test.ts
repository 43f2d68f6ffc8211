import { describe, expect, it } from 'vitest';
import { placesWithoutPolygon } from './choropleth';
import { hasBoundaries, loadBoundaries } from './geo';

// The boundaries ship with the app (data/geo); nothing is fetched from elsewhere.
describe('bundled boundaries', () => {
  it('has the five demo kabupaten/kota and no others', () => {
    for (const code of ['13.74', '16.06', '16.71', '64.72', '64.74']) expect(hasBoundaries(code)).toBe(true);
    expect(hasBoundaries('99.99')).toBe(false);
  });

  it("loads Bontang's 15 kelurahan and 3 kecamatan with their codes", async () => {
    const { kelurahan, kecamatan } = await loadBoundaries('64.74');
    expect(kelurahan.features).toHaveLength(15);
    expect(kecamatan?.features).toHaveLength(3);
    expect(kelurahan.features.map((f) => f.properties.nama)).toEqual(
      expect.arrayContaining(['Lok Tuan', 'Api-api', 'Tanjung Laut', 'Tanjung Laut Indah']),
    );
  });

  it('finds the two Musi Banyuasin desa without a polygon', async () => {
    const { kelurahan } = await loadBoundaries('16.06');
    const missing = placesWithoutPolygon([{ code: '16.06.02.2016' }, { code: '16.06.06.2043' }, { code: '16.06.01.1009' }], kelurahan);
    expect(missing.map((m) => m.code)).toEqual(['16.06.02.2016', '16.06.06.2043']);
  });

  it('refuses a kabupaten/kota it has no boundaries for', async () => {
    await expect(loadBoundaries('99.99')).rejects.toThrow();
  });
});
