// The household list's filters, kept in the URL so a list can be shared and reloaded.

export const STATUSES = ['EXTREME', 'POOR', 'VULNERABLE', 'NOT_POOR'] as const;
export const VERIFICATION_STATES = ['UNVERIFIED', 'VERIFIED', 'DISPUTED'] as const;
export const REACH = ['ANY', 'NONE', 'THREE_PLUS'] as const;

export type Status = (typeof STATUSES)[number];
export type VerificationStateValue = (typeof VERIFICATION_STATES)[number];
export type Reach = (typeof REACH)[number];

export interface HouseholdListFilters {
  status: Status | null;
  desil: number | null;
  verification: VerificationStateValue | null;
  reach: Reach | null;
  /** Extreme-poor or desil-1 households that no program reached (the exclusion list). */
  unreached: boolean;
}

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | null =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;

/** Reads the filters from URL parameters; anything unknown is ignored, never an error. */
export function parseHouseholdFilters(params: URLSearchParams): HouseholdListFilters {
  const desil = Number(params.get('desil'));
  return {
    status: pick(params.get('status'), STATUSES),
    desil: Number.isInteger(desil) && desil >= 1 && desil <= 10 ? desil : null,
    verification: pick(params.get('verifikasi'), VERIFICATION_STATES),
    reach: pick(params.get('jangkauan'), REACH),
    unreached: params.get('belumTerjangkau') === '1',
  };
}

/** The API's HouseholdFilter for a region, year and these filters. */
export function toApiFilter(regionCode: string, year: number, f: HouseholdListFilters) {
  return {
    regionCode,
    year,
    lifecycle: 'ACTIVE' as const,
    ...(f.status ? { povertyStatus: f.status } : {}),
    ...(f.desil ? { desil: [f.desil] } : {}),
    ...(f.verification ? { verificationState: f.verification } : {}),
    ...(f.reach ? { reach: f.reach } : {}),
    ...(f.unreached ? { eligibleUnreached: true } : {}),
  };
}

/** Writes one filter into URL parameters (null removes it). */
export function withHouseholdFilter(
  params: URLSearchParams,
  key: 'status' | 'desil' | 'verifikasi' | 'jangkauan' | 'belumTerjangkau',
  value: string | null,
) {
  const next = new URLSearchParams(params);
  if (value === null || value === '') next.delete(key);
  else next.set(key, value);
  return next;
}

export const MEMBER_COUNT_BANDS = ['ONE_TO_TWO', 'THREE_TO_FOUR', 'FIVE_TO_SIX', 'SEVEN_OR_MORE'] as const;
export type MemberCountBand = (typeof MEMBER_COUNT_BANDS)[number];

const BAND_LABELS: Record<MemberCountBand, string> = {
  ONE_TO_TWO: '1–2',
  THREE_TO_FOUR: '3–4',
  FIVE_TO_SIX: '5–6',
  SEVEN_OR_MORE: '7+',
};

/** A household's size as the API bands it for roles that may not read it exactly: `3–4`, `7+`. */
export function memberCountLabel(band: MemberCountBand): string {
  return BAND_LABELS[band];
}
