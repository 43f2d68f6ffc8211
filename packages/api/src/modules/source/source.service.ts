/**
 * The source id a note cites: its first word when that is an id (lower case, digits and dashes,
 * at least one dash), e.g. "article-002-bontang (date as printed; …)" gives "article-002-bontang".
 */
export function citedSourceId(note: string | null | undefined): string | null {
  const match = note?.trim().match(/^([a-z0-9]+(?:-[a-z0-9]+)+)(?=$|[\s:;,(])/);
  return match?.[1] ?? null;
}
