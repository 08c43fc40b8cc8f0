import { Group, Loader, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupProgress } from '../../../../shared/domain/backups';
import { useFormatters } from '../../../i18n/format';
import { progressPercent, progressStep } from './backup-model';

interface BackupProgressPanelProps {
  /** Null while the backup is starting (the first answer of `progress` has not come yet). */
  progress: BackupProgress | null;
  withSecondFolder: boolean;
}

/** The running backup: its phase, how far it has got, and that the rest of the window stays usable. */
export function BackupProgressPanel({ progress, withSecondFolder }: BackupProgressPanelProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const percent = progress ? progressPercent(progress) : 0;
  const phase = progress ? t(`backups:progress.phases.${progress.phase}`) : t('backups:progress.starting');
  const step = progress ? progressStep(progress.phase, withSecondFolder) : null;
  // A backup the server started on its own (the daily one) says so: "Sauvegarde automatique en cours (quotidienne)…".
  const title =
    progress && progress.reason !== 'manual'
      ? t('backups:progress.titleOther', { reason: t(`backups:reasons.${progress.reason}`).toLocaleLowerCase() })
      : t('backups:progress.title');
  return (
    <Paper withBorder radius="md" p="md" bg="var(--mantine-color-default-hover)">
      <Stack gap="xs">
        <Group justify="space-between" gap="sm" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Loader size={16} aria-hidden="true" />
            <Text size="sm" fw={600}>
              {title}
            </Text>
          </Group>
          <Text size="sm" fw={600} aria-hidden="true">
            {format.number(percent)} %
          </Text>
        </Group>
        <Progress
          value={percent}
          size="lg"
          radius="xl"
          animated
          striped
          aria-label={t('backups:progress.label')}
        />
        <Text size="sm" aria-live="polite">
          {step ? t('backups:progress.step', { ...step, phase }) : phase}
          {progress && progress.phase !== 'secondFolder' && progress.bytesTotal > 0 && (
            <Text span size="sm" c="dimmed">
              {' · '}
              {t('backups:progress.bytes', { done: format.bytes(progress.bytesDone), total: format.bytes(progress.bytesTotal) })}
            </Text>
          )}
        </Text>
        <Text size="xs" c="dimmed">
          {t('backups:progress.background')}
        </Text>
      </Stack>
    </Paper>
  );
}
