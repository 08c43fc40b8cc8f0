import { useState } from 'react';
import { Alert, Button, Collapse, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconInfoCircle, IconRefresh, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BackupListItem, RecoveryStatus } from '../../../shared/domain/backups';
import { useFormatters } from '../../i18n/format';
import { BackupsTable, useBackupText } from '../settings';
import { RestoreConfirmModal } from './RestoreConfirmModal';
import { suggestedBackup } from './recovery-model';

interface RestoreSectionProps {
  status: RecoveryStatus;
  /** After the kit, for a key problem: a backup holds no key, so it is the second way out. */
  secondary: boolean;
  onRefresh(): void;
}

/** Restore the suggested backup (the newest verified one that fits), or choose another from the list. */
export function RestoreSection({ status, secondary, onRefresh }: RestoreSectionProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const text = useBackupText();
  const suggested = suggestedBackup(status);
  const [listOpen, setListOpen] = useState(suggested === null && status.backups.length > 0);
  const [chosen, setChosen] = useState<BackupListItem | null>(null);

  return (
    <Paper withBorder radius="lg" p="xl" component="section" aria-labelledby="recovery-restore-title">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} fz="lg" id="recovery-restore-title">
            {t(secondary ? 'recovery:restore.titleSecondary' : 'recovery:restore.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t(secondary ? 'recovery:restore.introSecondary' : 'recovery:restore.intro')}
          </Text>
        </Stack>
        {status.backups.length === 0 ? (
          <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />} title={t('recovery:restore.noneTitle')}>
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{t('recovery:restore.none')}</Text>
              <Button variant="default" size="xs" leftSection={<IconRefresh size={14} />} onClick={onRefresh}>
                {t('recovery:restore.lookAgain')}
              </Button>
            </Stack>
          </Alert>
        ) : (
          <>
            {suggested ? (
              <Paper radius="md" p="md" bg="var(--mantine-color-default-hover)">
                <Group justify="space-between" gap="md" wrap="wrap">
                  <Stack gap={2}>
                    <Text size="sm" fw={600}>
                      {t('recovery:restore.suggested', { date: text.dateTime(suggested.createdAt) })}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {t('recovery:restore.suggestedDetail', { reason: text.reason(suggested), size: format.bytes(suggested.bytes) })}
                    </Text>
                  </Stack>
                  <Button leftSection={<IconRestore size={18} />} onClick={() => setChosen(suggested)} variant={secondary ? 'light' : 'filled'}>
                    {t('recovery:restore.restoreSuggested')}
                  </Button>
                </Group>
              </Paper>
            ) : (
              <Text size="sm">{t('recovery:restore.noSuggestion')}</Text>
            )}
            <div>
              <Button
                variant="subtle"
                size="sm"
                onClick={() => setListOpen((open) => !open)}
                rightSection={listOpen ? <IconChevronUp size={16} /> : <IconChevronDown size={16} />}
                aria-expanded={listOpen}
                aria-controls="recovery-backups"
              >
                {t('recovery:restore.chooseOther', { count: status.backups.length })}
              </Button>
              <Collapse expanded={listOpen} id="recovery-backups">
                <Paper withBorder radius="md" mt="sm">
                  <BackupsTable
                    backups={status.backups}
                    highlighted={suggested?.name}
                    minWidth={680}
                    actions={(backup) => (
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => setChosen(backup)}
                        aria-label={t('backups:list.restoreNamed', { date: text.dateTime(backup.createdAt) })}
                      >
                        {t('backups:list.restore')}
                      </Button>
                    )}
                  />
                </Paper>
              </Collapse>
            </div>
          </>
        )}
      </Stack>
      {chosen && <RestoreConfirmModal backup={chosen} onClose={() => setChosen(null)} />}
    </Paper>
  );
}
