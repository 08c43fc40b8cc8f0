import { describe, expect, it } from 'vitest';
import { expectedForms, type ClassSize } from '../../shared/domain/questionnaires/entry-list';

/** Issue 17: the forms a class is expected to hand in, for the grid's counter "5 / 24 saisis". */
const size = (changes: Partial<ClassSize>): ClassSize => ({
  audience: 'pupil',
  classPupils: 24,
  classesInEvent: 1,
  pupilsPresent: null,
  pupilsExpected: null,
  ...changes,
});

describe('expectedForms', () => {
  it('counts the pupils who came first, then those expected, for an activity of one class', () => {
    expect(expectedForms(size({ pupilsPresent: 21, pupilsExpected: 23 }))).toBe(21);
    expect(expectedForms(size({ pupilsExpected: 23 }))).toBe(23);
    expect(expectedForms(size({}))).toBe(24);
  });

  it("uses the class's own size when the activity gathers several classes (its head counts are their total)", () => {
    expect(expectedForms(size({ classesInEvent: 2, pupilsPresent: 45, pupilsExpected: 48 }))).toBe(24);
  });

  it('knows nothing when the class size is 0 (not filled in), and for a teacher questionnaire', () => {
    expect(expectedForms(size({ classPupils: 0, classesInEvent: 2, pupilsPresent: 45 }))).toBeNull();
    expect(expectedForms(size({ classPupils: 0, pupilsPresent: 0, pupilsExpected: 0 }))).toBeNull();
    expect(expectedForms(size({ audience: 'teacher' }))).toBeNull();
  });
});
