// Multi-row inserts through the driver, one statement per chunk: `INSERT … SELECT FROM unnest()`
// sends each column as one array parameter, so a chunk of thousands of rows is one round trip on
// PGlite and PostgreSQL alike. Row-by-row ORM calls are ~100× slower (DESIGN.md, issue 3).
import type { Database } from '../db.js';

/** A column of a bulk insert: its name in the table and its PostgreSQL array element type. */
export interface BulkColumn {
  name: string;
  type: 'int' | 'bigint' | 'text' | 'bool' | 'float8' | 'date' | 'timestamptz' | 'jsonb' | string;
}

export async function bulkInsert(
  db: Pick<Database, 'raw'>,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly (readonly unknown[])[],
  { chunkSize = 5_000, onConflict = '' }: { chunkSize?: number; onConflict?: string } = {},
): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  // Enum columns travel as text[] and are cast per element: PGlite cannot serialise an array
  // parameter of a type it does not know.
  const builtIn = (type: string) => !type.startsWith('"');
  const arrays = columns.map((c, i) => `$${i + 1}::${builtIn(c.type) ? c.type : 'text'}[]`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`);
  const selects = columns.map((c, i) => (builtIn(c.type) ? aliases[i] : `${aliases[i]}::${c.type}`)).join(', ');
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${selects} FROM unnest(${arrays}) AS u(${aliases.join(', ')}) ${onConflict}`;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const params = columns.map((c, i) =>
      chunk.map((row) => {
        const value = row[i];
        if (value === undefined || value === null) return null;
        if (typeof value === 'bigint') return value.toString();
        if (value instanceof Date) return value.toISOString();
        if (c.type === 'jsonb') return JSON.stringify(value);
        return value;
      }),
    );
    await db.raw(sql, params);
  }
}

/** Moves a serial column's sequence past the ids inserted explicitly. */
export async function syncSequence(db: Pick<Database, 'raw'>, table: string, column = 'id'): Promise<void> {
  await db.raw(
    `SELECT setval(pg_get_serial_sequence('"${table}"', '${column}'), COALESCE((SELECT MAX("${column}") FROM "${table}"), 0) + 1, false)`,
  );
}
