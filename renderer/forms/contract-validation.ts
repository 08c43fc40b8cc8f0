import type { z } from 'zod';
import type { TFunction } from 'i18next';
import type { FieldError } from '../../shared/api/result';
import { inlineFieldMessage } from '../i18n/translate-error';

/**
 * Checks a form against the same zod schema the server applies (from the contract), so the limits are
 * written once. Mirrors the server's mapping of zod issues to field issues; a blank text is "required".
 */
export function fieldErrorsFromSchema(schema: z.ZodType, input: Record<string, unknown>): FieldError[] {
  const parsed = schema.safeParse(input);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue): FieldError => {
    const path = issue.path.map(String).join('.');
    const value = input[String(issue.path[0])];
    if (typeof value === 'string' && value.trim() === '') return { path, issue: 'required' };
    switch (issue.code) {
      case 'too_small':
        return { path, ...sizeIssue('small', issue.origin, Number(issue.minimum)) };
      case 'too_big':
        return { path, ...sizeIssue('big', issue.origin, Number(issue.maximum)) };
      case 'invalid_format':
        return { path, issue: 'invalid_format' };
      case 'invalid_type':
        return { path, issue: value === undefined ? 'required' : 'invalid_type' };
      default:
        return { path, issue: 'invalid_value' };
    }
  });
}

function sizeIssue(side: 'small' | 'big', origin: string, limit: number): Pick<FieldError, 'issue' | 'params'> {
  if (origin === 'string') return { issue: side === 'small' ? 'too_short' : 'too_long', params: { limit } };
  if (origin === 'array' || origin === 'set') return { issue: side === 'small' ? 'too_few' : 'too_many', params: { limit } };
  return { issue: side === 'small' ? 'too_small' : 'too_big', params: { limit } };
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
