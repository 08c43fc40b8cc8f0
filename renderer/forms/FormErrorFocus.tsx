import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { watchFormErrors } from './form-error-focus';

/**
 * Mounted once for the whole app (`Providers`): every form's refused submit moves focus to its first field in
 * error and announces which fields to correct (`form-error-focus.ts`). The summary names the fields only: each
 * field's message is read with the field itself (aria-describedby) as focus reaches it, and is not repeated.
 */
export function FormErrorFocus() {
  const { t } = useTranslation();
  useEffect(
    () =>
      watchFormErrors((errors) =>
        t('common.formRefused', { count: errors.length, fields: errors.map(({ label }) => label).filter(Boolean).join(', ') }),
      ),
    [t],
  );
  return null;
}
