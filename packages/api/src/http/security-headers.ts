// Security headers on everything Pantau serves: the dashboard's files (static.ts) and the API's
// answers (yoga.ts). The dashboard is a built Vite app: one module script and one stylesheet from
// /assets, no inline script, data only from /graphql on the same origin. Its policy says exactly
// that, so an injected <script> or a script from elsewhere does not run, and no other site can
// frame it (clickjacking a mayor into approving a report).
import type { Plugin } from 'graphql-yoga';

/**
 * The dashboard's Content-Security-Policy.
 * - script-src 'self': the built bundle only; no inline script (the build emits none), no eval.
 * - style-src 'self' with style-src-attr 'unsafe-inline': stylesheets only from the bundle, but
 *   style attributes are allowed, because ECharts writes its tooltips as HTML with style
 *   attributes and its SVG renderer styles text the same way. An attribute cannot load or run
 *   anything; a <style> element (which could exfiltrate by selectors) stays refused.
 * - img-src data: blob:: chart snapshots for the rakor deck and PDF export are data/blob URLs.
 * - connect-src 'self': /graphql; frame-ancestors 'none': nobody frames Pantau.
 */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The API answers JSON: nothing in it may load or run anything, or be framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Headers every answer carries, besides its Content-Security-Policy. */
export const COMMON_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  // Pantau's URLs carry region codes and filters; no other site needs to see them.
  'referrer-policy': 'no-referrer',
  // For browsers that predate frame-ancestors.
  'x-frame-options': 'DENY',
  // Features no page of Pantau uses.
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'cross-origin-opener-policy': 'same-origin',
};

export const DASHBOARD_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  ...COMMON_SECURITY_HEADERS,
  'content-security-policy': DASHBOARD_CSP,
};

export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  ...COMMON_SECURITY_HEADERS,
  'content-security-policy': API_CSP,
};

/** Adds the API's security headers to every answer of yoga (also refusals and preflights). */
export function useSecurityHeaders(): Plugin {
  return {
    onResponse({ response }) {
      for (const [name, value] of Object.entries(API_SECURITY_HEADERS)) response.headers.set(name, value);
      // The CORS headers differ by Origin (an allowed origin gets them, others not): caches must
      // keep one answer per Origin.
      const vary = response.headers.get('vary');
      if (
        !vary
          ?.toLowerCase()
          .split(/\s*,\s*/)
          .includes('origin')
      )
        response.headers.set('vary', vary ? `${vary}, Origin` : 'Origin');
    },
  };
}
