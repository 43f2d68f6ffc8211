// The kelurahan and kecamatan boundaries shipped in the repository (data/geo, from
// cahyadsn/wilayah_boundaries, MIT). Bundled, never fetched from elsewhere; each kabupaten/kota's
// file is its own chunk, loaded when its map is first drawn, so none of it is in the initial JS.
import type { FeatureCollection } from './choropleth';

// Raw text, parsed here: Vite's JSON import only takes `.json` names.
const kelurahanFiles = import.meta.glob<string>('../../../../../data/geo/*-kelurahan.geojson', { query: '?raw', import: 'default' });
const kecamatanFiles = import.meta.glob<string>('../../../../../data/geo/*-kecamatan.geojson', { query: '?raw', import: 'default' });

const regencyOfPath = (path: string) => /(\d{2}\.\d{2})-(?:kelurahan|kecamatan)\.geojson$/.exec(path)?.[1] ?? null;

function byRegency(files: Record<string, () => Promise<string>>): Map<string, () => Promise<string>> {
  const map = new Map<string, () => Promise<string>>();
  for (const [path, load] of Object.entries(files)) {
    const code = regencyOfPath(path);
    if (code) map.set(code, load);
  }
  return map;
}

const kelurahanLoaders = byRegency(kelurahanFiles);
const kecamatanLoaders = byRegency(kecamatanFiles);

/** The attribution the licence asks for, shown under every map. */
export const BOUNDARY_ATTRIBUTION = 'Batas wilayah: cahyadsn/wilayah_boundaries (MIT)';

export function hasBoundaries(regencyCode: string): boolean {
  return kelurahanLoaders.has(regencyCode);
}

export interface RegencyBoundaries {
  kelurahan: FeatureCollection;
  /** Kecamatan outlines, drawn over the kelurahan at kabupaten/kota level. */
  kecamatan: FeatureCollection | null;
}

const cache = new Map<string, Promise<RegencyBoundaries>>();

/** The boundaries of one kabupaten/kota; rejects when the repository has none. */
export function loadBoundaries(regencyCode: string): Promise<RegencyBoundaries> {
  const cached = cache.get(regencyCode);
  if (cached) return cached;
  const kelurahan = kelurahanLoaders.get(regencyCode);
  if (!kelurahan) return Promise.reject(new Error(`No boundaries for ${regencyCode}`));
  const kecamatan = kecamatanLoaders.get(regencyCode);
  const promise = Promise.all([kelurahan(), kecamatan ? kecamatan() : Promise.resolve(null)]).then(([kel, kec]) => ({
    kelurahan: JSON.parse(kel) as FeatureCollection,
    kecamatan: kec ? (JSON.parse(kec) as FeatureCollection) : null,
  }));
  // A failed load (a chunk lost in a deploy) may be retried.
  promise.catch(() => cache.delete(regencyCode));
  cache.set(regencyCode, promise);
  return promise;
}
