import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Holiday } from '../../../../shared/domain/calendar/events';
import type { NonSchoolDay } from '../../../../shared/domain/calendar/non-school-days';
import { apiErrorOf } from '../../../api/client';
import { notifyInfo, notifyRefusal, notifyWarnings } from '../feedback/notify';
import { useMoveNotice } from '../feedback/move-undo';
import { schoolEventOf } from '../model/calendar-inputs';
import { addMinutes, minutesBetween, toLocalDateTime } from '../model/local-datetime';
import { daysToConfirm, nonSchoolDaysOfError } from '../model/school-days';
import { useMoveEvent } from '../mutations';
import type { EventChange } from './CalendarView';

/** A drop onto a weekend or a holiday, waiting for the user's answer; the event is drawn at its new place meanwhile. */
export interface DropQuestion {
  days: NonSchoolDay[];
  confirm(): void;
  cancel(): void;
}

interface Move {
  id: number;
  start: string;
  end: string;
}

/**
 * A drop or a resize: saved through `events.move` with the form's rules. A refusal puts the event back where
 * it was and says why (which class, facilitator or place is taken, by what, when, and the nearest free
 * slots). A drop onto a day without school (the holidays on screen, or the server's answer) first asks;
 * cancelling puts the event back.
 */
export function useEventChange(holidays: readonly Holiday[]): { onChange(change: EventChange): void; question: DropQuestion | null } {
  const { t } = useTranslation();
  const { mutateAsync: move } = useMoveEvent();
  const notifyMoved = useMoveNotice();
  const [pending, setPending] = useState<{ change: EventChange; input: Move; days: NonSchoolDay[] } | null>(null);
  // Read at drop time, so that the calendar's callback stays the same when the holidays load.
  const holidaysRef = useRef(holidays);
  holidaysRef.current = holidays;

  const send = useCallback(
    (change: EventChange, input: Move, nonSchoolDayConfirmed: boolean) => {
      const before = schoolEventOf(change.event.extendedProps);
      move(nonSchoolDayConfirmed ? { ...input, nonSchoolDayConfirmed } : input).then(
        (saved) => {
          if (before) notifyMoved(before, saved.event);
          notifyWarnings(t, saved.warnings);
        },
        (failure: unknown) => {
          const error = apiErrorOf(failure);
          const days = nonSchoolDaysOfError(error);
          if (days.length > 0 && !nonSchoolDayConfirmed) return setPending({ change, input, days });
          change.revert();
          notifyRefusal(t, error, t('calendar:move.refusedTitle'));
        },
      );
    },
    [t, move, notifyMoved],
  );

  const onChange = useCallback(
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
      const input = { id: event.id, start: newStart, end: newEnd };
      const days = daysToConfirm(input, holidaysRef.current, event);
      if (days.length > 0) setPending({ change, input, days });
      else send(change, input, false);
    },
    [t, send],
  );

  const question: DropQuestion | null = pending && {
    days: pending.days,
    confirm: () => {
      setPending(null);
      send(pending.change, pending.input, true);
    },
    cancel: () => {
      setPending(null);
      pending.change.revert();
    },
  };
  return { onChange, question };
}
