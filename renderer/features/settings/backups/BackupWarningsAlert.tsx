import type { ReactNode } from 'react';
import { Alert, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BackupsOverview } from '../../../../shared/domain/backups';
import { warningMessages } from './backup-model';
import { useBackupText } from './backup-text';

interface BackupWarningsAlertProps {
  overview: Pick<BackupsOverview, 'warnings' | 'lastVerified' | 'secondFolder'>;
  /** Where the warnings are dealt with (the home links to the Backups tab); nothing on the tab itself. */
  action?: ReactNode;
}

/** What threatens the records' safety copies, most pressing first; nothing when all is well. */
export function BackupWarningsAlert({ overview, action }: BackupWarningsAlertProps) {
  const { t } = useTranslation();
  const text = useBackupText();
  const messages = warningMessages(overview, text.dateTime);
  if (messages.length === 0) return null;
  const sentences = messages.map(({ warning, params }) => ({ warning, sentence: t(`backups:warnings.${warning}`, params) }));
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} />} title={t('backups:warnings.title')} role="alert">
      <Stack gap="sm" align="flex-start">
        {sentences.length === 1 ? (
          <Text size="sm">{sentences[0]!.sentence}</Text>
        ) : (
          <List size="sm" spacing={4}>
            {sentences.map(({ warning, sentence }) => (
              <List.Item key={warning}>{sentence}</List.Item>
            ))}
          </List>
        )}
        {action}
      </Stack>
    </Alert>
  );
}
