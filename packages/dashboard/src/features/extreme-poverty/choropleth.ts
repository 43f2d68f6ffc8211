// Pure helpers for the kelurahan choropleth: the region tree the API gives, the boundaries the
// repository ships (data/geo, cahyadsn/wilayah_boundaries), classes and colours, and the places a
// map cannot draw.

/** A kelurahan/desa as the page query reads it. */
export interface KelurahanCount {
  code: string;
  name: string;
  /** Null when the API suppressed a count of 1–4 households for privacy. */
  extremePoorHouseholds: number | null;
}

export interface KecamatanNode extends KelurahanCount {
  children: readonly KelurahanCount[];
}

export interface RegencyNode extends KelurahanCount {
  children: readonly KecamatanNode[];
}

export type Level = 'regency' | 'kecamatan' | 'kelurahan';

/** Where a Kemendagri code sits: `64.74`, `64.74.01`, `64.74.01.1003`. */
export function levelOf(code: string): Level | null {
  if (/^\d{2}\.\d{2}$/.test(code)) return 'regency';
  if (/^\d{2}\.\d{2}\.\d{2}$/.test(code)) return 'kecamatan';
  if (/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(code)) return 'kelurahan';
  return null;
}

/** The kabupaten/kota of a code at or below it; null above (a province). */
export function regencyOf(code: string): string | null {
  return levelOf(code) ? code.slice(0, 5) : null;
}

export interface Scope {
  level: Level;
  regency: RegencyNode;
  kecamatan: KecamatanNode | null;
  kelurahan: KelurahanCount | null;
}

/** The places a code names in the tree, or null when the tree has no such place. */
export function findScope(tree: RegencyNode, code: string): Scope | null {
  const level = levelOf(code);
  if (!level || !code.startsWith(tree.code)) return null;
  if (level === 'regency') return code === tree.code ? { level, regency: tree, kecamatan: null, kelurahan: null } : null;
  const kecamatan = tree.children.find((k) => k.code === code.slice(0, 8)) ?? null;
  if (!kecamatan) return null;
  if (level === 'kecamatan') return { level, regency: tree, kecamatan, kelurahan: null };
  const kelurahan = kecamatan.children.find((k) => k.code === code) ?? null;
  return kelurahan ? { level, regency: tree, kecamatan, kelurahan } : null;
}

/** The code whose kelurahan the map draws: the kecamatan when a kecamatan or kelurahan is chosen. */
export function mapScopeCode(scope: Scope): string {
  return scope.kecamatan?.code ?? scope.regency.code;
}

export function allKelurahan(tree: RegencyNode): (KelurahanCount & { kecamatan: KecamatanNode })[] {
  return tree.children.flatMap((kecamatan) => kecamatan.children.map((k) => ({ ...k, kecamatan })));
}

// ---------- Classes and colours ----------

/** A class of the legend: households from `min` to `max` (inclusive). */
export interface Bin {
  min: number;
  max: number;
  color: string;
  /** Text drawn on this fill (labels of priority kelurahan). */
  textColor: string;
}

// ColorBrewer "Blues", one hue from light to dark: ordered by lightness, so it reads the same
// with any colour-vision deficiency and in grey print.
export const BLUES = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
const DARK_FROM = 3;
export const ZERO_COLOR = '#ffffff';
export const SUPPRESSED_COLOR = '#c8c8c8';
export const NO_DATA_COLOR = '#ffffff';

function niceRound(n: number): number {
  if (n < 10) return Math.round(n);
  const step = n < 50 ? 5 : n < 200 ? 10 : n < 1000 ? 50 : 100;
  return Math.round(n / step) * step;
}

/**
 * Up to `classes` classes of the positive counts, split at quantiles and rounded to round numbers,
 * so each colour holds a similar number of kelurahan (a few large counts do not wash out the rest).
 */
