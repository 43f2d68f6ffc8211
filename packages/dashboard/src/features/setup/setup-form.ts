// The first-run set-up form's rules, as the API states them (packages/api user.service.ts
// createUser, checkPassword): said before sending, so a mistyped second password or a short one is
// named beside its input at once. The API checks everything again and has the last word.
import type { MessageKey } from '../../lib/i18n';

export const SETUP_FIELDS = ['token', 'username', 'displayName', 'password', 'passwordAgain', 'regionCode'] as const;
export type SetupField = (typeof SETUP_FIELDS)[number];
export type SetupValues = Record<SetupField, string>;
export type SetupErrors = Partial<Record<SetupField, MessageKey>>;

export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 200;
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,39}$/;
// A province (`53`) or a kabupaten/kota (`53.71`): what an ADMIN may run.
const REGION = /^\d{2}(\.\d{2})?$/;
const DEMO_PASSWORD = 'pantau-demo';

/** The token of `/siapkan#<token>`; the fragment never reaches the server's logs. */
export function tokenFromHash(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw).trim();
  } catch {
    return raw.trim();
  }
}

/** A username as the API stores it. */
export const normaliseUsername = (username: string) => username.trim().toLowerCase();

/** What is wrong with each input, in the order the form shows them; empty when it may be sent. */
export function validateSetup(values: SetupValues): SetupErrors {
  const errors: SetupErrors = {};
  const username = normaliseUsername(values.username);
  if (values.token.trim() === '') errors.token = 'setup.invalid.token';
  if (username === '') errors.username = 'setup.invalid.usernameEmpty';
  else if (!USERNAME.test(username)) errors.username = 'setup.invalid.username';
  const displayName = values.displayName.trim();
  if (displayName === '') errors.displayName = 'setup.invalid.displayNameEmpty';
  else if (displayName.length > 120) errors.displayName = 'setup.invalid.displayNameLong';
  const password = values.password;
  if (password.length < MIN_PASSWORD_LENGTH) errors.password = 'setup.invalid.passwordShort';
  else if (password.length > MAX_PASSWORD_LENGTH) errors.password = 'setup.invalid.passwordLong';
  else if (password.toLowerCase() === DEMO_PASSWORD || (username !== '' && password.toLowerCase().includes(username)))
    errors.password = 'setup.invalid.passwordGuessable';
  if (!errors.password && values.passwordAgain !== password) errors.passwordAgain = 'setup.invalid.passwordAgain';
  const region = values.regionCode.trim();
  if (region !== '' && !REGION.test(region)) errors.regionCode = 'setup.invalid.regionCode';
  return errors;
}

/** The mutation's arguments. */
export function setupVariables(values: SetupValues) {
  return {
    token: values.token.trim(),
    username: normaliseUsername(values.username),
    displayName: values.displayName.trim(),
    password: values.password,
    regionCode: values.regionCode.trim() || null,
  };
}

/** The input a DomainError's `field` names, or null for an error about the whole form. */
export function inputOf(field: string | null | undefined): SetupField | null {
  return SETUP_FIELDS.find((f) => f === field && f !== 'passwordAgain') ?? null;
}
