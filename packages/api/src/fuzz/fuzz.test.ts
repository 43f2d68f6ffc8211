// The fuzz suite in CI: a fixed seed, a few thousand generated requests against a fresh copy of
// the demo, in process (yoga.fetch). `pnpm fuzz --cases N --seed S` runs longer against a server.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/app.js';
import { type FuzzReport, formatReport, runFuzz } from './fuzzer.js';

/** Cases per run: enough to reach every field with hostile values, quick enough for CI on both databases. */
const CASES = Number(process.env.PANTAU_FUZZ_CASES ?? 2_000);
const SEED = Number(process.env.PANTAU_FUZZ_SEED ?? 20_261_120);
/** PANTAU_FUZZ_ONLY=12,345 replays those cases of the run. */
const ONLY = process.env.PANTAU_FUZZ_ONLY?.split(',').map(Number);

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});

describe('fuzzing every query and mutation', () => {
  let report: FuzzReport;

  it(`answers ${CASES} hostile requests (seed ${SEED}) without a 5xx, a masked error, a leak or a slow answer`, async () => {
    report = await runFuzz({
      send: async (request) => app.yoga.fetch(request),
      origin: 'http://pantau.test',
      cases: CASES,
      seed: SEED,
      ...(ONLY ? { only: ONLY } : {}),
      shared: false,
      log: (line) => {
        if (line.startsWith('✗')) console.log(line);
      },
    });
    console.log(formatReport(report));
    expect(
      report.failures.map((f) => `case ${f.case} (${f.kind}: ${f.what}): ${f.problems.join('; ')} — ${f.answer.slice(0, 160)}`),
    ).toEqual([]);
  }, 600_000);

  it('reached every kind of case, the real report among them', () => {
    expect(report.kinds.operation).toBeGreaterThan(CASES / 2);
    expect(report.kinds.http).toBeGreaterThan(0);
    expect(report.kinds.upload).toBeGreaterThan(0);
    expect(report.reportRefused).toBeGreaterThan(0);
    expect(report.reportStored).toBeGreaterThan(0);
  });
});
