import { builder } from '../../builder.js';
import { DomainError } from '../../errors.js';
import { InUseError, StaleVersionError } from './write.js';

const InUseCountRef = builder.objectRef<{ count: number; what: string }>('InUseCount').implement({
  description: 'How many rows of one kind still use a record that a delete was refused for.',
  fields: (t) => ({
    what: t.exposeString('what', { description: 'What uses it, as a plural English word: programs, reports, users, targets, …' }),
    count: t.exposeInt('count', { description: 'How many, rows.' }),
  }),
});

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'An expected error the user can act on.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What went wrong, in English; the dashboard shows a translation chosen by `code`.' }),
  }),
});

builder.objectType(DomainError, {
  name: 'DomainError',
  description: 'An expected error with a stable code (`domain/reason`) and the input field at fault.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof DomainError,
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable error code, e.g. report/realisasi_exceeds_pagu.' }),
    field: t.exposeString('field', { nullable: true, description: 'The input field at fault, when one is.' }),
    inUse: t.field({
      type: [InUseCountRef],
      nullable: true,
      description: 'For write/in_use: what still uses the record and how many; null otherwise.',
      resolve: (error) => (error instanceof InUseError ? error.uses : null),
    }),
    changedBy: t.string({
      nullable: true,
      description: 'For write/stale_version: who saved the record since the form was opened (display name and username); null otherwise.',
      resolve: (error) => (error instanceof StaleVersionError ? error.changedBy : null),
    }),
    changedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'For write/stale_version: when that save was; null otherwise.',
      resolve: (error) => (error instanceof StaleVersionError ? error.changedAt : null),
    }),
  }),
});
