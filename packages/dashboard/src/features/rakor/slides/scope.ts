// Words shared by the slides about a cluster's (or the whole TKPKD's) programs: what the slide
// covers, where a program's figures come from, the status of spending against plan.
import { formatCount } from '../../../lib/format';
import type { CountProvenance } from '../../../lib/provenance';
import { statusLabel } from '../../../lib/status';
import type { DeckContext, IconName, Tone } from '../deck';

/** "Klaster 1" or "Seluruh TKPKD": what a slide's figures cover. */
export function scopeName(ctx: DeckContext): string {
  return ctx.clusterNumber === null ? ctx.t('rakor.allClusters') : ctx.t('rakor.scope.cluster', { number: ctx.clusterNumber });
}

/** "Anggaran · Klaster 1 · Kabupaten Musi Banyuasin". */
export function scopedKicker(ctx: DeckContext, section: string): string {
  return `${section} · ${scopeName(ctx)} · ${ctx.regionName}`;
}

/** A slide's source line, with the privacy reason added when a figure on it is hidden (docs/privacy.md). */
export function withHiddenNote(ctx: DeckContext, source: string, anyHidden: boolean): string {
  return anyHidden ? `${source} · ${ctx.t('rakor.hiddenNote')}` : source;
}

/**
 * Where a registry count on a slide comes from, in words (issue 8): an imported registry by its
 * vintage; a published total over generated rows says both (the total is official, the split by
 * `part` is generated); generated rows alone say so, and never cite P3KE/DTSEN for them.
 */
export function registrySourceLine(
  ctx: DeckContext,
  count: Pick<CountProvenance, 'kind' | 'vintage'> & { official: { value: number; source: { publisher: string } } | null },
  part: 'kecamatan' | 'places',
): string {
  const { t } = ctx;
  if (count.kind === 'REGISTRY') return t('rakor.source.registry', { vintage: count.vintage });
  if (count.kind === 'OFFICIAL_COUNT_GENERATED_ROWS' && count.official) {
    return t(part === 'kecamatan' ? 'rakor.source.officialTotalKecamatan' : 'rakor.source.officialTotalPlaces', {
      total: formatCount(count.official.value),
      publisher: count.official.source.publisher,
    });
  }
  return t('rakor.source.synthetic');
}

export type SpendingStatus = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK';

/** A status in words, colour and symbol: never colour alone. */
export const STATUS_LOOK: Record<SpendingStatus, { tone: Tone; icon: IconName }> = {
  ON_TRACK: { tone: 'good', icon: 'check' },
  AT_RISK: { tone: 'warn', icon: 'alert' },
  OFF_TRACK: { tone: 'bad', icon: 'cross' },
};

export function statusText(ctx: DeckContext, status: SpendingStatus): string {
  return ctx.t(statusLabel(status, 'plan'));
}

/**
 * The status of a plan gap ((planned − realised) / planned) by the API's thresholds
 * (ProgramOutcomes.onTrackMaxGap, atRiskMaxGap).
 */
export function statusOfGap(gap: number, thresholds: { onTrackMaxGap: number; atRiskMaxGap: number }): SpendingStatus {
  if (gap <= thresholds.onTrackMaxGap) return 'ON_TRACK';
  return gap < thresholds.atRiskMaxGap ? 'AT_RISK' : 'OFF_TRACK';
}

/**
 * Who published the figures of the real programs (Program.source: "Pemberitaan Pemkab Musi
 * Banyuasin"), distinct and in order: short enough for a slide's footer, and never the source's id.
 */
export function realSourceNames(
  programs: readonly { synthetic: boolean; sourceNote: string | null; source?: { publisher: string } | null }[],
): string[] {
  const names = new Set<string>();
  for (const p of programs) if (!p.synthetic && p.source) names.add(p.source.publisher);
  return [...names];
}

/** A date-only value (`2026-11-23`) for a moment, in the presenter's own calendar. */
export function localIsoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Whole days from date-only `from` to date-only `to` (`YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
