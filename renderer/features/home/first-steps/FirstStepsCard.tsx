import { Link } from 'react-router';
import { Button, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowRight, IconRocket } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, transport, unwrap } from '../../../api/client';
import { useSession } from '../../../shell/session-context';
import { useBackupsOverview } from '../../settings';
import { pendingFirstSteps, type FirstStep } from './first-steps-model';

/** Under the root of every section's data: any change refreshes it when the home is shown again. */
const firstStepsKey = ['home', 'firstSteps'] as const;

/**
 * "Pour commencer" at the top of the home (issue 17): on a new installation, what each of the user's roles does
 * first (accounts, schools, activities, units…), each with the button that goes there. Gone once done.
 */
export function FirstStepsCard() {
  const { user } = useSession();
  // The backups' second folder is asked about on the desktop only (against a team server backups are IT's).
  return user.roles.includes('admin') && transport !== 'server' ? <WithBackupFolder /> : <FirstStepsList secondFolder={undefined} />;
}

function WithBackupFolder() {
  const overview = useBackupsOverview();
  return <FirstStepsList secondFolder={overview.data ? overview.data.secondFolder.path : undefined} />;
}

function FirstStepsList({ secondFolder }: { secondFolder: string | null | undefined }) {
  const { t } = useTranslation();
  const { settings } = useSession();
  const steps = useQuery({
    queryKey: firstStepsKey,
    queryFn: async () => unwrap(await api.system.firstSteps({})),
    refetchOnMount: 'always',
  });
  // Only a help: while loading or if the read fails, the home shows its usual blocks.
  if (!steps.data) return null;
  const pending = pendingFirstSteps(steps.data, settings.modules, secondFolder);
  if (pending.length === 0) return null;
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="home-first-steps-title">
      <Group gap="sm" wrap="nowrap" align="center" mb="md">
        <ThemeIcon size={36} radius="md" variant="light" color="meuse" aria-hidden="true">
          <IconRocket size={20} stroke={1.6} />
        </ThemeIcon>
        <div>
          <Title order={2} fz="lg" id="home-first-steps-title">
            {t('home:firstSteps.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('home:firstSteps.subtitle')}
          </Text>
        </div>
      </Group>
      <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
        {pending.map((step, index) => (
          <StepLine key={step.id} step={step} number={index + 1} />
        ))}
      </Stack>
    </Card>
  );
}

function StepLine({ step, number }: { step: FirstStep; number: number }) {
  const { t } = useTranslation();
  return (
    <Group component="li" justify="space-between" wrap="wrap" gap="sm">
      <Group gap="sm" wrap="nowrap" style={{ flex: '1 1 320px' }}>
        <ThemeIcon size={28} radius="xl" variant="light" color="gray" aria-hidden="true">
          <Text size="sm" fw={700}>
            {number}
          </Text>
        </ThemeIcon>
        <div>
          <Text size="sm" fw={600}>
            {t(`home:firstSteps.steps.${step.id}.title`)}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`home:firstSteps.steps.${step.id}.body`)}
          </Text>
        </div>
      </Group>
      <Button component={Link} to={step.to} variant="light" size="xs" rightSection={<IconArrowRight size={14} />}>
        {t(`home:firstSteps.steps.${step.id}.action`)}
      </Button>
    </Group>
  );
}
