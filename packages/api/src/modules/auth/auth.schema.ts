import { builder } from '../../builder.js';
import type { Viewer } from '../../context.js';
import { AUTH_INVALID_CREDENTIALS, DomainError } from '../../errors.js';
import { Role } from '../../generated/prisma/enums.js';
import {
  attemptLogin,
  clearedSessionCookie,
  logout,
  normalizeUsername,
  readCookie,
  SESSION_COOKIE,
  sessionCookie,
} from './auth.service.js';
import { setResponseCookie } from './cookies.js';
import { loginSettingsOf } from './login-settings.js';
import { tooManyAttempts } from './throttle.js';

export const RoleEnum = builder.enumType(Role, {
  name: 'Role',
  description:
    'ADMIN (Bappeda secretariat), EXECUTIVE (mayor, aggregates only), CLUSTER_HEAD (own cluster), OPD_OPERATOR (own OPD), REGION_OPERATOR (own kelurahan).',
  values: {
    ADMIN: {
      description: 'Bappeda secretariat of the TKPKD: sets up everything in its area, imports, runs rakor, reads households in full.',
    },
    EXECUTIVE: { description: 'Mayor or vice-mayor (TKPKD chair): reads every figure of its area, aggregated; no household rows.' },
    CLUSTER_HEAD: { description: 'Head of one cluster (klaster 1–4): its programs’ figures, reviews their reports.' },
    OPD_OPERATOR: { description: 'Operator of one OPD: reports its programs monthly, sees their figures.' },
    REGION_OPERATOR: { description: 'Kelurahan/RT operator: verifies and reads the households of its kelurahan (or kecamatan).' },
  },
});

export const ViewerRef = builder.objectRef<Viewer>('Viewer').implement({
  description: 'The signed-in user.',
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'User id.' }),
    username: t.exposeString('username', { description: 'Login name.' }),
    displayName: t.exposeString('displayName', { description: 'Name or office shown in the dashboard.' }),
    role: t.expose('role', { type: RoleEnum, description: 'What the user may do.' }),
    regionCode: t.exposeString('regionCode', { nullable: true, description: 'The region the user works in; null for deployment-wide.' }),
    opdId: t.exposeInt('opdId', { nullable: true, description: 'The OPD of an OPD operator.' }),
    clusterId: t.exposeInt('clusterId', { nullable: true, description: 'The cluster of a cluster head.' }),
    homeRegion: t.prismaField({
      type: 'Region',
      nullable: true,
      description:
        "The region the user works in (a kelurahan operator's kelurahan, a kabupaten/kota for most others), with its name and level; null for deployment-wide.",
      resolve: (query, viewer, _args, ctx) =>
        viewer.regionCode === null ? null : ctx.db.prisma.region.findUnique({ ...query, where: { code: viewer.regionCode } }),
    }),
  }),
});

builder.queryField('me', (t) =>
  t.field({
    type: ViewerRef,
    nullable: true,
    description: 'The signed-in user; null when nobody is signed in.',
    resolve: (_root, _args, ctx) => ctx.viewer,
  }),
);

builder.mutationType({ description: 'Everything Pantau changes.' });

builder.mutationField('login', (t) =>
  t.field({
    type: ViewerRef,
    description: 'Signs in with a username and password; sets an httpOnly session cookie.',
    errors: {
      types: [DomainError],
      union: { description: 'The signed-in user, or a DomainError (auth/invalid_credentials on the password field).' },
      result: { description: 'A successful sign-in.' },
      dataField: { description: 'The signed-in user.' },
    },
    args: {
      username: t.arg.string({ required: true, description: 'Login name.' }),
      password: t.arg.string({ required: true, description: 'Password.' }),
    },
    resolve: async (_root, { username, password }, ctx) => {
      // Throttled per username and client address (throttle.ts): a refusal comes before the
      // password is checked, as HTTP 429 with Retry-After.
      const { settings, address } = loginSettingsOf(ctx.request);
      const attempt = settings.throttle.begin({ username: normalizeUsername(username), address });
      if (!attempt.finish) throw tooManyAttempts(attempt.retryAfter);
      let result: Awaited<ReturnType<typeof attemptLogin>>;
      try {
        result = await attemptLogin(ctx.db, username, password, settings.passwordCost);
      } catch (error) {
        attempt.finish(false);
        throw error;
      }
      attempt.finish(result.ok);
      if (!result.ok) throw new DomainError(AUTH_INVALID_CREDENTIALS, 'Wrong username or password', 'password');
      setResponseCookie(ctx.request, sessionCookie(result.token, isSecure(ctx.request)));
      return result.viewer;
    },
  }),
);

builder.mutationField('logout', (t) =>
  t.boolean({
    description: 'Ends the session and clears its cookie; true even when there was none.',
    resolve: async (_root, _args, ctx) => {
      const token = readCookie(ctx.request.headers.get('cookie'), SESSION_COOKIE);
      if (token) await logout(ctx.db, token);
      setResponseCookie(ctx.request, clearedSessionCookie(isSecure(ctx.request)));
      return true;
    },
  }),
);

function isSecure(request: Request): boolean {
  return request.url.startsWith('https:') || request.headers.get('x-forwarded-proto') === 'https';
}
