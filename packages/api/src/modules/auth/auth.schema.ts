import { builder } from '../../builder.js';
import type { Viewer } from '../../context.js';
import { AUTH_INVALID_CREDENTIALS, DomainError } from '../../errors.js';
import { Role } from '../../generated/prisma/enums.js';
import { clearedSessionCookie, login, logout, readCookie, SESSION_COOKIE, sessionCookie } from './auth.service.js';
import { setResponseCookie } from './cookies.js';

export const RoleEnum = builder.enumType(Role, {
  name: 'Role',
  description:
    'ADMIN (Bappeda secretariat), EXECUTIVE (mayor, aggregates only), CLUSTER_HEAD (own cluster), OPD_OPERATOR (own OPD), REGION_OPERATOR (own kelurahan).',
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
      const session = await login(ctx.db, username, password);
      if (!session) throw new DomainError(AUTH_INVALID_CREDENTIALS, 'Wrong username or password', 'password');
      setResponseCookie(ctx.request, sessionCookie(session.token, isSecure(ctx.request)));
      return session.viewer;
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
