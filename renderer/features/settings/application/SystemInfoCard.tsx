import { Code, DataList, Skeleton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SettingsCard } from '../SettingsCard';
import { useSystemInfo } from '../queries';
import { QueryFailure } from '../../../components/QueryFailure';

/** What is installed and where its data lives, for support and for restoring a backup. */
export function SystemInfoCard() {
  const { t } = useTranslation();
  const info = useSystemInfo();
  return (
    <SettingsCard title={t('system.title')} description={t('system.description')}>
      {info.isPending && <Skeleton height={140} radius="md" />}
      {info.isError && <QueryFailure error={info.error} onRetry={() => void info.refetch()} />}
      {info.isSuccess && (
        <DataList orientation="vertical" gap="md">
          <DataList.Item>
            <DataList.ItemLabel>{t('system.version')}</DataList.ItemLabel>
            <DataList.ItemValue>{info.data.version}</DataList.ItemValue>
          </DataList.Item>
          {/* A team server has no data directory; its database is named by host and name (never its password). */}
          {info.data.dataDir !== '' && (
            <DataList.Item>
              <DataList.ItemLabel>{t('system.dataDir')}</DataList.ItemLabel>
              <DataList.ItemValue>
                <Code style={{ wordBreak: 'break-all' }}>{info.data.dataDir}</Code>
              </DataList.ItemValue>
            </DataList.Item>
          )}
          <DataList.Item>
            <DataList.ItemLabel>{t(info.data.dataDir === '' ? 'system.database' : 'system.databaseFile')}</DataList.ItemLabel>
            <DataList.ItemValue>
              <Code style={{ wordBreak: 'break-all' }}>{info.data.databaseFile}</Code>
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('system.migrations')}</DataList.ItemLabel>
            <DataList.ItemValue>
              {t('system.migrationsValue', { applied: info.data.appliedMigrations, latest: info.data.latestMigration ?? '—' })}
            </DataList.ItemValue>
          </DataList.Item>
        </DataList>
      )}
    </SettingsCard>
  );
}
