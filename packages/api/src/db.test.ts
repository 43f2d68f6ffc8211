import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, describeUrl, openDatabase, repoRoot } from './db.js';

describe('opening the database', () => {
  it('names the host and the cause when PostgreSQL cannot be reached', async () => {
    const error = await openDatabase({ url: 'postgresql://nobody@127.0.0.1:1/x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as Error).message).toBe(
      'Cannot connect to PostgreSQL at 127.0.0.1:1/x: connection refused (is the server running and listening on that port?) (ECONNREFUSED)',
    );
  });

  it('never prints the password of a connection string', () => {
    expect(describeUrl('postgresql://user:secret@db.example:6543/pantau')).toBe('db.example:6543/pantau');
    expect(describeUrl('not a url')).toMatch(/unparseable DATABASE_URL/);
  });

  it('the server exits non-zero with one clear line for an unreachable DATABASE_URL', () => {
    const result = spawnSync(resolve(repoRoot, 'packages/api/node_modules/.bin/tsx'), ['src/server.ts'], {
      cwd: resolve(repoRoot, 'packages/api'),
      env: { ...process.env, DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/x', PORT: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('npm warn'));
    expect(lines).toEqual([expect.stringContaining('pantau: Cannot connect to PostgreSQL at 127.0.0.1:1/x: connection refused')]);
  });
});
