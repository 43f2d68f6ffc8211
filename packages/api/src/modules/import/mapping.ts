// Which column of a file holds which of Pantau's fields: headers are matched by name, case,
// spaces and punctuation ignored, against each field's header and aliases; a person may correct
// the match (the dashboard's mapping step, or the API's `mapping` argument).
import type { Table } from './table.js';
import { normalise } from './values.js';

/** One of Pantau's fields an import kind reads. */
export interface FieldSpec {
  key: string;
  /** The header of Pantau's template (Indonesian, as on the page). */
  header: string;
  /** Other headers that mean the same (P3KE, DTSEN, SIPD, BPS spellings). */
  aliases: readonly string[];
  required: boolean;
  /** What the field holds, in English (README, SDL). */
  description: string;
  /** A value for the template's example row. */
  example: string;
  /** Personal data: errors show it masked. */
  personal?: 'nik' | 'text';
  /** A whole number, so a dot or comma before three digits groups thousands. */
  whole?: boolean;
}

/** Field key → column index in the file. */
export type ColumnMapping = ReadonlyMap<string, number>;

/** A person's correction: this field is in the column with this header (or no column: null). */
export interface MappingOverride {
  field: string;
  column: string | null;
}

export interface MappingResult {
  mapping: ColumnMapping;
  /** Required fields no column holds. */
  missing: FieldSpec[];
  /** Headers no field reads (shown, and ignored). */
  unused: string[];
  /** A correction that names an unknown field or a header the file does not have. */
  invalidOverrides: string[];
}

export function mapColumns(
  table: Pick<Table, 'header'>,
  fields: readonly FieldSpec[],
  overrides: readonly MappingOverride[] = [],
): MappingResult {
  const headers = table.header.map(normalise);
  const mapping = new Map<string, number>();
  const taken = new Set<number>();
  const invalidOverrides: string[] = [];
  const overridden = new Set<string>();
  for (const o of overrides) {
    const field = fields.find((f) => f.key === o.field);
    if (!field) {
      invalidOverrides.push(`unknown field "${o.field}"`);
      continue;
    }
    overridden.add(field.key);
    if (o.column === null) continue;
    const index = headers.indexOf(normalise(o.column));
    if (index < 0) invalidOverrides.push(`no column "${o.column}" in the file`);
    else if (taken.has(index)) invalidOverrides.push(`column "${o.column}" is mapped twice`);
    else {
      mapping.set(field.key, index);
      taken.add(index);
    }
  }
  for (const field of fields) {
    if (overridden.has(field.key)) continue;
    const names = [field.header, field.key, ...field.aliases].map(normalise);
    const index = headers.findIndex((h, i) => !taken.has(i) && names.includes(h));
    if (index >= 0) {
      mapping.set(field.key, index);
      taken.add(index);
    }
  }
  return {
    mapping,
    missing: fields.filter((f) => f.required && !mapping.has(f.key)),
    unused: table.header.filter((h, i) => !taken.has(i) && h !== ''),
    invalidOverrides,
  };
}
