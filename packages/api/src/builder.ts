// The one SchemaBuilder: plugins and scalars, no types (those live in modules/*/*.schema.ts).
import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError, Kind } from 'graphql';
import { parseIsoDate } from './clock.js';
import type { Context } from './context.js';
import { AUTH_FORBIDDEN, AUTH_UNAUTHENTICATED, INPUT_INVALID } from './errors.js';
import type PrismaTypes from './generated/pothos-types.js';
import { getDatamodel } from './generated/pothos-types.js';
import { isRegionCode } from './region-code.js';

export interface AuthScopes {
  /** Any signed-in user. */
  signedIn: boolean;
  admin: boolean;
  executive: boolean;
  clusterHead: boolean;
  opdOperator: boolean;
  regionOperator: boolean;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  Scalars: {
    Rupiah: { Input: bigint; Output: bigint | number };
    Date: { Input: Date; Output: Date };
    RegionCode: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date };
    File: { Input: File; Output: never };
  };
}>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => {
      const role = ctx.viewer?.role;
      return {
        signedIn: !!ctx.viewer,
        admin: role === 'ADMIN',
        executive: role === 'EXECUTIVE',
        clusterHead: role === 'CLUSTER_HEAD',
        opdOperator: role === 'OPD_OPERATOR',
        regionOperator: role === 'REGION_OPERATOR',
      };
    },
    // Nobody signed in is a different answer from a role that may not: the dashboard sends the
    // first to the login page and shows "not allowed" for the second.
    unauthorizedError: (_parent, context, _info, result) =>
      context.viewer
        ? new GraphQLError(result.message || 'Not allowed for your role', { extensions: { code: AUTH_FORBIDDEN } })
        : new GraphQLError('Sign in first (Masuk terlebih dahulu)', { extensions: { code: AUTH_UNAUTHENTICATED } }),
  },
  prisma: {
    client: (ctx) => ctx.db.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'error',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // Descriptions for the types and arguments the plugin generates: every field is described.
    pageInfoTypeOptions: { description: 'Where a page of a connection sits in the whole list (Relay cursor connections).' },
    hasNextPageFieldOptions: { description: 'True when more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'True when items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item on this page; null on an empty page.' },
    endCursorFieldOptions: { description: 'Cursor of the last item on this page; pass it as `after` for the next page.' },
    pageInfoFieldOptions: { description: 'Paging information for this page.' },
    cursorFieldOptions: { description: 'Opaque cursor of this item, for `after` and `before`.' },
    firstArgOptions: { description: 'Page size from the start or from `after`, items.' },
    afterArgOptions: { description: 'Return items after this cursor (an endCursor).' },
    lastArgOptions: { description: 'Page size from the end or before `before`, items.' },
    beforeArgOptions: { description: 'Return items before this cursor (a startCursor).' },
  },
  errors: {
    defaultTypes: [],
  },
});

builder.queryType({ description: 'Everything Pantau answers.' });

/** A refused scalar value: graphql-js prefixes the variable or literal at fault, the code stays. */
const invalidInput = (message: string) => new GraphQLError(message, { extensions: { code: INPUT_INVALID } });

/** A value shown in an error, cut short: a 100 KB value is not echoed back whole. */
const shown = (value: unknown) => {
  const text =
    typeof value === 'string' ? JSON.stringify(value) : value !== null && typeof value === 'object' ? shownObject(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/** An object or list from JSON variables, as JSON: String() would call its own toString, which may be anything ({"toString": 1}). */
function shownObject(value: object): string {
  try {
    return JSON.stringify(value);
  } catch {
    return Array.isArray(value) ? 'a list' : 'an object';
  }
}

// Rupiah is sent and answered as a JSON number, exact up to Number.MAX_SAFE_INTEGER (Rp9.007
// triliun, far beyond any regional budget); a larger value would be rounded on the way back and
// overflows PostgreSQL's bigint near 9.2 × 10^18.
const MAX_RUPIAH = BigInt(Number.MAX_SAFE_INTEGER);
const parseRupiah = (text: string): bigint => {
  if (!/^-?\d{1,16}$/.test(text)) throw invalidInput(`Rupiah must be a whole number of rupiah, got ${shown(text)}`);
  const amount = BigInt(text);
  if (amount > MAX_RUPIAH || amount < -MAX_RUPIAH) {
    throw invalidInput(`Rupiah must be between -${MAX_RUPIAH} and ${MAX_RUPIAH}, got ${shown(text)}`);
  }
  return amount;
};

/** Money as whole rupiah. */
builder.scalarType('Rupiah', {
  description: `An amount of money in whole rupiah, as a JSON number; at most ${MAX_RUPIAH} either way.`,
  serialize: (value) => Number(value),
  parseValue: (value) => {
    if (typeof value === 'number' && !Number.isSafeInteger(value)) {
      throw invalidInput(`Rupiah must be a whole number of rupiah, got ${shown(value)}`);
    }
    if (typeof value !== 'number' && typeof value !== 'string') throw invalidInput('Rupiah must be a whole number');
    return parseRupiah(String(value));
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT && ast.kind !== Kind.STRING) throw invalidInput('Rupiah must be a whole number');
    return parseRupiah(ast.value);
  },
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;
builder.scalarType('Date', {
  description: 'A calendar date without time, ISO 8601 (YYYY-MM-DD), a real day of the years 2000–2100.',
  serialize: (value) => value.toISOString().slice(0, 10),
  // parseIsoDate is the clock's own reader: it refuses 2026-02-30 (which Date.UTC rolls over into
  // March) and years outside 2000–2100, which no business date of Pantau's has.
  parseValue: (value) => {
    const date = typeof value === 'string' && DATE.test(value) ? parseIsoDate(value) : null;
    if (!date) throw invalidInput(`Date must be a real day YYYY-MM-DD between 2000 and 2100, got ${shown(value)}`);
    return date;
  },
});

builder.scalarType('RegionCode', {
  description: 'A Kemendagri region code: 16 (provinsi), 16.71 (kabupaten/kota), 16.71.06 (kecamatan) or 16.71.06.1005 (kelurahan/desa).',
  serialize: (value) => value,
  parseValue: (value) => {
    if (!isRegionCode(value)) {
      throw invalidInput(`A region code is a Kemendagri code such as 16, 16.71, 16.71.06 or 16.71.06.1005, got ${shown(value)}`);
    }
    return value;
  },
});

/** An uploaded file (GraphQL multipart request spec); yoga hands resolvers a WHATWG File. */
builder.scalarType('File', {
  description: 'A file sent with the GraphQL multipart request spec (multipart/form-data); input only.',
  serialize: () => {
    throw new GraphQLError('File is an input type');
  },
  parseValue: (value) => {
    // yoga's File is the whatwg-node ponyfill, not the global class: recognise it by shape.
    const file = value as Partial<File> | null;
    if (!file || typeof file !== 'object' || typeof file.arrayBuffer !== 'function' || typeof file.name !== 'string') {
      throw new GraphQLError('File must be sent as a multipart upload (GraphQL multipart request spec)');
    }
    return value as File;
  },
});

builder.scalarType('DateTime', {
  description: 'A point in time, ISO 8601 with time zone.',
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = typeof value === 'string' && value.length <= 40 ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw invalidInput(`DateTime must be ISO 8601, got ${shown(value)}`);
    return date;
  },
});
