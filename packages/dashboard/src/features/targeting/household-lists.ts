// Which household list stands behind each targeting figure (the API names the filter in each
// field's description), and who may open one. Pure, for tests.
import type { Role } from '../../lib/viewer';

/** The HouseholdFilter input of the households query, as far as targeting uses it. */
export interface HouseholdListFilter {
  regionCode: string;
  year?: number;
  programId?: number;
  reach?: 'ANY' | 'NONE' | 'THREE_PLUS';
  lifecycle?: 'ACTIVE';
  eligible?: boolean;
  eligibleUnreached?: boolean;
  eligibleForProgram?: number;
  notEligibleForProgram?: number;
}

export type HouseholdListKind =
  /** Eligible households no program reached: the exclusion error. */
  | 'unreached'
  /** Eligible households (extreme poor or desil 1), the exclusion base. */
  | 'eligible'
  /** Households reached by three or more programs: the overlap. */
  | 'overlap'
  /** Households one program reached. */
  | 'programReached'
  /** Of those, in the program's target group. */
  | 'programEligible'
  /** Of those, outside the program's target group: the inclusion error. */
  | 'programInclusion'
  /** Of those, reached by three or more programs. */
  | 'programOverlap';

export interface ListScope {
  regionCode: string;
  year: number;
  programId?: number;
}

/** The filter that lists the households behind a figure. */
export function householdListFilter(kind: HouseholdListKind, scope: ListScope): HouseholdListFilter {
  const { regionCode, year } = scope;
  const programId = scope.programId;
  const needProgram = (): number => {
    if (programId === undefined) throw new Error(`householdListFilter: ${kind} needs a programId`);
    return programId;
  };
  switch (kind) {
    case 'unreached':
      return { regionCode, year, eligibleUnreached: true };
    case 'eligible':
      return { regionCode, eligible: true };
    case 'overlap':
      return { regionCode, year, reach: 'THREE_PLUS', lifecycle: 'ACTIVE' };
    case 'programReached':
      return { regionCode, programId: needProgram() };
    case 'programEligible':
      return { regionCode, eligibleForProgram: needProgram() };
    case 'programInclusion':
      return { regionCode, notEligibleForProgram: needProgram() };
    case 'programOverlap':
      return { regionCode, year, programId: needProgram(), reach: 'THREE_PLUS' };
  }
}

// Who may open the lists behind the figures: the API lists households only to those who may read
// them in full, the secretariat (ADMIN, its area) and a kelurahan operator (its kelurahan). Every
// other role sees the protected counts and no link (docs/privacy.md).
const LIST_ROLES: readonly Role[] = ['ADMIN', 'REGION_OPERATOR'];

export function canListHouseholds(role: Role): boolean {
  return LIST_ROLES.includes(role);
}

/**
 * True when the API narrows a list to a smaller area than the figure's: a kelurahan operator
 * sees only their kelurahan's households, so the list is shorter than the city's count.
 */
export function listNarrowedTo(viewerRegion: string | null, listRegion: string): string | null {
  if (!viewerRegion || viewerRegion === listRegion) return null;
  return viewerRegion.startsWith(`${listRegion}.`) ? viewerRegion : null;
}

/** Households reached outside the target group: reached − eligible; null when either is hidden. */
export function outsideTarget(reached: number | null, eligible: number | null): number | null {
  return reached === null || eligible === null ? null : Math.max(0, reached - eligible);
}
