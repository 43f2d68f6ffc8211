// Issue 10, logs: one JSON line per request, and nothing personal on any line (UU 27/2022):
// not a NIK, a name typed at sign-in, a password, a cookie or the variables of a query.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, REDACTED, redactForLog } from './log.js';
import { createTestApp, loginAs } from './test/app.js';

const NIK = '1671012345678901';

/** A logger whose lines are kept in `lines`, parsed. */
function capture() {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line));
      }
      done();
    },
  });
  return { logger: createLogger({ level: 'info', destination }), lines, raw };
}

describe('redactForLog', () => {
  it('replaces personal and secret keys at any depth, whatever their case', () => {
    const out = redactForLog({
      regionName: 'Ilir Timur I',
      operationName: 'Households',
      household: { NIK: NIK, headName: 'Siti', members: [{ nama: 'Budi', nik: NIK, age: 7 }], alamat: 'Jl. Mawar 3' },
      headers: { Cookie: 'pantau_session=abc', Authorization: 'Bearer x' },
      login: { username: 'walikota', password: 'rahasia', passwordHash: 'scrypt$…' },
    });
    expect(out).toEqual({
      regionName: 'Ilir Timur I',
      operationName: 'Households',
      household: { NIK: REDACTED, headName: REDACTED, members: [{ nama: REDACTED, nik: REDACTED, age: 7 }], alamat: REDACTED },
      headers: { Cookie: REDACTED, Authorization: REDACTED },
      login: { username: REDACTED, password: REDACTED, passwordHash: REDACTED },
    });
  });

  it('masks a NIK or KK number inside any text, and keeps longer or shorter numbers', () => {
    expect(redactForLog(`import row 12: ${NIK} duplicated`)).toBe('import row 12: [nik] duplicated');
    expect(redactForLog({ note: `kk=${NIK};` })).toEqual({ note: 'kk=[nik];' });
    expect(redactForLog('1671012345678901234 and 167101')).toBe('1671012345678901234 and 167101');
  });

  it("keeps an error's class, code and frames, but not the message of a database error (it quotes arguments)", () => {
    class PrismaClientKnownRequestError extends Error {
      code = 'P2002';
    }
    const out = redactForLog(new PrismaClientKnownRequestError(`Unique constraint failed on nik = ${NIK}, name = Siti`)) as Record<
      string,
      unknown
    >;
    expect(out).toMatchObject({ type: 'PrismaClientKnownRequestError', code: 'P2002' });
    expect(out.message).toBeUndefined();
    expect(JSON.stringify(out)).not.toContain(NIK);
    const plain = redactForLog(new Error(`row with ${NIK} refused`)) as Record<string, unknown>;
    expect(plain.message).toBe('row with [nik] refused');
  });

  it('survives cycles and depth', () => {
    const a: Record<string, unknown> = { id: 1 };
    a.self = a;
    expect(redactForLog(a)).toEqual({ id: 1, self: '[circular]' });
    let deep: Record<string, unknown> = { leaf: true };
    for (let i = 0; i < 20; i++) deep = { next: deep };
    expect(JSON.stringify(redactForLog(deep))).toContain('[too deep]');
  });
});

describe('request lines', () => {
  it('say method, path, status, time, operation and error codes, and nothing personal', async () => {
    const { logger, lines, raw } = capture();
    const app = await createTestApp({ logger });
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      app.yoga.fetch('http://pantau.test/graphql?token=secret-in-url', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    // A failed sign-in with a NIK typed as the username and a person's name as the password.
    await post({
      query: 'mutation SignIn($u: String!, $p: String!) { login(username: $u, password: $p) { __typename } }',
      variables: { u: NIK, p: 'Siti Rahmawati' },
    });
    const admin = await loginAs(app, 'admin');
    await post(
      {
        query: 'query Find($f: HouseholdFilter!) { households(filter: $f, first: 5) { edges { node { id } } } }',
        variables: { f: { regionCode: '16.71' } },
      },
      admin,
    );
    // A value refused by a scalar: its error message may quote it, the line holds only the code.
    await post({ query: 'query Bad($c: RegionCode!) { region(code: $c) { name } }', variables: { c: NIK } }, admin);
    // Invalid: its line still names the operation.
    await post({ query: 'query Nope { nope }' }, admin);
    await new Promise((resolve) => setTimeout(resolve, 50));

    const requests = lines.filter((line) => line.msg === 'request' || line.msg === 'request failed');
    expect(requests.length).toBeGreaterThanOrEqual(4);
    const signIn = requests.find((line) => line.operation === 'SignIn');
    expect(signIn).toMatchObject({ method: 'POST', path: '/graphql', status: 200, service: 'pantau' });
    expect(typeof signIn?.ms).toBe('number');
    const find = requests.find((line) => line.operation === 'Find');
    expect(find).toMatchObject({ status: 200, userId: expect.any(Number) });
    expect(requests.find((line) => line.operation === 'Bad')).toMatchObject({ status: 400, errors: ['input/invalid'] });
    expect(requests.find((line) => line.operation === 'Nope')).toMatchObject({ errors: ['GRAPHQL_VALIDATION_FAILED'] });

    const everything = raw.join('\n');
    for (const secret of [NIK, 'Siti Rahmawati', 'pantau-demo', admin.cookie.split('=')[1]!, 'secret-in-url']) {
      expect(everything, secret).not.toContain(secret);
    }
  });
});
