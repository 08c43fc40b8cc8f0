import type { TFunction } from 'i18next';
import type { ApiError, FieldError } from '../../shared/api/result';

/** The label of a field from its dotted path: `roles.0` is the roles field. */
export function fieldLabel(t: TFunction, path: string): string {
  const name = path.split('.')[0] ?? path;
  return t(`fields.${name}`, { defaultValue: name });
}

/** "au moins 3 caractères." — the issue alone, to follow the field's name in a sentence. */
export function translateFieldIssue(t: TFunction, field: FieldError): string {
  return t(`fieldIssues.${field.issue}`, { ...field.params, defaultValue: t('fieldIssues.invalid_value') });
}

/** "Au moins 3 caractères." — the issue as a message of its own, under its input. */
export function inlineFieldMessage(t: TFunction, field: FieldError): string {
  const message = translateFieldIssue(t, field);
  return message.charAt(0).toLocaleUpperCase() + message.slice(1);
}

/**
 * One sentence for the user. Validation errors name each refused field ("Nom d'utilisateur : au moins 3
 * caractères."); other errors use their reason when it has a translation, else their code.
 */
export function translateApiError(t: TFunction, error: ApiError): string {
  if (error.code === 'VALIDATION' && error.fields && error.fields.length > 0) {
    return error.fields
      .map((field) => t('errors.fieldSentence', { field: fieldLabel(t, field.path), message: translateFieldIssue(t, field) }))
      .join(' ');
  }
  const byCode = t(`errors.codes.${error.code}`);
  if (error.reason) return t(`errors.reasons.${error.reason}`, { ...error.params, defaultValue: byCode });
  return byCode;
}
