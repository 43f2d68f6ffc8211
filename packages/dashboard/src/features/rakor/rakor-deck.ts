// The rakor deck, in the order it is presented (issue 5, "Rakor mode"): where poverty stands
// against its target, the money, what the programs achieved and whom they reached, the places
// held to zero, where the extreme-poor households are, and what the last rakor left open. Each
// entry is data-driven (deck.ts); the screen, PPTX and PDF follow this list.
import { formatLocalDate } from '../../lib/format';
import type { DeckContext, DeckEntry, Slide } from './deck';
import { budgetEntry } from './slides/budget';
import { extremePoorEntry } from './slides/extreme-poor-kecamatan';
import { followUpsEntry } from './slides/follow-ups';
import { povertyTargetEntry } from './slides/poverty-target';
import { priorityAreasEntry } from './slides/priority-areas';
import { programOutcomesEntry } from './slides/program-outcomes';
import { targetingEntry } from './slides/targeting';

export const RAKOR_DECK: readonly DeckEntry[] = [
  povertyTargetEntry,
  budgetEntry,
  programOutcomesEntry,
  targetingEntry,
  priorityAreasEntry,
  extremePoorEntry,
  followUpsEntry,
];

/** The title slide, with the agenda taken from the slides after it. */
export function coverSlide(ctx: DeckContext, parentName: string | null, following: readonly Slide[]): Slide {
  const { t } = ctx;
  return {
    id: 'cover',
    kicker: t('rakor.cover.kicker'),
    title: t('rakor.cover.title'),
    body: {
      kind: 'cover',
      regionName: ctx.regionName,
      parentName,
      clusterLabel: ctx.clusterLabel,
      yearLabel: t('rakor.cover.year', { year: ctx.year }),
      dateLabel: formatLocalDate(ctx.dataAsOf, ctx.lang),
      agenda: following.map((s) => s.title),
    },
  };
}
