import { Badge, Box, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EventStatus, EventType } from '../../../../shared/domain/calendar/events';
import { EVENT_TYPE_COLOURS } from '../model/event-colours';

const STATUS_COLOURS: Record<EventStatus, string> = { planned: 'gray', confirmed: 'blue', held: 'teal', cancelled: 'red' };

/** The event's type (in its calendar colour) and status. */
export function EventBadges({ type, status }: { type: EventType; status: EventStatus }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <Badge
        variant="light"
        color="gray"
        leftSection={<Box component="span" className="pa-swatch" style={{ background: EVENT_TYPE_COLOURS[type] }} aria-hidden="true" />}
      >
        {t(`calendar:types.${type}`)}
      </Badge>
      <Badge variant={status === 'confirmed' || status === 'held' ? 'filled' : 'light'} color={STATUS_COLOURS[status]}>
        {t(`calendar:statuses.${status}`)}
      </Badge>
    </Group>
  );
}
