import type { TFunction } from 'i18next';
import { notifications } from '@mantine/notifications';
import type { ApiError } from '../../../../shared/api/result';
import { currentLanguage, i18n } from '../../../i18n';
import { localeOf } from '../../../i18n/language';
import { housingFieldLabel, notifyHousingError } from '../common/housing-errors';
import { placementErrorSentence, placementFieldMessage } from './placement-model';

/**
 * A refused placement write. Each refused field gets its sentence under its own input; a field the form does
 * not show (ending a stay later can run into the capacity, `places`) goes under `fallback`. A notification
 * names them all, with dates written as days.
 */
export function showPlacementError(
  t: TFunction,
  error: ApiError,
  form: { setFieldError(path: string, message: string): void },
  shown: readonly string[],
  fallback: string,
): void {
  const fields = error.code === 'VALIDATION' ? (error.fields ?? []) : [];
  if (fields.length === 0) {
    notifyHousingError(t, error);
    return;
  }
  const locale = localeOf(currentLanguage());
  const byKey = new Map<string, string>();
  for (const field of fields) {
    const name = field.path.split('.')[0] ?? field.path;
    const key = shown.includes(name) ? name : fallback;
    const message = placementFieldMessage(t, field, locale);
    byKey.set(key, byKey.has(key) ? `${byKey.get(key)} ${message}` : message);
  }
  for (const [key, message] of byKey) form.setFieldError(key, message);
  notifications.show({
    color: 'red',
    title: t('errors.title'),
    message: placementErrorSentence(t, fields, locale, (path) => housingFieldLabel(t, path)),
    autoClose: 8000,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}
