// Which column of the file each of Pantau's fields reads. The API detects it from the headers
// (previewImport's `mapping`); the person corrects it on the page, and only the corrections go
// back as the `mapping` argument, so the preview, the check and the import all read the same.

/** A field's correction: the header of the column it reads, or null for none. */
export type Overrides = ReadonlyMap<string, string | null>;

export interface MappingPreview {
  header: readonly string[];
  fields: readonly { key: string; required: boolean }[];
  mapping: readonly { field: string; column: string | null }[];
}

/** Field key → the column it reads as the page shows it: the person's choice, else the API's. */
export function shownMapping(preview: MappingPreview, overrides: Overrides): Map<string, string | null> {
  const detected = new Map(preview.mapping.map((m) => [m.field, m.column]));
  return new Map(preview.fields.map((f) => [f.key, overrides.has(f.key) ? (overrides.get(f.key) ?? null) : (detected.get(f.key) ?? null)]));
}

/**
 * `field` reads `column` (or none). A column feeds one field only, so a field that read it
 * before reads none now, said explicitly: otherwise the API would give it the column back.
 */
export function assignColumn(
  shown: ReadonlyMap<string, string | null>,
  overrides: Overrides,
  field: string,
  column: string | null,
): Overrides {
  const next = new Map(overrides);
  next.set(field, column);
  if (column !== null) {
    for (const [other, reads] of shown) if (other !== field && reads === column) next.set(other, null);
  }
  return next;
}

/** The corrections as the API's `mapping` argument, by field key; null when there are none. */
export function mappingInput(overrides: Overrides): { field: string; column: string | null }[] | null {
  const list = [...overrides].sort(([a], [b]) => a.localeCompare(b)).map(([field, column]) => ({ field, column }));
  return list.length > 0 ? list : null;
}

/** Keys of required fields that read no column: the file cannot be checked until they do. */
export function missingRequired(fields: MappingPreview['fields'], shown: ReadonlyMap<string, string | null>): string[] {
  return fields.filter((f) => f.required && !shown.get(f.key)).map((f) => f.key);
}

/** The file's headers no field reads (they are ignored), in file order. */
export function unusedColumns(header: readonly string[], shown: ReadonlyMap<string, string | null>): string[] {
  const used = new Set(shown.values());
  return header.filter((h) => h !== '' && !used.has(h));
}

/** One string for the inputs a check was made with: a check holds only while they stay the same. */
export function inputsKey(parts: { fileId: number; kind: string; overrides: Overrides; source?: string; drawnOn?: string }): string {
  return JSON.stringify([parts.fileId, parts.kind, [...parts.overrides].sort(), parts.source ?? '', parts.drawnOn ?? '']);
}
