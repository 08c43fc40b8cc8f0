/**
 * Questionnaire templates (issue 5): what a pupil or a teacher is asked, item by item, and how an anonymous
 * pupil builds the code that pairs their 'before' and 'after' forms.
 */

export const QUESTIONNAIRE_AUDIENCES = ['pupil', 'teacher'] as const;
export type QuestionnaireAudience = (typeof QUESTIONNAIRE_AUDIENCES)[number];

/** What an item measures; dimension scores are the mean of its scored items. */
export const DIMENSIONS = [
  'stereotypes',
  'migration_knowledge',
  'empathy',
  'satisfaction',
  'observed_change',
  'comments',
  'other',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/**
 * How an item is answered. Numeric answers are stored as numbers: Likert 1–4 or 1–5, yes = 1 / no = 0,
 * 0–10, or the value of the chosen option; free text is stored as text and never scored.
 */
export const ANSWER_TYPES = ['likert4', 'likert5', 'yes_no', 'scale_0_10', 'single_choice', 'free_text'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

/** When an item is asked: only before the activity, only after, or both (the paired items). */
export const ITEM_PHASES = ['before', 'after', 'both'] as const;
export type ItemPhase = (typeof ITEM_PHASES)[number];

export const ADMINISTRATION_PHASES = ['before', 'after'] as const;
export type AdministrationPhase = (typeof ADMINISTRATION_PHASES)[number];

/**
 * The parts a pupil's code is made of, each a fixed number of characters a child can give without revealing
 * who they are. A template chooses 2 to 5 of them in order; the paper form prints one box per character with
 * the instruction of its part.
 */
export const CODE_PARTS = {
  mother_first_letter: { length: 1, kind: 'letter' },
  father_first_letter: { length: 1, kind: 'letter' },
  own_first_letter: { length: 1, kind: 'letter' },
  birth_day: { length: 2, kind: 'digit' },
  birth_month: { length: 2, kind: 'digit' },
  street_first_letter: { length: 1, kind: 'letter' },
  siblings_count: { length: 1, kind: 'digit' },
} as const satisfies Record<string, { length: number; kind: 'letter' | 'digit' }>;
export type CodePart = keyof typeof CODE_PARTS;
export const CODE_PART_NAMES = Object.keys(CODE_PARTS) as CodePart[];

/** An option of a single-choice item. */
export interface ItemChoice {
  value: number;
  labelFr: string;
  labelEn: string;
}

export interface TemplateItem {
  id: number;
  /** 1, 2, 3… in the order printed and entered. */
  position: number;
  dimension: Dimension;
  answerType: AnswerType;
  /** Agreeing means more stereotyped: the score is turned around (min + max − value) before analysis. */
  reverseKeyed: boolean;
  wordingFr: string;
  wordingEn: string;
  phase: ItemPhase;
  /** Labels of the scale's points, lowest first (Likert: 4 or 5; 0–10: the two ends), FR and EN. */
  anchorsFr: string[];
  anchorsEn: string[];
  /** Only for single_choice. */
  choices: ItemChoice[];
}

export interface QuestionnaireTemplate {
  id: number;
  name: string;
  audience: QuestionnaireAudience;
  description: string;
  /** 1 for the first; a new version is a copy made when the template already has answers. */
  version: number;
  /** The template this one is a new version of. */
  previousVersionId: number | null;
  /** Pupil templates only; empty for teacher forms (teachers are not anonymous to the City). */
  codeRecipe: CodePart[];
  items: TemplateItem[];
  /** Answers recorded with it: its items and scales can no longer change (make a new version). */
  answerCount: number;
  /**
   * Classes it was given to (administrations), answered or not: papers with its code boxes may be out, so
   * its audience and code recipe can no longer change.
   */
  administrationCount: number;
  archived: boolean;
}

/** The numeric range of an answer type; null for free text. Single choice: its options' values. */
export function answerRange(item: Pick<TemplateItem, 'answerType' | 'choices'>): { min: number; max: number } | null {
  switch (item.answerType) {
    case 'likert4':
      return { min: 1, max: 4 };
    case 'likert5':
      return { min: 1, max: 5 };
    case 'yes_no':
      return { min: 0, max: 1 };
    case 'scale_0_10':
      return { min: 0, max: 10 };
    case 'single_choice': {
      const values = item.choices.map((choice) => choice.value);
      return values.length === 0 ? null : { min: Math.min(...values), max: Math.max(...values) };
    }
    case 'free_text':
      return null;
  }
}

/** Whether `value` is an answer the item accepts (single choice: one of its options' values exactly). */
export function isValidAnswer(item: Pick<TemplateItem, 'answerType' | 'choices'>, value: number): boolean {
  if (!Number.isInteger(value)) return false;
  if (item.answerType === 'single_choice') return item.choices.some((choice) => choice.value === value);
  const range = answerRange(item);
  return range !== null && value >= range.min && value <= range.max;
}

/** The characters a code must have for a recipe: "L", "D" per character (letter / digit). */
export function codePattern(recipe: readonly CodePart[]): string {
  return recipe.map((part) => (CODE_PARTS[part].kind === 'letter' ? 'L' : 'D').repeat(CODE_PARTS[part].length)).join('');
}
