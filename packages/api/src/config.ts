// Settings read from the environment at start: a value Pantau cannot read stops the start with
// one line naming the variable, not a request later.

/** A setting in the environment that Pantau cannot read: the start stops with this one line. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

/**
 * PANTAU_ALLOWED_ORIGINS: the other origins whose pages may call the API with the user's cookie
 * (CORS with credentials), comma-separated: `https://dasbor.example.go.id,http://localhost:5173`.
 * Unset or empty: none, so only the dashboard Pantau serves itself (same origin) can. Each entry
 * is an origin exactly as a browser sends it: scheme, host and port, no path, no wildcard; `*`
 * is refused because a credentialed answer to every origin is the hole this setting closes.
 */
export function allowedOriginsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  const value = env.PANTAU_ALLOWED_ORIGINS ?? '';
  const origins: string[] = [];
  for (const part of value.split(',')) {
    const entry = part.trim();
    if (entry === '') continue;
    let origin: string | null = null;
    try {
      const url = new URL(entry);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin === entry && !entry.includes('*')) origin = url.origin;
    } catch {
      // Not a URL: refused below.
    }
    if (!origin) {
      const why = entry.includes('*')
        ? 'a wildcard would let every site read answers with its visitors’ sessions'
        : 'write each as scheme://host[:port], without a path or a trailing slash, e.g. https://dasbor.example.go.id';
      throw new ConfigurationError(`PANTAU_ALLOWED_ORIGINS must be a comma-separated list of origins; "${entry}" is not one (${why})`);
    }
    origins.push(origin);
  }
  return [...new Set(origins)];
}

/** An on/off setting: "on", "true", "1" or "off", "false", "0" (any case); unset or empty is `fallback`. */
export function switchFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = env[name]?.trim().toLowerCase() ?? '';
  if (value === '') return fallback;
  if (['on', 'true', '1'].includes(value)) return true;
  if (['off', 'false', '0'].includes(value)) return false;
  throw new ConfigurationError(`${name} must be "on" or "off", got "${env[name]}"`);
}

/**
 * PANTAU_TRUST_PROXY: "on" when Pantau runs behind a reverse proxy that appends the client's
 * address to X-Forwarded-For (nginx's $proxy_add_x_forwarded_for); the login throttle then counts
 * per that address. Off (default): the socket's address, and the header is ignored, because any
 * client can send one.
 */
export const trustProxyFromEnv = (env: NodeJS.ProcessEnv = process.env) => switchFromEnv(env, 'PANTAU_TRUST_PROXY', false);

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** PANTAU_LOG_LEVEL: the least severe log line written (default info: one line per request). */
export function logLevelFromEnv(env: NodeJS.ProcessEnv = process.env): LogLevel {
  const value = env.PANTAU_LOG_LEVEL?.trim().toLowerCase() ?? '';
  if (value === '') return 'info';
  if ((LOG_LEVELS as readonly string[]).includes(value)) return value as LogLevel;
  throw new ConfigurationError(`PANTAU_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.PANTAU_LOG_LEVEL}"`);
}
