// P0 over the years against the region's P0 target path: is poverty falling as fast as promised?
import { formatDecimal, formatPercentValue, formatPointChange } from '../../../lib/format';
import { graphql, type ResultOf } from '../../../lib/graphql';
import { provenanceOf } from '../../../lib/provenance';
import { annualSeries, latestReading } from '../../poverty/poverty-rate';
import { buildPovertyRateChartOption, chartPoints } from '../../poverty/poverty-rate-chart.option';
import { compareWithTarget } from '../../poverty/target-status';
import { type DeckContext, deckEntry, type Fact, type Slide } from '../deck';

export const RakorPovertyTargetQuery = graphql(`
  query RakorPovertyTarget($regionCode: RegionCode!) {
    region(code: $regionCode) {
      code
      name
      indicatorSeries(code: "P0") {
        year
        month
        value
        vintage
        synthetic
        source { title publisher synthetic }
      }
      targets {
        id
        name
        shape
        indicator { code }
        path { year value }
        source { title publisher synthetic }
      }
    }
  }
`);

export type RakorPovertyTargetData = ResultOf<typeof RakorPovertyTargetQuery>;

export function buildPovertyTargetSlides(data: RakorPovertyTargetData, ctx: DeckContext): Slide[] {
  const region = data.region;
  if (!region) return [];
  const { t } = ctx;
  const series = chartPoints(annualSeries(region.indicatorSeries));
  const reading = latestReading(series, ctx.year);
  if (!reading) return [];
  const target = region.targets.find((x) => x.indicator.code === 'P0' && x.path.length > 0) ?? null;
  const comparison = target ? compareWithTarget(series, target.path, ctx.year) : null;
  const provenance = provenanceOf(series);
  const targetSource = target?.source;
  const sources = [...(provenance?.sources ?? []), ...(targetSource ? [targetSource] : [])]
    .map((s) => s.publisher)
    .filter((s, i, all) => all.indexOf(s) === i);
  const synthetic = !!provenance?.synthetic || !!targetSource?.synthetic;
  const { current } = reading;

  const facts: Fact[] = [
    {
      label: t('rakor.poverty.factActual', { year: current.year }),
      value: formatPercentValue(current.value),
      note:
        reading.change === null
          ? undefined
          : t(
              reading.change < 0 ? 'rakor.poverty.changeDown' : reading.change > 0 ? 'rakor.poverty.changeUp' : 'rakor.poverty.changeFlat',
              {
                change: formatDecimal(Math.abs(reading.change), 2),
                year: reading.previous?.year ?? '',
              },
            ),
      tone: reading.change === null ? 'neutral' : reading.change <= 0 ? 'good' : 'bad',
    },
  ];
  if (comparison) {
    facts.push({
      label: t('rakor.poverty.factTarget', { year: comparison.year }),
      value: formatPercentValue(comparison.target),
      note: comparison.onTrack ? t('rakor.poverty.onTrack') : t('rakor.poverty.offTrack', { gap: formatPointChange(comparison.gap) }),
      tone: comparison.onTrack ? 'good' : 'bad',
    });
  }
  const finalPoint = target?.path.at(-1);
  if (target && finalPoint) {
    facts.push({
      label: t('rakor.poverty.factFinal', { year: finalPoint.year }),
      value: formatPercentValue(finalPoint.value),
      note: target.name,
    });
  }

  const lead = comparison
    ? t(comparison.onTrack ? 'rakor.poverty.leadOnTrack' : 'rakor.poverty.leadOffTrack', {
        value: formatPercentValue(comparison.actual),
        year: comparison.year,
        target: formatPercentValue(comparison.target),
      })
    : target
      ? t('rakor.poverty.leadNoOverlap', { value: formatPercentValue(current.value), year: current.year })
      : t('rakor.poverty.leadNoTarget', { value: formatPercentValue(current.value), year: current.year });
  const first = series[0]!;
  return [
    {
      id: 'poverty-target',
      kicker: t('rakor.poverty.kicker', { region: region.name }),
      title: t(target ? 'rakor.poverty.title' : 'rakor.poverty.titleNoTarget'),
      lead,
      body: {
        kind: 'chart',
        facts,
        chart: {
          label: t('povertyRate.chart.label', { region: region.name, from: first.year, to: current.year }),
          summary: lead,
          build: (theme) =>
            buildPovertyRateChartOption({
              points: series,
              // No year marker: on a slide the dashed line is the target's.
              selectedYear: 0,
              unitLabel: t('unit.percent'),
              // The slide's footer names the source; the chart stays clean for the room.
              sourceLine: '',
              seriesName: t('rakor.poverty.seriesActual'),
              target: target ? { name: t('rakor.poverty.seriesTarget'), points: target.path } : undefined,
              theme,
            }),
        },
      },
      source: t('rakor.sourceLine', { sources: sources.join('; '), vintage: provenance?.vintage ?? '–' }),
      synthetic,
    },
  ];
}

export const povertyTargetEntry = deckEntry({
  id: 'poverty-target',
  query: RakorPovertyTargetQuery,
  variables: ({ regionCode }) => ({ regionCode }),
  build: buildPovertyTargetSlides,
});
