// Every figure on screen says where it comes from (DESIGN.md, "Every figure shown can be
// traced"). This folds the provenance of the values behind one figure into one footnote.

/** The provenance fields of an IndicatorValue, as the fragments select them. */
export interface SourcedValue {
  vintage: string;
  synthetic: boolean;
  source: { title: string; publisher: string; synthetic: boolean };
}

export interface Provenance {
  /** Distinct sources in order of first use. */
  sources: { title: string; publisher: string }[];
  /** The vintage of the newest value: the edition of the data the figure was read from. */
  vintage: string | null;
  /**
   * True when any value behind the figure was made by the demo generator; null when the API
   * does not say (Region.extremePoorHouseholds has no provenance in the provisional schema).
   */
  synthetic: boolean | null;
}

/** Provenance of a figure built from `values`, oldest first; null when there are none. */
export function provenanceOf(values: readonly SourcedValue[]): Provenance | null {
  const last = values.at(-1);
  if (!last) return null;
  const seen = new Map<string, { title: string; publisher: string }>();
  for (const { source } of values) {
    const key = `${source.publisher}\u0000${source.title}`;
    if (!seen.has(key)) seen.set(key, { title: source.title, publisher: source.publisher });
  }
  return {
    sources: [...seen.values()],
    vintage: last.vintage || null,
    synthetic: values.some((v) => v.synthetic || v.source.synthetic),
  };
}

/**
 * Provenance of a count read from Pantau's own household registry. The provisional schema gives
 * Region.extremePoorHouseholds no source, vintage or synthetic flag, so those stay unknown.
 */
export function registryProvenance(registryTitle: string): Provenance {
  return { sources: [{ title: '', publisher: registryTitle }], vintage: null, synthetic: null };
}
