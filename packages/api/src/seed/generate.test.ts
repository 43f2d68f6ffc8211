import { beforeAll, describe, expect, it } from 'vitest';
import { parseGenerateArgs } from '../../scripts/generate.js';
import { createTestApp, type TestApp } from '../test/app.js';
import { generateLargeDataSet } from './generate.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});

const count = async (sql: string) => (await app.db.raw<{ n: number }>(sql))[0]!.n;

describe('db:generate', () => {
  it('adds households with identities and benefits, and the rollups follow', async () => {
    const before = await count('SELECT COUNT(*)::int AS n FROM household');
    const result = await generateLargeDataSet(app.db, { households: 3_000, seed: 7 });
    expect(result.households).toBe(3_000);
    expect(await count('SELECT COUNT(*)::int AS n FROM household')).toBe(before + 3_000);
    expect(await count('SELECT COUNT(*)::int AS n FROM household_identity')).toBe(before + 3_000);
    expect(await count('SELECT SUM(households)::int AS n FROM household_rollup')).toBe(before + 3_000);
    expect(result.benefits).toBeGreaterThan(0);
  });

  it('refuses a household count that is not a positive whole number, and writes nothing', async () => {
    const before = await count('SELECT COUNT(*)::int AS n FROM household');
    await expect(generateLargeDataSet(app.db, { households: 0 })).rejects.toThrow('households must be a whole number of at least 1, got 0');
    expect(await count('SELECT COUNT(*)::int AS n FROM household')).toBe(before);
  });
});

describe('db:generate arguments', () => {
  it('reads --households as people write it', () => {
    expect(parseGenerateArgs(['--households', '1_000_000'])).toEqual({ households: 1_000_000, withMembers: false });
    expect(parseGenerateArgs(['--households=100,000', '--with-members'])).toEqual({ households: 100_000, withMembers: true });
  });
  it('says what is wrong with a bad argument', () => {
    expect(() => parseGenerateArgs(['--households', 'lots'])).toThrow('--households needs a whole number of at least 1, got "lots"');
    expect(() => parseGenerateArgs([])).toThrow('--households is required');
    expect(() => parseGenerateArgs(['--households', '5', '--fast'])).toThrow('unknown argument "--fast"');
  });
});
