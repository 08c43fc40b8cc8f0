import { Alert, Button, Code, Stack, Text } from '@mantine/core';
import { IconCheck, IconDatabase } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { apiErrorOf } from '../../../api/client';
import { notifyError } from '../../../forms/notify';
import { useFormatters } from '../../../i18n/format';
import { SettingsCard } from '../SettingsCard';
import { useBackup } from '../queries';

/** A consistent copy of the live database (VACUUM INTO on the server), written to the data directory. */
export function BackupCard() {
  const { t } = useTranslation();
  const format = useFormatters();
  const backup = useBackup();

  return (
    <SettingsCard title={t('backup.title')} description={t('backup.description')}>
      <Stack gap="md" align="flex-start">
        <Button
          leftSection={<IconDatabase size={18} stroke={1.7} />}
          loading={backup.isPending}
          onClick={() => backup.mutate(undefined, { onError: (error) => notifyError(t, apiErrorOf(error)) })}
        >
          {t('backup.create')}
        </Button>
        {backup.isSuccess && (
          <Alert variant="light" color="teal" icon={<IconCheck size={18} />} title={t('backup.doneTitle')} role="status" w="100%">
            <Text size="sm" mb={6}>
              {t('backup.done', { size: format.bytes(backup.data.bytes), at: format.dateTime(backup.data.createdAt) })}
            </Text>
            <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
              {backup.data.file}
            </Code>
          </Alert>
        )}
      </Stack>
    </SettingsCard>
  );
}
