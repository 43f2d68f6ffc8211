import { formatCount } from '../../lib/format';

/** A household count as shown: the API sends null for a small count it suppressed for privacy. */
export function householdCountText(count: number | null, suppressedLabel: string): string {
  return count === null ? suppressedLabel : formatCount(count);
}
