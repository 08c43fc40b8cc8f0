import type { ErrorReason } from './error-reasons';

/**
 * What every channel answers. Errors are plain data so they cross IPC and HTTP unchanged; the renderer
 * translates them by `code`, `reason` and each field's `issue`, so the server never needs the user's language.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Why one field was refused. Each issue has a sentence in renderer/i18n (fieldIssues.*). */
export const FIELD_ISSUES = [
  'required',
  'too_short',
  'too_long',
  'too_small',
  'too_big',
  'too_few',
  'too_many',
  'invalid_format',
  'invalid_value',
  'invalid_type',
  'unknown_field',
  // Dates (shared/api/fields.ts): a day that does not exist, a year outside the record years.
  'not_a_day',
  'year_out_of_range',
  'taken',
  'wrong_password',
  'not_found',
  'end_before_start',
  'only_when_held',
  'not_of_school',
  'duplicate',
  'after_start',
  'before_end',
  'before_delivery',
  'loan_too_short',
  'loan_too_long',
  'not_loanable',
  'outside_loan',
  'incomplete',
  'out_of_scale',
  'not_asked',
  'after_without_before',
  'code_pattern',
  'not_in_event',
  'has_questionnaires',
  'unknown_label',
  'status_not_allowed',
  'before_previous_change',
  'before_start',
  'out_of_order',
  'after_maximum',
  'has_rolling_lease',
  'unit_not_active',
  'over_capacity',
  'household_overlap',
  'below_places_in_use',
  'start_before_request',
  'before_received',
  'before_move',
  'not_reference_address',
  'after_end',
  'has_placements',
  'not_absolute',
  'folder_unreachable',
  'wrong_passphrase',
  'kit_malformed',
  'kit_other_installation',
  // calendar: an activity on a day without school, saved only once confirmed (issue 14)
  'on_weekend',
  'on_public_holiday',
  'in_school_break',
  // housing (issue 14): a stay's actual end and a contact at the CPAS are days that have come
  'after_today',
  // Passwords (issue 14, item 12): shared/domain/passwords.ts, main/auth/password-strength.ts.
  'password_common',
  'password_like_name',
  'password_unchanged',
  // Exhibition loans: delivery and return days (shared/domain/loans/handover-rules.ts).
  'exhibition_still_out',
  'delivery_too_early',
  'delivery_after_end',
  'return_delays_loan',
  // Indicators (issue 16): a chosen period's end before its start, or longer than ten years.
  'period_reversed',
  'period_too_long',
  // loans (issue 17): the loan's contact person is one of the chosen school's directory contacts.
  'contact_not_of_school',
] as const;
export type FieldIssue = (typeof FIELD_ISSUES)[number];

export function isFieldIssue(value: string): value is FieldIssue {
  return (FIELD_ISSUES as readonly string[]).includes(value);
}

export type MessageParams = Record<string, string | number>;

export interface FieldError {
  /** Dotted path of the field in the channel's input, e.g. `username` or `roles.0`. */
  path: string;
  issue: FieldIssue;
  params?: MessageParams;
}

/** What stands in the way of a booking (another event, another loan), so the user sees which one and when. */
export interface ConflictDetail {
  /** What is shared: 'class', 'facilitator', 'location', 'exhibition'… (translated by the renderer). */
  kind: string;
  otherId: number;
  otherLabel: string;
  start: string;
  end: string;
  /** The shared thing's name when useful, e.g. the class. */
  subject?: string;
}

/** A span of calendar days, "YYYY-MM-DD", both inclusive. */
export interface DateSpan {
  start: string;
  end: string;
}

/**
 * housing (issue 14): a unit that has room for a refused stay on every one of its nights, with its kind (a
 * UnitKind), so the form offers it (shared/domain/housing/room-elsewhere.ts).
 */
export interface UnitWithRoom {
  unitId: number;
  code: string;
  kind: string;
  /** The fewest free places on any night of the stay. */
  free: number;
}

export interface ApiError {
  code: ErrorCode;
  /** English, for developers and logs; users see the translation of `reason` or `code`. */
  message: string;
  /** A finer reason than the code, from the closed list of error-reasons.ts, translated by the renderer (errors.reasons.*). */
  reason?: ErrorReason;
  params?: MessageParams;
  fields?: FieldError[];
  conflicts?: ConflictDetail[];
  /**
   * Free periods near a refused booking, best first: a loan's are calendar days (delivery to pick-up), an
   * activity's are local times "YYYY-MM-DDTHH:mm" (start to end, same length, school hours).
   */
  alternatives?: DateSpan[];
  /** A placement refused for lack of room (`places` `over_capacity`): the other units with room for the whole stay. */
  unitsWithRoom?: UnitWithRoom[];
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };
