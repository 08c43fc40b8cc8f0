import { Alert, Code, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconLifebuoy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RecoveryStatus, StartupProblem } from '../../../shared/domain/backups';

/** What was found, in plain words, and where: the first thing an administrator (or the help desk) needs. */
export function ProblemSummary({ problem, dataDir }: { problem: StartupProblem; dataDir: RecoveryStatus['dataDir'] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="lg" p="xl" component="section" aria-labelledby="recovery-title">
      <Stack gap="md">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon size={48} radius="md" variant="light" color="orange" aria-hidden="true">
            <IconLifebuoy size={28} stroke={1.6} />
          </ThemeIcon>
          <Stack gap={4}>
            <Title order={1} fz={26} id="recovery-title">
              {t('recovery:title')}
            </Title>
            <Text c="dimmed">{t('recovery:intro')}</Text>
          </Stack>
        </Group>
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} />} title={t(`recovery:problems.${problem}.title`)} role="alert">
          {t(`recovery:problems.${problem}.body`)}
        </Alert>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('recovery:dataDir')}
          </Text>
          <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {dataDir}
          </Code>
        </Stack>
        <Text size="sm">{t('recovery:nothingChanged')}</Text>
      </Stack>
    </Paper>
  );
}
