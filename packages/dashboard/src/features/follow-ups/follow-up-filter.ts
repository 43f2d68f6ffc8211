// Follow-ups of the rakor, grouped by the meeting that decided them and filtered as the
// secretariat asks: all, still open, or overdue; for one OPD or all.

export type FollowUpStatus = 'OPEN' | 'IN_PROGRESS' | 'DONE' | 'DROPPED';
export type StatusFilter = 'all' | 'open' | 'overdue';
export const STATUS_FILTERS: readonly StatusFilter[] = ['all', 'open', 'overdue'];

export interface FollowUpLike {
  status: FollowUpStatus;
  /** Whole days past due today; 0 when done, dropped or not yet due. */
  daysLate: number;
  ownerOpd: { shortName: string; name: string };
}

export interface RakorLike<F extends FollowUpLike> {
  decisions: readonly { id?: number; text: string; followUps: readonly F[] }[];
}

export interface Filter {
  status: StatusFilter;
  /** An OPD's short name, or null for all. */
  opd: string | null;
}

export const isOpen = (f: Pick<FollowUpLike, 'status'>) => f.status === 'OPEN' || f.status === 'IN_PROGRESS';
export const isOverdue = (f: Pick<FollowUpLike, 'status' | 'daysLate'>) => isOpen(f) && f.daysLate > 0;

export function matches(f: FollowUpLike, filter: Filter): boolean {
  if (filter.opd && f.ownerOpd.shortName !== filter.opd) return false;
  if (filter.status === 'open') return isOpen(f);
  if (filter.status === 'overdue') return isOverdue(f);
  return true;
}

/** A value from the URL as a status filter; anything else is "all". */
export function parseStatusFilter(value: string | null): StatusFilter {
  return value === 'terbuka' ? 'open' : value === 'terlambat' ? 'overdue' : 'all';
}

/** The URL word for a status filter (Indonesian, as people share these links); null for all. */
export function statusFilterParam(status: StatusFilter): string | null {
  return status === 'open' ? 'terbuka' : status === 'overdue' ? 'terlambat' : null;
}

/** The follow-up type of a rakor type. */
export type FollowUpOf<R extends RakorLike<FollowUpLike>> = R['decisions'][number]['followUps'][number];

export interface RakorGroup<R, F> {
  rakor: R;
  decisions: { id: number | undefined; text: string; followUps: F[] }[];
  /** Follow-ups shown in the group. */
  shown: number;
  /** Of those, overdue. */
  overdue: number;
}

/**
 * Each rakor with the decisions and follow-ups that pass the filter. Without a filter every
 * rakor stays (a planned one with no decisions yet too); with one, rakor left empty are dropped.
 */
export function groupByRakor<R extends RakorLike<FollowUpLike>>(rakors: readonly R[], filter: Filter): RakorGroup<R, FollowUpOf<R>>[] {
  type F = FollowUpOf<R>;
  const filtering = filter.status !== 'all' || filter.opd !== null;
  const groups: RakorGroup<R, F>[] = [];
  for (const rakor of rakors) {
    const decisions = rakor.decisions
      .map((d) => ({ id: d.id, text: d.text, followUps: (d.followUps as readonly F[]).filter((f) => matches(f, filter)) }))
      .filter((d) => d.followUps.length > 0 || !filtering);
    const all = decisions.flatMap((d) => d.followUps);
    if (filtering && all.length === 0) continue;
    groups.push({ rakor, decisions, shown: all.length, overdue: all.filter(isOverdue).length });
  }
  return groups;
}

/** The OPDs that own follow-ups, for the OPD filter, by short name. */
export function followUpOpds<F extends FollowUpLike>(rakors: readonly RakorLike<F>[]): { shortName: string; name: string }[] {
  const seen = new Map<string, { shortName: string; name: string }>();
  for (const r of rakors) for (const d of r.decisions) for (const f of d.followUps) seen.set(f.ownerOpd.shortName, f.ownerOpd);
  return [...seen.values()].sort((a, b) => a.shortName.localeCompare(b.shortName, 'id-ID'));
}

/**
 * Whether a rakor belongs to a year's view: held (or planned) in that year, or one of its
 * follow-ups is still open (tracked until done, DESIGN.md "Rakor").
 */
export function rakorInYear<R extends RakorLike<FollowUpLike> & { heldOn: string }>(rakor: R, year: number): boolean {
  if (Number(rakor.heldOn.slice(0, 4)) === year) return true;
  if (Number(rakor.heldOn.slice(0, 4)) > year) return false;
  return rakor.decisions.some((d) => d.followUps.some(isOpen));
}
