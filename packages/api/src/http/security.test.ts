// Issue 10, HTTP: CORS only for the origins PANTAU_ALLOWED_ORIGINS names, yoga's CSRF prevention
// for GET, form and multipart requests, and the security headers on every API answer.
import { beforeAll, describe, expect, it } from 'vitest';
import { allowedOriginsFromEnv, ConfigurationError, logLevelFromEnv, trustProxyFromEnv } from '../config.js';
import { CSRF, createTestApp, loginAs, type TestApp } from '../test/app.js';
import { CSRF_HEADER, CSRF_HEADER_REQUIRED } from './csrf.js';

const URL_ = 'http://pantau.test/graphql';
const ALLOWED = 'https://dasbor.pantau.example.go.id';
let app: TestApp;
let admin: { cookie: string };

beforeAll(async () => {
  app = await createTestApp({ allowedOrigins: [ALLOWED] });
  admin = await loginAs(app, 'admin');
});

const json = (body: unknown, headers: Record<string, string> = {}) =>
  app.yoga.fetch(URL_, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...admin, ...headers },
    body: JSON.stringify(body),
  });

describe('CORS', () => {
  it('answers a foreign Origin without any CORS header, with credentials or not', async () => {
    const response = await json({ query: '{ me { username } }' }, { origin: 'https://evil.example' });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
  });

  it('gives a foreign preflight nothing to allow', async () => {
    const response = await app.yoga.fetch(URL_, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-methods')).toBeNull();
    expect(response.headers.get('access-control-allow-headers')).toBeNull();
  });

  it('names an allowed origin exactly (never *) with credentials, and lets it send the CSRF header', async () => {
    const preflight = await app.yoga.fetch(URL_, {
      method: 'OPTIONS',
      headers: {
        origin: ALLOWED,
        'access-control-request-method': 'POST',
        'access-control-request-headers': `content-type, ${CSRF_HEADER}`,
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    expect(preflight.headers.get('access-control-allow-headers')).toContain(CSRF_HEADER);
    const response = await json({ query: '{ me { username } }' }, { origin: ALLOWED });
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect((await response.json()).data.me.username).toBe('admin');
  });

  it('does not take an origin that only starts like an allowed one', async () => {
    for (const origin of [`${ALLOWED}.evil.example`, `${ALLOWED}:8443`, ALLOWED.replace('https:', 'http:'), 'null']) {
      const response = await json({ query: '{ __typename }' }, { origin });
      expect(response.headers.get('access-control-allow-origin'), origin).toBeNull();
    }
  });
});

describe('CSRF prevention', () => {
  const form = (body: string, headers: Record<string, string> = {}) =>
    app.yoga.fetch(URL_, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...admin, ...headers }, body });

  it('refuses a form-encoded mutation without the header, with 403 and a sentence naming it, and runs nothing', async () => {
    const before = await app.db.prisma.session.count();
    const response = await form(`query=${encodeURIComponent('mutation { logout }')}`);
    expect(response.status).toBe(403);
    const body = await response.json();
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe(CSRF_HEADER_REQUIRED);
    expect(body.errors[0].message).toMatch(
      /^Permintaan ini ditolak: .*x-graphql-yoga-csrf.*\(Refused: a form or multipart POST without the header x-graphql-yoga-csrf/,
    );
    // The session the logout would have ended is still there.
    expect(await app.db.prisma.session.count()).toBe(before);
    expect((await json({ query: '{ me { username } }' })).status).toBe(200);
  });

  it('refuses a multipart mutation and a GET without the header', async () => {
    const multipart = new FormData();
    multipart.set('operations', JSON.stringify({ query: 'mutation { logout }' }));
    multipart.set('map', '{}');
    // A copy: the fetch ponyfill writes the multipart Content-Type into a plain headers object.
    const upload = await app.yoga.fetch(URL_, { method: 'POST', headers: { ...admin }, body: multipart });
    expect(upload.status).toBe(403);
    expect((await upload.json()).errors[0].extensions.code).toBe(CSRF_HEADER_REQUIRED);
    const get = await app.yoga.fetch(`${URL_}?query=${encodeURIComponent('{ me { username } }')}`, { headers: admin });
    expect(get.status).toBe(403);
    expect((await get.json()).errors[0].message).toContain('(Refused: a GET without the header x-graphql-yoga-csrf');
  });

  it('lets the same requests through with the header, and a JSON POST without it', async () => {
    const viaForm = await form(`query=${encodeURIComponent('{ me { username } }')}`, CSRF);
    expect((await viaForm.json()).data.me.username).toBe('admin');
    const viaGet = await app.yoga.fetch(`${URL_}?query=${encodeURIComponent('{ me { username } }')}`, { headers: { ...admin, ...CSRF } });
    expect((await viaGet.json()).data.me.username).toBe('admin');
    expect((await (await json({ query: '{ me { username } }' })).json()).data.me.username).toBe('admin');
  });

  it('still answers an unreadable media type with 415, not 403', async () => {
    const response = await app.yoga.fetch(URL_, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...admin },
      body: '{ __typename }',
    });
    expect(response.status).toBe(415);
  });
});

describe('security headers on API answers', () => {
  it('are on answers, refusals and preflights', async () => {
    const answers = [
      await json({ query: '{ __typename }' }),
      await json({ query: '{ nope }' }),
      await app.yoga.fetch(URL_, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=x' }),
      await app.yoga.fetch(URL_, { method: 'OPTIONS' }),
    ];
    for (const response of answers) {
      expect(response.headers.get('content-security-policy')).toBe(
        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      );
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });
});

describe('settings', () => {
  it('reads PANTAU_ALLOWED_ORIGINS as a list of exact origins', () => {
    expect(allowedOriginsFromEnv({})).toEqual([]);
    expect(allowedOriginsFromEnv({ PANTAU_ALLOWED_ORIGINS: ' ' })).toEqual([]);
    expect(allowedOriginsFromEnv({ PANTAU_ALLOWED_ORIGINS: 'https://a.example, http://localhost:5173,https://a.example' })).toEqual([
      'https://a.example',
      'http://localhost:5173',
    ]);
  });

  it.each([
    ['*', 'wildcard'],
    ['https://*.example.go.id', 'wildcard'],
    ['https://*', 'wildcard'],
    ['https://a.example/', 'scheme://host[:port]'],
    ['https://a.example/dasbor', 'scheme://host[:port]'],
    ['a.example', 'scheme://host[:port]'],
    ['ftp://a.example', 'scheme://host[:port]'],
    ['https://A.example', 'scheme://host[:port]'],
  ])('refuses PANTAU_ALLOWED_ORIGINS=%s with the variable, the value and what to write', (value, hint) => {
    const read = () => allowedOriginsFromEnv({ PANTAU_ALLOWED_ORIGINS: `https://ok.example,${value}` });
    expect(read).toThrow(ConfigurationError);
    expect(read).toThrow(`PANTAU_ALLOWED_ORIGINS must be a comma-separated list of origins; "${value}" is not one`);
    expect(read).toThrow(hint);
  });

  it('refuses a PANTAU_TRUST_PROXY or PANTAU_LOG_LEVEL it cannot read', () => {
    expect(trustProxyFromEnv({})).toBe(false);
    expect(trustProxyFromEnv({ PANTAU_TRUST_PROXY: 'ON' })).toBe(true);
    expect(() => trustProxyFromEnv({ PANTAU_TRUST_PROXY: 'yes please' })).toThrow(
      'PANTAU_TRUST_PROXY must be "on" or "off", got "yes please"',
    );
    expect(logLevelFromEnv({})).toBe('info');
    expect(logLevelFromEnv({ PANTAU_LOG_LEVEL: 'Warn' })).toBe('warn');
    expect(() => logLevelFromEnv({ PANTAU_LOG_LEVEL: 'verbose' })).toThrow(
      'PANTAU_LOG_LEVEL must be one of fatal, error, warn, info, debug, silent, got "verbose"',
    );
  });
});
