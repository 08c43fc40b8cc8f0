import type { AdministrationPhase } from './templates';

/** A questionnaire given to one class for one event, before or after it. */
export interface Administration {
  id: number;
  templateId: number;
  templateName: string;
  templateVersion: number;
  eventId: number;
  classId: number;
  className: string;
  phase: AdministrationPhase;
  /** "YYYY-MM-DD". */
  date: string;
  responseCount: number;
  /** The forms the class is expected to hand in (entry-list.ts expectedForms), or null when unknown. */
  expectedForms: number | null;
}

export interface ResponseAnswer {
  itemId: number;
  /** null: no answer. */
  value: number | null;
  text: string;
}

/** One pupil's (or teacher's) form: pseudonymous, identified only by the code the pupil made. */
export interface QuestionnaireResponse {
  id: number;
  administrationId: number;
  /** Normalised (upper case, no spaces or accents); '' when the pupil wrote none. */
  code: string;
  answers: ResponseAnswer[];
  updatedAt: string;
}
