// Serves the built dashboard: hashed assets cached for a year, index.html fresh, and the SPA's
// routes answered with index.html. Files are looked up on every request, so a new build is
// served without a restart, and a file that disappears mid-request is a 404, not a crash.
// Text files go out brotli- or gzip-compressed when the browser accepts it (a kelurahan office on
// a weak mobile link gets a third of the bytes), compressed once per file version and kept.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { DASHBOARD_SECURITY_HEADERS } from './http/security-headers.js';

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

/** Types worth compressing: text. Images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.geojson', '.svg', '.map', '.txt']);
/** Below this, the headers cost more than compression saves. */
const MIN_COMPRESS_BYTES = 1024;
/** Larger files stream as they are rather than sit in memory twice. */
const MAX_COMPRESS_BYTES = 16 * 1024 * 1024;

export type Encoding = 'br' | 'gzip';

/** The encoding to send for an Accept-Encoding header: brotli, else gzip, else none (q=0 refuses). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  const accepted = new Set<string>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return null;
}

const compressors: Record<Encoding, (data: Buffer) => Promise<Buffer>> = {
  // Quality 5: most of brotli's gain at a fraction of the time of 11, paid once per file version.
  br: (data) => promisify(brotliCompress)(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
  gzip: (data) => promisify(gzip)(data, { level: 6 }),
};

export function staticHandler(root: string) {
  const base = normalize(root) + sep;
  // Per file version (path, size, mtime) and encoding; a new build's files have new names or times.
  const compressed = new Map<string, Promise<Buffer>>();
  const compressedBody = (target: FileInfo, encoding: Encoding): Promise<Buffer> => {
    const key = `${encoding}:${target.path}:${target.size}:${target.mtimeMs}`;
    let body = compressed.get(key);
    if (!body) {
      body = readFile(target.path).then(compressors[encoding]);
      // A file that vanished before it was read is not remembered as one.
      body.catch(() => compressed.delete(key));
      compressed.set(key, body);
    }
    return body;
  };

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // On every answer, refusals and 404s too: the policy travels with whatever the browser renders.
    for (const [name, value] of Object.entries(DASHBOARD_SECURITY_HEADERS)) res.setHeader(name, value);
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
    const headers: Record<string, string | number> = {
      'content-type': TYPES[extname(target.path)] ?? 'application/octet-stream',
      'content-length': target.size,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    const compressible = COMPRESSIBLE.has(extname(target.path)) && target.size >= MIN_COMPRESS_BYTES && target.size <= MAX_COMPRESS_BYTES;
    if (compressible) headers.vary = 'Accept-Encoding';
    const encoding = compressible ? chooseEncoding(req.headers['accept-encoding']) : null;
    if (encoding) {
      let body: Buffer;
      try {
        body = await compressedBody(target, encoding);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      res.writeHead(200, { ...headers, 'content-encoding': encoding, 'content-length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(target.path)
      .on('error', () => res.destroy())
      .pipe(res);
  };
}

interface FileInfo {
  path: string;
  size: number;
  mtimeMs: number;
}

async function fileAt(path: string): Promise<FileInfo | null> {
  try {
    const s = await stat(path);
    return s.isFile() ? { path, size: s.size, mtimeMs: s.mtimeMs } : null;
  } catch {
    return null;
  }
}
