// Tables and the docs/benchmarks.md section the benchmark prints and writes.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Figures } from './http.js';

export interface QueryResult {
  label: string;
  /** Pantau's API as it runs: rollups behind the answer cache. */
  rollup?: Figures;
  /** The same API without the answer cache: every request reads the rollups. */
  uncached?: Figures;
  naive?: Figures;
  /** "yes", or where the two answers differ. */
  agree?: string;
  /** Why the query was not measured. */
  skipped?: string;
}

export const formatMs = (ms: number) =>
  Number.isNaN(ms) ? '–' : ms < 10 ? `${ms.toFixed(2)} ms` : `${Math.round(ms).toLocaleString('en')} ms`;
export const formatRps = (rps: number) => (rps < 10 ? rps.toFixed(2) : Math.round(rps).toLocaleString('en'));
const formatRatio = (ratio: number) =>
  Number.isFinite(ratio) ? `${ratio < 10 ? ratio.toFixed(1) : Math.round(ratio).toLocaleString('en')}×` : '–';

function samples(f: Figures | undefined): string {
  if (!f) return '–';
  return `${f.samples}${f.sequentialTimeCapped ? '*' : ''}`;
}

function concurrent(f: Figures | undefined): string {
  if (!f) return '–';
  return `${formatRps(f.rps)}${f.concurrentCapped ? '†' : ''}`;
}

/** One markdown table: the API with and without its answer cache beside the naive path, with the ratios. */
export function markdownTable(results: readonly QueryResult[]): string {
  const header = [
    'query',
    'API p50',
    'API p95',
    'no cache p50',
    'no cache p95',
    'naive p50',
    'naive p95',
    'p95 naive ÷ API',
    'p95 naive ÷ no cache',
    'API req/s (20 clients)',
    'no cache req/s',
    'naive req/s',
    'req/s API ÷ naive',
    'samples API / no cache / naive',
    'same figures',
  ];
  const ms = (f: Figures | undefined, pick: 'p50' | 'p95') => (f ? formatMs(f[pick]) : '–');
  const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined ? formatRatio(a / b) : '–');
  const rows = results.map((r) => {
    if (r.skipped) return [r.label, ...Array(header.length - 2).fill(''), `skipped: ${r.skipped}`];
    const { rollup, uncached, naive } = r;
    return [
      r.label,
      ms(rollup, 'p50'),
      ms(rollup, 'p95'),
      ms(uncached, 'p50'),
      ms(uncached, 'p95'),
      ms(naive, 'p50'),
      ms(naive, 'p95'),
      ratio(naive?.p95, rollup?.p95),
      ratio(naive?.p95, uncached?.p95),
      concurrent(rollup),
      concurrent(uncached),
      concurrent(naive),
      ratio(rollup?.rps, naive?.rps),
      `${samples(rollup)} / ${samples(uncached)} / ${samples(naive)}`,
      r.agree ?? '–',
    ];
  });
  const right = new Set(Array.from({ length: header.length - 3 }, (_, i) => i + 1));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => (right.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (right.has(i) ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(header), rule, ...rows.map((row) => line(row.map(String)))].join('\n');
}

/** Replaces the section under `heading` (up to the next "## ") in a markdown file, or appends it. */
export function upsertSection(file: string, heading: string, body: string): void {
  const text = readFileSync(file, 'utf8');
  const section = `${heading}\n\n${body.trim()}\n`;
  const start = text.indexOf(`${heading}\n`);
  if (start === -1) {
    writeFileSync(file, `${text.trimEnd()}\n\n${section}`);
    return;
  }
  const next = text.indexOf('\n## ', start + heading.length);
  const after = next === -1 ? '' : text.slice(next + 1);
  writeFileSync(file, `${text.slice(0, start)}${section}${after ? `\n${after}` : ''}`);
}
