import type { TFunction } from 'i18next';
import { notifications } from '@mantine/notifications';
import type { ApiError, FieldError } from '../../../../../shared/api/result';
import { i18n } from '../../../../i18n';
import { fieldLabel, inlineFieldMessage, translateApiError, translateFieldIssue } from '../../../../i18n/translate-error';
import { registrationErrorKey } from '../model/registration-form';

/** A refused field named as the form names it ("Transmise le", "Fin"), whatever its path in the contract. */
function registrationFieldLabel(t: TFunction, path: string): string {
  const key = registrationErrorKey(path);
  return t(`registrations:fieldLabels.${key}`, { defaultValue: fieldLabel(t, path) });
}

function registrationErrorMessage(t: TFunction, error: ApiError): string {
  if (error.code === 'VALIDATION' && error.fields && error.fields.length > 0) {
    return error.fields
      .map((field: FieldError) => t('errors.fieldSentence', { field: registrationFieldLabel(t, field.path), message: translateFieldIssue(t, field) }))
      .join(' ');
  }
  return translateApiError(t, error);
}

export function notifyRegistrationError(t: TFunction, error: ApiError): void {
  notifications.show({
    color: 'red',
    title: t('errors.title'),
    message: registrationErrorMessage(t, error),
    autoClose: error.code === 'INTERNAL' ? false : 8000,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}

/** The first message of each form field, from the server's or the schema's errors. */
export function registrationFormErrors(t: TFunction, fields: readonly FieldError[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fields) errors[registrationErrorKey(field.path)] ??= inlineFieldMessage(t, field);
  return errors;
}
