import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorOf } from '../../../api/client';
import { notifySuccess } from '../../../forms/notify';
import { currentLanguage } from '../../../i18n';
import { notifyInfo, notifyRefusal, notifyWarnings } from '../feedback/notify';
import { schoolEventOf } from '../model/calendar-inputs';
import { eventWhen } from '../model/event-text';
import { addMinutes, minutesBetween, toLocalDateTime } from '../model/local-datetime';
import { useMoveEvent } from '../mutations';
import type { EventChange } from './CalendarView';

/**
 * A drop or a resize: saved through `events.move` with the form's rules. A refusal puts the event back where
 * it was and says why (which class, facilitator or place is taken, by what, when).
 */
export function useEventChange(): (change: EventChange) => void {
  const { t } = useTranslation();
  const { mutateAsync: move } = useMoveEvent();

  return useCallback(
    (change: EventChange) => {
      const event = schoolEventOf(change.event.extendedProps);
      const start = change.event.start;
      if (!event || !start) return change.revert();
      if (change.event.allDay) {
        change.revert();
        return notifyInfo(t, t('calendar:move.refusedTitle'), t('calendar:move.allDayRefused'));
      }
      const newStart = toLocalDateTime(start);
      const newEnd = change.event.end ? toLocalDateTime(change.event.end) : addMinutes(newStart, minutesBetween(event.start, event.end));
      move({ id: event.id, start: newStart, end: newEnd }).then(
        (saved) => {
          notifySuccess(t('calendar:move.done', { when: eventWhen(saved.event, currentLanguage()) }));
          notifyWarnings(t, saved.warnings);
        },
        (error: unknown) => {
          change.revert();
          notifyRefusal(t, apiErrorOf(error), t('calendar:move.refusedTitle'));
        },
      );
    },
    [t, move],
  );
}
