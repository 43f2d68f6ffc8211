// The one HTTP client of the benchmark: the GraphQL endpoint and the naive JSON endpoints are
// timed with the same code, over keep-alive loopback connections, from start of request to the
// last byte of the response.
import { Agent, request } from 'node:http';

export interface HttpTarget {
  port: number;
  path: string;
  /** JSON body, sent as POST. */
  body: string;
  headers?: Record<string, string>;
}

export interface HttpResult {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A keep-alive agent with room for `sockets` requests at once. */
export const createAgent = (sockets: number) => new Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });

export function send(agent: Agent, target: HttpTarget): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: target.port,
        path: target.path,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(target.body), ...target.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(target.body);
  });
}

/** A response the benchmark counts: HTTP 200 and no GraphQL or naive-endpoint error in the body. */
export function isSuccess(result: HttpResult): boolean {
  return result.status === 200 && !result.body.includes('"errors":[') && !result.body.startsWith('{"error"');
}

export interface Limits {
  /** Requests before timing starts (caches, JIT, prepared plans). */
  warmupRequests: number;
  warmupMs: number;
  /** Sequential timed requests: stop at whichever of the two comes first (at least `minSamples`). */
  sequentialRequests: number;
  sequentialMs: number;
  minSamples: number;
  /** Concurrent phase: clients start requests for `windowMs`; in-flight ones finish, within `hardMs`. */
  clients: number;
  windowMs: number;
  hardMs: number;
}

export interface Figures {
  p50: number;
  p95: number;
  /** Sequential samples timed. */
  samples: number;
  /** True when the sequential phase stopped at its time limit before its request count. */
  sequentialTimeCapped: boolean;
  /** Requests per second with `clients` concurrent clients. */
  rps: number;
  concurrentRequests: number;
  concurrentSeconds: number;
  /** True when in-flight requests were still running at `hardMs` and were not counted. */
  concurrentCapped: boolean;
  errors: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

async function timed(agent: Agent, target: HttpTarget): Promise<{ ms: number; ok: boolean }> {
  const started = performance.now();
  try {
    const result = await send(agent, target);
    return { ms: performance.now() - started, ok: isSuccess(result) };
  } catch {
    return { ms: performance.now() - started, ok: false };
  }
}

/**
 * Latency with one client, then throughput with `clients` clients. `settle` runs between the two
 * phases and after the concurrent one (the caller waits there until the server has no request in
 * flight, so a slow phase does not eat into the next measurement).
 */
export async function measure(target: HttpTarget, limits: Limits, settle: () => Promise<void> = async () => {}): Promise<Figures> {
  let errors = 0;
  const single = createAgent(1);
  const warmupEnd = performance.now() + limits.warmupMs;
  for (let i = 0; i < limits.warmupRequests && performance.now() < warmupEnd; i++) {
    if (!(await timed(single, target)).ok) errors++;
  }
  const latencies: number[] = [];
  const sequentialEnd = performance.now() + limits.sequentialMs;
  while (latencies.length < limits.sequentialRequests && (latencies.length < limits.minSamples || performance.now() < sequentialEnd)) {
    const { ms, ok } = await timed(single, target);
    if (ok) latencies.push(ms);
    else errors++;
    if (errors > 20 && latencies.length === 0) throw new Error(`every request to port ${target.port}${target.path} fails`);
  }
  const sequentialTimeCapped = latencies.length < limits.sequentialRequests;
  single.destroy();
  await settle();

  const many = createAgent(limits.clients);
  const started = performance.now();
  const windowEnd = started + limits.windowMs;
  let completed = 0;
  let lastCompletion = started;
  const client = async () => {
    while (performance.now() < windowEnd) {
      const { ok } = await timed(many, target);
      if (ok) {
        completed++;
        lastCompletion = performance.now();
      } else errors++;
    }
  };
  let capped = false;
  const all = Promise.all(Array.from({ length: limits.clients }, client));
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    all,
    new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        capped = true;
        resolve();
      }, limits.hardMs);
    }),
  ]);
  clearTimeout(timer);
  // Throughput over the time the counted requests took: from the start to the last completion
  // (at least the window), so requests still running when the window closed count in full.
  const seconds = (Math.max(lastCompletion, windowEnd) - started) / 1000;
  many.destroy();
  await settle();
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    samples: latencies.length,
    sequentialTimeCapped,
    rps: completed / seconds,
    concurrentRequests: completed,
    concurrentSeconds: seconds,
    concurrentCapped: capped,
    errors,
  };
}
