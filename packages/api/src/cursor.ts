// Connection cursors: Pothos' Prisma plugin issues base64 of `GPC:N:<id>` for a connection on an
// integer id, and reads back whatever it is given. A forged one (`GPC:N:NaN`, `GPC:N:1.5`,
// `GPC:N:99999999999`, `GPC:S:…`) would reach the SQL as a value PostgreSQL refuses; here it is
// refused first, with a code a client can act on (start again from the first page).
import { GraphQLError } from 'graphql';

export const BAD_CURSOR = 'BAD_CURSOR';

/** Largest PostgreSQL `integer`, the type of every id Pantau pages by. */
const MAX_ID = 2_147_483_647;
const ID_CURSOR = /^GPC:N:([1-9]\d{0,9})$/;

/** The id inside a cursor this API issued for an integer id; throws BAD_CURSOR for anything else. */
export function idFromCursor(cursor: string, argument: string): number {
  // Buffer's base64 reader skips what is not base64; a cursor must survive the round trip.
  const decoded = cursor.length <= 64 ? Buffer.from(cursor, 'base64').toString('utf8') : '';
  const match = ID_CURSOR.exec(decoded);
  const id = match ? Number(match[1]) : Number.NaN;
  const roundTrip = Buffer.from(decoded, 'utf8').toString('base64').replace(/=+$/, '');
  if (!match || id > MAX_ID || roundTrip !== cursor.replace(/=+$/, '')) {
    throw new GraphQLError(`\`${argument}\` is not a cursor this API issued; pass an endCursor or startCursor of an earlier page`, {
      extensions: { code: BAD_CURSOR, field: argument },
    });
  }
  return id;
}

/** Checks the `after` and `before` of a connection's arguments (see idFromCursor). */
export function assertIdCursors(args: { after?: string | null | undefined; before?: string | null | undefined }): void {
  if (args.after != null) idFromCursor(args.after, 'after');
  if (args.before != null) idFromCursor(args.before, 'before');
}
