// Calling a write mutation in a test and reading what came back: its record, a DomainError
// (code, field, message), or a GraphQL error (auth/forbidden for a role the schema refuses).
import { expect } from 'vitest';
import type { TestApp } from './app.js';

export type Auth = { cookie: string };

export interface Outcome<T = Record<string, unknown>> {
  __typename?: string;
  code?: string;
  field?: string | null;
  message?: string;
  changedBy?: string | null;
  changedAt?: string | null;
  data?: T;
  /** The GraphQL error's code when the mutation itself failed (no data). */
  errorCode?: unknown;
}

/** `__typename ... on DomainError {…} ... on <Success> { data { <fields> } }` for a mutation field. */
export const result = (mutation: string, fields: string) =>
  `__typename ... on DomainError { code field message changedBy changedAt } ... on Mutation${mutation[0]!.toUpperCase()}${mutation.slice(1)}Success { data ${fields} }`;

/** Runs a one-field mutation; returns its union result, or the first GraphQL error's code. */
export async function mutate<T = Record<string, unknown>>(
  app: TestApp,
  auth: Auth | undefined,
  query: string,
  variables: Record<string, unknown>,
): Promise<Outcome<T>> {
  const { data, errors } = await app.gql<Record<string, Outcome<T>>>(query, variables, auth);
  if (errors?.length) return { errorCode: errors[0]!.extensions?.code };
  return Object.values(data!)[0]!;
}

/** The record a write returned; fails the test with the error when it was refused. */
export async function succeeds<T = Record<string, unknown>>(
  app: TestApp,
  auth: Auth | undefined,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const outcome = await mutate<T>(app, auth, query, variables);
  expect(outcome.__typename, JSON.stringify(outcome)).toMatch(/Success$/);
  return outcome.data as T;
}

/** Counts of the tables a write touches, to show a refused one stored nothing. */
export async function tableCounts(app: TestApp, tables: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [...tables, 'audit_log']) {
    const [row] = await app.db.raw<{ n: number }>(`SELECT COUNT(*)::int AS n FROM ${table}`);
    counts[table] = row!.n;
  }
  return counts;
}

/** Expects a DomainError with this code (and field), with no database text in its message. */
export function expectDomainError(outcome: Outcome, code: string, field?: string | null): void {
  expect(outcome, JSON.stringify(outcome)).toMatchObject({ __typename: 'DomainError', code, ...(field !== undefined ? { field } : {}) });
  expect(outcome.message).not.toMatch(/prisma|select |insert |update |constraint/i);
}

/** Expects the mutation to be refused for the viewer's role or scope (auth/forbidden). */
export function expectForbidden(outcome: Outcome): void {
  expect(outcome, JSON.stringify(outcome)).toMatchObject({ errorCode: 'auth/forbidden' });
}
