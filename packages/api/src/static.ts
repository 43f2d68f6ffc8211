// Serves the built dashboard: hashed assets cached for a year, index.html fresh, and the SPA's
// routes answered with index.html. Files are looked up on every request, so a new build is
// served without a restart, and a file that disappears mid-request is a 404, not a crash.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export function staticHandler(root: string) {
  const base = normalize(root) + sep;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://pantau').pathname);
    } catch {
      res.writeHead(400).end('Bad path');
      return;
    }
    const file = normalize(join(base, pathname));
    if (!file.startsWith(base) && file !== normalize(root)) {
      res.writeHead(400).end('Bad path');
      return;
    }
    const found = await fileAt(file);
    // A path without an extension is a dashboard route: the SPA decides what to show.
    const target = found ?? (extname(pathname) === '' ? await fileAt(join(base, 'index.html')) : null);
    if (!target) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const immutable = pathname.startsWith('/assets/') && found !== null;
    res.writeHead(200, {
      'content-type': TYPES[extname(target.path)] ?? 'application/octet-stream',
      'content-length': target.size,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(target.path)
      .on('error', () => res.destroy())
      .pipe(res);
  };
}

async function fileAt(path: string): Promise<{ path: string; size: number } | null> {
  try {
    const s = await stat(path);
    return s.isFile() ? { path, size: s.size } : null;
  } catch {
    return null;
  }
}
