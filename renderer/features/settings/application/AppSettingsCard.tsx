import { Skeleton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SettingsCard } from '../SettingsCard';
import { useAppSettings } from '../queries';
import { AppSettingsForm } from './AppSettingsForm';
import { QueryFailure } from '../../../components/QueryFailure';

export function AppSettingsCard() {
  const { t } = useTranslation();
  const settings = useAppSettings();
  return (
    <SettingsCard title={t('application.settingsTitle')} description={t('application.settingsDescription')}>
      {settings.isPending && <Skeleton height={180} radius="md" />}
      {settings.isError && <QueryFailure error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.isSuccess && <AppSettingsForm key={JSON.stringify(settings.data)} initial={settings.data} />}
    </SettingsCard>
  );
}
