import { useEffect, type RefObject } from 'react';
import type FullCalendar from '@fullcalendar/react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, apiErrorOf, unwrap } from '../../api/client';
import { notifyError } from '../../forms/notify';
import { localToday } from '../../dates/local-today';
import type { CalendarDialog } from './dialog-state';
import { newEventSlot } from './page-helpers';

function linkedId(value: string | null): number | null {
  const id = Number(value);
  return value !== null && Number.isSafeInteger(id) && id > 0 ? id : null;
}

/**
 * The calendar's addresses (./links.ts), used once on arrival and then removed from the address so that Back
 * and a reload do not reopen them: `?event=<id>` goes to the activity's day and opens its sheet (an activity
 * the user may not see answers NOT_FOUND, said in a notification); `?new=activity&school=<id>` opens the
 * new-activity form with that school chosen.
 */
export function useCalendarLinks(calendarRef: RefObject<FullCalendar | null>, onDialog: (dialog: CalendarDialog) => void): void {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const eventId = linkedId(params.get('event'));
  const newForSchool = params.get('new') === 'activity' ? linkedId(params.get('school')) : null;

  useEffect(() => {
    if (eventId === null && newForSchool === null) return;
    void navigate({ pathname: '/calendar', search: '' }, { replace: true });
    if (newForSchool !== null) {
      const today = localToday();
      onDialog({ kind: 'create', slot: newEventSlot({ from: today, to: today }, today), schoolId: newForSchool });
      return;
    }
    // Not cancelled when the address is cleared just above: that change is this link being used.
    void (async () => {
      try {
        const event = unwrap(await api.events.get({ id: eventId! }));
        calendarRef.current?.getApi().gotoDate(event.start.slice(0, 10));
        onDialog({ kind: 'detail', event });
      } catch (failure) {
        notifyError(t, apiErrorOf(failure));
      }
    })();
  }, [eventId, newForSchool, navigate, onDialog, calendarRef, t]);
}
