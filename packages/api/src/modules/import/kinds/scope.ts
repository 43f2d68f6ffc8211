// Where an import may write: an ADMIN of a kabupaten/kota writes under its code only; a
// deployment-wide ADMIN and the command line (the machine's operator) write anywhere.
import type { ImportActor, RowReader } from '../importer.js';

export const IMPORT_OUT_OF_SCOPE = 'import/region_out_of_scope';

export function inActorScope(actor: ImportActor, code: string): boolean {
  return actor.regionCode === null || code === actor.regionCode || code.startsWith(`${actor.regionCode}.`);
}

/** Records an error on `field` when `code` is outside the actor's region; true when it is inside. */
export function checkScope(row: RowReader, field: string, actor: ImportActor, code: string): boolean {
  if (inActorScope(actor, code)) return true;
  row.fail(field, IMPORT_OUT_OF_SCOPE, `is outside your region (${actor.regionCode})`);
  return false;
}
