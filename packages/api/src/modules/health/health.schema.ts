import { builder } from '../../builder.js';

// Up or down for anyone (a load balancer asks anonymously); which database serves, only for an
// ADMIN. Down is not an answer here: a request that cannot reach the database is answered 503
// DATABASE_UNAVAILABLE with Retry-After (faults.ts), which is what a health check should see.
const Health = builder.objectRef<{ database: string }>('Health').implement({
  description: 'Whether the API and its database answer. Anyone may ask; details only for ADMIN.',
  fields: (t) => ({
    ok: t.boolean({
      description:
        'True when the database answered a query just now (when it does not, the request fails with HTTP 503 DATABASE_UNAVAILABLE).',
      resolve: () => true,
    }),
    database: t.string({
      nullable: true,
      description: 'Which database serves: PGlite (embedded) or PostgreSQL; not where it runs. Null unless you are an ADMIN.',
      authScopes: { admin: true },
      unauthorizedResolver: () => null,
      resolve: (health) => health.database,
    }),
  }),
});

builder.queryField('health', (t) =>
  t.field({
    type: Health,
    description: 'Liveness of the API and its database: up (ok) or HTTP 503; which database only for ADMIN.',
    resolve: async (_root, _args, ctx) => {
      await ctx.db.raw('SELECT 1');
      // The kind only: the label names a data folder or a host, which no caller needs to know.
      return { database: ctx.db.kind === 'pglite' ? 'PGlite' : 'PostgreSQL' };
    },
  }),
);
