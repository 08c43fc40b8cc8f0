import type { Administration } from './responses';
import type { QuestionnaireAudience } from './templates';

/**
 * What the "Saisie" page lists and counts (issue 17): the activities with a questionnaire open for the
 * caller's classes, and how many forms a class is expected to hand in. Pure: the service reads the rows.
 */

/** An activity with the questionnaires opened for it (the caller's classes only, for a teacher). */
export interface EntryActivity {
  eventId: number;
  title: string;
  /** "YYYY-MM-DDTHH:mm", local time. */
  start: string;
  schoolName: string;
  administrations: Administration[];
}

export interface ClassSize {
  audience: QuestionnaireAudience;
  /** The class's pupils as the directory holds them; 0 is "not known" (the column's default). */
  classPupils: number;
  /** How many classes the activity gathers: the activity's head counts are one class's only when it has one. */
  classesInEvent: number;
  pupilsPresent: number | null;
  pupilsExpected: number | null;
}

/**
 * The number of forms a class is expected to hand in, or null when nobody knows it (the page then says only
 * "5 saisis"). The pupils who came count first, then those expected, both only for an activity of one class
 * (for several classes they are the total); then the class's size in the directory. A teacher questionnaire
 * has no class size.
 */
export function expectedForms(size: ClassSize): number | null {
  if (size.audience !== 'pupil') return null;
  if (size.classesInEvent === 1) {
    if (size.pupilsPresent !== null && size.pupilsPresent > 0) return size.pupilsPresent;
    if (size.pupilsExpected !== null && size.pupilsExpected > 0) return size.pupilsExpected;
  }
  return size.classPupils > 0 ? size.classPupils : null;
}
