// pnpm fuzz [--cases N] [--seed S] [--url http://localhost:4000] [--only 12,345]
//
// The fuzz suite of src/fuzz against a running server (`pnpm start` in another terminal): every
// query and mutation of packages/schema/schema.graphql with hostile variables, malformed HTTP
// (raw socket too), uploads to the import mutations, and the roles anonymous, walikota, admin
// and dinsos (demo password). Writes only to one report draft of dinsos, put back as it was at
// the end; imports are dry runs. Prints every failing case as it goes and the figures at the end;
// exits 1 on any 5xx, masked internal error, answer over 2 s, leak or cold/warm difference.
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { Readable } from 'node:stream';
import { formatReport, runFuzz, STREAMED } from '../src/fuzz/fuzzer.js';
import type { Answer } from '../src/fuzz/oracle.js';

const USAGE = 'usage: pnpm fuzz [--cases N] [--seed S] [--url http://localhost:4000] [--only 12,345]';

function options(argv: string[]): { cases: number; seed: number; url: string; only?: number[] } {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    const [name, inline] = arg.split('=', 2);
    if (!name?.startsWith('--') || !['--cases', '--seed', '--url', '--only'].includes(name))
      throw new Error(`unknown argument ${arg}\n${USAGE}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${name} needs a value\n${USAGE}`);
    values[name.slice(2)] = value;
  }
  const whole = (name: string, fallback: number) => {
    const n = Number(values[name] ?? fallback);
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got ${values[name]}\n${USAGE}`);
    return n;
  };
  const only = values.only?.split(',').map(Number);
  return {
    cases: whole('cases', 1_000),
    seed: whole('seed', Date.now() % 1_000_000),
    url: (values.url ?? process.env.PANTAU_URL ?? 'http://localhost:4000').replace(/\/+$/, ''),
    ...(only ? { only } : {}),
  };
}

/**
 * Sends a Request over a connection of its own (node:http, no keep-alive pool): a server that
 * answers 413 before an upload ends closes that connection, and a pooled client would send the
 * next case down it.
 */
async function httpSender(request: Request): Promise<Response> {
  // A body sent whole is read first: its size decides how it goes out, and a fallback resends it.
  const bytes = request.body && !request.headers.has(STREAMED) ? new Uint8Array(await request.arrayBuffer()) : null;
  try {
    if (bytes && bytes.byteLength > LARGE_BODY) return await carefulSend(request, bytes);
    return await nodeHttpSend(
      bytes ? new Request(request.url, { method: request.method, headers: request.headers, body: bytes }) : request,
    );
  } catch (error) {
    // node:http will not write a header holding a control character; the bytes go out raw instead.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_INVALID_CHAR') throw error;
    const body = bytes ?? new Uint8Array();
    const url = new URL(request.url);
    const head = [`${request.method} ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`, 'Connection: close'];
    request.headers.forEach((value, name) => {
      head.push(`${name}: ${value}`);
    });
    head.push(`Content-Length: ${body.byteLength}`);
    const answer = await rawSender(request.url)(`${head.join('\r\n')}\r\n\r\n${Buffer.from(body).toString('latin1')}`);
    if (answer.status === 0) throw new Error('no answer over a raw socket');
    return new Response(answer.text, { status: answer.status, headers: { 'content-type': answer.contentType } });
  }
}

/** Bodies above the server's limit for a GraphQL request (1 MB): sent the careful way. */
const LARGE_BODY = 1024 * 1024;

/**
 * A large body the way a careful client sends it: the headers first, and the body only when no
 * answer came within 200 ms. A server that refuses on Content-Length answers 413 and closes; a
 * client still writing then gets EPIPE or a reset instead of the answer (Node's HTTP server and
 * client behave so; curl waits the same way with Expect: 100-continue).
 */
function carefulSend(request: Request, body: Uint8Array): Promise<Response> {
  const url = new URL(request.url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: url.hostname, port: Number(url.port || 80) });
    const head = [`${request.method} ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`, 'Connection: close'];
    request.headers.forEach((value, name) => {
      if (name !== 'content-length') head.push(`${name}: ${value}`);
    });
    head.push(`Content-Length: ${body.byteLength}`);
    let received = Buffer.alloc(0);
    let sentBody = false;
    const finish = () => {
      socket.destroy();
      const text = received.toString('latin1');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0);
      if (status === 0) return reject(new Error('no answer'));
      const [headText = '', ...rest] = text.split('\r\n\r\n');
      const headers = new Headers();
      for (const line of headText.split('\r\n').slice(1)) {
        const at = line.indexOf(':');
        if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
      }
      resolve(new Response(Buffer.from(rest.join('\r\n\r\n'), 'latin1'), { status, headers }));
    };
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
    });
    socket.on('end', finish);
    socket.on('close', finish);
    socket.on('error', () => (received.length > 0 ? finish() : reject(new Error('connection failed'))));
    socket.setTimeout(30_000, () => socket.destroy(new Error('no answer in 30 s')));
    socket.write(`${head.join('\r\n')}\r\n\r\n`);
    setTimeout(() => {
      if (received.length === 0 && !sentBody) {
        sentBody = true;
        socket.write(body);
      }
    }, 200);
  });
}

function nodeHttpSend(request: Request): Promise<Response> {
  return new Promise((resolve, reject) => {
    const url = new URL(request.url);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      if (name !== STREAMED) headers[name] = value;
    });
    const outgoing = httpRequest(
      { host: url.hostname, port: url.port || 80, path: `${url.pathname}${url.search}`, method: request.method, headers, agent: false },
      (incoming) => {
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(incoming.headers)) {
          for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) responseHeaders.append(name, v);
        }
        const status = incoming.statusCode ?? 0;
        const body =
          [101, 204, 205, 304].includes(status) || request.method === 'HEAD'
            ? null
            : (Readable.toWeb(incoming) as ReadableStream<Uint8Array>);
        resolve(new Response(body, { status, headers: responseHeaders }));
      },
    );
    outgoing.setTimeout(30_000, () => outgoing.destroy(new Error('no answer in 30 s')));
    outgoing.on('error', reject);
    if (!request.body) {
      outgoing.end();
      return;
    }
    // A server may answer 413 and close the connection while a large body is still being sent;
    // a client that stops writing once the answer is in reads it, one that keeps writing gets
    // EPIPE instead. Written in 64 KB slices, a turn of the event loop apart, so the answer is seen.
    let answered = false;
    outgoing.once('response', () => {
      answered = true;
    });
    void (async () => {
      const reader = request.body!.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done || answered) break;
          for (let at = 0; at < value.byteLength && !answered; at += 65_536) {
            if (!outgoing.write(value.subarray(at, at + 65_536))) {
              await new Promise<void>((next) => {
                const done = () => {
                  outgoing.off('drain', done);
                  outgoing.off('close', done);
                  next();
                };
                outgoing.on('drain', done);
                outgoing.on('close', done);
              });
            }
            await new Promise((next) => setImmediate(next));
          }
        }
        if (answered) await reader.cancel();
        else outgoing.end();
      } catch {
        outgoing.destroy();
      }
    })();
  });
}

/** Sends bytes over a new connection and reads the status line and body of the answer. */
function rawSender(url: string) {
  const { hostname, port } = new URL(url);
  return (bytes: string) =>
    new Promise<Answer>((resolve) => {
      const started = performance.now();
      const socket = connect({ host: hostname, port: Number(port || 80) });
      let received = '';
      const done = () => {
        socket.destroy();
        const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(received)?.[1] ?? 0);
        const [head = '', body = ''] = received.split('\r\n\r\n', 2);
        resolve({ status, text: body, ms: performance.now() - started, contentType: /content-type: ([^\r\n]*)/i.exec(head)?.[1] ?? '' });
      };
      socket.setTimeout(5_000, done);
      socket.on('data', (chunk) => {
        received += chunk.toString('latin1');
        // One answer is enough; the server may keep the connection open.
        if (/\r\n\r\n/.test(received) && (/content-length: 0/i.test(received) || /\r\n0\r\n\r\n$/.test(received) || /}\s*$/.test(received)))
          done();
      });
      socket.on('end', done);
      socket.on('error', done);
      socket.write(bytes, 'latin1');
    });
}

async function main() {
  const { cases, seed, url, only } = options(process.argv.slice(2));
  try {
    await fetch(`${url}/graphql?query=%7B__typename%7D`);
  } catch {
    throw new Error(`no server at ${url}: start one with \`pnpm start\` (or pass --url)`);
  }
  console.log(`Fuzzing ${url} with ${only ? `cases ${only.join(', ')}` : `${cases} cases`} of seed ${seed} …`);
  const report = await runFuzz({
    send: httpSender,
    origin: url,
    cases,
    seed,
    ...(only ? { only } : {}),
    shared: true,
    raw: rawSender(url),
    log: (line) => console.log(line),
  });
  console.log(`\n${formatReport(report)}`);
  if (report.failures.length > 0) {
    console.log(
      `\nReplay a case: pnpm fuzz --seed ${seed} --only ${report.failures
        .map((f) => f.case)
        .filter((c) => c >= 0)
        .slice(0, 10)
        .join(',')}`,
    );
    process.exit(1);
  }
}

main().catch((error: Error) => {
  console.error(`pantau fuzz: ${error.message}`);
  process.exit(1);
});
