import type { z } from 'zod';
import { isFieldIssue, type FieldError } from './result';

/**
 * Turns zod's issues into field errors the renderer can translate and attach to the right input. Used by
 * dispatch on the server and by forms in the renderer (same schema, same messages). Only the path, a known
 * issue name and numeric limits are kept: never the rejected value itself. A blank text is "required",
 * whatever its minimum length.
 */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[], input: unknown): FieldError[] {
  const fields: FieldError[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) fields.push({ path: path ? `${path}.${key}` : key, issue: 'unknown_field' });
        break;
      case 'invalid_type':
        // zod does not report the input by default (good: it may be personal); look it up to tell "missing".
        fields.push({ path, issue: valueAt(input, issue.path) === undefined ? 'required' : 'invalid_type' });
        break;
      case 'too_small': {
        const value = valueAt(input, issue.path);
        // A form's empty text, or its picker's 0 where an id (a positive number) is wanted: nothing was chosen.
        const nothingChosen = value === 0 && issue.origin === 'number' && Number(issue.minimum) === 0 && issue.inclusive === false;
        fields.push(
          (typeof value === 'string' && value.trim() === '') || nothingChosen
            ? { path, issue: 'required' }
            : { path, ...sizeIssue('small', issue.origin, Number(issue.minimum)) },
        );
        break;
      }
      case 'too_big':
        fields.push({ path, ...sizeIssue('big', issue.origin, Number(issue.maximum)) });
        break;
      case 'invalid_format':
        fields.push({ path, issue: 'invalid_format' });
        break;
      case 'custom':
        fields.push({ path, ...customIssue(issue.params) });
        break;
      default:
        fields.push({ path, issue: 'invalid_value' });
    }
  }
  return fields;
}

/**
 * A refinement names its issue in its params (`{ fieldIssue: 'not_a_day' }`), with the numbers its sentence
 * needs; one that names none, or an unknown one, is an invalid value.
 */
function customIssue(params: Record<string, unknown> | undefined): Pick<FieldError, 'issue' | 'params'> {
  const { fieldIssue, ...rest } = params ?? {};
  if (typeof fieldIssue !== 'string' || !isFieldIssue(fieldIssue)) return { issue: 'invalid_value' };
  const numbers = Object.entries(rest).filter((entry): entry is [string, number] => typeof entry[1] === 'number');
  return numbers.length > 0 ? { issue: fieldIssue, params: Object.fromEntries(numbers) } : { issue: fieldIssue };
}

function sizeIssue(side: 'small' | 'big', origin: string, limit: number): Pick<FieldError, 'issue' | 'params'> {
  if (origin === 'string') return { issue: side === 'small' ? 'too_short' : 'too_long', params: { limit } };
  if (origin === 'array' || origin === 'set') return { issue: side === 'small' ? 'too_few' : 'too_many', params: { limit } };
  return { issue: side === 'small' ? 'too_small' : 'too_big', params: { limit } };
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
