import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, staticHandler } from './static.js';

const BIG_SCRIPT = 'export const label = "Kemiskinan ekstrem";\n'.repeat(2000);

/** A GET with the raw body as sent: fetch would decompress it. */
function rawGet(path: string, acceptEncoding?: string, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pantau-static-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Pantau</title>');
  writeFileSync(join(dir, 'assets', 'app-123.js'), 'console.log(1)');
  writeFileSync(join(dir, 'assets', 'chart-1.js'), BIG_SCRIPT);
  writeFileSync(join(dir, 'assets', 'logo-1.png'), Buffer.alloc(4096, 7));
  const handle = staticHandler(dir);
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('serving the built dashboard', () => {
  it('sends the security headers on every answer: page, asset, 404, refused method and bad path', async () => {
    for (const [path, method, status] of [
      ['/', 'GET', 200],
      ['/assets/app-123.js', 'GET', 200],
      ['/kemiskinan-ekstrem', 'HEAD', 200],
      ['/assets/gone-999.js', 'GET', 404],
      ['/', 'POST', 405],
      ['/%E0%A4', 'GET', 400],
    ] as const) {
      const response = await fetch(`${base}${path}`, { method });
      expect(response.status, `${method} ${path}`).toBe(status);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, `${method} ${path}`).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      // No inline script, no eval: neither keyword appears for scripts.
      expect(
        csp
          .split(';')
          .map((d) => d.trim())
          .find((d) => d.startsWith('script-src')),
      ).toBe("script-src 'self'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('caches hashed assets for a year and keeps index.html fresh', async () => {
    const asset = await fetch(`${base}/assets/app-123.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const index = await fetch(`${base}/`);
    expect(index.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers dashboard routes with index.html, a missing asset with 404', async () => {
    expect(await (await fetch(`${base}/kemiskinan-ekstrem?wilayah=64.74`)).text()).toContain('<title>Pantau</title>');
    expect((await fetch(`${base}/assets/gone-999.js`)).status).toBe(404);
  });

  it('refuses paths that climb out of the folder and methods other than GET/HEAD', async () => {
    // Encoded slashes survive URL parsing and decode to "../../etc/passwd".
    expect((await fetch(`${base}/..%2F..%2F..%2Fetc%2Fpasswd`)).status).toBe(400);
    // Encoded dots are resolved by the URL parser itself: the request stays inside.
    expect(await (await fetch(`${base}/%2e%2e/%2e%2e/etc/passwd`)).text()).not.toContain('root:');
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
  });

  it('serves a new build without a restart, and survives a file removed under it', async () => {
    writeFileSync(join(dir, 'assets', 'app-456.js'), 'console.log(2)');
    expect((await fetch(`${base}/assets/app-456.js`)).status).toBe(200);
    rmSync(join(dir, 'assets', 'app-456.js'));
    expect((await fetch(`${base}/assets/app-456.js`)).status).toBe(404);
  });

  it('compresses text with brotli or gzip as the browser accepts, once per file version', async () => {
    const br = await rawGet('/assets/chart-1.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(BIG_SCRIPT.length / 10);
    expect(brotliDecompressSync(br.body).toString()).toBe(BIG_SCRIPT);

    const gz = await rawGet('/assets/chart-1.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(BIG_SCRIPT);

    const head = await rawGet('/assets/chart-1.js', 'br', 'HEAD');
    expect(head.headers['content-length']).toBe(br.headers['content-length']);
    expect(head.body.length).toBe(0);

    // A rebuilt file under the same name is compressed afresh.
    writeFileSync(join(dir, 'assets', 'chart-1.js'), `${BIG_SCRIPT}// v2\n`);
    expect(brotliDecompressSync((await rawGet('/assets/chart-1.js', 'br')).body).toString()).toBe(`${BIG_SCRIPT}// v2\n`);
  });

  it('sends the file as it is without Accept-Encoding, for images and for tiny files', async () => {
    for (const [path, accept] of [
      ['/assets/chart-1.js', undefined],
      ['/assets/chart-1.js', 'br;q=0, gzip;q=0'],
      ['/assets/logo-1.png', 'br'],
      ['/assets/app-123.js', 'br'],
    ] as const) {
      const r = await rawGet(path, accept);
      expect(r.status, `${path} ${accept}`).toBe(200);
      expect(r.headers['content-encoding'], `${path} ${accept}`).toBeUndefined();
    }
  });

  it('reads Accept-Encoding with its weights', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip;q=1.0, br;q=0')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('gzip');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding('')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });
});
