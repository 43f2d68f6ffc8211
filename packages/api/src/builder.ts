// The one SchemaBuilder: plugins and scalars, no types (those live in modules/*/*.schema.ts).
import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError, Kind } from 'graphql';
import type { Context } from './context.js';
import { AUTH_FORBIDDEN, AUTH_UNAUTHENTICATED } from './errors.js';
import type PrismaTypes from './generated/pothos-types.js';
import { getDatamodel } from './generated/pothos-types.js';

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
    DateTime: { Input: Date; Output: Date };
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

/** Money as whole rupiah. A JSON number: exact up to Rp9.007 triliun, far beyond any regional budget. */
builder.scalarType('Rupiah', {
  description: 'An amount of money in whole rupiah, as a JSON number.',
  serialize: (value) => Number(value),
  parseValue: (value) => {
    if (typeof value !== 'number' && typeof value !== 'string') throw new GraphQLError('Rupiah must be a whole number');
    if (!/^-?\d+$/.test(String(value))) throw new GraphQLError(`Rupiah must be a whole number of rupiah, got ${value}`);
    return BigInt(value);
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT && ast.kind !== Kind.STRING) throw new GraphQLError('Rupiah must be a whole number');
    if (!/^-?\d+$/.test(ast.value)) throw new GraphQLError(`Rupiah must be a whole number of rupiah, got ${ast.value}`);
    return BigInt(ast.value);
  },
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;
builder.scalarType('Date', {
  description: 'A calendar date without time, ISO 8601 (YYYY-MM-DD).',
  serialize: (value) => value.toISOString().slice(0, 10),
  parseValue: (value) => {
    if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(value))) {
      throw new GraphQLError(`Date must be YYYY-MM-DD, got ${JSON.stringify(value)}`);
    }
    return new Date(`${value}T00:00:00Z`);
  },
});

builder.scalarType('DateTime', {
  description: 'A point in time, ISO 8601 with time zone.',
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new GraphQLError(`DateTime must be ISO 8601, got ${JSON.stringify(value)}`);
    return date;
  },
});
