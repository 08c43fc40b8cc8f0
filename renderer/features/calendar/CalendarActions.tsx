import { Button } from '@mantine/core';
import { IconBeach, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The coordinator's main action, beside the page title. */
export function NewEventButton({ onClick }: { onClick(): void }) {
  const { t } = useTranslation();
  return (
    <Button leftSection={<IconPlus size={16} />} onClick={onClick}>
      {t('calendar:toolbar.newEvent')}
    </Button>
  );
}

/** Opens the editable list of school breaks and public holidays. */
export function HolidaysButton({ onClick }: { onClick(): void }) {
  const { t } = useTranslation();
  return (
    <Button variant="default" leftSection={<IconBeach size={16} />} onClick={onClick}>
      {t('calendar:toolbar.holidays')}
    </Button>
  );
}
