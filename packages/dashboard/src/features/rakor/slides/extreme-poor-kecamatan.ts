// Extreme-poor households (KK) per kecamatan from the registry: where the work is.
import { formatCount, formatRate } from '../../../lib/format';
import { graphql, type ResultOf } from '../../../lib/graphql';
import { countText } from '../../../lib/hidden';
import { buildExtremePoorByKecamatanOption } from '../../extreme-poverty/extreme-poor-by-kecamatan.option';
import { rankKecamatan } from '../../extreme-poverty/kecamatan-ranking';
import { type DeckContext, deckEntry, type Fact, type Slide } from '../deck';
import { registrySourceLine, withHiddenNote } from './scope';

export const RakorExtremePoorQuery = graphql(`
  query RakorExtremePoor($regionCode: RegionCode!) {
    region(code: $regionCode) {
      code
      name
      extremePoorHouseholds
      extremePoorProvenance { kind rowsSynthetic vintage official { value year vintage source { title publisher } } }
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
  // Null is a count the API hid for privacy: never summed as 0, never drawn as a zero bar.
  const anyHidden = region.extremePoorHouseholds === null || rows.some((r) => r.extremePoorHouseholds === null);
  const total = region.extremePoorHouseholds;
  const common = {
    id: 'extreme-poor-kecamatan',
    kicker: t('rakor.extremePoor.kicker', { region: region.name }),
    title: t('rakor.extremePoor.title'),
    // The total may be an official count while the split by kecamatan is generated: the line says
    // both, and the slide carries the synthetic badge whenever any bar is generated.
    source: withHiddenNote(
      ctx,
      t('rakor.extremePoor.sourceLine', { counts: registrySourceLine(ctx, region.extremePoorProvenance, 'kecamatan') }),
      anyHidden,
    ),
    synthetic: region.extremePoorProvenance.rowsSynthetic,
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
  const topRows = rows.slice(0, 3);
  const topThree = topRows.every((r) => r.extremePoorHouseholds !== null)
    ? topRows.reduce((s, r) => s + (r.extremePoorHouseholds ?? 0), 0)
    : null;
  const share = (r: { share: number | null }) => (r.share === null ? t('privacy.hidden') : formatRate(r.share));
  const facts: Fact[] = [
    {
      label: t('rakor.extremePoor.factTotal'),
      value: countText(total, t),
      note: t('rakor.extremePoor.factTotalNote', { count: rows.length }),
    },
    {
      label: t('rakor.extremePoor.factTop'),
      value: top.name,
      note:
        top.share === null
          ? t('rakor.extremePoor.factTopNoteNoShare', { value: countText(top.extremePoorHouseholds, t) })
          : t('rakor.extremePoor.factTopNote', { value: countText(top.extremePoorHouseholds, t), share: share(top) }),
    },
    rows.length > 3 && total !== null && topThree !== null
      ? { label: t('rakor.extremePoor.factTopThree'), value: formatRate(topThree / total), note: t('rakor.extremePoor.factTopThreeNote') }
      : { label: t('rakor.extremePoor.factZero'), value: formatCount(zero), note: t('rakor.extremePoor.factZeroNote') },
  ];
  const lead =
    total === null || top.share === null
      ? t('rakor.extremePoor.leadHidden', { total: countText(total, t), top: top.name, value: countText(top.extremePoorHouseholds, t) })
      : t('rakor.extremePoor.lead', { total: formatCount(total), top: top.name, share: formatRate(top.share) });
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
              hiddenText: t('privacy.hidden'),
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
