import { describe, expect, it } from 'vitest';
import { dummyHash, hashPassword, needsRehash, PASSWORD_COST, TEST_PASSWORD_COST, verifyPassword } from './password.js';

describe('password hashing', () => {
  it("hashes at OWASP's scrypt parameters by default (N=2^17, r=8, p=1) and verifies", async () => {
    expect(PASSWORD_COST).toEqual({ N: 131_072, r: 8, p: 1 });
    const hash = await hashPassword('rahasia-kupang-2026');
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(await verifyPassword('rahasia-kupang-2026', hash)).toBe(true);
    expect(await verifyPassword('rahasia-kupang-2027', hash)).toBe(false);
    expect(needsRehash(hash)).toBe(false);
  });

  it('verifies an old hash at its own cost and says it needs a rehash', async () => {
    const old = await hashPassword('pantau-demo', { N: 16_384, r: 8, p: 1 });
    expect(old.startsWith('scrypt$16384$8$1$')).toBe(true);
    expect(await verifyPassword('pantau-demo', old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash(old, { N: 16_384, r: 8, p: 1 })).toBe(false);
    const cheap = await hashPassword('pantau-demo', TEST_PASSWORD_COST);
    expect(needsRehash(cheap)).toBe(true);
    expect(needsRehash(cheap, TEST_PASSWORD_COST)).toBe(false);
  });

  it.each([
    ['empty', ''],
    ['another scheme', 'bcrypt$2b$10$abc'],
    ['missing parts', 'scrypt$16384$8$1$c2FsdA=='],
    ['N not a power of two', 'scrypt$1000$8$1$c2FsdA==$Zm4eWpXyZ4pvWn0q2l3UfC6k0mA5vV0sH0t6c9t4y8U='],
    ['N absurdly large', 'scrypt$1073741824$8$1$c2FsdA==$Zm4eWpXyZ4pvWn0q2l3UfC6k0mA5vV0sH0t6c9t4y8U='],
    ['r not a number', 'scrypt$16384$x$1$c2FsdA==$Zm4eWpXyZ4pvWn0q2l3UfC6k0mA5vV0sH0t6c9t4y8U='],
    ['p zero', 'scrypt$16384$8$0$c2FsdA==$Zm4eWpXyZ4pvWn0q2l3UfC6k0mA5vV0sH0t6c9t4y8U='],
    ['hash too short', 'scrypt$16384$8$1$c2FsdA==$YQ=='],
    ['extra part', 'scrypt$16384$8$1$c2FsdA==$Zm4eWpXyZ4pvWn0q2l3UfC6k0mA5vV0sH0t6c9t4y8U=$x'],
  ])('treats a stored hash with %s as not matching, without throwing or allocating', async (_what, stored) => {
    expect(await verifyPassword('pantau-demo', stored)).toBe(false);
    expect(needsRehash(stored)).toBe(true);
  });

  it('has a dummy hash at the current cost, so an unknown user costs as much as a known one', async () => {
    expect(dummyHash().startsWith('scrypt$131072$8$1$')).toBe(true);
    expect(await verifyPassword('anything', dummyHash(TEST_PASSWORD_COST))).toBe(false);
  });
});
