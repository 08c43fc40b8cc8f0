import { useCallback } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SchoolEvent } from '../../../../shared/domain/calendar/events';
import { api, apiErrorOf, unwrap } from '../../../api/client';
import { notifySuccess } from '../../../forms/notify';
import { currentLanguage } from '../../../i18n';
import { eventWhen } from '../model/event-text';
import { calendarKeys } from '../queries';
import { notifyRefusal } from './notify';

/** Long enough to notice a wrong drop and take it back. */
const UNDO_MS = 10_000;

/**
 * After a move (a drop, a resize or the Move dialog): "Activité déplacée au …" with "Annuler", which moves it
 * back where it was through the same `events.move`, with the same rules (a slot taken meanwhile is refused
 * and explained). It moves back only if the activity is still where this move put it (`ifStillAt`): changed
 * since, the server refuses and the user is told, nothing is overwritten. The place it came from was
 * already accepted, so a weekend or holiday there is not asked about again.
 *
 * The call is made with the API and the query client directly, not a mutation hook: the Move dialog that
 * showed the notice is closed by the time "Annuler" is clicked.
 */
export function useMoveNotice(): (before: Pick<SchoolEvent, 'id' | 'start' | 'end'>, moved: SchoolEvent) => void {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return useCallback(
    (before, moved) => {
      const id = `event-moved-${moved.id}-${Date.now()}`;
      const undo = async () => {
        notifications.hide(id);
        try {
          const back = unwrap(
            await api.events.move({
              id: before.id,
              start: before.start,
              end: before.end,
              nonSchoolDayConfirmed: true,
              ifStillAt: { start: moved.start, end: moved.end },
            }),
          );
          notifySuccess(t('calendar:move.undone', { when: eventWhen(back.event, currentLanguage()) }));
        } catch (failure) {
          notifyRefusal(t, apiErrorOf(failure), t('calendar:move.undoRefusedTitle'));
        } finally {
          await queryClient.invalidateQueries({ queryKey: calendarKeys.events });
        }
      };
      notifications.show({
        id,
        color: 'teal',
        message: (
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm">{t('calendar:move.done', { when: eventWhen(moved, currentLanguage()) })}</Text>
            <Button size="compact-sm" variant="light" onClick={() => void undo()}>
              {t('calendar:move.undo')}
            </Button>
          </Group>
        ),
        autoClose: UNDO_MS,
        closeButtonProps: { 'aria-label': t('common.close') },
      });
    },
    [t, queryClient],
  );
}
