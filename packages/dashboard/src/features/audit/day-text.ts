// The audit filter's days as people in Indonesia write them, day first: 20/11/2026. A native date
// input shows the browser's own order (mm/dd/yyyy in an English Chromium whatever the page's
// language), so the filter takes text and reads it here; the URL keeps ISO days (2026-11-20).

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
// 20/11/2026, 5-1-2026, 05.01.2026; and an ISO day pasted from a link.
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-11-20` → `20/11/2026`; '' for none. */
export function dayText(iso: string | null | undefined): string {
  const m = iso ? ISO.exec(iso) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

export type ParsedDay = { ok: true; iso: string | null } | { ok: false };

/** What a person typed, as an ISO day: null for nothing typed, not ok for no real day. */
export function parseDayText(text: string): ParsedDay {
  const value = text.trim();
  if (value === '') return { ok: true, iso: null };
  const iso = ISO.exec(value);
  const dayFirst = DAY_FIRST.exec(value);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dayFirst
      ? [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])]
      : [0, 0, 0];
  if (year < 2000 || year > 2100) return { ok: false };
  // 31/02 is not a day: the calendar must give back the same day, month and year.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return { ok: false };
  return { ok: true, iso: `${year}-${pad(month)}-${pad(day)}` };
}
