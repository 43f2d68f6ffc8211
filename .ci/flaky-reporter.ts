// Names every test that failed and then passed on its retry (the browser specs get one retry, see
// vitest.config.ts), so `.ci/run` can print them: a flake lets the run land but is never silent.
import { appendFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Reporter, TestCase } from 'vitest/node';

export default class FlakyReporter implements Reporter {
  onTestCaseResult(testCase: TestCase): void {
    const out = process.env.PANTAU_FLAKY_OUT;
    const diagnostic = testCase.diagnostic();
    if (!out || !diagnostic?.flaky) return;
    const where = relative(process.cwd(), testCase.module.moduleId);
    const error = testCase.result().errors?.[0]?.message ?? '';
    appendFileSync(
      out,
      `${testCase.project.name}: ${where} > ${testCase.fullName} (passed on retry ${diagnostic.retryCount})${error ? `: ${error.split('\n')[0].slice(0, 200)}` : ''}\n`,
    );
  }
}
