import { Divider, Group, Stack, Text } from '@mantine/core';
import { AppDrawer } from '../../../components/AppDrawer';
import { useTranslation } from 'react-i18next';
import type { SchoolEvent } from '../../../../shared/domain/calendar/events';
import { QuestionnairesSection } from '../questionnaires/QuestionnairesSection';
import { EventActions, type EventAction } from './EventActions';
import { EventBadges } from './EventBadges';
import { EventDetailList } from './EventDetailList';
import { EventExports } from './EventExports';

interface EventDetailDrawerProps {
  event: SchoolEvent;
  /** Coordinators get the actions; teachers read. */
  canEdit: boolean;
  onAction(action: EventAction): void;
  onClose(): void;
}

/** The sheet of one event, beside the calendar; the dialog is named after the event. */
export function EventDetailDrawer({ event, canEdit, onAction, onClose }: EventDetailDrawerProps) {
  const { t } = useTranslation();
  return (
    <AppDrawer
      opened
      onClose={onClose}
      position="right"
      size="md"
      padding="lg"
      title={event.title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{
        title: {
          fontWeight: 700,
          fontSize: 'var(--mantine-font-size-xl)',
          textDecoration: event.status === 'cancelled' ? 'line-through' : undefined,
        },
      }}
    >
      <Stack gap="md">
        <Group justify="space-between" gap="xs">
          <EventBadges type={event.type} status={event.status} />
          <Text size="xs" c="dimmed">
            {t('calendar:event.schoolYear', { year: event.schoolYear })}
          </Text>
        </Group>
        {canEdit ? (
          <EventActions event={event} onAction={onAction} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('calendar:event.readOnly')}
          </Text>
        )}
        <EventExports event={event} />
        <Divider />
        <EventDetailList event={event} />
        <Divider />
        <QuestionnairesSection event={event} canDelete={canEdit} />
      </Stack>
    </AppDrawer>
  );
}
