// The kelurahan operator's own figures (issue 8, "Kelurahan saya"): each with what it counts, the
// household list that shows it (the same filter, so a click lands on the rows behind the number)
// and where it comes from. Pure, so the page, its test and the provenance walk read one list.
import type { MessageKey } from '../../lib/i18n';

/** Counts of the operator's kelurahan, as the page's query answers them (totalCount of each list). */
export interface KelurahanCounts {
  extremePoor: number | null;
  /** Extreme-poor or desil-1 active households that no program reached this year (DESIGN.md: what the operator watches). */
  unreached: number;
  active: number;
  unverified: number;
  verified: number;
  disputed: number;
  moved: number;
  deceased: number;
  graduated: number;
}

export type KelurahanFigureId = keyof KelurahanCounts;

export interface KelurahanFigure {
  id: KelurahanFigureId;
  label: MessageKey;
  value: number | null;
  /** Household-list filters (households page URL parameters) that list exactly these households; null when no list does. */
  list: Record<string, string> | null;
}

/**
 * The figures in the order the operator reads them: what is left to do first, then what was
 * done, then who left the list. The households page shows ACTIVE households only, so the
 * lifecycle counts (moved, deceased, graduated) have no list there.
 */
export function kelurahanFigures(c: KelurahanCounts): KelurahanFigure[] {
  return [
    { id: 'extremePoor', label: 'myKelurahan.figure.extremePoor', value: c.extremePoor, list: { status: 'EXTREME' } },
    { id: 'unreached', label: 'myKelurahan.figure.unreached', value: c.unreached, list: { belumTerjangkau: '1' } },
    { id: 'unverified', label: 'myKelurahan.figure.unverified', value: c.unverified, list: { verifikasi: 'UNVERIFIED' } },
    { id: 'verified', label: 'myKelurahan.figure.verified', value: c.verified, list: null },
    { id: 'disputed', label: 'myKelurahan.figure.disputed', value: c.disputed, list: { verifikasi: 'DISPUTED' } },
    { id: 'active', label: 'myKelurahan.figure.active', value: c.active, list: {} },
    { id: 'moved', label: 'myKelurahan.figure.moved', value: c.moved, list: null },
    { id: 'deceased', label: 'myKelurahan.figure.deceased', value: c.deceased, list: null },
    { id: 'graduated', label: 'myKelurahan.figure.graduated', value: c.graduated, list: null },
  ];
}

/** Share of the kelurahan's active households verified so far, 0–1; null without any. */
export function verifiedShare(c: Pick<KelurahanCounts, 'active' | 'unverified'>): number | null {
  return c.active > 0 ? (c.active - c.unverified) / c.active : null;
}
