// The shapes shared by the questionnaire form's parts: language, class context, options and the layout inputs.
import type { AdministrationPhase, QuestionnaireTemplate } from '../../../../shared/domain/questionnaires/templates';

export type FormLanguage = 'fr' | 'en';

export interface QuestionnaireFormContext {
  schoolName: string;
  className: string;
  /** YYYY-MM-DD */
  date: string;
  phase: AdministrationPhase;
  eventTitle: string;
}

export interface QuestionnaireFormOptions {
  language: FormLanguage;
  /** How many forms in the PDF (a class set); each starts on a new page. Default 1. */
  copies?: number;
}

/** What every block of a form is drawn from. */
export interface Layout {
  template: QuestionnaireTemplate;
  context: QuestionnaireFormContext;
  language: FormLanguage;
  dateInWords: string;
}
