import { Button } from '@mantine/core';
import { IconArrowRight, IconDatabase } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SettingsCard } from '../SettingsCard';

/** Backups have their own tab now (list, restore, second folder, recovery kit): this card only leads there. */
export function BackupCard() {
  const { t } = useTranslation();
  return (
    <SettingsCard title={t('backup.title')} description={t('backup.description')}>
      <Button component={Link} to="/settings/backups" variant="light" leftSection={<IconDatabase size={18} stroke={1.7} />} rightSection={<IconArrowRight size={16} />}>
        {t('backup.open')}
      </Button>
    </SettingsCard>
  );
}
