import type { TFunction } from 'i18next';
import { notifications } from '@mantine/notifications';
import type { ApiError, FieldError } from '../../../../shared/api/result';
import { currentLanguage, i18n } from '../../../i18n';
import { localeOf } from '../../../i18n/language';
import { asInlineMessage, translateFieldIssue } from '../../../i18n/translate-error';
import { housingErrorMessage, housingFieldLabel } from '../common/housing-errors';
import { formatDay } from '../model/unit-form';

/**
 * The waiting list's own words for two refusals whose app-wide sentence is too general ("en double…", "avant
 * le début"): a household already waiting, a departure dated before the request. Lower case, like fieldIssues.
 */
function waitlistIssue(t: TFunction, field: FieldError): string {
  if (field.path === 'householdId' && field.issue === 'duplicate') return t('housing:waitlist.errors.alreadyWaiting');
  if (field.path === 'date' && field.issue === 'before_start') {
    const date = typeof field.params?.date === 'string' ? formatDay(field.params.date, localeOf(currentLanguage())) : '';
    return t('housing:waitlist.errors.beforeRequest', { date });
  }
  return translateFieldIssue(t, field);
}

export function waitlistInlineMessage(t: TFunction, field: FieldError): string {
  return asInlineMessage(waitlistIssue(t, field));
}

interface FormTarget {
  setFieldError(path: string, error: string): void;
  getValues(): object;
}

/** Each refused field under its input, and a notification naming them all (a field may be off screen). */
export function showWaitlistError(t: TFunction, error: ApiError, form?: FormTarget): void {
  const fields = error.code === 'VALIDATION' ? (error.fields ?? []) : [];
  if (form) {
    const names = Object.keys(form.getValues());
    for (const field of fields) {
      const name = field.path.split('.')[0] ?? field.path;
      if (names.includes(name)) form.setFieldError(name, waitlistInlineMessage(t, field));
    }
  }
  const message =
    fields.length > 0
      ? fields.map((field) => t('errors.fieldSentence', { field: housingFieldLabel(t, field.path), message: waitlistIssue(t, field) })).join(' ')
      : housingErrorMessage(t, error);
  notifications.show({
    color: 'red',
    title: t('errors.title'),
    message,
    autoClose: error.code === 'INTERNAL' ? false : 8000,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}
