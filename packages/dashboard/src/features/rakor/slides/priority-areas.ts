// Priority places a region holds to zero extreme poverty (Bontang: Lok Tuan, Api-Api, Tanjung
// Laut, Tanjung Laut Indah): how many households are left in each, and which are at zero.
import { formatCount, formatDate } from '../../../lib/format';
import { graphql, type ResultOf } from '../../../lib/graphql';
import { type AreaCard, type DeckContext, deckEntry, type Slide } from '../deck';
import { registrySourceLine, withHiddenNote } from './scope';

export const RakorPriorityAreasQuery = graphql(`
  query RakorPriorityAreas($regionCode: RegionCode!) {
    regionGroups(regionCode: $regionCode) {
      id
      name
      kind
      year
      reason
      source { title publisher synthetic }
      regions { code name extremePoorHouseholds parent { name } }
    }
    region(code: $regionCode) {
      code
      name
      extremePoorProvenance { kind rowsSynthetic vintage official { value year vintage source { title publisher } } }
      targets { id name shape dueDate regionGroup { id } source { publisher synthetic } }
    }
  }
`);

export type RakorPriorityAreasData = ResultOf<typeof RakorPriorityAreasQuery>;
type Group = RakorPriorityAreasData['regionGroups'][number];

/**
 * The groups to present: priority-intervention groups of the newest year up to the chosen one
 * (a group is set for a year and carries on until a newer one replaces it).
 */
export function currentPriorityGroups(groups: readonly Group[], year: number): Group[] {
  const priority = groups.filter((g) => g.kind === 'PRIORITY_INTERVENTION');
  const upTo = priority.filter((g) => g.year <= year);
  const pool = upTo.length > 0 ? upTo : priority;
  const newest = Math.max(...pool.map((g) => g.year));
  return pool.filter((g) => g.year === newest);
}

export function buildPriorityAreaSlides(data: RakorPriorityAreasData, ctx: DeckContext): Slide[] {
  const { t, lang } = ctx;
  const regionName = data.region?.name ?? ctx.regionName;
  return currentPriorityGroups(data.regionGroups, ctx.year).map((group, _index, all) => {
    const target = data.region?.targets.find((x) => x.regionGroup?.id === group.id) ?? null;
    // A hidden count (null: never zero, docs/privacy.md) sorts after the shown ones, above the places at zero.
    const rank = (n: number | null) => n ?? 0.5;
    const areas: AreaCard[] = [...group.regions]
      .sort((a, b) => rank(b.extremePoorHouseholds) - rank(a.extremePoorHouseholds) || a.name.localeCompare(b.name, 'id-ID'))
      .map((r) => ({ name: r.name, parentName: r.parent?.name ?? null, value: r.extremePoorHouseholds }));
    const atZero = areas.filter((a) => a.value === 0).length;
    const shownLeft = areas.filter((a) => a.value !== null && a.value > 0);
    const left = shownLeft.reduce((s, a) => s + (a.value ?? 0), 0);
    const suppressed = areas.some((a) => a.value === null);
    const allZero = areas.length > 0 && atZero === areas.length;
    const targetText = target
      ? target.dueDate
        ? t('rakor.priority.targetDue', { name: target.name, date: formatDate(target.dueDate, lang) })
        : target.name
      : null;
    const summary = t('rakor.priority.summary', { zero: atZero, count: areas.length });
    // With a count hidden, only the shown places' households are summed, and the sentence says so:
    // a total with a hidden part would be a number nobody can check.
    const lead = allZero
      ? t('rakor.priority.leadAllZero', { count: areas.length })
      : !suppressed
        ? t('rakor.priority.lead', { zero: atZero, count: areas.length, left: formatCount(left) })
        : shownLeft.length > 0
          ? t('rakor.priority.leadHidden', { zero: atZero, count: areas.length, left: formatCount(left), places: shownLeft.length })
          : t('rakor.priority.leadAllHidden', { zero: atZero, count: areas.length });
    const sources = [group.source, target?.source].filter((s) => !!s).map((s) => s!.publisher);
    // The group and its target come from their sources; the households counted in each place are
    // the registry's, as real or as generated as its rows (Bontang's now: generated).
    const counts = data.region?.extremePoorProvenance ?? null;
    return {
      id: all.length > 1 ? `priority-areas-${group.id}` : 'priority-areas',
      kicker: t('rakor.priority.kicker', { region: regionName }),
      title: group.name,
      lead,
      body: { kind: 'areas', target: targetText, areas, summary, allZero },
      source: withHiddenNote(
        ctx,
        t('rakor.priority.sourceCounts', {
          sources: [...new Set(sources)].join('; ') || t('provenance.registry'),
          counts: counts ? registrySourceLine(ctx, counts, 'places') : t('provenance.registry'),
        }),
        suppressed,
      ),
      synthetic: !!group.source?.synthetic || !!target?.source?.synthetic || !!counts?.rowsSynthetic,
    } satisfies Slide;
  });
}

export const priorityAreasEntry = deckEntry({
  id: 'priority-areas',
  query: RakorPriorityAreasQuery,
  variables: ({ regionCode }) => ({ regionCode }),
  build: buildPriorityAreaSlides,
});
