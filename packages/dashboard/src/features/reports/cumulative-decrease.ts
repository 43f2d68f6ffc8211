// Output and beneficiaries are cumulative: a month below the last approved one needs a written
// reason (a recount, duplicates removed). The API decides (report/cumulative_decrease_needs_reason);
// the form uses this to show the reason field as soon as the typed numbers fall.
import type { ParsedNumber } from './number-input';

interface Approved {
  outputCumulative: number;
  beneficiariesCumulative: number;
}

/** True when a typed figure is below the last approved month's; unreadable input never counts. */
export function fallsBelowApproved(previous: Approved | null, output: ParsedNumber, beneficiaries: ParsedNumber): boolean {
  if (!previous) return false;
  return (
    (output.ok && output.value < previous.outputCumulative) || (beneficiaries.ok && beneficiaries.value < previous.beneficiariesCumulative)
  );
}
