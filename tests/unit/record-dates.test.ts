import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHANNELS } from '../../shared/api/contract';
import { birthYearField, dateField, idField, localDateTimeField, RECORD_YEARS } from '../../shared/api/fields';
import { toFieldErrors } from '../../shared/api/field-errors';

function issuesOf(schema: z.ZodType, value: string) {
  const result = z.strictObject({ day: schema }).safeParse({ day: value });
  return result.success ? [] : toFieldErrors(result.error.issues, { day: value });
}

describe('a choice not made', () => {
  it('is "required" when a picker sends 0 for an id, not "at least 0"', () => {
    const schema = z.strictObject({ householdId: idField, places: z.number().int().min(1) });
    const input = { householdId: 0, places: 0 };
    const result = schema.safeParse(input);
    expect(result.success ? [] : toFieldErrors(result.error.issues, input)).toEqual([
      { path: 'householdId', issue: 'required' },
      { path: 'places', issue: 'too_small', params: { limit: 1 } },
    ]);
    const negative = schema.safeParse({ householdId: -3, places: 1 });
    expect(negative.success ? [] : toFieldErrors(negative.error.issues, { householdId: -3, places: 1 })).toEqual([
      { path: 'householdId', issue: 'too_small', params: { limit: 0 } },
    ]);
  });
});

describe('record dates', () => {
  it.each([
    ['2024-02-29', []],
    ['2026-02-30', [{ path: 'day', issue: 'not_a_day' }]],
    ['2026-11-31', [{ path: 'day', issue: 'not_a_day' }]],
    ['2027-02-29', [{ path: 'day', issue: 'not_a_day' }]],
    ['1900-05-01', [{ path: 'day', issue: 'year_out_of_range', params: { from: 1990, to: 2099 } }]],
    ['2200-01-01', [{ path: 'day', issue: 'year_out_of_range', params: { from: 1990, to: 2099 } }]],
    ['1990-01-01', []],
    ['2099-12-31', []],
    // One issue each: a wrong shape is not also "not a day".
    ['2026-13-01', [{ path: 'day', issue: 'invalid_format' }]],
    ['3 décembre', [{ path: 'day', issue: 'invalid_format' }]],
  ])('a day %s', (value, expected) => {
    expect(issuesOf(dateField, value)).toEqual(expected);
  });

  it.each([
    ['2026-12-03T09:00', []],
    ['2026-11-31T09:00', [{ path: 'day', issue: 'not_a_day' }]],
    ['2026-02-30T14:00', [{ path: 'day', issue: 'not_a_day' }]],
    ['2200-12-03T09:00', [{ path: 'day', issue: 'year_out_of_range', params: { from: 1990, to: 2099 } }]],
    ['1900-12-03T09:00', [{ path: 'day', issue: 'year_out_of_range', params: { from: 1990, to: 2099 } }]],
    ['2026-12-03T24:00', [{ path: 'day', issue: 'invalid_format' }]],
  ])('a local date and time %s', (value, expected) => {
    expect(issuesOf(localDateTimeField, value)).toEqual(expected);
  });

  it('takes a living person\'s year of birth: at most 120 years ago, not after this year', () => {
    const field = birthYearField(() => 2026);
    const issues = (year: number) => {
      const result = z.strictObject({ birthYear: field }).safeParse({ birthYear: year });
      return result.success ? [] : toFieldErrors(result.error.issues, { birthYear: year });
    };
    const outside = [{ path: 'birthYear', issue: 'year_out_of_range', params: { from: 1906, to: 2026 } }];
    expect(issues(1906)).toEqual([]);
    expect(issues(2026)).toEqual([]);
    expect(issues(1900)).toEqual(outside);
    expect(issues(2027)).toEqual(outside);
    expect(issues(2200)).toEqual(outside);
  });

  it('keeps the rule when a field is nullable or optional', () => {
    expect(issuesOf(dateField.nullable(), '2026-04-31')).toEqual([{ path: 'day', issue: 'not_a_day' }]);
    expect(issuesOf(dateField.optional(), '2150-04-01')).toEqual([
      { path: 'day', issue: 'year_out_of_range', params: { from: RECORD_YEARS.from, to: RECORD_YEARS.to } },
    ]);
  });
});

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Every string leaf of a schema, by path, with wrappers (nullable, optional, default, pipe) looked through. */
function stringLeaves(schema: z.ZodType, path: string): { path: string; schema: z.ZodType }[] {
  if (schema === dateField || schema === localDateTimeField) return [{ path, schema }];
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return Object.entries((schema as z.ZodObject).shape).flatMap(([key, child]) => stringLeaves(child as z.ZodType, `${path}.${key}`));
    case 'optional':
    case 'nullable':
    case 'default':
      return stringLeaves(def.innerType as z.ZodType, path);
    case 'pipe':
      return stringLeaves(def.in as z.ZodType, path);
    case 'array':
      return stringLeaves(def.element as z.ZodType, `${path}[]`);
    case 'union':
      return (def.options as z.ZodType[]).flatMap((option, index) => stringLeaves(option, `${path}|${index}`));
    case 'string':
      return [{ path, schema }];
    default:
      return [];
  }
}

/**
 * A text field that takes a day but refuses both prose and a phone number knows dates: it must be one of the
 * two above. (Free text and passwords take all three; phone numbers take digits and dashes.)
 */
function looksLikeADateField(schema: z.ZodType): boolean {
  const takesDate = schema.safeParse('2026-12-03').success || schema.safeParse('2026-12-03T09:00').success;
  return takesDate && !schema.safeParse('abcdefghijklmnop').success && !schema.safeParse('0412 34 56 78').success;
}

describe('every date in the contract', () => {
  const leaves = CHANNELS.flatMap((entry) => stringLeaves(entry.definition.input, entry.name));
  const dates = leaves.filter((leaf) => leaf.schema === dateField || leaf.schema === localDateTimeField);

  it('is a record day field (no channel writes a date rule of its own)', () => {
    const ownRules = leaves.filter((leaf) => !dates.includes(leaf) && looksLikeADateField(leaf.schema)).map((leaf) => leaf.path);
    expect(ownRules).toEqual([]);
    // The issue counted 29 date fields accepting 1900 and 2200: all of them, and more, are found here.
    expect(dates.length).toBeGreaterThan(40);
  });

  it('the probe finds a date rule of its own (the check above can fail)', () => {
    const own = z.strictObject({ when: z.string().max(10).regex(/^\d{4}-\d{2}-\d{2}$/), note: z.string().max(9) });
    expect(stringLeaves(own, 'x').filter((leaf) => looksLikeADateField(leaf.schema)).map((leaf) => leaf.path)).toEqual(['x.when']);
  });

  it('refuses a day that does not exist and a year out of range, in every channel', () => {
    for (const leaf of dates) {
      const sample = leaf.schema === dateField ? ['2026-02-30', '2200-01-01'] : ['2026-11-31T10:00', '1900-01-01T10:00'];
      for (const value of sample) expect(leaf.schema.safeParse(value).success, `${leaf.path} ${value}`).toBe(false);
    }
  });
});
