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
      watchFormErrors((errors) => {
        const facts = { count: errors.length, fields: errors.map(({ label }) => label).filter(Boolean).join(', ') };
        // Two keys rather than i18next's plural suffixes: the translation check reads each key the code names.
        return errors.length === 1 ? t('common.formRefusedOne', facts) : t('common.formRefusedMany', facts);
      }),
    [t],
  );
  return null;
}
