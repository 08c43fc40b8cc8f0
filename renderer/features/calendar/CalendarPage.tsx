import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Box, Card, Group, Stack, useComputedColorScheme } from '@mantine/core';
import { useElementSize, useMediaQuery } from '@mantine/hooks';
import { IconCalendarEvent } from '@tabler/icons-react';
import type FullCalendar from '@fullcalendar/react';
import { useTranslation } from 'react-i18next';
import type { Holiday, SchoolEvent } from '../../../shared/domain/calendar/events';
import { PageHeader } from '../../components/PageHeader';
import { QueryFailure } from '../../components/QueryFailure';
import { isLanguage } from '../../i18n/language';
import { useSession } from '../../shell/session-context';
import { ExportIcsButton, HolidaysButton, NewEventButton } from './CalendarActions';
import { CalendarDialogs } from './CalendarDialogs';
import type { CalendarDialog } from './dialog-state';
import { CalendarFilters } from './filters/CalendarFilters';
import { calendarInputs } from './model/calendar-inputs';
import { loanTitle, toLoanEvent, visibleLoans } from './model/loan-events';
import { useLoanAvailability } from '../loans';
import type { Slot } from './model/event-form-values';
import { emptyNotice, newEventSlot } from './page-helpers';
import { NO_FILTERS, useCalendarEvents, useHolidays } from './queries';
import { eventListInput } from './model/filters';
import { visibleTimeRange } from './model/time-range';
import { contains, eventsWithin, fetchRange, initialFetchRange } from './model/fetch-range';
import { AdjacentMonths } from './AdjacentMonths';
import { localToday } from '../../dates/local-today';
import { useCalendarPeriod } from './use-calendar-period';
import { useCalendarLinks } from './use-calendar-links';
import { CalendarLegend } from './view/CalendarLegend';
import { CalendarToolbar } from './view/CalendarToolbar';
import { CalendarView } from './view/CalendarView';
import { NARROW_QUERY, SHORT_QUERY } from './view/calendar-views';
import { useEventChange } from './view/use-event-change';
import { DropQuestionModal } from './view/DropQuestionModal';

const NO_HOLIDAYS: Holiday[] = [];

/**
 * The school programme's calendar: events of the visible period (filtered), holidays in the background,
 * exhibition loans as all-day bars, drag and drop and dialogs for coordinators, a read-only view of their
 * classes' events for teachers.
 */
