import { Button, Group, Text } from '@mantine/core';
import { IconArrowsMove, IconBan, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SchoolEvent } from '../../../../shared/domain/calendar/events';
import { isMovable } from '../model/calendar-inputs';

export type EventAction = 'edit' | 'move' | 'cancel' | 'delete';

/** What a coordinator can do with an event; moving and cancelling are for events still to come. */
export function EventActions({ event, onAction }: { event: SchoolEvent; onAction(action: EventAction): void }) {
  const { t } = useTranslation();
  const movable = isMovable(event.status);
  return (
    <>
      <Group gap="xs">
        <Button leftSection={<IconPencil size={16} />} onClick={() => onAction('edit')} data-autofocus>
          {t('calendar:actions.edit')}
        </Button>
        {movable && (
          <Button variant="default" leftSection={<IconArrowsMove size={16} />} onClick={() => onAction('move')}>
            {t('calendar:actions.move')}
          </Button>
        )}
        {movable && (
          <Button variant="default" leftSection={<IconBan size={16} />} onClick={() => onAction('cancel')}>
            {t('calendar:actions.cancel')}
          </Button>
        )}
        <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => onAction('delete')}>
          {t('calendar:actions.delete')}
        </Button>
      </Group>
      {!movable && (
        <Text size="xs" c="dimmed" mt={6}>
          {t('calendar:event.locked')}
        </Text>
      )}
    </>
  );
}
