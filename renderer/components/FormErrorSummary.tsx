import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldLabel } from '../i18n/translate-error';
import { OWN_SUMMARY_ATTRIBUTE } from '../forms/form-error-focus';

/**
 * After a refused submit: each field still in error, named ("Reprise : cette date vient avant la livraison."),
 * above the buttons where the user is looking, so an error in a field scrolled out of view is not missed. Marked
 * as the form's own summary: `form-error-focus.ts` then only moves focus, it does not announce a second one.
 */
export function FormErrorSummary({ errors, labels = {} }: { errors: Record<string, string>; labels?: Record<string, string> }) {
  const { t } = useTranslation();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={t('common.fixErrors')} role="alert" {...{ [OWN_SUMMARY_ATTRIBUTE]: '' }}>
      <List size="sm" spacing={2}>
        {entries.map(([path, message]) => (
          <List.Item key={path}>
            {t('errors.fieldSentence', {
              field: labels[path] ?? fieldLabel(t, path),
              message: message.charAt(0).toLocaleLowerCase() + message.slice(1),
            })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
