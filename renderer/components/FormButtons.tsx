import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Cancel and submit at the foot of a form. */
export function FormButtons({ submitLabel, pending, onCancel }: { submitLabel: string; pending: boolean; onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt="sm">
      <Button variant="default" onClick={onCancel} disabled={pending}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={pending}>
        {submitLabel}
      </Button>
    </Group>
  );
}
