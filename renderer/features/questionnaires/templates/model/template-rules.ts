import type { FieldError } from '../../../../../shared/api/result';
import type { QuestionnaireTemplate } from '../../../../../shared/domain/questionnaires/templates';
import { MIN_CODE_PARTS } from './code-recipe';
import type { TemplateFormValues } from './template-form';

/**
 * What may still change in a saved questionnaire, as the server decides it: with answers only its name and
 * description (anything else needs a new version); once given to a class, not its audience nor its code.
 */
export interface TemplateLocks {
  answers: number;
  administrations: number;
  /** Questions, scales, options, moments, audience and code. */
  itemsLocked: boolean;
  /** Audience and code recipe. */
  codeLocked: boolean;
}

export function templateLocks(template: Pick<QuestionnaireTemplate, 'answerCount' | 'administrationCount'> | null): TemplateLocks {
  const answers = template?.answerCount ?? 0;
  const administrations = template?.administrationCount ?? 0;
  return { answers, administrations, itemsLocked: answers > 0, codeLocked: answers > 0 || administrations > 0 };
}

/**
 * The rules between fields the contract's schema cannot say, checked before sending (the server checks them
 * again): a pupil code of 2+ distinct parts, no 'before'-only question on a teacher form, two or more
 * single-choice options with distinct values.
 */
export function crossFieldIssues(values: TemplateFormValues): FieldError[] {
  const issues: FieldError[] = [];
  if (values.audience === 'pupil') {
    if (values.codeRecipe.length < MIN_CODE_PARTS) issues.push({ path: 'codeRecipe', issue: 'too_few', params: { limit: MIN_CODE_PARTS } });
  }
  values.items.forEach((row, index) => {
    if (values.audience === 'teacher' && row.phase === 'before') issues.push({ path: `items.${index}.phase`, issue: 'invalid_value' });
    if (row.answerType !== 'single_choice') return;
    if (row.choices.length < 2) issues.push({ path: `items.${index}.choices`, issue: 'too_few', params: { limit: 2 } });
    const seen = new Set<string>();
    row.choices.forEach((choice, choiceIndex) => {
      const value = String(choice.value).trim();
      if (value !== '' && seen.has(value)) issues.push({ path: `items.${index}.choices.${choiceIndex}.value`, issue: 'duplicate' });
      seen.add(value);
    });
  });
  return issues;
}

export type DesignWarning = 'noPairedItems' | 'nothingBefore' | 'nothingAfter';

/**
 * Things that are allowed but probably not meant, said before printing: a pupil questionnaire with nothing
 * asked both before and after has nothing to compare; without a question for a moment its form cannot be
 * printed (the paper form refuses an empty phase).
 */
export function designWarnings(values: TemplateFormValues): DesignWarning[] {
  if (values.items.length === 0) return [];
  const asked = (phase: 'before' | 'after') => values.items.some((row) => row.phase === phase || row.phase === 'both');
  const warnings: DesignWarning[] = [];
  if (values.audience === 'pupil') {
    if (!values.items.some((row) => row.phase === 'both' && row.answerType !== 'free_text')) warnings.push('noPairedItems');
    if (!asked('before')) warnings.push('nothingBefore');
  }
  if (!asked('after')) warnings.push('nothingAfter');
  return warnings;
}

/** The form key a server path is shown under: a recipe's part on the recipe, an item's id on its wording. */
export function formErrorKey(path: string): string {
  if (path.startsWith('codeRecipe')) return 'codeRecipe';
  const id = /^items\.(\d+)\.id$/.exec(path);
  if (id) return `items.${id[1]}.wordingFr`;
  return path;
}

/** The parts of a path the summary of errors names: question number, field, and the label or option number. */
export interface ErrorPlace {
  /** 1-based question number, null for the questionnaire's own fields. */
  question: number | null;
  /** The field's name (`wordingFr`, `anchorsFr`, `choices`, `name`…). */
  field: string;
  /** 1-based label or option number. */
  entry: number | null;
  /** For an option: `value`, `labelFr` or `labelEn`. */
  part: string | null;
}

export function errorPlace(path: string): ErrorPlace {
  const match = /^items\.(\d+)\.(\w+)(?:\.(\d+))?(?:\.(\w+))?$/.exec(path);
  if (!match) return { question: null, field: path.split('.')[0] ?? path, entry: null, part: null };
  return {
    question: Number(match[1]) + 1,
    field: match[2]!,
    entry: match[3] === undefined ? null : Number(match[3]) + 1,
    part: match[4] ?? null,
  };
}

/** Errors whose question is gone or moved are cleared: every key under `items.` after a change of the list. */
export function withoutItemErrors(errors: Record<string, unknown>): string[] {
  return Object.keys(errors).filter((key) => key === 'items' || key.startsWith('items.'));
}
