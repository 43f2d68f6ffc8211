// The region and year chosen in the header live in the URL (`?wilayah=16.71&tahun=2024`), so a
// link pasted into a rakor chat opens the same view. Parameter names are Indonesian: people read
// and share these URLs.
import { createContext, useCallback, useContext } from 'react';
import { useSearchParams } from 'react-router';
import { type Calendar, useCalendar } from './calendar';

/** Kota Palembang, the first demo region (DESIGN.md, Demo data). */
export const DEFAULT_REGION_CODE = '16.71';
/** Region pickers and charts start here: BPS's kabupaten/kota P0 series breaks in 2008. */
export const FIRST_YEAR = 2010;

export const REGION_PARAM = 'wilayah';
export const YEAR_PARAM = 'tahun';

// Kabupaten/kota codes for now (`16.71`); the pattern also admits kecamatan and kelurahan codes
// for the pages that will drill down.
const REGION_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

type CalendarDates = Pick<Calendar, 'today' | 'fiscalYear'>;

/** The working year: the current fiscal year, as budgets and 100-day priorities run by it. */
export function defaultYear(calendar: CalendarDates): number {
  return calendar.fiscalYear;
}

/** The newest year the picker offers: the fiscal year, or today's year when it is later. */
function newestYear(calendar: CalendarDates): number {
  return Math.max(calendar.fiscalYear, calendar.today.getUTCFullYear());
}

/** Years a user can choose, newest first, back to FIRST_YEAR. */
export function selectableYears(calendar: CalendarDates): number[] {
  const years: number[] = [];
  for (let y = newestYear(calendar); y >= FIRST_YEAR; y--) years.push(y);
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
export function parseFilters(params: URLSearchParams, calendar: CalendarDates, defaultRegion = DEFAULT_REGION_CODE): Filters {
  const region = params.get(REGION_PARAM)?.trim() ?? '';
  const yearText = params.get(YEAR_PARAM)?.trim() ?? '';
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
  return {
    regionCode: REGION_CODE.test(region) ? region : defaultRegion,
    // A link may name next year, whose programs can already be set up.
    year: year >= FIRST_YEAR && year <= newestYear(calendar) + 1 ? year : defaultYear(calendar),
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

/** Search params with one param set, or removed when `value` is null; the others kept. */
export function withParam(params: URLSearchParams, name: string, value: string | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === null) next.delete(name);
  else next.set(name, value);
  return next;
}

/**
 * A page's own filter in the URL (Anggaran's month and grouping, the cluster of Program & klaster
 * and the rakor deck): its value, and a setter that replaces the history entry, so Back leaves
 * the page instead of stepping through every choice.
 */
export function useSearchParam(name: string): [string | null, (value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (value: string | null) => setParams((prev) => withParam(prev, name, value), { replace: true }),
    [setParams, name],
  );
  return [params.get(name), set];
}

export function useFilters() {
  const [params, setParams] = useSearchParams();
  const filters = parseFilters(params, useCalendar(), useContext(DefaultRegionContext));
  const setFilters = useCallback((change: Partial<Filters>) => setParams((prev) => withFilters(prev, change)), [setParams]);
  return { ...filters, setFilters, search: `?${withFilters(params, filters).toString()}` };
}
