// Sources by name, not by id (issue 8): a program's or a rakor's source note starts with the id of
// the source it cites ("article-004-muba: pagu Rp350 juta, …"); screens and slides must show who
// published it ("Pemberitaan Pemkab Musi Banyuasin"), so these fields resolve the id to its row.
// Prisma batches the findUnique calls of one tick into one query, however many programs ask.
import { builder } from '../../builder.js';
import { citedSourceId } from './source.service.js';

const DESCRIPTION =
  'The source its sourceNote cites, by publisher and title (show these, never the note’s id); null when the note names no known source.';

builder.prismaObjectField('Program', 'source', (t) =>
  t.prismaField({
    type: 'DataSource',
    nullable: true,
    description: DESCRIPTION,
    resolve: (query, program, _args, ctx) => {
      const id = citedSourceId(program.sourceNote);
      return id ? ctx.db.prisma.dataSource.findUnique({ ...query, where: { id } }) : null;
    },
  }),
);

builder.prismaObjectField('Rakor', 'source', (t) =>
  t.prismaField({
    type: 'DataSource',
    nullable: true,
    description: DESCRIPTION,
    resolve: (query, rakor, _args, ctx) => {
      const id = citedSourceId(rakor.sourceNote);
      return id ? ctx.db.prisma.dataSource.findUnique({ ...query, where: { id } }) : null;
    },
  }),
);
