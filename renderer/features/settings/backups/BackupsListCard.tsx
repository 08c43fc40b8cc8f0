import { useState } from 'react';
import { Box, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseExport, IconHistory, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BackupListItem, BackupsOverview } from '../../../../shared/domain/backups';
import { ListEmpty } from '../../../components/data-table/ListEmpty';
import { BackupProgressPanel } from './BackupProgressPanel';
import { BackupsTable } from './BackupsTable';
import { RestoreBackupModal } from './RestoreBackupModal';
import { useBackupText } from './backup-text';
import { useBackupRun } from './use-backup-run';

/** The backups of this installation, "Sauvegarder maintenant" with its progress, a restore per row, the rotation. */
export function BackupsListCard({ overview }: { overview: BackupsOverview }) {
  const { t } = useTranslation();
  const text = useBackupText();
  const run = useBackupRun(overview);
  const [restoring, setRestoring] = useState<BackupListItem | null>(null);
  const { daily, weekly, monthly } = overview.rotation;

  return (
    <Card withBorder radius="lg" padding={0} component="section" aria-labelledby="backups-list-title">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm" p="lg" pb="md">
        <Stack gap={4}>
          <Title order={2} fz="lg" id="backups-list-title">
            {t('backups:list.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={640}>
            {t('backups:list.description')}
          </Text>
        </Stack>
        {/* Disabled rather than "loading" while a backup runs: the label keeps saying what is happening. */}
        <Button
          leftSection={run.running ? <Loader size={16} color="currentColor" aria-hidden="true" /> : <IconDatabaseExport size={18} stroke={1.7} />}
          onClick={run.start}
          disabled={run.running}
        >
          {run.running ? t('backups:create.running') : t('backups:create.button')}
        </Button>
      </Group>
      {run.running && (
        <Box px="lg" pb="md">
          <BackupProgressPanel progress={run.progress} withSecondFolder={overview.secondFolder.path !== null} />
        </Box>
      )}
      {overview.backups.length === 0 ? (
        <ListEmpty
          icon={<IconHistory size={28} stroke={1.5} aria-hidden="true" />}
          title={t('backups:list.emptyTitle')}
          description={t('backups:list.emptyBody')}
        />
      ) : (
        <BackupsTable
          backups={overview.backups}
          actions={(backup) => (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconRestore size={14} />}
              onClick={() => setRestoring(backup)}
              aria-label={t('backups:list.restoreNamed', { date: text.dateTime(backup.createdAt) })}
            >
              {t('backups:list.restore')}
            </Button>
          )}
        />
      )}
      <Text size="sm" c="dimmed" px="lg" py="md" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
        {t('backups:rotation', { daily, weekly, monthly })}
      </Text>
      {restoring && <RestoreBackupModal backup={restoring} onClose={() => setRestoring(null)} />}
    </Card>
  );
}
