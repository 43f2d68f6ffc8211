import { builder } from '../../builder.js';

const Health = builder.objectRef<{ database: string }>('Health').implement({
  description: 'Whether the API and its database answer.',
  fields: (t) => ({
    ok: t.boolean({ description: 'True when the database answered a query just now.', resolve: () => true }),
    database: t.exposeString('database', { description: 'Which database serves: PGlite (embedded) or PostgreSQL, without credentials.' }),
  }),
});

builder.queryField('health', (t) =>
  t.field({
    type: Health,
    description: 'Liveness of the API and its database.',
    resolve: async (_root, _args, ctx) => {
      await ctx.db.raw('SELECT 1');
      return { database: ctx.db.label };
    },
  }),
);
