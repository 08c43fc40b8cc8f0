import type { z } from 'zod';
import type { TFunction } from 'i18next';
import type { FieldError } from '../../shared/api/result';
import { inlineFieldMessage } from '../i18n/translate-error';
import { toFieldErrors } from '../../shared/api/field-errors';

/** Checks a form against the same zod schema the server applies (from the contract): limits are written once. */
export function fieldErrorsFromSchema(schema: z.ZodType, input: Record<string, unknown>): FieldError[] {
  const parsed = schema.safeParse(input);
  return parsed.success ? [] : toFieldErrors(parsed.error.issues, input);
}

/** Mantine's `validate` function: the first translated message of each refused field. */
export function validateAgainst(
  t: TFunction,
  schema: z.ZodType,
  input: Record<string, unknown>,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fieldErrorsFromSchema(schema, input)) {
    const name = field.path.split('.')[0] ?? field.path;
    errors[name] ??= inlineFieldMessage(t, field);
  }
  return errors;
}
