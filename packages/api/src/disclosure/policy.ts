// Who is protected from small counts, and where: figures derived from households or benefits
// are exact only for those who could open the households themselves (ADMIN in their area, a
// kelurahan operator in their kelurahan). Everyone else gets them through this layer.
import type { Viewer } from '../context.js';
import { canReadPersonalData } from '../modules/auth/scope.js';

/** True when `viewer` must not see counts of 1 to k−1 households in `regionCode`. */
export function isProtected(viewer: Viewer | null, regionCode: string): boolean {
  return !canReadPersonalData(viewer, regionCode);
}

/** The kelurahan a kelurahan operator knows household by household (a public cell for them). */
export function knownPlace(viewer: Viewer | null): string | null {
  return viewer?.role === 'REGION_OPERATOR' ? viewer.regionCode : null;
}
