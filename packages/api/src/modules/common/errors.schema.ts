import { builder } from '../../builder.js';
import { DomainError } from '../../errors.js';

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
  }),
});
