import { memo, useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import FullCalendar from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/daygrid';
import timeGridPlugin from '@fullcalendar/timegrid';
import listPlugin from '@fullcalendar/list';
import interactionPlugin, { type EventResizeDoneArg } from '@fullcalendar/interaction';
import frLocale from '@fullcalendar/core/locales/fr';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import type {
  DateSelectArg,
  DatesSetArg,
  EventClickArg,
  EventContentArg,
  EventDropArg,
  EventInput,
  EventMountArg,
  MoreLinkArg,
  MoreLinkMountArg,
  MoreLinkSimpleAction,
} from '@fullcalendar/core';
import { useTranslation } from 'react-i18next';
import type { SchoolEvent } from '../../../../shared/domain/calendar/events';
import type { Language } from '../../../i18n/language';
import { schoolEventOf } from '../model/calendar-inputs';
import { SLOT_MINUTES, slotFromSelection, type Slot } from '../model/event-form-values';
import type { TimeRange } from '../model/time-range';
import { renderEventContent } from './event-content';
import { fullCalendarView, NARROW_VIEW_OPTIONS, type CalendarViewKey } from './calendar-views';
import { markMoreLink, moreLinkDay, unmarkMoreLink, type MoreLinkNamer } from './more-link';
import { MoreEventsDialog, type MoreEventsHandle } from './MoreEventsDialog';
import { formatDay } from '../model/format-day';
import { toLocalDateTime } from '../model/local-datetime';
import './calendar.css';

const PLUGINS = [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin];
const LOCALES = [frLocale, enGbLocale];
/** Side-by-side events a slot shows before a "+N" link: narrow week columns stay readable on busy days. */
const VIEW_OPTIONS = { timeGridWeek: { eventMaxStack: 3 }, timeGridDay: { eventMaxStack: 8 }, ...NARROW_VIEW_OPTIONS };
/**
 * What `moreLinkClick` returns once the app's own dialog is open: FullCalendar opens its popover on a falsy
 * result or 'popover' and zooms on a string; any other value makes it do nothing (@fullcalendar/core 6,
 * MoreLinkContainer.handleClick). Its type only lists strings, hence the cast.
 */
const OWN_DIALOG_OPENED = true as unknown as MoreLinkSimpleAction;
const SLOT_DURATION = `00:${String(SLOT_MINUTES).padStart(2, '0')}:00`;

export type EventChange = EventDropArg | EventResizeDoneArg;

interface CalendarViewProps {
  calendarRef: RefObject<FullCalendar | null>;
  inputs: EventInput[];
  initialView: CalendarViewKey;
  /** The hours the week and day views show (the school day, widened to the period's activities). */
  timeRange: TimeRange;
  language: Language;
  /** A narrow window (zoomed in): the month and week are lists (see calendar-views.ts). */
  narrow: boolean;
  /** The calendar takes the height its content needs and the page scrolls, instead of a scroll bar of its own. */
  autoHeight: boolean;
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
  narrow,
  autoHeight,
  canEdit,
  onDatesSet,
  onSelectSlot,
  onOpenEvent,
  onChangeEvent,
}: CalendarViewProps) {
  const { t } = useTranslation();
  const moreDialog = useRef<MoreEventsHandle>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  // "+3 autres activités le mardi 8 décembre": read when a link is drawn or its count changes (more-link.ts).
  const nameMoreLink = useRef<MoreLinkNamer>(() => '');
  nameMoreLink.current = (count, day) =>
    t(count === 1 ? 'calendar:view.moreLinkOne' : 'calendar:view.moreLinkMany', { count, day: formatDay(day, language, Number(day.slice(0, 4))) });
  const moreLinkDidMount = useCallback((arg: MoreLinkMountArg) => markMoreLink(arg, () => nameMoreLink.current), []);
  const moreLinkClick = useCallback((arg: MoreLinkArg) => {
    const link = (arg.jsEvent.target as Element | null)?.closest<HTMLElement>('.fc-more-link');
    if (!link) return 'popover';
    const day = moreLinkDay(link) ?? toLocalDateTime(arg.date).slice(0, 10);
    moreDialog.current?.open({ link, day, events: arg.allSegs.map((segment) => segment.event) });
    return OWN_DIALOG_OPENED;
  }, []);

  // A period whose hours (or list) are longer than the card: FullCalendar would scroll them in a box of its own,
  // inside its ARIA table, where a focusable box breaks the table's rows (axe aria-required-children) and an
  // unfocusable one cannot be scrolled from the keyboard (axe scrollable-region-focusable). The calendar then
  // takes its full height and scrolls inside the card in a focusable, named region outside the table.
  const [tall, setTall] = useState(false);
  const tallRef = useRef(false);
  tallRef.current = tall;
  const measure = useCallback(() => {
    requestAnimationFrame(() => {
      if (!tallRef.current && rootRef.current && overflowingScroller(rootRef.current)) setTall(true);
    });
  }, []);
  const remeasure = useCallback(() => {
    setTall(false);
    measure();
  }, [measure]);
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const observer = new ResizeObserver(remeasure);
    observer.observe(root);
    return () => observer.disconnect();
  }, [remeasure]);
  useEffect(remeasure, [remeasure, timeRange]);
  const datesSet = useCallback(
    (arg: DatesSetArg) => {
      onDatesSet(arg);
      remeasure();
    },
    [onDatesSet, remeasure],
  );

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
    <div
      ref={rootRef}
      className="pa-calendar-root"
      data-tall={tall || undefined}
      {...(tall ? { role: 'region', tabIndex: 0, 'aria-label': t('calendar:view.scrollArea') } : {})}
    >
      <FullCalendar
        ref={calendarRef}
        plugins={PLUGINS}
        locales={LOCALES}
        locale={language === 'fr' ? 'fr' : 'en-gb'}
        firstDay={1}
        initialView={fullCalendarView(initialView, narrow)}
        headerToolbar={false}
        height={autoHeight || tall ? 'auto' : '100%'}
        expandRows
        slotMinTime={timeRange.slotMinTime}
        slotMaxTime={timeRange.slotMaxTime}
        scrollTime="08:00:00"
        slotDuration={SLOT_DURATION}
        snapDuration="00:15:00"
        nowIndicator
        dayMaxEvents
        moreLinkText={t('calendar:view.moreLinkText')}
        moreLinkDidMount={moreLinkDidMount}
        moreLinkWillUnmount={unmarkMoreLink}
        moreLinkClick={moreLinkClick}
        closeHint={t('calendar:view.close')}
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
        datesSet={datesSet}
        eventsSet={measure}
      />
      <MoreEventsDialog ref={moreDialog} language={language} onOpenEvent={onOpenEvent} />
    </div>
  );
});

/** Whether one of FullCalendar's scroll boxes has more to show than it can. */
function overflowingScroller(root: HTMLElement): boolean {
  return [...root.querySelectorAll<HTMLElement>('.fc-scroller')].some(
    (scroller) => getComputedStyle(scroller).overflowY !== 'hidden' && scroller.scrollHeight > scroller.clientHeight + 1,
  );
}

/** Grid events are links without an address that open a dialog: they are buttons for assistive technology. */
function markEventAsButton(arg: EventMountArg): void {
  // Loans are links (to the loan in the exhibitions section), and stay links.
  if (arg.event.display === 'background' || arg.event.url || arg.view.type.startsWith('list')) return;
  arg.el.setAttribute('role', 'button');
}
