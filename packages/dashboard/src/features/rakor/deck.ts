// Rakor mode's model: a deck is an ordered list of entries; each entry runs one query when the
// presentation starts and turns its answer into zero or more slides. A slide is plain data
// (texts, facts, tables, chart option builders), drawn three ways: on screen (slide-view.tsx), in
// PPTX and in PDF (export-layout.ts). To add a slide, write an entry with deckEntry() in slides/
// and list it in rakor-deck.ts. Every word a slide shows is in the slide's data: the layout only
// places it.
import type { AnyVariables, Client, CombinedError, DocumentInput } from '@urql/core';
import type { ChartTheme } from '../../lib/chart-theme';
import type { ChartOption } from '../../lib/echarts';
import { graphql } from '../../lib/graphql';
import type { Language, MessageKey, MessageVars } from '../../lib/i18n';

/** What the presenter chose before starting. */
export interface DeckParams {
  regionCode: string;
  year: number;
  /** Cluster number 1–4, or null for the whole TKPKD. */
  clusterNumber: number | null;
}

/** Everything a slide builder may read besides its own data. */
export interface DeckContext extends DeckParams {
  regionName: string;
  /** "Klaster 1 — Bantuan sosial …", or "Seluruh TKPKD". */
  clusterLabel: string;
  /** When the deck's queries ran; every figure is as of then. */
  dataAsOf: Date;
  lang: Language;
  t: (key: MessageKey, vars?: MessageVars) => string;
}

/** Good (green), warn (amber: at risk), bad (red: off track, late), neutral (blue). */
export type Tone = 'good' | 'warn' | 'bad' | 'neutral';

/**
 * A status symbol drawn as a shape (not a font glyph, which the PDF's standard fonts lack): a
 * filled circle in the tone's colour with a white check, exclamation mark, cross or clock.
 */
export type IconName = 'check' | 'alert' | 'cross' | 'clock';

/** A headline figure beside a chart. */
export interface Fact {
  label: string;
  value: string;
  note?: string;
  tone?: Tone;
}

/** A chart with a heading above it, one of several on a slide. */
export interface TitledChart {
  heading: string;
  chart: SlideChart;
}

export interface TableColumn {
  label: string;
  /** Share of the table's width, 0–1; the columns' shares add up to 1. */
  width: number;
  align?: 'left' | 'right';
}

/** A table cell: a line of text, an optional smaller line under it, and an optional status mark. */
export interface TableCell {
  text: string;
  sub?: string;
  /** Colours the text (and the icon); status is never told by colour alone: the text says it. */
  tone?: Tone;
  icon?: IconName;
  strong?: boolean;
}

/** A count by status above a table: "✓ 2 sesuai rencana". */
export interface StatusChip {
  label: string;
  value: string;
  tone: Tone;
  icon: IconName;
}

/** A big number with its meaning in plain words. */
export interface Figure {
  label: string;
  /** The technical term in brackets after the label ("inclusion error"). */
  term?: string;
  value: string;
  text: string;
  tone?: Tone;
}

/** A chart on a slide: its option is built for the size it is drawn at (screen, PPTX, PDF). */
export interface SlideChart {
  /** What the chart shows, for screen readers and the image's alt text. */
  label: string;
  /** Its message in words. */
  summary: string;
  build: (theme: ChartTheme) => ChartOption;
}

/** One place in a priority group: how many extreme-poor households remain. */
export interface AreaCard {
  name: string;
  parentName: string | null;
  /** Null when the API suppressed a small count (1–4) for privacy. */
  value: number | null;
}

export type SlideBody =
  | {
      kind: 'cover';
      regionName: string;
      parentName: string | null;
      clusterLabel: string;
      /** "Tahun anggaran 2018": the year the figures are for, which may not be this one. */
      yearLabel: string;
      dateLabel: string;
      /** Filled by the deck: the titles of the slides that follow. */
      agenda: string[];
    }
  | { kind: 'chart'; chart: SlideChart; facts: Fact[] }
  /** Facts in a row across the top, then the charts side by side under them. */
  | { kind: 'charts'; facts: Fact[]; charts: TitledChart[] }
  | {
      kind: 'table';
      /** What the table lists, for screen readers. */
      caption: string;
      chips: StatusChip[];
      columns: TableColumn[];
      rows: { id: string; cells: TableCell[] }[];
      /** "… dan 4 program lainnya", under the table; null when every row is shown. */
      more: string | null;
    }
  | { kind: 'figures'; figures: Figure[]; note: string | null }
  | {
      kind: 'areas';
      /** The target the places are held to ("Nol … paling lambat 31 Desember 2026"). */
      target: string | null;
      areas: AreaCard[];
      /** "2 dari 4 kelurahan sudah nol". */
      summary: string;
      /** True when every place is at zero: the slide says so in large type. */
      allZero: boolean;
    }
  | { kind: 'message'; tone: Tone; text: string };

export interface Slide {
  /** Stable per deck: entry id, plus a suffix when an entry makes several. */
  id: string;
  /** Section above the title, e.g. "Kemiskinan · Kota Palembang". */
  kicker: string;
  title: string;
  /** The slide's message in one sentence. */
  lead?: string;
  body: SlideBody;
  /** Where the figures come from; drawn in the footer. */
  source?: string;
  /** True when any figure on the slide is synthetic demo data. */
  synthetic?: boolean;
}

