import { Box, Group, Text } from '@mantine/core';
import type { EventType } from '../../../../shared/domain/calendar/events';
import { EVENT_TYPE_COLOURS } from '../model/event-colours';

/** A type in a picker, with its calendar colour. */
export function TypeOption({ type, label }: { type: EventType; label: string }) {
  return (
    <Group gap={8} wrap="nowrap">
      <Box component="span" className="pa-swatch" style={{ background: EVENT_TYPE_COLOURS[type] }} aria-hidden="true" />
      <Text size="sm">{label}</Text>
    </Group>
  );
}
