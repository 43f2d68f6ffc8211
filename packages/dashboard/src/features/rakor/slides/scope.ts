// Words shared by the slides about a cluster's (or the whole TKPKD's) programs: what the slide
// covers, where a program's figures come from, the status of spending against plan.
import type { DeckContext, IconName, Tone } from '../deck';

/** "Klaster 1" or "Seluruh TKPKD": what a slide's figures cover. */
export function scopeName(ctx: DeckContext): string {
  return ctx.clusterNumber === null ? ctx.t('rakor.allClusters') : ctx.t('rakor.scope.cluster', { number: ctx.clusterNumber });
}

/** "Anggaran · Klaster 1 · Kabupaten Musi Banyuasin". */
export function scopedKicker(ctx: DeckContext, section: string): string {
  return `${section} · ${scopeName(ctx)} · ${ctx.regionName}`;
}

export type SpendingStatus = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK';

/** A status in words, colour and symbol: never colour alone. */
export const STATUS_LOOK: Record<SpendingStatus, { tone: Tone; icon: IconName }> = {
  ON_TRACK: { tone: 'good', icon: 'check' },
  AT_RISK: { tone: 'warn', icon: 'alert' },
  OFF_TRACK: { tone: 'bad', icon: 'cross' },
};

export function statusText(ctx: DeckContext, status: SpendingStatus): string {
  return ctx.t(`programs.status.${status}`);
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
 * The source id of a real program's source note ("article-004-muba: pagu Rp350 juta, …" gives
 * "article-004-muba"), distinct and in order: short enough for a slide's footer.
 */
export function realSourceIds(programs: readonly { synthetic: boolean; sourceNote: string | null }[]): string[] {
  const ids = new Set<string>();
  for (const p of programs) {
    if (p.synthetic || !p.sourceNote) continue;
    const id = p.sourceNote.split(':')[0]?.trim();
    if (id) ids.add(id);
  }
  return [...ids];
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
