import { builder } from '../../builder.js';
import { DomainError } from '../../errors.js';
import { ViewerRef } from '../auth/auth.schema.js';
import { login, sessionCookie } from '../auth/auth.service.js';
import { setResponseCookie } from '../auth/cookies.js';
import { createUser, hasNoUsers } from '../user/user.service.js';
import { SETUP_CLOSED, SETUP_TOKEN_INVALID } from './setup.service.js';

const SetupStatusRef = builder.objectRef<{ needed: boolean }>('SetupStatus').implement({
  description: 'Whether this deployment still waits for its first administrator.',
  fields: (t) => ({
    needed: t.exposeBoolean('needed', {
      description: 'True while no user exists and the server accepts the set-up link it printed at start.',
    }),
  }),
});

builder.queryField('setupStatus', (t) =>
  t.field({
    type: SetupStatusRef,
    description: 'Whether the first-run set-up page is open; asked by the sign-in page.',
    resolve: async (_root, _args, ctx) => ({ needed: ctx.setup !== null && (await hasNoUsers(ctx.db)) }),
  }),
);

builder.mutationField('setUpFirstAdmin', (t) =>
  t.field({
    type: ViewerRef,
    description:
      'Creates the first ADMIN with the one-time token the server printed at start, and signs them in. Refused once any user exists.',
    errors: {
      types: [DomainError],
      union: { description: 'The new administrator, signed in, or a DomainError naming the field at fault.' },
      result: { description: 'The first administrator was created.' },
      dataField: { description: 'The new administrator.' },
    },
    args: {
      token: t.arg.string({ required: true, description: 'The token of the set-up link the server printed.' }),
      username: t.arg.string({ required: true, description: 'Login name: 3–40 lowercase letters, digits, dots, dashes or underscores.' }),
      displayName: t.arg.string({ required: true, description: 'Name or office shown in the dashboard.' }),
      password: t.arg.string({ required: true, description: 'At least 10 characters; not the demo password.' }),
      regionCode: t.arg.string({
        required: false,
        description: 'The province or kabupaten/kota the administrator runs; blank for the whole deployment.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      if (!ctx.setup || !(await hasNoUsers(ctx.db)))
        throw new DomainError(SETUP_CLOSED, 'This deployment already has users; sign in instead', 'token');
      if (!ctx.setup.accepts(args.token)) {
        throw new DomainError(SETUP_TOKEN_INVALID, 'This set-up link is not the one the server printed at its last start', 'token');
      }
      await createUser(ctx.db, {
        username: args.username,
        displayName: args.displayName,
        role: 'ADMIN',
        regionCode: args.regionCode ?? null,
        password: args.password,
      });
      const session = await login(ctx.db, args.username, args.password);
      if (!session) throw new Error('the new administrator could not sign in');
      setResponseCookie(ctx.request, sessionCookie(session.token, ctx.request.url.startsWith('https:')));
      return session.viewer;
    },
  }),
);
