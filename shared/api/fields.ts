import { z } from 'zod';
import { roleSchema, ROLES } from '../domain/roles';
import { isRealDate } from '../domain/dates';
import { DOCUMENT_LANGUAGES } from '../domain/documents';

/**
 * Field schemas shared by several channels. Every string and array is capped: the renderer is untrusted and
 * a capped schema is the first line against a runaway payload.
 */
// The id columns are 32-bit integers: a larger number is refused here (VALIDATION naming the field), not by
// PostgreSQL (out of range, which would answer INTERNAL).
export const idField = z.number().int().positive().max(2_147_483_647);

export const usernameField = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9._-]*$/);

export const displayNameField = z.string().trim().min(1).max(100);

/** Long passphrases are encouraged; the upper cap only bounds scrypt's input. */
export const newPasswordField = z.string().min(10).max(200);

/** A password being checked is never trimmed or lower-cased, and never explained beyond "wrong". */
export const passwordField = z.string().min(1).max(200);

export const rolesField = z
  .array(roleSchema)
  .min(1)
  .max(ROLES.length)
  .refine((roles) => new Set(roles).size === roles.length, { message: 'duplicate roles' });

export const searchField = z.string().trim().max(100);

/** Free text of a directory record (notes): generous but bounded. */
export const notesField = z.string().trim().max(4000);
export const shortTextField = z.string().trim().max(200);
export const requiredNameField = z.string().trim().min(1).max(200);
export const phoneField = z.string().trim().max(40).regex(/^[0-9+()./\s-]*$/);
/** Empty, or a plausible e-mail address. */
export const emailField = z.union([z.literal(''), z.string().trim().max(200).pipe(z.email())]);
export const belgianPostalCodeField = z.string().trim().max(4).regex(/^[1-9][0-9]{3}$/);
/** "2025–2026" or "2025-2026", stored with the en dash. */
export const schoolYearField = z
  .string()
  .trim()
  .max(12)
  .regex(/^\d{4}\s*[–-]\s*\d{4}$/)
  .refine((label) => Number(label.slice(-4)) === Number(label.slice(0, 4)) + 1, { message: 'not consecutive years' })
  .transform((label) => `${label.slice(0, 4)}–${label.slice(-4)}`);
/**
 * The years a record's date may fall in. A school activity, a loan or a housing record is dated between these:
 * 1900 or 2200 is a typing slip, and such a date would put the record outside every report. Housing records
 * reach back further than planning (a reference address held since the 1990s).
 */
export const RECORD_YEARS = { from: 1990, to: 2099 } as const;

function isRecordYear(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return year >= RECORD_YEARS.from && year <= RECORD_YEARS.to;
}

const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_TIME_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/;

/**
 * A day as typed, checked in order and once: its shape (`invalid_format`), then that the day exists
 * (`not_a_day`: 2026-02-30 and 2026-11-31 do not), then that its year is a record year (`year_out_of_range`,
 * which names the years allowed). A later check stays silent when an earlier one failed.
 */
function recordDayField(pattern: RegExp, maxLength: number) {
  const shaped = (value: string): boolean => pattern.test(value);
  const real = (value: string): boolean => shaped(value) && isRealDate(value.slice(0, 10));
  return z
    .string()
    .max(maxLength)
    .regex(pattern)
    .refine((value) => !shaped(value) || real(value), { params: { fieldIssue: 'not_a_day' } })
    .refine((value) => !real(value) || isRecordYear(value), {
      params: { fieldIssue: 'year_out_of_range', from: RECORD_YEARS.from, to: RECORD_YEARS.to },
    });
}

/** Local Belgian time as typed in the calendar: "YYYY-MM-DDTHH:mm", on a day that exists. */
export const localDateTimeField = recordDayField(DATE_TIME_PATTERN, 16);
/** A real calendar day, "YYYY-MM-DD", in the record years. */
export const dateField = recordDayField(DAY_PATTERN, 10);
/**
 * A living person's year of birth: at most 120 years ago, and not after this year. The year is the machine's
 * (the renderer's and the server's agree but on New Year's night), which is all a year needs.
 */
export function birthYearField(thisYear: () => number = () => new Date().getFullYear()) {
  return z
    .number()
    .int()
    .superRefine((year, context) => {
      const to = thisYear();
      const from = to - 120;
      if (year < from || year > to) context.addIssue({ code: 'custom', params: { fieldIssue: 'year_out_of_range', from, to } });
    });
}
export const countField = z.number().int().min(0).max(5000);
export const idListField = z.array(idField).max(200);
export const pageFields = {
  offset: z.number().int().min(0).max(1_000_000).optional(),
  limit: z.number().int().min(1).max(500).optional(),
  sortDirection: z.enum(['asc', 'desc']).optional(),
};

/**
 * The language of a document being made (PDF, export): the interface's language of whoever asked for it.
 * French when left out, as every document was before issue 16.
 */
export const documentLanguageField = z.enum(DOCUMENT_LANGUAGES).default('fr');
