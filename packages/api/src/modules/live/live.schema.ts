// subscription { dataChanged { version changedAt } } over server-sent events (yoga serves SSE on
// /graphql for any subscription): the dashboard listens once per tab and asks the queries on
// screen again when the data changed (live.service.ts).
import { Repeater } from 'graphql-yoga';
import { builder } from '../../builder.js';
import { type DataChange, watcherFor } from './live.service.js';

builder.subscriptionType({ description: 'What Pantau pushes to open dashboards.' });

const DataChangeRef = builder.objectRef<DataChange>('DataChange').implement({
  description: "The data's version: it moves in every transaction that writes anything a dashboard figure is read from.",
  fields: (t) => ({
    version: t.string({
      description: 'The data version, a whole number as a string (it outgrows a GraphQL Int); compare for equality only.',
      resolve: (c) => c.version.toString(),
    }),
    changedAt: t.field({
      type: 'DateTime',
      description: 'When this server saw the version move (for the first event: when it read it).',
      resolve: (c) => c.changedAt,
    }),
  }),
});

builder.subscriptionField('dataChanged', (t) =>
  t.field({
    type: DataChangeRef,
    description:
      'The data version now, then again each time a committed write (here, on another instance, or straight in the database) moves it; read twice a second, so a change arrives within about half a second and a burst of writes is one event. Any signed-in role: it says that something changed, not what.',
    authScopes: { signedIn: true },
    subscribe: (_root, _args, ctx) =>
      new Repeater<DataChange>(async (push, stop) => {
        const watcher = watcherFor(ctx.db);
        const unsubscribe = watcher.subscribe((change) => void push(change));
        try {
          await push(await watcher.current());
        } catch (error) {
          unsubscribe();
          stop(error);
          return;
        }
        await stop;
        unsubscribe();
      }),
    resolve: (change) => change,
  }),
);
