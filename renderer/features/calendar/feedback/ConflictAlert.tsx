import { Alert, List, Text } from '@mantine/core';
import { IconCalendarX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';
import { currentLanguage } from '../../../i18n';
import { refusalSentences } from '../model/conflict-messages';

/** A refused slot, inside the form that asked for it: which class, facilitator or place is taken, by what, when. */
export function ConflictAlert({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  const lines = refusalSentences(t, error, currentLanguage(), new Date().getFullYear());
  return (
    <Alert color="red" variant="light" icon={<IconCalendarX size={18} />} title={t('calendar:conflicts.title')} role="alert">
      <List size="sm" spacing={4}>
        {lines.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
      <Text size="sm" c="dimmed" mt="xs">
        {t('calendar:conflicts.hint')}
      </Text>
    </Alert>
  );
}
