import { Link } from 'react-router';
import { Button, Card, Group, List, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowRight, IconClockExclamation } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';

const PRIVACY_PATH = '/settings/privacy';

/** The same query (and key) as the privacy tab's retention status (features/privacy/retention/queries.ts), so they share a cache. */
function useRetentionStatus() {
  return useQuery({ queryKey: ['retention', 'status'], queryFn: async () => unwrap(await api.retention.status({})) });
}

/**
 * The administrator's reminder that a retention run is due (issue 20): shown only when some records are past
 * their term, with how many of each kind and the way to Settings → Protection des données. Nothing otherwise
 * (a failed status read is not worth a block on the home screen: the settings tab shows it).
 */
export function RetentionHomeWidget() {
  const { t } = useTranslation();
  const status = useRetentionStatus();
  const due = status.data?.kinds.filter((kind) => kind.dueCount > 0) ?? [];
  if (due.length === 0) return null;
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="home-retention-title" data-testid="home-retention">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm" mb="sm">
        <Group gap="sm" wrap="nowrap" align="center">
          <ThemeIcon size={36} radius="md" variant="light" color="orange" aria-hidden="true">
            <IconClockExclamation size={20} stroke={1.6} />
          </ThemeIcon>
          <div>
            <Title order={2} fz="lg" id="home-retention-title">
              {t('retention:home.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('retention:home.subtitle')}
            </Text>
          </div>
        </Group>
        <Button component={Link} to={PRIVACY_PATH} variant="light" size="xs" rightSection={<IconArrowRight size={14} />}>
          {t('retention:home.open')}
        </Button>
      </Group>
      <List size="sm" spacing={4}>
        {due.map((kind) => (
          <List.Item key={kind.kind}>{t(`retention:home.${kind.kind}`, { count: kind.dueCount })}</List.Item>
        ))}
      </List>
    </Card>
  );
}