/** What an entry's load receives: the presenter's choice, the frozen moment, the cluster's id. */
export interface LoadParams extends DeckParams {
  /** When the deck's queries run (DeckContext.dataAsOf): lateness is judged on this day. */
  asOf: Date;
  /**
   * The chosen cluster's id, which the API's cluster filters take; null for the whole TKPKD.
   * Looked up once per deck, on first call. Rejects when the cluster is not in the region.
   */
  clusterId: () => Promise<number | null>;
}

/** The variables a query is built from: the load parameters with the cluster's id resolved. */
export interface ResolvedParams extends DeckParams {
  asOf: Date;
  clusterId: number | null;
}

/** One entry of a deck, its types erased so a deck can list entries of different queries. */
export interface DeckEntry {
  id: string;
  load: (client: Client, params: LoadParams) => Promise<unknown>;
  build: (data: unknown, ctx: DeckContext) => Slide[];
}

interface EntryDefinition<Data, Variables extends AnyVariables> {
  id: string;
  query: DocumentInput<Data, Variables>;
  /** True when the query filters by the cluster's id: the entry waits for it to be looked up. */
  byCluster?: boolean;
  variables: (params: ResolvedParams) => Variables;
  /** Pure: the slides for this answer; [] when there is nothing to show for this region. */
  build: (data: Data, ctx: DeckContext) => Slide[];
}

/** A query failed while the deck loaded; `error` is urql's CombinedError. */
export class DeckEntryError extends Error {
  override name = 'DeckEntryError';
  constructor(
    readonly entryId: string,
    /** What the API said; undefined when the query threw before it answered. */
    readonly error: CombinedError | undefined,
  ) {
    super(`Rakor slide "${entryId}" could not be loaded`);
  }
}

/**
 * A deck entry from a query and a builder. The query runs once, network-only: a presentation
 * shows the figures as of its start and is not refreshed under the presenter's feet.
 */
export function deckEntry<Data, Variables extends AnyVariables>(def: EntryDefinition<Data, Variables>): DeckEntry {
  return {
    id: def.id,
    load: async (client, params) => {
      let clusterId: number | null = null;
      if (def.byCluster) {
        try {
          clusterId = await params.clusterId();
        } catch (error) {
          // Reported as this entry's failure, with what the API said about the clusters.
          throw new DeckEntryError(def.id, error instanceof DeckEntryError ? error.error : undefined);
        }
      }
      const { clusterId: _lookup, ...rest } = params;
      const variables = def.variables({ ...rest, clusterId });
      const result = await client.query(def.query, variables, { requestPolicy: 'network-only' }).toPromise();
      if (result.error || result.data == null) throw new DeckEntryError(def.id, result.error);
      return result.data;
    },
    build: (data, ctx) => def.build(data as Data, ctx),
  };
}

export interface LoadedDeck {
  dataAsOf: Date;
  /** Answers by entry id, in deck order; entries that failed are absent. */
  answers: { id: string; data: unknown }[];
  failed: DeckEntryError[];
}

export const RakorClustersQuery = graphql(`
  query RakorClusters($regionCode: RegionCode!) {
    clusters(regionCode: $regionCode) { id number }
  }
`);

/** The id of cluster `number` of the region, looked up once however many entries ask; null for the whole TKPKD. */
function clusterIdLookup(client: Client, params: DeckParams): () => Promise<number | null> {
  let pending: Promise<number | null> | undefined;
  return () => {
    if (params.clusterNumber === null) return Promise.resolve(null);
    pending ??= client
      .query(RakorClustersQuery, { regionCode: params.regionCode }, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        const cluster = result.data?.clusters.find((c) => c.number === params.clusterNumber);
        if (result.error || !cluster) throw new DeckEntryError('clusters', result.error);
        return cluster.id;
      });
    return pending;
  };
}

/** Runs every entry's query at once; a failed entry is reported, the others still present. */
export async function loadDeck(
  client: Client,
  entries: readonly DeckEntry[],
  params: DeckParams,
  /** This moment on Pantau's today (lib/calendar.ts nowOnCalendarDay). */
  now: () => Date,
): Promise<LoadedDeck> {
  const dataAsOf = now();
  const loadParams: LoadParams = { ...params, asOf: dataAsOf, clusterId: clusterIdLookup(client, params) };
  const settled = await Promise.allSettled(entries.map((e) => e.load(client, loadParams)));
  const answers: LoadedDeck['answers'] = [];
  const failed: DeckEntryError[] = [];
  settled.forEach((s, i) => {
    const entry = entries[i]!;
    if (s.status === 'fulfilled') answers.push({ id: entry.id, data: s.value });
    else failed.push(s.reason instanceof DeckEntryError ? s.reason : new DeckEntryError(entry.id, undefined));
  });
  return { dataAsOf, answers, failed };
}

/** The slides of a loaded deck, in entry order. Pure, so a language switch rebuilds them. */
export function buildSlides(entries: readonly DeckEntry[], loaded: LoadedDeck, ctx: DeckContext): Slide[] {
  const byId = new Map(loaded.answers.map((a) => [a.id, a.data]));
  return entries.flatMap((entry) => (byId.has(entry.id) ? entry.build(byId.get(entry.id), ctx) : []));
}
