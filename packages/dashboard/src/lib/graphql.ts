// Typed documents against packages/schema/schema.graphql. `pnpm codegen` refreshes
// src/graphql-env.d.ts from the SDL; run it after the API prints a new schema.
import { initGraphQLTada } from 'gql.tada';
import type { introspection } from '../graphql-env.d.ts';

export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: {
    // Whole rupiah as a JSON number: exact up to 9 quadrillion (Number.MAX_SAFE_INTEGER).
    Rupiah: number;
    /** A calendar date, `2026-12-31`; format with formatDate (it reads it as UTC midnight). */
    Date: string;
    /** A moment, ISO 8601 with its time zone. */
    DateTime: string;
    /** A Kemendagri region code, `16.71`; the API refuses any other shape. */
    RegionCode: string;
    /** An upload (lib/upload.ts sends it as a multipart part). */
    File: File;
  };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
export { readFragment } from 'gql.tada';
