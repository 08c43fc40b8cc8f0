import type { InputOf } from '../../../../../shared/api/contract';
import type {
  AnswerType,
  CodePart,
  Dimension,
  ItemPhase,
  QuestionnaireAudience,
  QuestionnaireTemplate,
} from '../../../../../shared/domain/questionnaires/templates';
import { DEFAULT_RECIPE } from './code-recipe';
import { isReversible, standardAnchors } from './standard-labels';

/** An option of a single-choice question; the value box holds '' while empty. */
export interface ChoiceRow {
  key: string;
  value: number | string;
  labelFr: string;
  labelEn: string;
}

/** One question of the editor. `key` keeps React's rows stable while they move; `id` is null for a new one. */
export interface ItemRow {
  key: string;
  id: number | null;
  dimension: Dimension;
  answerType: AnswerType;
  reverseKeyed: boolean;
  wordingFr: string;
  wordingEn: string;
  phase: ItemPhase;
  /** One box per point of the scale (English boxes may stay empty: the French label is printed instead). */
  anchorsFr: string[];
  anchorsEn: string[];
  choices: ChoiceRow[];
}

export interface TemplateFormValues {
  name: string;
  audience: QuestionnaireAudience;
  description: string;
  codeRecipe: CodePart[];
  items: ItemRow[];
}

export type TemplateInput = InputOf<'questionnaires', 'createTemplate'>;
type ItemInput = TemplateInput['items'][number];
type ChoiceInput = ItemInput['choices'][number];

/** The input as the form has it: an option whose value box is empty has no value yet (the check says "required"). */
export type TemplateDraft = Omit<TemplateInput, 'items'> & {
  items: (Omit<ItemInput, 'choices'> & { choices: (Omit<ChoiceInput, 'value'> & { value?: number })[] })[];
};

export function isCompleteDraft(draft: TemplateDraft): draft is TemplateInput {
  return draft.items.every((item) => item.choices.every((choice) => choice.value !== undefined));
}

let keySequence = 0;
function newKey(prefix = 'new'): string {
  keySequence += 1;
  return `${prefix}-${keySequence}`;
}

/** A new question: like the one above it (same dimension, type and moment), its scale's labels filled in. */
export function newItemRow(previous?: ItemRow, audience: QuestionnaireAudience = 'pupil'): ItemRow {
  const answerType = previous && previous.answerType !== 'free_text' ? previous.answerType : 'likert5';
  const anchors = previous && previous.answerType === answerType ? { fr: [...previous.anchorsFr], en: [...previous.anchorsEn] } : standardAnchors(answerType);
  return {
    key: newKey('item'),
    id: null,
    dimension: previous?.dimension ?? (audience === 'teacher' ? 'satisfaction' : 'stereotypes'),
    answerType,
    reverseKeyed: false,
    wordingFr: '',
    wordingEn: '',
    phase: previous?.phase ?? (audience === 'teacher' ? 'after' : 'both'),
    anchorsFr: anchors.fr,
    anchorsEn: anchors.en,
    choices: answerType === 'single_choice' ? (previous?.choices.map((choice) => ({ ...choice, key: newKey('choice') })) ?? defaultChoices()) : [],
  };
}

function defaultChoices(): ChoiceRow[] {
  return [1, 2].map((value) => ({ key: newKey('choice'), value, labelFr: '', labelEn: '' }));
}

/** A new questionnaire: for pupils, with the usual code and one agreement question to start from. */
export function emptyTemplateValues(): TemplateFormValues {
  return { name: '', audience: 'pupil', description: '', codeRecipe: [...DEFAULT_RECIPE], items: [newItemRow()] };
}

/** The English boxes of a scale: as many as the French ones, empty where no English label was given. */
function englishBoxes(french: readonly string[], english: readonly string[]): string[] {
  return french.map((_, index) => english[index] ?? '');
}

