// The done-when of a new kabupaten/kota, as its secretariat runs it on a fresh clone: migrate an
// empty database, create the first ADMIN, import the regions and the P3KE households from files,
// start without the demo; the new admin signs in and sees the extreme-poor households by
// kecamatan. Every step through the real commands.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { withDatabase } from '../src/test/global-setup.js';
import { householdsCsv, kupangHouseholds, regionsCsv } from '../src/test/import-files.js';

const API = resolve(import.meta.dirname, '..');
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

interface Run {
  code: number | null;
  output: string;
}

function run(script: string, args: string[], env: NodeJS.ProcessEnv, stdin?: string): Promise<Run> {
  const { NODE_ENV: _n, DATABASE_URL: _u, PANTAU_DATA_DIR: _d, PANTAU_TODAY: _t, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: API, env: { ...inherited, ...env } });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  child.stdin.end(stdin ?? '');
  return new Promise((r) => child.once('exit', (code) => r({ code, output })));
}

/** An empty database: a new PostgreSQL database, or a new PGlite folder. */
async function emptyDatabase(dir: string): Promise<NodeJS.ProcessEnv> {
  const url = process.env.DATABASE_URL;
  if (!url) return { PANTAU_DATA_DIR: join(dir, 'pglite') };
  const name = `pantau_t_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  cleanups.push(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });
  return { DATABASE_URL: withDatabase(url, name) };
}

describe('a new kabupaten/kota from nothing', () => {
  it('migrates, creates its admin, imports its files, starts without the demo and shows its figures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pantau-first-run-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const env = await emptyDatabase(dir);
    writeFileSync(join(dir, 'wilayah.csv'), regionsCsv());
    writeFileSync(join(dir, 'p3ke.csv'), householdsCsv(kupangHouseholds(40)));

    const migrate = await run('scripts/migrate.ts', [], env);
    expect(migrate.output).toContain('Reference data: 552 provinces and kabupaten/kota');
    expect(migrate.code).toBe(0);

    // The password on standard input; a weak one is refused first.
    const weak = await run(
      'scripts/user-create.ts',
      ['admin.kupang', '--role', 'ADMIN', '--region', '53.71', '--password-stdin'],
      env,
      'pantau-demo\n',
    );
    expect(weak.code).toBe(1);
    expect(weak.output).toContain('password: This password is too easy to guess');
    const created = await run(
      'scripts/user-create.ts',
      ['admin.kupang', '--role', 'ADMIN', '--region', '53.71', '--display-name', 'Sekretariat TKPKD Kota Kupang', '--password-stdin'],
      env,
      'rahasia-kupang-2026\n',
    );
    expect(created.output).toContain('Created admin.kupang (ADMIN, 53.71)');

    // Paths relative to where the person typed the command (pnpm sets INIT_CWD).
    const regions = await run('scripts/import.ts', ['regions', 'wilayah.csv'], { ...env, INIT_CWD: dir });
    expect(regions.output).toMatch(/^regions: 9 rows, 9 created/m);
    const households = await run('scripts/import.ts', ['households', 'p3ke.csv', '--drawn-on', '2026-01-15'], { ...env, INIT_CWD: dir });
    expect(households.output).toMatch(/^households: 40 rows, 40 entered, 0 left/m);
    expect(households.code).toBe(0);

    // pnpm start without the demo: no demo rows, no demo users, no set-up link (a user exists).
    const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: API,
      env: { ...process.env, NODE_ENV: 'production', ...env, PANTAU_DEMO: 'off', PORT: '0', HOST: '127.0.0.1', PANTAU_TODAY: '2026-03-10' },
    });
    cleanups.push(() => {
      server.kill('SIGTERM');
    });
    let log = '';
    const url = await new Promise<string>((resolvePromise, reject) => {
      const onData = (c: Buffer) => {
        log += c.toString();
        const match = /GraphQL (http:\/\/\S+\/graphql)/.exec(log);
        if (match) resolvePromise(match[1]!.replace('localhost', '127.0.0.1'));
      };
      server.stdout.on('data', onData);
      server.stderr.on('data', onData);
      server.once('exit', (code) => reject(new Error(`server exited ${code}:\n${log}`)));
    });
    expect(log).not.toContain('Empty database: loading the demo');
    expect(log).not.toContain('No user yet');
    const gql = async (query: string, cookie = '') => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query }),
      });
      return { response, body: (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] } };
    };
    expect((await gql('mutation { login(username: "walikota", password: "pantau-demo") { __typename } }')).body.data).toEqual({
      login: { __typename: 'DomainError' },
    });
    const login = await gql('mutation { login(username: "admin.kupang", password: "rahasia-kupang-2026") { __typename } }');
    const cookie = login.response.headers.get('set-cookie')!.split(';')[0]!;
    const { body } = await gql(
      '{ extremePoverty(regionCode: "53.71") { households byPlace { regionCode name households } vintage synthetic } }',
      cookie,
    );
    expect(body.errors).toBeUndefined();
    // Desil 1 (every fourth of the 40) is extreme poor; kelurahan rotate over the three kecamatan.
    expect(body.data?.extremePoverty).toEqual({
      // The provenance names the registry and the day it was drawn, and is not synthetic.
      vintage: 'P3KE, ditarik 15 Januari 2026',
      synthetic: false,
      households: 10,
      byPlace: [
        { regionCode: '53.71.01', name: 'Alak', households: 4 },
        { regionCode: '53.71.02', name: 'Maulafa', households: 3 },
        { regionCode: '53.71.03', name: 'Oebobo', households: 3 },
      ],
    });
  }, 240_000);
});
