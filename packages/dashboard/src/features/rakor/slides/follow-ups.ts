// What the last rakor decided and is not done yet, and anything past its due date from earlier
// ones: "terlambat N hari" in red with a clock. Lateness is judged on the day the deck started.
import { formatCount, formatDate } from '../../../lib/format';
import { graphql, type ResultOf } from '../../../lib/graphql';
import { type DeckContext, deckEntry, type Slide, type StatusChip, type TableCell } from '../deck';
import { daysBetween, localIsoDate, scopedKicker, scopeName } from './scope';

export const RakorFollowUpsQuery = graphql(`
  query RakorFollowUps($regionCode: RegionCode!, $clusterId: Int, $asOf: Date!) {
    followUps(regionCode: $regionCode, clusterId: $clusterId, openOnly: true, asOf: $asOf) {
      id
      title
      dueDate
      daysLate(asOf: $asOf)
      status
      ownerOpd { shortName }
      rakor { id title heldOn synthetic }
    }
    rakors(regionCode: $regionCode, clusterId: $clusterId) {
      id
      title
      heldOn
      status
      synthetic
      cluster { number }
    }
  }
`);

export type RakorFollowUpsData = ResultOf<typeof RakorFollowUpsQuery>;
type FollowUp = RakorFollowUpsData['followUps'][number];
type Rakor = RakorFollowUpsData['rakors'][number];

/** Rows a slide holds at projector size. */
export const MAX_ROWS = 5;

/**
 * The last rakor held by `asOf` (a `YYYY-MM-DD` day): the cluster's own, or for the whole TKPKD
 * the last plenary one (any rakor when the TKPKD has not met in full yet).
 */
export function lastRakor(rakors: readonly Rakor[], clusterNumber: number | null, asOf: string): Rakor | null {
  const held = rakors.filter((r) => r.status === 'HELD' && r.heldOn.slice(0, 10) <= asOf);
  const own = held.filter((r) => (clusterNumber === null ? r.cluster === null : r.cluster?.number === clusterNumber));
  const pool = own.length > 0 ? own : held;
  return pool.reduce<Rakor | null>((last, r) => (last === null || r.heldOn > last.heldOn ? r : last), null);
}

/** The follow-ups to present: the last rakor's open ones and every late one, the latest-running first. */
export function followUpsToPresent(followUps: readonly FollowUp[], last: Rakor | null): FollowUp[] {
  return followUps
    .filter((f) => f.daysLate > 0 || f.rakor.id === last?.id)
    .sort((a, b) => b.daysLate - a.daysLate || a.dueDate.localeCompare(b.dueDate) || a.id - b.id);
}

export function buildFollowUpSlides(data: RakorFollowUpsData, ctx: DeckContext): Slide[] {
  const { t, lang } = ctx;
  const asOf = localIsoDate(ctx.dataAsOf);
  const last = lastRakor(data.rakors, ctx.clusterNumber, asOf);
  const items = followUpsToPresent(data.followUps, last);
  // Nothing decided yet and nothing open: no slide to show.
  if (!last && items.length === 0) return [];
  const late = items.filter((f) => f.daysLate > 0);
  const fromLast = items.filter((f) => f.rakor.id === last?.id);
  const lastName = last ? t('rakor.followUps.rakorOn', { title: last.title, date: formatDate(last.heldOn, lang) }) : '';
  const common = {
    id: 'follow-ups',
    kicker: scopedKicker(ctx, t('rakor.followUps.kicker')),
    title: t('rakor.followUps.title'),
    source: t('rakor.followUps.source', { date: formatDate(asOf, lang) }),
    synthetic: !!last?.synthetic || items.some((f) => f.rakor.synthetic),
  };
  if (items.length === 0) {
    return [
      {
        ...common,
        lead: t('rakor.followUps.leadNone', { rakor: lastName }),
        body: { kind: 'message', tone: 'good', text: t('rakor.followUps.none', { rakor: lastName }) },
      },
    ];
  }

  const shown = items.slice(0, MAX_ROWS);
  const rows = shown.map((f) => {
    const due = daysBetween(asOf, f.dueDate.slice(0, 10));
    const statusWord = t(`followUps.status.${f.status}`);
    const status: TableCell =
      f.daysLate > 0
        ? {
            text: t('rakor.followUps.late', { days: formatCount(f.daysLate) }),
            sub: statusWord,
            tone: 'bad',
            icon: 'clock',
            strong: true,
          }
        : {
            text: statusWord,
            sub: due === 0 ? t('rakor.followUps.dueToday') : t('rakor.followUps.dueIn', { days: formatCount(due) }),
          };
    const cells: TableCell[] = [
      {
        text: f.title,
        sub: t('rakor.followUps.fromRakor', { title: f.rakor.title }),
        strong: true,
      },
      { text: f.ownerOpd.shortName },
      { text: formatDate(f.dueDate, lang) },
      status,
    ];
    return { id: String(f.id), cells };
  });
  const chips: StatusChip[] = [
    { label: t('rakor.followUps.chipLate'), value: formatCount(late.length), tone: late.length > 0 ? 'bad' : 'neutral', icon: 'clock' },
    {
      label: t('rakor.followUps.chipOnTime'),
      value: formatCount(items.length - late.length),
      tone: items.length > late.length ? 'good' : 'neutral',
      icon: 'check',
    },
  ];
  const hidden = items.length - shown.length;
  const leadKey = !last
    ? 'rakor.followUps.leadNoRakor'
    : late.length === 0
      ? 'rakor.followUps.leadOnTime'
      : fromLast.length === 0
        ? 'rakor.followUps.leadLateOnly'
        : 'rakor.followUps.lead';
  const lead = t(leadKey, { open: formatCount(fromLast.length), rakor: lastName, late: formatCount(late.length) });
  return [
    {
      ...common,
      lead,
      body: {
        kind: 'table',
        caption: t('rakor.followUps.caption', { scope: scopeName(ctx) }),
        chips,
        columns: [
          { label: t('rakor.followUps.colTitle'), width: 0.42 },
          { label: t('rakor.followUps.colOwner'), width: 0.12 },
          { label: t('rakor.followUps.colDue'), width: 0.2 },
          { label: t('rakor.followUps.colStatus'), width: 0.26 },
        ],
        rows,
        more: hidden > 0 ? t('rakor.followUps.more', { count: formatCount(hidden) }) : null,
      },
    },
  ];
}

export const followUpsEntry = deckEntry({
  id: 'follow-ups',
  query: RakorFollowUpsQuery,
  byCluster: true,
  variables: ({ regionCode, clusterId, asOf }) => ({ regionCode, clusterId, asOf: localIsoDate(asOf) }),
  build: buildFollowUpSlides,
});
