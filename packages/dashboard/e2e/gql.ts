// A GraphQL request as a signed-in page's user, for what a spec builds or forces through the API
// (the refusal a page does not offer, the rows a flow needs first).
import type { Page } from 'playwright-core';

export interface GqlAnswer<T> {
  data: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function gql<T = Record<string, unknown>>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GqlAnswer<T>> {
  const answer = await page.request.post('/graphql', { headers: { 'content-type': 'application/json' }, data: { query, variables } });
  return (await answer.json()) as GqlAnswer<T>;
}
