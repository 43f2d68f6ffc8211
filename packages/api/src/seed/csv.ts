// Reads the shipped reference data in /data (RFC 4180 CSV, UTF-8, one header row).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from '../db.js';

export const dataDir = resolve(repoRoot, 'data');

/** Parses RFC 4180 CSV into records keyed by the header row. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  if (!header) return [];
  return body.map((r, line) => {
    if (r.length !== header.length) {
      throw new Error(`CSV row ${line + 2}: expected ${header.length} fields, found ${r.length}`);
    }
    return Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']));
  });
}

export function readDataCsv(relativePath: string): Record<string, string>[] {
  return parseCsv(readFileSync(resolve(dataDir, relativePath), 'utf8'));
}
