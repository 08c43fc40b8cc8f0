import type { z } from 'zod';
import type { FieldError } from '../shared/api/result';

/**
 * Turns zod's issues into field errors the renderer can translate and attach to the right input. Only the
 * path, a known issue name and numeric limits cross the boundary: never the rejected value itself.
 */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  const fields: FieldError[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) fields.push({ path: path ? `${path}.${key}` : key, issue: 'unknown_field' });
        break;
      case 'invalid_type':
        fields.push({ path, issue: issue.input === undefined ? 'required' : 'invalid_type' });
        break;
      case 'too_small':
        fields.push({ path, ...sizeIssue('small', issue.origin, Number(issue.minimum)) });
        break;
      case 'too_big':
        fields.push({ path, ...sizeIssue('big', issue.origin, Number(issue.maximum)) });
        break;
      case 'invalid_format':
        fields.push({ path, issue: 'invalid_format' });
        break;
      default:
        fields.push({ path, issue: 'invalid_value' });
    }
  }
  return fields;
}

function sizeIssue(side: 'small' | 'big', origin: string, limit: number): Pick<FieldError, 'issue' | 'params'> {
  if (origin === 'string') return { issue: side === 'small' ? 'too_short' : 'too_long', params: { limit } };
  if (origin === 'array' || origin === 'set') return { issue: side === 'small' ? 'too_few' : 'too_many', params: { limit } };
  return { issue: side === 'small' ? 'too_small' : 'too_big', params: { limit } };
}
