import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticHandler } from './static.js';

let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pantau-static-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Pantau</title>');
  writeFileSync(join(dir, 'assets', 'app-123.js'), 'console.log(1)');
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
});
