import type { TFunction } from 'i18next';
import { notifications } from '@mantine/notifications';
import type { ApiError, FieldError } from '../../../../shared/api/result';
import { i18n } from '../../../i18n';
import { fieldLabel, translateApiError, translateFieldIssue } from '../../../i18n/translate-error';

/** Fields whose app-wide label means something else (`fields.code` is a pupil's code): the housing word wins. */
const HOUSING_LABELS = ['code', 'kind', 'providerId', 'endDate'] as const;

export function housingFieldLabel(t: TFunction, path: string): string {
  const name = path.split('.')[0] ?? path;
  return (HOUSING_LABELS as readonly string[]).includes(name) ? t(`housing:fieldLabels.${name}`) : fieldLabel(t, path);
}

/** One sentence for a refusal, naming each refused field as housing staff call it ("Code du logement : déjà utilisé…"). */
export function housingErrorMessage(t: TFunction, error: ApiError): string {
  if (error.code === 'VALIDATION' && error.fields && error.fields.length > 0) {
    return error.fields
      .map((field: FieldError) => t('errors.fieldSentence', { field: housingFieldLabel(t, field.path), message: translateFieldIssue(t, field) }))
      .join(' ');
  }
  return translateApiError(t, error);
}

export function notifyHousingError(t: TFunction, error: ApiError): void {
  notifications.show({
    color: 'red',
    title: t('errors.title'),
    message: housingErrorMessage(t, error),
    autoClose: error.code === 'INTERNAL' ? false : 8000,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}