export function valuesFromTemplate(template: QuestionnaireTemplate): TemplateFormValues {
  return {
    name: template.name,
    audience: template.audience,
    description: template.description,
    codeRecipe: [...template.codeRecipe],
    items: [...template.items]
      .sort((a, b) => a.position - b.position)
      .map((item) => ({
        key: `item-${item.id}`,
        id: item.id,
        dimension: item.dimension,
        answerType: item.answerType,
        reverseKeyed: item.reverseKeyed,
        wordingFr: item.wordingFr,
        wordingEn: item.wordingEn,
        phase: item.phase,
        anchorsFr: [...item.anchorsFr],
        anchorsEn: englishBoxes(item.anchorsFr, item.anchorsEn),
        choices: item.choices.map((choice) => ({ key: newKey('choice'), ...choice })),
      })),
  };
}

const numberOf = (value: number | string): number => (typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value));
const valueOf = (value: number | string): number | undefined => (Number.isFinite(numberOf(value)) ? numberOf(value) : undefined);

/** The contract's input from the form. Empty English labels are sent as none. */
export function draftFromValues(values: TemplateFormValues): TemplateDraft {
  return {
    name: values.name,
    audience: values.audience,
    description: values.description,
    codeRecipe: values.audience === 'pupil' ? [...values.codeRecipe] : [],
    items: values.items.map((row) => ({
      id: row.id,
      dimension: row.dimension,
      answerType: row.answerType,
      reverseKeyed: isReversible(row.answerType) && row.reverseKeyed,
      wordingFr: row.wordingFr,
      wordingEn: row.wordingEn,
      phase: row.phase,
      anchorsFr: [...row.anchorsFr],
      anchorsEn: row.anchorsEn.every((label) => label.trim() === '') ? [] : [...row.anchorsEn],
      choices:
        row.answerType === 'single_choice'
          ? row.choices.map((choice) => ({ value: valueOf(choice.value), labelFr: choice.labelFr, labelEn: choice.labelEn }))
          : [],
    })),
  };
}

/** What saving would send, trimmed as the server trims it: equal means "nothing to save". */
export function draftSignature(values: TemplateFormValues): string {
  return JSON.stringify(draftFromValues(values), (_key, value: unknown) => (typeof value === 'string' ? value.trim() : value));
}

/**
 * A new answer type: the scale's labels start again from the standard ones of that type (the old labels
 * described other points), a single choice gets two empty options, and the reverse flag goes where it
 * means nothing.
 */
export function withAnswerType(row: ItemRow, answerType: AnswerType): ItemRow {
  if (row.answerType === answerType) return row;
  const anchors = standardAnchors(answerType);
  return {
    ...row,
    answerType,
    anchorsFr: anchors.fr,
    anchorsEn: anchors.en,
    reverseKeyed: isReversible(answerType) && row.reverseKeyed,
    choices: answerType === 'single_choice' ? (row.choices.length > 0 ? row.choices : defaultChoices()) : [],
  };
}

/**
 * Teacher forms are only given after the activity and have no pupil code: questions asked "before" only
 * become "after", and the recipe is set aside (kept in the form values should the audience change back).
 */
export function withAudience(values: TemplateFormValues, audience: QuestionnaireAudience): TemplateFormValues {
  if (audience === values.audience) return values;
  return {
    ...values,
    audience,
    items: audience === 'teacher' ? values.items.map((row) => (row.phase === 'before' ? { ...row, phase: 'after' as const } : row)) : values.items,
  };
}

/** A new option after the last, valued one more than the highest. */
export function addChoice(choices: readonly ChoiceRow[]): ChoiceRow[] {
  const highest = choices.reduce((max, choice) => Math.max(max, Number.isFinite(numberOf(choice.value)) ? numberOf(choice.value) : 0), 0);
  return [...choices, { key: newKey('choice'), value: Math.min(highest + 1, 99), labelFr: '', labelEn: '' }];
}