export function choroplethBins(values: readonly (number | null)[], classes = BLUES.length): Bin[] {
  const positive = values.filter((v): v is number => v !== null && v > 0).sort((a, b) => a - b);
  const top = positive.at(-1);
  if (top === undefined) return [];
  const n = Math.min(classes, BLUES.length);
  const uppers: number[] = [];
  for (let i = 1; i < n; i++) {
    const q = positive[Math.min(positive.length - 1, Math.floor((i * positive.length) / n))]!;
    const upper = niceRound(q);
    if (upper >= 1 && upper < top && !uppers.includes(upper) && (uppers.length === 0 || upper > uppers.at(-1)!)) uppers.push(upper);
  }
  uppers.push(top);
  // Spread the colours used over the whole ramp: two classes are light and dark, not two lights.
  const colorIndex = (i: number) => (uppers.length === 1 ? BLUES.length - 2 : Math.round((i * (BLUES.length - 1)) / (uppers.length - 1)));
  return uppers.map((max, i) => {
    const index = colorIndex(i);
    return { min: i === 0 ? 1 : uppers[i - 1]! + 1, max, color: BLUES[index]!, textColor: index >= DARK_FROM ? '#ffffff' : '#1a1f24' };
  });
}

export type FillKind = 'count' | 'zero' | 'suppressed' | 'noData';

export function fillOf(value: number | null | undefined, bins: readonly Bin[]): { kind: FillKind; color: string; textColor: string } {
  if (value === undefined) return { kind: 'noData', color: NO_DATA_COLOR, textColor: '#1a1f24' };
  if (value === null) return { kind: 'suppressed', color: SUPPRESSED_COLOR, textColor: '#1a1f24' };
  if (value === 0) return { kind: 'zero', color: ZERO_COLOR, textColor: '#1a1f24' };
  const bin = bins.find((b) => value <= b.max) ?? bins.at(-1);
  return bin ? { kind: 'count', color: bin.color, textColor: bin.textColor } : { kind: 'zero', color: ZERO_COLOR, textColor: '#1a1f24' };
}

// ---------- Boundaries ----------

export type Position = readonly number[];

export interface KelurahanFeature {
  type: 'Feature';
  properties: { kode: string; nama: string; kode_kec?: string };
  geometry: { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
}

export interface FeatureCollection {
  type: 'FeatureCollection';
  features: KelurahanFeature[];
}

/** The features at or under `code` (a kecamatan's kelurahan; all of them for the kabupaten/kota). */
export function featuresUnder(collection: FeatureCollection, code: string): FeatureCollection {
  return { type: 'FeatureCollection', features: collection.features.filter((f) => f.properties.kode.startsWith(code)) };
}

/** [[west, north], [east, south]], as ECharts' boundingCoords wants it; null without features. */
export function boundsOf(collection: FeatureCollection): [[number, number], [number, number]] | null {
  let west = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  const visit = (p: Position) => {
    const [lng, lat] = p as [number, number];
    if (lng < west) west = lng;
    if (lng > east) east = lng;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  };
  for (const f of collection.features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const polygon of polygons) for (const ring of polygon) for (const p of ring) visit(p);
  }
  return Number.isFinite(west)
    ? [
        [west, north],
        [east, south],
      ]
    : null;
}

/**
 * The squeeze of a plain longitude/latitude map: one degree of longitude is cos(latitude) of a
 * degree of latitude. ECharts' default 0,75 suits China, not places near the equator.
 */
export function aspectScaleFor(bounds: [[number, number], [number, number]] | null): number {
  if (!bounds) return 1;
  const midLat = (bounds[0][1] + bounds[1][1]) / 2;
  return Math.cos((midLat * Math.PI) / 180);
}

/**
 * Kelurahan/desa the API counts but the boundaries do not draw (Musi Banyuasin's Epil Barat and
 * Toman Baru have no polygon in the source): listed under the map, never dropped silently.
 */
export function placesWithoutPolygon<T extends { code: string }>(places: readonly T[], collection: FeatureCollection): T[] {
  const drawn = new Set(collection.features.map((f) => f.properties.kode));
  return places.filter((p) => !drawn.has(p.code));
}

/**
 * The features with `marked` ones last. ECharts draws a map's regions in the GeoJSON's order, so
 * a priority kelurahan's thick outline would otherwise be cut by its neighbours' thin borders.
 */
export function withMarkedLast(collection: FeatureCollection, marked: ReadonlySet<string>): FeatureCollection {
  const rest = collection.features.filter((f) => !marked.has(f.properties.kode));
  const last = collection.features.filter((f) => marked.has(f.properties.kode));
  return { type: 'FeatureCollection', features: [...rest, ...last] };
}
