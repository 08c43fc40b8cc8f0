import { memo, useCallback, type RefObject } from 'react';
import FullCalendar from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/daygrid';
import timeGridPlugin from '@fullcalendar/timegrid';
import listPlugin from '@fullcalendar/list';
import interactionPlugin, { type EventResizeDoneArg } from '@fullcalendar/interaction';
import frLocale from '@fullcalendar/core/locales/fr';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import type { DateSelectArg, DatesSetArg, EventClickArg, EventContentArg, EventDropArg, EventInput, EventMountArg } from '@fullcalendar/core';
import { useTranslation } from 'react-i18next';
import type { SchoolEvent } from '../../../../shared/domain/calendar/events';
import type { Language } from '../../../i18n/language';
import { schoolEventOf } from '../model/calendar-inputs';
import { SLOT_MINUTES, slotFromSelection, type Slot } from '../model/event-form-values';
import type { TimeRange } from '../model/time-range';
import { renderEventContent } from './event-content';
import { CALENDAR_VIEWS, type CalendarViewKey } from './calendar-views';
import './calendar.css';

const PLUGINS = [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin];
const LOCALES = [frLocale, enGbLocale];
/** Side-by-side events a slot shows before a "+N" link: narrow week columns stay readable on busy days. */
const VIEW_OPTIONS = { timeGridWeek: { eventMaxStack: 3 }, timeGridDay: { eventMaxStack: 8 } };
const SLOT_DURATION = `00:${String(SLOT_MINUTES).padStart(2, '0')}:00`;

export type EventChange = EventDropArg | EventResizeDoneArg;

interface CalendarViewProps {
  calendarRef: RefObject<FullCalendar | null>;
  inputs: EventInput[];
  initialView: CalendarViewKey;
  /** The hours the week and day views show (the school day, widened to the period's activities). */
  timeRange: TimeRange;
  language: Language;
  /** Coordinators select slots and drag events; teachers only read. */
  canEdit: boolean;
  onDatesSet(arg: DatesSetArg): void;
  onSelectSlot(slot: Slot): void;
  onOpenEvent(event: SchoolEvent): void;
  onChangeEvent(change: EventChange): void;
}

/**
 * FullCalendar with the app's options. Memoised, with stable callbacks from the page, so the calendar is
 * not rebuilt when a dialog opens or a filter list loads; only a new `inputs` array redraws the events.
 */
export const CalendarView = memo(function CalendarView({
  calendarRef,
  inputs,
  initialView,
  timeRange,
  language,
  canEdit,
  onDatesSet,
  onSelectSlot,
  onOpenEvent,
  onChangeEvent,
}: CalendarViewProps) {
  const { t } = useTranslation();

  const eventContent = useCallback(
    (arg: EventContentArg) => renderEventContent(arg, { t, language, onOpen: onOpenEvent }),
    [t, language, onOpenEvent],
  );
  const eventClick = useCallback(
    (arg: EventClickArg) => {
      const event = schoolEventOf(arg.event.extendedProps);
      if (!event) return;
      arg.jsEvent.preventDefault();
      onOpenEvent(event);
    },
    [onOpenEvent],
  );
  const select = useCallback(
    (arg: DateSelectArg) => {
      arg.view.calendar.unselect();
      onSelectSlot(slotFromSelection(arg.start, arg.end, arg.allDay));
    },
    [onSelectSlot],
  );

  return (
    <FullCalendar
      ref={calendarRef}
      plugins={PLUGINS}
      locales={LOCALES}
      locale={language === 'fr' ? 'fr' : 'en-gb'}
      firstDay={1}
      initialView={CALENDAR_VIEWS[initialView]}
      headerToolbar={false}
      height="100%"
      expandRows
      slotMinTime={timeRange.slotMinTime}
      slotMaxTime={timeRange.slotMaxTime}
      scrollTime="08:00:00"
      slotDuration={SLOT_DURATION}
      snapDuration="00:15:00"
      nowIndicator
      dayMaxEvents
      views={VIEW_OPTIONS}
      allDayText={t('calendar:view.allDay')}
      noEventsText={t('calendar:view.noEvents')}
      events={inputs}
      eventContent={eventContent}
      eventDidMount={markEventAsButton}
      eventClick={eventClick}
      selectable={canEdit}
      selectMirror={canEdit}
      editable={canEdit}
      select={select}
      eventDrop={onChangeEvent}
      eventResize={onChangeEvent}
      datesSet={onDatesSet}
    />
  );
});

/** Grid events are links without an address that open a dialog: they are buttons for assistive technology. */
function markEventAsButton(arg: EventMountArg): void {
  // Loans are links (to the loan in the exhibitions section), and stay links.
  if (arg.event.display === 'background' || arg.event.url || arg.view.type.startsWith('list')) return;
  arg.el.setAttribute('role', 'button');
}
