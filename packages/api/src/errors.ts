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
/** A string argument or variable holding NUL or another control character (not tab or line break). */
export const INPUT_CONTROL_CHARACTER = 'input/control_character';

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

// The write side of issue 11 part B: 100-day priorities, rakor and follow-ups, household
// verification. Errors about the record as a whole (stale, not found, in use) are write.ts's,
// empty and too-long texts modules/common/input.ts's.
/** A due date before its start date. */
export const WRITE_DATE_ORDER = 'write/date_order';
/** More items in a list (milestones, agenda items, follow-ups) than one record holds. */
export const WRITE_TOO_MANY = 'write/too_many';
/** An OPD (owner, attendee, presenter) that is not one of the record's kabupaten/kota. */
export const OPD_NOT_IN_REGION = 'opd/not_in_region';
/** A milestone due outside the priority's start and due dates. */
export const PRIORITY_MILESTONE_OUTSIDE = 'priority/milestone_outside_period';
/** A priority marked DONE while some of its milestones are open. */
export const PRIORITY_MILESTONES_OPEN = 'priority/milestones_open';
/** A milestone id that is not one of the priority's. */
export const PRIORITY_MILESTONE_NOT_FOUND = 'priority/milestone_not_found';
/** A cluster that is not one of the rakor's kabupaten/kota. */
export const RAKOR_CLUSTER_NOT_FOUND = 'rakor/cluster_not_found';
/** Decisions recorded for a rakor whose date has not come yet. */
export const RAKOR_NOT_YET_HELD = 'rakor/not_yet_held';
/** A held rakor with decisions set back to planned. */
export const RAKOR_HAS_DECISIONS = 'rakor/has_decisions';
/** A follow-up due before the rakor that decided it. */
export const FOLLOW_UP_DUE_BEFORE_RAKOR = 'follow_up/due_before_rakor';
/** A status the role may not set: an owner cancelling a priority or dropping a follow-up (their principals decide that). */
export const WRITE_STATUS_NOT_ALLOWED = 'write/status_not_allowed';
/** A verification CONFIRMED while it changes the status or an indicator (that is CORRECTED). */
export const HOUSEHOLD_CONFIRMED_WITH_CHANGES = 'household/confirmed_with_changes';
/** A verification CORRECTED that changes nothing (that is CONFIRMED). */
export const HOUSEHOLD_NOTHING_CORRECTED = 'household/nothing_corrected';
/** A household marked GRADUATED with a poverty status still poor or extreme poor. */
export const HOUSEHOLD_GRADUATED_STILL_POOR = 'household/graduated_still_poor';
/** Cumulative output or beneficiaries below the last approved month, without a written reason. */
export const REPORT_DECREASE_NEEDS_REASON = 'report/cumulative_decrease_needs_reason';
