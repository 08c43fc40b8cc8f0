import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { watchFormErrors } from './form-error-focus';

/**
 * Mounted once for the whole app (`Providers`): every form's refused submit moves focus to its first field in
 * error and announces which fields to correct (`form-error-focus.ts`).
 */
export function FormErrorFocus() {
  const { t } = useTranslation();
  useEffect(
    () =>
      watchFormErrors((errors) => ({
        heading: t('common.formRefused', { count: errors.length }),
        lines: errors.map(({ label, message }) =>
          label === '' ? message : t('errors.fieldSentence', { field: label, message: message.charAt(0).toLocaleLowerCase() + message.slice(1) }),
        ),
      })),
    [t],
  );
  return null;
}
