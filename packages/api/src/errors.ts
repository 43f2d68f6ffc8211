// Expected errors: codes are `domain/reason`, the dashboard translates them by code, and `field`
// names the input at fault. Nothing here ever carries personal data, SQL or driver text.

export const AUTH_UNAUTHENTICATED = 'auth/unauthenticated';
export const AUTH_FORBIDDEN = 'auth/forbidden';
export const AUTH_INVALID_CREDENTIALS = 'auth/invalid_credentials';

export const REPORT_NOT_FOUND = 'report/not_found';
export const REPORT_PROGRAM_NOT_FOUND = 'report/program_not_found';
export const REPORT_OTHER_OPD = 'report/program_of_another_opd';
export const REPORT_REALISASI_EXCEEDS_PAGU = 'report/realisasi_exceeds_pagu';
export const REPORT_NEGATIVE_AMOUNT = 'report/negative_amount';
export const REPORT_MONTH_OUTSIDE_YEAR = 'report/month_outside_fiscal_year';
export const REPORT_REALISASI_DECREASES = 'report/realisasi_below_previous_month';
export const REPORT_NOT_EDITABLE = 'report/not_editable';
export const REPORT_WRONG_STATUS = 'report/wrong_status';
export const REPORT_COMMENT_REQUIRED = 'report/comment_required';
export const REPORT_NOT_REVIEWER = 'report/not_reviewer';

export const REGION_NOT_FOUND = 'region/not_found';
export const REGION_OUT_OF_SCOPE = 'region/out_of_scope';
export const INPUT_INVALID = 'input/invalid';

/** An error the user can fix; the dashboard translates it by `code`. */
export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

// Targeting accuracy and household lists (modules/targeting, modules/household).
export const TARGETING_PROGRAM_NOT_FOUND = 'targeting/program_not_found';
export const TARGETING_CLUSTER_NOT_FOUND = 'targeting/cluster_not_found';
/** A program or cluster that does not fit the region, the year or the other filter. */
export const TARGETING_FILTER_MISMATCH = 'targeting/filter_mismatch';
export const HOUSEHOLD_PROGRAM_NOT_FOUND = 'household/program_not_found';

// Progress reports (modules/report), beside the REPORT_* codes above.
/** Approving or submitting a month whose cumulative realisasi is above a later month's approved one. */
export const REPORT_REALISASI_ABOVE_LATER_MONTH = 'report/realisasi_above_later_month';
/** problems, solutions or a review comment longer than the limit. */
export const REPORT_TEXT_TOO_LONG = 'report/text_too_long';
