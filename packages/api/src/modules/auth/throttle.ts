// Login throttling: failed sign-ins counted per username and per client address, with a wait that
// doubles after each failure past a free allowance. While a wait runs, every sign-in for that
// username or from that address is refused before its password is checked, right or wrong: the
// refusal says nothing about the password and costs no scrypt.
//
// Kept in this process's memory. A restart forgets the counts, and several instances behind a
// load balancer each count their own (an attacker spread over N instances gets N times the
// allowance). That is a bound of the same order, not a hole: the waits still double. A shared
// store (a table, Redis) would make the counts exact; a deployment that needs it can put the
// counters behind this same interface.
import { GraphQLError } from 'graphql';

/** How one kind of key (username, address) is throttled. */
export interface ThrottleRule {
  /** Failures allowed before any wait. */
  free: number;
  /** The first wait, in seconds; each further failure doubles it. */
  baseSeconds: number;
  /** The longest wait, in seconds. */
  maxSeconds: number;
  /** A key quiet (no failure) this long is forgotten, in seconds. */
  forgetSeconds: number;
}

export interface ThrottleLimits {
  username: ThrottleRule;
  address: ThrottleRule;
  /** Keys remembered at most; the oldest are dropped first (a bound on memory under a spray). */
  maxKeys: number;
}

/**
 * Per username: 5 failures free, then 1 s, 2 s, 4 s, … up to 15 minutes per further try — about a
 * hundred guesses a day against one account, while its owner who mistypes a few times waits
 * seconds. Per address: 20 free (an office behind one NAT address shares it), then the same
 * doubling; it stops one address spraying many usernames. Counts are forgotten after an hour
 * without failures; a successful sign-in clears its username's count, not its address's (else
 * an attacker with one account of their own could reset their address between guesses).
 */
export const DEFAULT_THROTTLE_LIMITS: ThrottleLimits = {
  username: { free: 5, baseSeconds: 1, maxSeconds: 15 * 60, forgetSeconds: 60 * 60 },
  address: { free: 20, baseSeconds: 1, maxSeconds: 15 * 60, forgetSeconds: 60 * 60 },
  maxKeys: 50_000,
};

interface Entry {
  failures: number;
  lastFailureAt: number;
  blockedUntil: number;
  /** Attempts under way (their password being checked). */
  pending: number;
}

/** The keys of one attempt: the username as it is looked up, and the client address when known. */
export interface AttemptKeys {
  username: string;
  address: string | null;
}

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();

  constructor(
    readonly limits: ThrottleLimits = DEFAULT_THROTTLE_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  private keysOf(attempt: AttemptKeys): [string, ThrottleRule][] {
    const keys: [string, ThrottleRule][] = [[`u:${attempt.username}`, this.limits.username]];
    if (attempt.address) keys.push([`a:${attempt.address}`, this.limits.address]);
    return keys;
  }

  private current(key: string, rule: ThrottleRule): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.pending === 0 && this.now() - entry.lastFailureAt > rule.forgetSeconds * 1000 && this.now() >= entry.blockedUntil) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Seconds to wait before this attempt may be tried (whole, rounded up); 0 when it may go now. */
  retryAfter(attempt: AttemptKeys): number {
    let wait = 0;
    for (const [key, rule] of this.keysOf(attempt)) {
      const entry = this.current(key, rule);
      if (!entry) continue;
      wait = Math.max(wait, entry.blockedUntil - this.now());
      // Past the free allowance, one attempt at a time: a burst sent at once would otherwise all
      // pass the check before the first failure sets a wait.
      if (entry.pending > 0 && entry.failures + entry.pending >= rule.free) wait = Math.max(wait, rule.baseSeconds * 1000);
    }
    return wait > 0 ? Math.ceil(wait / 1000) : 0;
  }

  /**
   * Starts an attempt: 0 and a `finish` to call with its outcome when it may go, else the seconds
   * to wait. The password is checked between the two.
   */
  begin(attempt: AttemptKeys): { retryAfter: number; finish?: (ok: boolean) => void } {
    const retryAfter = this.retryAfter(attempt);
    if (retryAfter > 0) return { retryAfter };
    const now = this.now();
    const held = this.keysOf(attempt).map(([key, rule]) => {
      const entry = this.current(key, rule) ?? { failures: 0, lastFailureAt: now, blockedUntil: 0, pending: 0 };
      entry.pending++;
      this.entries.set(key, entry);
      return entry;
    });
    let finished = false;
    return {
      retryAfter: 0,
      finish: (ok) => {
        if (finished) return;
        finished = true;
        for (const entry of held) entry.pending = Math.max(0, entry.pending - 1);
        if (ok) this.succeed(attempt);
        else this.fail(attempt);
        // A key that only held this attempt (no failure) is not kept.
        for (const [key] of this.keysOf(attempt)) {
          const entry = this.entries.get(key);
          if (entry && entry.failures === 0 && entry.pending === 0) this.entries.delete(key);
        }
      },
    };
  }

  /** Counts a failed sign-in against its username and address. */
  fail(attempt: AttemptKeys): void {
    const now = this.now();
    for (const [key, rule] of this.keysOf(attempt)) {
      const entry = this.current(key, rule) ?? { failures: 0, lastFailureAt: now, blockedUntil: 0, pending: 0 };
      entry.failures++;
      entry.lastFailureAt = now;
      const over = entry.failures - rule.free;
      if (over > 0) {
        // 2^(over-1) grows past maxSeconds long before it overflows; the exponent is capped anyway.
        const seconds = Math.min(rule.maxSeconds, rule.baseSeconds * 2 ** Math.min(over - 1, 30));
        entry.blockedUntil = now + seconds * 1000;
      }
      // Re-inserted last: the Map's order is the order of last failure, oldest first.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    while (this.entries.size > this.limits.maxKeys) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /** A successful sign-in: its username starts afresh (its address does not, see above). */
  succeed(attempt: AttemptKeys): void {
    const key = `u:${attempt.username}`;
    const entry = this.entries.get(key);
    // Another attempt for this username still under way keeps the entry for its own outcome.
    if (entry && entry.pending > 0) Object.assign(entry, { failures: 0, blockedUntil: 0 });
    else this.entries.delete(key);
  }

  /** Keys held now (for tests and the memory bound). */
  get size(): number {
    return this.entries.size;
  }
}

export const AUTH_TOO_MANY_ATTEMPTS = 'auth/too_many_attempts';

/** "45 detik" / "45 seconds" up to a minute, then whole minutes rounded up. */
function waitText(seconds: number): { id: string; en: string } {
  if (seconds < 60) return { id: `${seconds} detik`, en: `${seconds} second${seconds === 1 ? '' : 's'}` };
  const minutes = Math.ceil(seconds / 60);
  return { id: `${minutes} menit`, en: `${minutes} minute${minutes === 1 ? '' : 's'}` };
}

/**
 * The refusal of a throttled sign-in: HTTP 429 with Retry-After, code auth/too_many_attempts and
 * `retryAfterSeconds` in the extensions (the dashboard counts down from it), in Indonesian first.
 */
export function tooManyAttempts(retryAfterSeconds: number): GraphQLError {
  const wait = waitText(retryAfterSeconds);
  return new GraphQLError(
    `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${wait.id}. (Too many failed sign-in attempts; try again in ${wait.en}.)`,
    {
      extensions: {
        code: AUTH_TOO_MANY_ATTEMPTS,
        retryAfterSeconds,
        http: { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } },
      },
    },
  );
}
