// GraphQL over HTTP conformance (graphql-http's server audits) against the running app, the
// way a province's integration or a mayor's office script would talk to it.
import { serverAudits } from 'graphql-http';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ seeded: false });
});

describe('GraphQL over HTTP', () => {
  it('passes every MUST audit of graphql-http', async () => {
    const audits = serverAudits({
      url: 'http://pantau.test/graphql',
      fetchFn: (input: unknown, init?: RequestInit) => app.yoga.fetch(new Request(input as string, init)),
    });
    const failures: string[] = [];
    let musts = 0;
    for (const audit of audits) {
      const result = await audit.fn();
      if (audit.name.startsWith('MUST')) {
        musts++;
        if (result.status !== 'ok') failures.push(`${audit.name}: ${result.status} ${'reason' in result ? String(result.reason) : ''}`);
      }
    }
    expect(musts).toBeGreaterThanOrEqual(13);
    expect(failures).toEqual([]);
  });
});
