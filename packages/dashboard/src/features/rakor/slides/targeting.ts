// Targeting accuracy in three big numbers with what each means in plain Indonesian: help that
// went outside the target group (inclusion error), eligible families no program reached
// (exclusion error), and families reached by three programs or more (ego sektoral).
import { formatCount, formatRate } from '../../../lib/format';
import { graphql, type ResultOf } from '../../../lib/graphql';
import { type DeckContext, deckEntry, type Figure, type Slide } from '../deck';
import { scopedKicker, scopeName, withHiddenNote } from './scope';

export const RakorTargetingQuery = graphql(`
  query RakorTargeting($regionCode: RegionCode!, $year: Int!, $clusterId: Int) {
    targeting(regionCode: $regionCode, year: $year, clusterId: $clusterId) {
      hasData
      regionName
      reached
      eligibleReached
      inclusionErrorRate
      exclusion { eligible unreached exclusionErrorRate }
      overlap { households reached shareOfReached eligibleUnreached }
      synthetic
      vintage
    }
  }
`);

export type RakorTargetingData = ResultOf<typeof RakorTargetingQuery>;

/** A count, or the sign for one hidden to protect a family (null). */
const count = (n: number | null, hidden: string) => (n === null ? hidden : formatCount(n));
const rate = (r: number | null) => (r === null ? '–' : formatRate(r));
/** A rate, "disembunyikan" when it is null because a count under it is hidden. */
const rateOf = (r: number | null, parts: readonly (number | null)[], hidden: string) =>
  r === null && parts.includes(null) ? hidden : rate(r);

export function buildTargetingSlides(data: RakorTargetingData, ctx: DeckContext): Slide[] {
  const tg = data.targeting;
  // The rollups hold one fiscal year: for other years there is nothing to show, not zeros.
  if (!tg.hasData) return [];
  const { t, year } = ctx;
  const hidden = t('privacy.hidden');
  const scope = scopeName(ctx);
  const outside = tg.reached === null || tg.eligibleReached === null ? null : tg.reached - tg.eligibleReached;
  const figures: Figure[] = [
    {
      label: t('targeting.inclusion.title'),
      term: t('targeting.inclusion.term'),
      value: rateOf(tg.inclusionErrorRate, [tg.reached, tg.eligibleReached], hidden),
      text: t('rakor.targeting.inclusion', {
        outside: count(outside, hidden),
        reached: count(tg.reached, hidden),
        scope: ctx.clusterNumber === null ? t('rakor.targeting.allPrograms') : scope,
      }),
    },
    {
      label: t('targeting.exclusion.title'),
      term: t('targeting.exclusion.term'),
      value: rateOf(tg.exclusion.exclusionErrorRate, [tg.exclusion.eligible, tg.exclusion.unreached], hidden),
      text: t('rakor.targeting.exclusion', {
        unreached: count(tg.exclusion.unreached, hidden),
        eligible: count(tg.exclusion.eligible, hidden),
        year,
      }),
    },
    {
      label: t('targeting.overlap.title'),
      term: t('targeting.overlap.term'),
      value: rateOf(tg.overlap.shareOfReached, [tg.overlap.households, tg.overlap.reached], hidden),
      text: t('rakor.targeting.overlap', {
        households: count(tg.overlap.households, hidden),
        unreached: count(tg.overlap.eligibleUnreached, hidden),
      }),
    },
  ];
  const lead = t('rakor.targeting.lead', {
    unreached: count(tg.exclusion.unreached, hidden),
    eligible: count(tg.exclusion.eligible, hidden),
    overlap: count(tg.overlap.households, hidden),
  });
  const note =
    ctx.clusterNumber === null ? t('rakor.targeting.noteAll') : t('rakor.targeting.noteCluster', { scope, region: tg.regionName });
  return [
    {
      id: 'targeting',
      kicker: scopedKicker(ctx, t('rakor.targeting.kicker')),
      title: t('rakor.targeting.title', { year }),
      lead,
      body: { kind: 'figures', figures, note },
      source: withHiddenNote(
        ctx,
        t('rakor.targeting.source', { vintage: tg.vintage }),
        [
          tg.reached,
          tg.eligibleReached,
          tg.exclusion.eligible,
          tg.exclusion.unreached,
          tg.overlap.households,
          tg.overlap.eligibleUnreached,
        ].includes(null),
      ),
      synthetic: tg.synthetic,
    },
  ];
}

export const targetingEntry = deckEntry({
  id: 'targeting',
  query: RakorTargetingQuery,
  byCluster: true,
  variables: ({ regionCode, year, clusterId }) => ({ regionCode, year, clusterId }),
  build: buildTargetingSlides,
});