export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const canEdit = user.roles.includes('coordinator');
  const language = isLanguage(i18n.language) ? i18n.language : 'fr';
  const scheme = useComputedColorScheme('light');
  const calendarRef = useRef<FullCalendar>(null);
  // Zoomed in (200 %, 400 %): lists instead of grids, and the page scrolls instead of the calendar (issue 21).
  const narrow = useMediaQuery(NARROW_QUERY, false, { getInitialValueInEffect: false });
  const short = useMediaQuery(SHORT_QUERY, false, { getInitialValueInEffect: false });
  const autoHeight = narrow || short;
  const { initialView, period, onDatesSet, commands } = useCalendarPeriod(calendarRef, language, narrow);
  const [filters, setFilters] = useState(NO_FILTERS);
  // Exhibition loans as bars from delivery to pick-up: coordinators only (teachers have no access to loans).
  const [loansShown, setLoansShown] = useState(true);
  const withLoans = canEdit && loansShown;
  const [dialog, setDialog] = useState<CalendarDialog | null>(null);
  const { ref: topRef, height: topHeight } = useElementSize();
  // FullCalendar measures itself on window resizes only; the page also resizes it (filters wrap, notices).
  const { ref: calendarBoxRef, width: boxWidth, height: boxHeight } = useElementSize();
  useEffect(() => {
    if (boxWidth > 0 && boxHeight > 0) calendarRef.current?.getApi().updateSize();
  }, [boxWidth, boxHeight]);

  // A month grid at a time, from the first render on (before FullCalendar reports its period), and the months
  // either side once it has come: the next or previous period, a week or a day of it, draw without waiting.
  // The grid fetched stays while the period is inside it (month → one of its weeks asks nothing).
  const [fetched, setFetched] = useState(() => initialFetchRange(initialView, localToday()));
  if (period && !contains(fetched, period.range)) setFetched(fetchRange(period));
  const events = useCalendarEvents(fetched, filters);
  const holidays = useHolidays(fetched);
  const loans = useLoanAvailability(fetched, withLoans);
  const periodEvents = useMemo(() => (period && events.data ? eventsWithin(events.data, period.range) : undefined), [period, events.data]);
  const inputs = useMemo(() => {
    const base = calendarInputs(events.data ?? [], holidays.data ?? [], { scheme, canEdit });
    if (!withLoans || !loans.data) return base;
    return [...base, ...visibleLoans(loans.data.loans, filters).map((loan) => toLoanEvent(loan, { scheme, title: loanTitle(t, loan) }))];
  }, [events.data, holidays.data, scheme, canEdit, withLoans, loans.data, filters, t]);

  const range = visibleTimeRange(periodEvents ?? []);
  const timeRange = useMemo(
    () => ({ slotMinTime: range.slotMinTime, slotMaxTime: range.slotMaxTime }),
    [range.slotMinTime, range.slotMaxTime],
  );

  const openEvent = useCallback((event: SchoolEvent) => setDialog({ kind: 'detail', event }), []);
  const selectSlot = useCallback((slot: Slot) => setDialog({ kind: 'create', slot }), []);
  useCalendarLinks(calendarRef, setDialog);
  const { onChange: changeEvent, question: dropQuestion } = useEventChange(holidays.data ?? NO_HOLIDAYS);

  return (
    <Stack gap="sm">
      {/* One row for the title and the actions, one for the filters: the week fits a 1366×768 screen. */}
      <Stack gap="sm" ref={topRef}>
        <PageHeader
          title={t('sections.calendar.title')}
          icon={<IconCalendarEvent size={26} stroke={1.6} />}
          mb={0}
          actions={
            <Group gap="xs">
              <ExportIcsButton input={period ? eventListInput(period.range, filters) : null} />
              {canEdit && <HolidaysButton onClick={() => setDialog({ kind: 'holidays' })} />}
              {canEdit && <NewEventButton onClick={() => setDialog({ kind: 'create', slot: period ? newEventSlot(period.current) : null })} />}
            </Group>
          }
        />
        <CalendarFilters
          filters={filters}
          onChange={setFilters}
          withDirectory={canEdit}
          loans={canEdit ? { shown: loansShown, onChange: setLoansShown } : undefined}
        />
        {events.isError && <QueryFailure error={events.error} onRetry={() => void events.refetch()} />}
        {withLoans && loans.isError && <QueryFailure error={loans.error} onRetry={() => void loans.refetch()} />}
      </Stack>
      <Card
        withBorder
        radius="lg"
        padding="sm"
        className="pa-calendar-card"
        // The rest of the window, so that the page itself does not scroll; never so small that the grid is unusable.
        // Zoomed in, the window has no room for that: the calendar is as tall as its content and the page scrolls.
        style={
          autoHeight
            ? undefined
            : { height: `max(400px, calc(100dvh - var(--app-shell-header-offset, 64px) - 2 * var(--app-shell-padding, 32px) - ${Math.ceil(topHeight)}px - var(--mantine-spacing-sm)))` }
        }
      >
        <CalendarToolbar
          title={period?.title ?? ''}
          view={period?.view ?? initialView}
          loading={events.isFetching || holidays.isFetching || (withLoans && loans.isFetching)}
          notice={periodEvents ? emptyNotice(t, { ...events, data: periodEvents }, filters, canEdit) : null}
          onPrevious={commands.previous}
          onNext={commands.next}
          onToday={commands.today}
          onView={commands.view}
        />
        <Box className="pa-calendar" flex={1} mih={0} ref={calendarBoxRef}>
          <CalendarView
            calendarRef={calendarRef}
            inputs={inputs}
            initialView={initialView}
            timeRange={timeRange}
            language={language}
            narrow={narrow}
            autoHeight={autoHeight}
            canEdit={canEdit}
            onDatesSet={onDatesSet}
            onSelectSlot={selectSlot}
            onOpenEvent={openEvent}
            onChangeEvent={changeEvent}
          />
        </Box>
        <CalendarLegend withLoans={withLoans} />
      </Card>
      <CalendarDialogs dialog={dialog} events={events.data ?? []} canEdit={canEdit} onDialog={setDialog} />
      <DropQuestionModal question={dropQuestion} />
      {/* Keyed by the grid: after a move to the next month, its neighbours wait for it to be drawn too. */}
      <AdjacentMonths key={fetched.from} fetched={fetched} filters={filters} withLoans={withLoans} ready={events.isSuccess && !events.isPlaceholderData} />
    </Stack>
  );
}
