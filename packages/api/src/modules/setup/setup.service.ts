// The first administrator of a deployment started without the demo (PANTAU_DEMO=off). While no
// user exists, the server makes a one-time token at start and prints a link that carries it; the
// set-up page sends it back with the new ADMIN's name and password. Nothing else can create the
// first user over the network, and no deployment has a published password.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const SETUP_PATH = '/siapkan';
export const SETUP_TOKEN_INVALID = 'setup/token_invalid';
export const SETUP_CLOSED = 'setup/closed';

/** One server's set-up token; only its hash stays in memory. */
export class FirstRunSetup {
  private readonly hash: Buffer;

  private constructor(hash: Buffer) {
    this.hash = hash;
  }

  /** A new token and the setup that accepts it. */
  static create(): { setup: FirstRunSetup; token: string } {
    const token = randomBytes(24).toString('base64url');
    return { setup: new FirstRunSetup(digest(token)), token };
  }

  accepts(token: string): boolean {
    return timingSafeEqual(digest(token), this.hash);
  }
}

const digest = (token: string) => createHash('sha256').update(token).digest();

/** The link the server prints: the token travels in the fragment, so it never reaches a log. */
export const setupLink = (baseUrl: string, token: string) => `${baseUrl}${SETUP_PATH}#${token}`;
