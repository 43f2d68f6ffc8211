import { describe, expect, it } from 'vitest';
import { clientAddress } from './login-settings.js';
import { AUTH_TOO_MANY_ATTEMPTS, DEFAULT_THROTTLE_LIMITS, LoginThrottle, tooManyAttempts } from './throttle.js';

/** A throttle on a clock the test moves. */
function throttleAt(start = 1_000_000) {
  let now = start;
  const throttle = new LoginThrottle(DEFAULT_THROTTLE_LIMITS, () => now);
  return { throttle, advance: (seconds: number) => (now += seconds * 1000) };
}

const fail = (throttle: LoginThrottle, username: string, address: string | null = '10.0.0.1') => {
  const attempt = throttle.begin({ username, address });
  if (!attempt.finish) return attempt.retryAfter;
  attempt.finish(false);
  return 0;
};

describe('login throttle', () => {
  it('lets 5 failures of one username through, then waits 1 s, 2 s, 4 s … doubling', () => {
    const { throttle, advance } = throttleAt();
    for (let i = 0; i < 5; i++) expect(fail(throttle, 'walikota')).toBe(0);
    expect(throttle.retryAfter({ username: 'walikota', address: '10.0.0.1' })).toBe(0);
    expect(fail(throttle, 'walikota')).toBe(0); // the 6th is tried, and sets the first wait
    expect(throttle.retryAfter({ username: 'walikota', address: '10.0.0.2' })).toBe(1);
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      const wait = throttle.retryAfter({ username: 'walikota', address: null });
      waits.push(wait);
      advance(wait);
      expect(fail(throttle, 'walikota', null)).toBe(0);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32]);
    // Another username from the same address is not held up by walikota's count.
    expect(throttle.retryAfter({ username: 'admin', address: null })).toBe(0);
  });

  it('caps the wait at 15 minutes and forgets a username an hour after its last failure', () => {
    const { throttle, advance } = throttleAt();
    for (let i = 0; i < 40; i++) {
      advance(throttle.retryAfter({ username: 'dinsos', address: null }));
      fail(throttle, 'dinsos', null);
    }
    expect(throttle.retryAfter({ username: 'dinsos', address: null })).toBe(15 * 60);
    advance(61 * 60);
    expect(throttle.retryAfter({ username: 'dinsos', address: null })).toBe(0);
    expect(fail(throttle, 'dinsos', null)).toBe(0);
    expect(throttle.retryAfter({ username: 'dinsos', address: null })).toBe(0); // counting from 1 again
  });

  it('counts an address spraying many usernames: 20 free, then the same doubling for any username', () => {
    const { throttle } = throttleAt();
    for (let i = 0; i < 20; i++) expect(fail(throttle, `user${i}`, '203.0.113.9')).toBe(0);
    expect(fail(throttle, 'user20', '203.0.113.9')).toBe(0);
    expect(throttle.retryAfter({ username: 'someone-else', address: '203.0.113.9' })).toBe(1);
    expect(throttle.retryAfter({ username: 'someone-else', address: '203.0.113.10' })).toBe(0);
  });

  it("clears a username's count on success, but not its address's", () => {
    const { throttle } = throttleAt();
    for (let i = 0; i < 4; i++) fail(throttle, 'admin', '198.51.100.7');
    throttle.begin({ username: 'admin', address: '198.51.100.7' }).finish?.(true);
    for (let i = 0; i < 5; i++) expect(fail(throttle, 'admin', `198.51.100.${20 + i}`)).toBe(0);
    // The address still has its 4 failures: 16 more are free, the 17th sets a wait.
    for (let i = 0; i < 16; i++) expect(fail(throttle, `other${i}`, '198.51.100.7')).toBe(0);
    expect(fail(throttle, 'other16', '198.51.100.7')).toBe(0);
    expect(throttle.retryAfter({ username: 'x', address: '198.51.100.7' })).toBe(1);
  });

  it('past the free allowance, lets one attempt at a time through: a burst sent at once is not a burst of guesses', () => {
    const { throttle } = throttleAt();
    for (let i = 0; i < 4; i++) fail(throttle, 'walikota', null);
    const first = throttle.begin({ username: 'walikota', address: null });
    expect(first.finish).toBeDefined(); // the 5th, still free
    const second = throttle.begin({ username: 'walikota', address: null });
    expect(second.finish).toBeUndefined();
    expect(second.retryAfter).toBe(1);
    first.finish?.(false);
    expect(throttle.retryAfter({ username: 'walikota', address: null })).toBe(0);
  });

  it('holds at most maxKeys keys, dropping the oldest', () => {
    let now = 0;
    const throttle = new LoginThrottle({ ...DEFAULT_THROTTLE_LIMITS, maxKeys: 100 }, () => now);
    for (let i = 0; i < 1_000; i++) {
      now += 1;
      fail(throttle, `spray${i}`, null);
    }
    expect(throttle.size).toBe(100);
  });

  it('refuses with 429, Retry-After and a sentence in Indonesian first', () => {
    const error = tooManyAttempts(45);
    expect(error.message).toBe(
      'Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 45 detik. (Too many failed sign-in attempts; try again in 45 seconds.)',
    );
    expect(error.extensions).toEqual({
      code: AUTH_TOO_MANY_ATTEMPTS,
      retryAfterSeconds: 45,
      http: { status: 429, headers: { 'retry-after': '45' } },
    });
    expect(tooManyAttempts(61).message).toContain('Coba lagi dalam 2 menit. (Too many failed sign-in attempts; try again in 2 minutes.)');
  });
});

describe('the client address the throttle counts', () => {
  it("is the socket's, and X-Forwarded-For only behind a trusted proxy", () => {
    expect(clientAddress('10.1.2.3', '203.0.113.5', false)).toBe('10.1.2.3');
    expect(clientAddress('10.1.2.3', '198.51.100.1, 203.0.113.5', true)).toBe('203.0.113.5');
    // A forged or empty header behind a proxy falls back to the socket.
    expect(clientAddress('10.1.2.3', 'not-an-address', true)).toBe('10.1.2.3');
    expect(clientAddress(undefined, null, false)).toBeNull();
  });

  it('reads IPv4-mapped IPv6 as IPv4 and counts IPv6 by its /64', () => {
    expect(clientAddress('::ffff:192.0.2.7', null, false)).toBe('192.0.2.7');
    expect(clientAddress('2001:db8:1:2:aaaa::1', null, false)).toBe('2001:db8:1:2::/64');
    expect(clientAddress('2001:db8:1:2:bbbb:cccc:dddd:eeee', null, false)).toBe('2001:db8:1:2::/64');
    expect(clientAddress('2001:db8::1', null, false)).toBe('2001:db8:0:0::/64');
    expect(clientAddress('::1', null, false)).toBe('0:0:0:0::/64');
  });
});
