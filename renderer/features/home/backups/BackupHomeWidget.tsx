import { Link } from 'react-router';
import { Button, Card, Group, Loader, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowRight, IconCircleCheck, IconDatabase } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BackupsOverview } from '../../../../shared/domain/backups';
import { QueryFailure } from '../../../components/QueryFailure';
import { BackupWarningsAlert, useBackupsOverview, useBackupText } from '../../settings';

const BACKUPS_PATH = '/settings/backups';

/**
 * "Sauvegardes" on the administrator's home (issue 13): when the last verified copy of the records was made,
 * and what threatens the copies (none yet, too old, the second folder gone, the last attempt failed). When all
 * is well it is one line; a warning comes with the way to the Backups tab.
 */
export function BackupHomeWidget() {
  const { t } = useTranslation();
  const overview = useBackupsOverview();
  const healthy = overview.data !== undefined && overview.data.warnings.length === 0;
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="home-backups-title">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm" mb="md">
        <Group gap="sm" wrap="nowrap" align="center">
          <ThemeIcon size={36} radius="md" variant="light" color="blue" aria-hidden="true">
            <IconDatabase size={20} stroke={1.6} />
          </ThemeIcon>
          <div>
            <Group gap="xs">
              <Title order={2} fz="lg" id="home-backups-title">
                {t('home:backups.title')}
              </Title>
              {overview.isFetching && <Loader size="xs" type="dots" role="status" aria-label={t('home:backups.loading')} />}
            </Group>
            <Text size="sm" c="dimmed">
              {t('home:backups.subtitle')}
            </Text>
          </div>
        </Group>
        {healthy && <OpenBackups />}
      </Group>
      {overview.isError && <QueryFailure error={overview.error} onRetry={() => void overview.refetch()} />}
      {overview.isPending && <Skeleton height={24} aria-label={t('home:backups.loading')} />}
      {overview.data && <BackupHomeBody overview={overview.data} />}
    </Card>
  );
}

function OpenBackups() {
  const { t } = useTranslation();
  return (
    <Button component={Link} to={BACKUPS_PATH} variant="light" size="xs" rightSection={<IconArrowRight size={14} />}>
      {t('home:backups.open')}
    </Button>
  );
}

function BackupHomeBody({ overview }: { overview: BackupsOverview }) {
  const { t } = useTranslation();
  const text = useBackupText();
  const healthy = overview.warnings.length === 0;
  return (
    <Stack gap="sm">
      {overview.lastVerified && (
        <Group gap="xs" wrap="nowrap">
          {healthy && <IconCircleCheck size={20} stroke={1.7} color="var(--mantine-color-teal-7)" aria-hidden="true" />}
          <Text size="sm" fw={600}>
            {t('home:backups.lastVerified', { when: text.when(overview.lastVerified.createdAt) })}
          </Text>
        </Group>
      )}
      {!healthy && <BackupWarningsAlert overview={overview} action={<OpenBackups />} />}
    </Stack>
  );
}
