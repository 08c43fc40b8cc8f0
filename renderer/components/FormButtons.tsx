import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useGuardedCancel } from './discard/discard-context';

/**
 * Cancel and submit at the foot of a form. Inside an `AppModal`/`AppDrawer`, *Annuler* asks before unsaved
 * typing is thrown away, as Esc and the close button do.
 */
export function FormButtons({ submitLabel, pending, onCancel }: { submitLabel: string; pending: boolean; onCancel(): void }) {
  const { t } = useTranslation();
  const cancel = useGuardedCancel(onCancel);
  return (
    <Group justify="flex-end" mt="sm">
      <Button variant="default" onClick={cancel} disabled={pending}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={pending}>
        {submitLabel}
      </Button>
    </Group>
  );
}
