// Extreme-poor households (KK) per kecamatan from the registry: where the work is.
import { formatCount, formatRate } from '../../../lib/format';
import { graphql, type ResultOf } from '../../../lib/graphql';
import { buildExtremePoorByKecamatanOption } from '../../extreme-poverty/extreme-poor-by-kecamatan.option';
import { householdCountText } from '../../extreme-poverty/household-count';
import { rankKecamatan } from '../../extreme-poverty/kecamatan-ranking';
import { type DeckContext, deckEntry, type Fact, type Slide } from '../deck';

export const RakorExtremePoorQuery = graphql(`
  query RakorExtremePoor($regionCode: String!) {
    region(code: $regionCode) {
      code
      name
      extremePoorHouseholds
      children { code name extremePoorHouseholds }
    }
  }
`);

export type RakorExtremePoorData = ResultOf<typeof RakorExtremePoorQuery>;

export function buildExtremePoorSlides(data: RakorExtremePoorData, ctx: DeckContext): Slide[] {
  const region = data.region;
  if (!region || region.children.length === 0) return [];
  const { t } = ctx;
  const rows = rankKecamatan(region.children, region.extremePoorHouseholds);
  // Null is a count the API suppressed for privacy (1–4 households): counted as 0 in sums.
  const count = (r: { extremePoorHouseholds: number | null }) => r.extremePoorHouseholds ?? 0;
  const total = region.extremePoorHouseholds ?? rows.reduce((s, r) => s + count(r), 0);
  const common = {
    id: 'extreme-poor-kecamatan',
    kicker: t('rakor.extremePoor.kicker', { region: region.name }),
    title: t('rakor.extremePoor.title'),
    source: t('rakor.extremePoor.source'),
  };
  if (total === 0) {
    return [
      {
        ...common,
        lead: t('rakor.extremePoor.leadZero', { region: region.name }),
        body: { kind: 'message', tone: 'good', text: t('kecamatan.allZero', { count: rows.length, region: region.name }) },
      },
    ];
  }
  const top = rows[0]!;
  const zero = rows.filter((r) => r.extremePoorHouseholds === 0).length;
  const topThree = rows.slice(0, 3).reduce((s, r) => s + count(r), 0);
  const facts: Fact[] = [
    {
      label: t('rakor.extremePoor.factTotal'),
      value: formatCount(total),
      note: t('rakor.extremePoor.factTotalNote', { count: rows.length }),
    },
    {
      label: t('rakor.extremePoor.factTop'),
      value: top.name,
      note: t('rakor.extremePoor.factTopNote', {
        value: householdCountText(top.extremePoorHouseholds, t('privacy.suppressed')),
        share: formatRate(top.share ?? 0),
      }),
    },
    rows.length > 3
      ? { label: t('rakor.extremePoor.factTopThree'), value: formatRate(topThree / total), note: t('rakor.extremePoor.factTopThreeNote') }
      : { label: t('rakor.extremePoor.factZero'), value: formatCount(zero), note: t('rakor.extremePoor.factZeroNote') },
  ];
  const lead = t('rakor.extremePoor.lead', {
    total: formatCount(total),
    top: top.name,
    share: formatRate(top.share ?? 0),
  });
  return [
    {
      ...common,
      lead,
      body: {
        kind: 'chart',
        facts,
        chart: {
          label: t('kecamatan.chart.label', { region: region.name }),
          summary: lead,
          build: (theme) =>
            buildExtremePoorByKecamatanOption({
              rows,
              unitLabel: t('unit.households'),
              sourceLine: '',
              seriesName: t('kecamatan.households'),
              theme,
            }),
        },
      },
    },
  ];
}

export const extremePoorEntry = deckEntry({
  id: 'extreme-poor-kecamatan',
  query: RakorExtremePoorQuery,
  variables: ({ regionCode }) => ({ regionCode }),
  build: buildExtremePoorSlides,
});
