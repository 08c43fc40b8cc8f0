import { Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryFailure } from '../../../components/QueryFailure';
import { SettingsCard } from '../SettingsCard';
import { HousingDeadlinesForm } from './HousingDeadlinesForm';
import { useHousingDeadlines } from './queries';

/** Settings → Délais logement: the lengths behind the registrations' tasks, the stays and the bail glissant alerts. */
export function HousingDeadlinesTab() {
  const { t } = useTranslation();
  const settings = useHousingDeadlines();
  return (
    <Stack gap="lg" maw={1120}>
      <SettingsCard title={t('housingDeadlines.title')} description={t('housingDeadlines.description')}>
        {settings.isPending && <Skeleton height={420} radius="md" />}
        {settings.isError && <QueryFailure error={settings.error} onRetry={() => void settings.refetch()} />}
        {settings.isSuccess && <HousingDeadlinesForm key={JSON.stringify(settings.data)} initial={settings.data} />}
      </SettingsCard>
    </Stack>
  );
}
