// The values a label can be given in the mapping step's selects: "no answer", then the scale's points with their anchor.
import type { TFunction } from 'i18next';
import type { TemplateItem } from '../../../../shared/domain/questionnaires/templates';
import { itemValues } from './import-model';

/** The value select's option for "no answer" (a select's values are strings). */
export const NO_ANSWER = 'none';

export function valueOptions(t: TFunction, item: TemplateItem, language: 'fr' | 'en'): { value: string; label: string }[] {
  const values = itemValues(item, language).map(({ value, label }) => ({
    value: String(value),
    label: item.answerType === 'yes_no' ? `${value} — ${t(value === 1 ? 'questionnaireImport:mapping.yes' : 'questionnaireImport:mapping.no')}` : label ? `${value} — ${label}` : String(value),
  }));
  return [{ value: NO_ANSWER, label: t('questionnaireImport:mapping.noAnswer') }, ...values];
}

/** A select's value for a label's meaning, and back: null (nothing chosen) ↔ undefined, "none" ↔ null. */
export const selectValue = (value: number | null | undefined): string | null => (value === undefined ? null : value === null ? NO_ANSWER : String(value));
export const chosenValue = (value: string | null): number | null | undefined => (value === null ? undefined : value === NO_ANSWER ? null : Number(value));
