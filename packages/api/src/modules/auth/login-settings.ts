// What a sign-in needs from the app rather than from the request: the throttle the app holds, the
// password cost it hashes at, and the client's address as this server may believe it. Yoga's
// context type is shared by every module; these reach the login resolvers through the request.
import { isIP } from 'node:net';
import type { Plugin } from 'graphql-yoga';
import { PASSWORD_COST, type PasswordCost } from './password.js';
import { LoginThrottle } from './throttle.js';

export interface LoginSettings {
  throttle: LoginThrottle;
  /** The cost new hashes are made at, and old ones rehashed to on sign-in. */
  passwordCost: PasswordCost;
  /**
   * Whether a reverse proxy in front of Pantau appends the client's address to X-Forwarded-For
   * (PANTAU_TRUST_PROXY). Off: the address is the socket's, and the header is ignored, since any
   * client can send it.
   */
  trustProxy: boolean;
}

interface RequestLogin {
  settings: LoginSettings;
  /** The client's address as a throttle key (an IPv6 address by its /64); null when unknown (in-process requests). */
  address: string | null;
}

const byRequest = new WeakMap<Request, RequestLogin>();

/** Without the plugin (a schema run outside createApp): a throttle of its own, the production cost. */
let fallback: RequestLogin | null = null;

export function loginSettingsOf(request: Request): RequestLogin {
  const found = byRequest.get(request);
  if (found) return found;
  fallback ??= { settings: { throttle: new LoginThrottle(), passwordCost: PASSWORD_COST, trustProxy: false }, address: null };
  return fallback;
}

/** The yoga plugin that hands each request the app's login settings and the client's address. */
export function useLoginSettings(settings: LoginSettings): Plugin {
  return {
    onRequest({ request, serverContext }) {
      const socketAddress = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req?.socket?.remoteAddress;
      byRequest.set(request, {
        settings,
        address: clientAddress(socketAddress, request.headers.get('x-forwarded-for'), settings.trustProxy),
      });
    },
  };
}

/**
 * The client's address as a throttle key: the socket's, or with a trusted proxy the last entry of
 * X-Forwarded-For (the one that proxy appended; entries before it are the client's own word).
 * IPv4-mapped IPv6 is read as IPv4; an IPv6 address counts by its /64, the block one subscriber
 * gets, so rotating through it does not reset the count.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | null, trustProxy: boolean): string | null {
  let address = socketAddress;
  if (trustProxy && forwardedFor) {
    const last = forwardedFor.split(',').at(-1)?.trim();
    if (last && isIP(last)) address = last;
  }
  if (!address) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (isIP(address) === 6) return `${ipv6Groups(address).slice(0, 4).join(':')}::/64`;
  return address;
}

/** The eight 16-bit groups of an IPv6 address, `::` expanded, zone dropped. */
function ipv6Groups(address: string): string[] {
  const [head = '', tail] = address.split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return groups.map((g) => (Number.parseInt(g, 16) || 0).toString(16));
}
