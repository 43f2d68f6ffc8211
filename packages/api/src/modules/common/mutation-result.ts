// The result a write mutation declares: its record, or a DomainError naming the code and the input
// field at fault (STYLE.md §5). Described, so the printed SDL has no undescribed type or field.
import { DomainError } from '../../errors.js';

/** Pothos `errors` options of a write whose success is `what`. */
export function writeResult(what: string) {
  return {
    types: [DomainError],
    union: { description: `${what}, or a DomainError with the code and the input field at fault.` },
    result: { description: `${what}.` },
    dataField: { description: `${what}, as now stored.` },
  };
}

/** Pothos `errors` options of a delete, whose success is the id removed. */
export function deleteResult(what: string) {
  return {
    types: [DomainError],
    union: { description: `The id of the ${what} removed, or a DomainError saying why it was not (in use, changed, gone).` },
    result: { description: `The ${what} was removed.` },
    dataField: { description: `Id of the ${what} removed.` },
  };
}
