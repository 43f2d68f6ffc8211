// GraphQL over HTTP conformance (graphql-http's server audits) against the running app, the
// way a province's integration or a mayor's office script would talk to it.
import { serverAudits } from 'graphql-http';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from './test/app.js';

let app: TestApp;
let cookie: string;
beforeAll(async () => {
  app = await createTestApp();
  cookie = (await loginAs(app, 'walikota')).cookie;
});

describe('GraphQL over HTTP', () => {
  it('passes every MUST audit of graphql-http', async () => {
    const audits = serverAudits({
      url: 'http://pantau.test/graphql',
      // Signed in, as an integration script is: some audits ask `__type`, which Pantau answers
      // only to a session (issue 10); the audits are about HTTP, not about who may introspect.
      fetchFn: (input: unknown, init?: RequestInit) => {
        const headers = new Headers(init?.headers);
        headers.set('cookie', cookie);
        return app.yoga.fetch(new Request(input as string, { ...init, headers }));
      },
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
