// The cluster's programs against their targets, as a table a room can read: households reached,
// output, absorption, and the spending status in words, colour and a symbol. Programs behind
// plan come first; at most MAX_ROWS rows, the rest counted under the table.
import { formatCount, formatRate } from '../../../lib/format';
import { graphql, type ResultOf } from '../../../lib/graphql';
import { monthName } from '../../budget/months';
import { outcomeSources } from '../../programs/outcome-sources';
import { type DeckContext, deckEntry, type Slide, type StatusChip, type TableCell } from '../deck';
import { realSourceNames, type SpendingStatus, STATUS_LOOK, scopedKicker, scopeName, statusText, withHiddenNote } from './scope';

export const RakorOutcomesQuery = graphql(`
  query RakorOutcomes($regionCode: RegionCode!, $year: Int!, $clusterId: Int) {
    programOutcomes(regionCode: $regionCode, year: $year, clusterId: $clusterId) {
      month
      statusCounts { onTrack atRisk offTrack }
      programs {
        program { id code name synthetic sourceNote source { publisher } outputUnit opd { shortName } cluster { number } }
        beneficiariesReached
        beneficiaryTarget
        reachRate
        outputCumulative
        outputTarget
        outputRate
        absorptionRate
        pagu
        status
        source
      }
    }
  }
`);

export type RakorOutcomesData = ResultOf<typeof RakorOutcomesQuery>;
type Outcome = RakorOutcomesData['programOutcomes']['programs'][number];

/** Rows a slide holds at projector size, type still read from the back of the room; beyond, "… N lainnya". */
export const MAX_ROWS = 3;

const SEVERITY: Record<SpendingStatus, number> = { OFF_TRACK: 0, AT_RISK: 1, ON_TRACK: 2 };

/** Off track first, then at risk, then on track; the largest pagu first within each. */
export function rankOutcomes(programs: readonly Outcome[]): Outcome[] {
  return [...programs].sort(
    (a, b) => SEVERITY[a.status] - SEVERITY[b.status] || b.pagu - a.pagu || a.program.code.localeCompare(b.program.code),
  );
}

const rate = (r: number | null) => (r === null ? '–' : formatRate(r));

export function buildOutcomeSlides(data: RakorOutcomesData, ctx: DeckContext): Slide[] {
  const { t, lang, year } = ctx;
  const outcomes = data.programOutcomes;
  const scope = scopeName(ctx);
  const month = monthName(outcomes.month, lang);
  const sources = outcomeSources(outcomes.programs);
  const reach =
    sources.fromReports.length === 0
      ? t('rakor.outcomes.reachRecords')
      : sources.fromRecords === 0
        ? t('rakor.outcomes.reachReports')
        : t('rakor.outcomes.reachMixed');
  const ids = realSourceNames(outcomes.programs.map((p) => p.program));
  const source = withHiddenNote(
    ctx,
    [
      t('rakor.outcomes.source', { reach, month, year }),
      ...(ids.length > 0 ? [t('rakor.budget.sourceReal', { ids: ids.join(', ') })] : []),
    ].join(' · '),
    outcomes.programs.some((p) => p.beneficiariesReached === null),
  );
  const common = {
    id: 'program-outcomes',
    kicker: scopedKicker(ctx, t('rakor.outcomes.kicker')),
    title: t('rakor.outcomes.title', { year }),
    source,
    synthetic: sources.synthetic,
  };
  const total = outcomes.programs.length;
  if (total === 0) {
    return [
      {
        ...common,
        lead: t('rakor.outcomes.leadEmpty', { scope, year }),
        body: { kind: 'message', tone: 'neutral', text: t('rakor.outcomes.empty', { scope, year }) },
      },
    ];
  }

  const { onTrack, atRisk, offTrack } = outcomes.statusCounts;
  const chips: StatusChip[] = (
    [
      ['ON_TRACK', onTrack],
      ['AT_RISK', atRisk],
      ['OFF_TRACK', offTrack],
    ] as const
  ).map(([status, count]) => ({
    ...STATUS_LOOK[status],
    // A status nobody is in is not a warning: grey-blue, not red.
    ...(count === 0 ? { tone: 'neutral' as const } : {}),
    label: statusText(ctx, status).toLowerCase(),
    value: formatCount(count),
  }));

  const ranked = rankOutcomes(outcomes.programs);
  const shown = ranked.length > MAX_ROWS ? ranked.slice(0, MAX_ROWS - 1) : ranked;
  const hidden = ranked.slice(shown.length);
  const withCluster = ctx.clusterNumber === null;
  const rows = shown.map((p) => {
    const look = STATUS_LOOK[p.status];
    const owner = withCluster
      ? `${p.program.opd.shortName} · ${t('rakor.scope.cluster', { number: p.program.cluster.number })}`
      : p.program.opd.shortName;
    const cells: TableCell[] = [
      // The output's unit goes with the program: the figures' column stays one short line.
      { text: p.program.name, sub: t('rakor.outcomes.programSub', { owner, unit: p.program.outputUnit }), strong: true },
      { text: statusText(ctx, p.status), tone: look.tone, icon: look.icon, strong: true },
      {
        text: p.beneficiariesReached === null ? t('privacy.hidden') : rate(p.reachRate),
        sub: t('rakor.outcomes.ofTarget', {
          value: p.beneficiariesReached === null ? t('privacy.hidden') : formatCount(p.beneficiariesReached),
          target: formatCount(p.beneficiaryTarget),
        }),
      },
      {
        text: rate(p.outputRate),
        sub: t('rakor.outcomes.ofTarget', { value: formatCount(p.outputCumulative), target: formatCount(p.outputTarget) }),
      },
      { text: rate(p.absorptionRate) },
    ];
    return { id: String(p.program.id), cells };
  });

  let more: string | null = null;
  if (hidden.length > 0) {
    const counts = (['OFF_TRACK', 'AT_RISK', 'ON_TRACK'] as const)
      .map((status) => [status, hidden.filter((p) => p.status === status).length] as const)
      .filter(([, n]) => n > 0)
      .map(([status, n]) => `${formatCount(n)} ${statusText(ctx, status).toLowerCase()}`);
    more = t('rakor.outcomes.more', { count: formatCount(hidden.length), statuses: counts.join(', ') });
  }

  const behind = (
    [
      ['OFF_TRACK', offTrack],
      ['AT_RISK', atRisk],
    ] as const
  )
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${formatCount(n)} ${statusText(ctx, status).toLowerCase()}`);
  const lead =
    behind.length === 0
      ? t('rakor.outcomes.leadAllOnTrack', { count: formatCount(total), month, year })
      : t('rakor.outcomes.lead', { count: formatCount(total), behind: behind.join(t('rakor.and')), month, year });

  return [
    {
      ...common,
      lead,
      body: {
        kind: 'table',
        caption: t('rakor.outcomes.caption', { scope, month, year }),
        chips,
        columns: [
          { label: t('rakor.outcomes.colProgram'), width: 0.39 },
          { label: t('rakor.outcomes.colStatus'), width: 0.18 },
          { label: t('rakor.outcomes.colReached'), width: 0.16, align: 'right' },
          { label: t('rakor.outcomes.colOutput'), width: 0.16, align: 'right' },
          { label: t('rakor.outcomes.colAbsorption'), width: 0.11, align: 'right' },
        ],
        rows,
        more,
      },
    },
  ];
}

export const programOutcomesEntry = deckEntry({
  id: 'program-outcomes',
  query: RakorOutcomesQuery,
  byCluster: true,
  variables: ({ regionCode, year, clusterId }) => ({ regionCode, year, clusterId }),
  build: buildOutcomeSlides,
});
