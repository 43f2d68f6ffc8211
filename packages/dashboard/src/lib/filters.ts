// The region and year chosen in the header live in the URL (`?wilayah=16.71&tahun=2024`), so a
// link pasted into a rakor chat opens the same view. Parameter names are Indonesian: people read
// and share these URLs.
import { createContext, useCallback, useContext } from 'react';
import { useSearchParams } from 'react-router';

/** Kota Palembang, the first demo region (DESIGN.md, Demo data). */
export const DEFAULT_REGION_CODE = '16.71';
/** Region pickers and charts start here: BPS's kabupaten/kota P0 series breaks in 2008. */
export const FIRST_YEAR = 2010;

export const REGION_PARAM = 'wilayah';
export const YEAR_PARAM = 'tahun';

// Kabupaten/kota codes for now (`16.71`); the pattern also admits kecamatan and kelurahan codes
// for the pages that will drill down.
const REGION_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/** The working year: the current fiscal year, as budgets and 100-day priorities run by it. */
export function defaultYear(now: Date = new Date()): number {
  return now.getFullYear();
}

/** Years a user can choose, newest first. */
export function selectableYears(now: Date = new Date()): number[] {
  const years: number[] = [];
  for (let y = defaultYear(now); y >= FIRST_YEAR; y--) years.push(y);
  return years;
}

export interface Filters {
  regionCode: string;
  year: number;
}

/**
 * The region a page shows when the URL names none: the viewer's own kabupaten/kota (the auth
 * provider sets it), else DEFAULT_REGION_CODE.
 */
export const DefaultRegionContext = createContext(DEFAULT_REGION_CODE);

/** Reads the filters from search params; anything missing or malformed falls back to the default. */
export function parseFilters(params: URLSearchParams, now: Date = new Date(), defaultRegion = DEFAULT_REGION_CODE): Filters {
  const region = params.get(REGION_PARAM)?.trim() ?? '';
  const yearText = params.get(YEAR_PARAM)?.trim() ?? '';
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
  const maxYear = defaultYear(now) + 1;
  return {
    regionCode: REGION_CODE.test(region) ? region : defaultRegion,
    year: year >= FIRST_YEAR && year <= maxYear ? year : defaultYear(now),
  };
}

/** True when the URL already states both filters as parseFilters reads them. */
export function isCanonical(params: URLSearchParams, filters: Filters): boolean {
  return params.get(REGION_PARAM) === filters.regionCode && params.get(YEAR_PARAM) === String(filters.year);
}

/** Search params with the filters set, other params kept. */
export function withFilters(params: URLSearchParams, filters: Partial<Filters>): URLSearchParams {
  const next = new URLSearchParams(params);
  if (filters.regionCode !== undefined) next.set(REGION_PARAM, filters.regionCode);
  if (filters.year !== undefined) next.set(YEAR_PARAM, String(filters.year));
  return next;
}

export function useFilters() {
  const [params, setParams] = useSearchParams();
  const filters = parseFilters(params, new Date(), useContext(DefaultRegionContext));
  const setFilters = useCallback((change: Partial<Filters>) => setParams((prev) => withFilters(prev, change)), [setParams]);
  return { ...filters, setFilters, search: `?${withFilters(params, filters).toString()}` };
}
