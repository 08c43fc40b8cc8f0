import { describe, expect, it } from 'vitest';
import { EVENT_STATUSES, EVENT_TYPES, type SchoolEvent } from '../../shared/domain/calendar/events';
import { contract } from '../../shared/api/contract';
import { calendarInputs, isMovable, schoolEventOf, toCalendarEvent, toHolidayBackground } from '../../renderer/features/calendar/model/calendar-inputs';
import { contrastRatio, EVENT_TYPE_COLOURS, eventColours, mixColours } from '../../renderer/features/calendar/model/event-colours';
import {
  crossFieldIssues,
  emptyEventValues,
  eventDraftFromValues,
  eventInputFromEvent,
  isCompleteDraft,
  slotFromSelection,
  valuesFromEvent,
} from '../../renderer/features/calendar/model/event-form-values';
import { eventListInput, hasFilters, NO_FILTERS } from '../../renderer/features/calendar/model/filters';
import { visibleTimeRange } from '../../renderer/features/calendar/model/time-range';
import { classesPupilCount, expectedPupilsAfterClassChange, facilitatorsForPartners } from '../../renderer/features/calendar/model/expected-pupils';
import { formatDay, formatShortDate } from '../../renderer/features/calendar/model/format-day';
import {
  addDays,
  addMinutes,
  isValidLocalDateTime,
  joinDateTime,
  minutesBetween,
  shortTime,
  splitDateTime,
  toLocalDateTime,
  visibleRange,
} from '../../renderer/features/calendar/model/local-datetime';
import { facilitatorLabel, mergeOptions } from '../../renderer/features/calendar/model/options';
import { moveFieldOf, moveInput, moveIssues, moveValuesOf, withStartTime } from '../../renderer/features/calendar/actions/move-values';
import { holidayRangeOf, schoolYearChoices } from '../../renderer/features/calendar/holidays/holiday-years';
import { newEventSlot } from '../../renderer/features/calendar/page-helpers';
import { viewKeyOf } from '../../renderer/features/calendar/view/calendar-views';
import { activityInput } from '../helpers/event-input';

function schoolEvent(changes: Partial<SchoolEvent> = {}): SchoolEvent {
  return {
    id: 7,
    ...activityInput({ schoolId: 3, classIds: [11], partnerIds: [5], facilitatorId: 9, location: 'Salle polyvalente', pupilsExpected: 20, teachersExpected: 1 }),
    schoolName: 'École communale de Droixhe',
    classes: [{ id: 11, name: '5e primaire A', pupilCount: 20 }],
    partners: [{ id: 5, name: 'CRIPEL' }],
    facilitatorName: 'Samira Intervenante',
    schoolYear: '2026–2027',
    ...changes,
  };
}

describe('wall-clock times', () => {
  it('converts the Dates FullCalendar hands back to local "YYYY-MM-DDTHH:mm" strings', () => {
    expect(toLocalDateTime(new Date(2026, 11, 3, 9, 5))).toBe('2026-12-03T09:05');
    // The range FullCalendar shows ends at midnight, exclusive; the channel wants the last day, inclusive.
    expect(visibleRange(new Date(2026, 10, 30), new Date(2026, 11, 7))).toEqual({ from: '2026-11-30', to: '2026-12-06' });
  });

  it('does date arithmetic on wall-clock values, across months and daylight-saving changes', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addMinutes('2026-12-03T23:30', 60)).toBe('2026-12-04T00:30');
    expect(addMinutes('2027-03-28T01:30', 60)).toBe('2027-03-28T02:30');
    expect(minutesBetween('2026-12-03T09:00', '2026-12-03T10:40')).toBe(100);
  });

  it('splits, joins and shortens times as people write them', () => {
    expect(splitDateTime('2026-12-03T09:00')).toEqual({ date: '2026-12-03', time: '09:00' });
    expect(joinDateTime('2026-12-03', '13:30')).toBe('2026-12-03T13:30');
    expect(joinDateTime('', '13:30')).toBe('');
    expect(shortTime('2026-12-03T09:00')).toBe('9:00');
    expect(shortTime('13:05')).toBe('13:05');
    expect(isValidLocalDateTime('2026-12-03T09:00')).toBe(true);
    expect(isValidLocalDateTime('2026-12-03')).toBe(false);
  });

  it('names days in French and English, with the year only when needed', () => {
    expect(formatDay('2026-12-01', 'fr', 2026)).toBe('mardi 1er décembre');
    expect(formatDay('2026-12-01T09:00', 'fr')).toBe('mardi 1er décembre 2026');
    expect(formatDay('2026-12-01', 'en', 2026)).toBe('Tuesday 1 December');
    expect(formatShortDate('2026-10-19', 'fr')).toBe('19 oct. 2026');
  });
});

describe('events as FullCalendar inputs', () => {
  it('keeps the local times, the event itself, and lets only coordinators move planned or confirmed events', () => {
    const input = toCalendarEvent(schoolEvent(), { scheme: 'light', canEdit: true });
    expect(input).toMatchObject({ id: '7', title: 'Atelier « Préjugés »', start: '2026-12-03T09:00', end: '2026-12-03T10:40', allDay: false, startEditable: true });
    expect(schoolEventOf(input.extendedProps!)).toMatchObject({ id: 7 });
    expect(input.classNames).toEqual(['pa-event', 'pa-event--planned']);
    expect(toCalendarEvent(schoolEvent(), { scheme: 'light', canEdit: false }).startEditable).toBe(false);
    expect(toCalendarEvent(schoolEvent({ status: 'held' }), { scheme: 'light', canEdit: true }).durationEditable).toBe(false);
    expect(EVENT_STATUSES.filter(isMovable)).toEqual(['planned', 'confirmed']);
  });

  it('draws holidays as background bands ending the day after their last day', () => {
    const band = toHolidayBackground({ id: 4, kind: 'school_break', label: "Vacances d'hiver", startDate: '2026-12-21', endDate: '2027-01-03' });
    expect(band).toMatchObject({ id: 'holiday-4', start: '2026-12-21', end: '2027-01-04', allDay: true, display: 'background', classNames: ['pa-holiday', 'pa-holiday--school_break'] });
    expect(schoolEventOf(band.extendedProps!)).toBeNull();
    const all = calendarInputs([schoolEvent()], [{ id: 4, kind: 'public_holiday', label: 'Armistice', startDate: '2026-11-11', endDate: '2026-11-11' }], { scheme: 'dark', canEdit: false });
    expect(all.map((item) => item.id)).toEqual(['holiday-4', '7']);
  });
});

describe('colours', () => {
  it('gives every type its own colour, never the brand red', () => {
    const colours = Object.values(EVENT_TYPE_COLOURS);
    expect(new Set(colours).size).toBe(EVENT_TYPES.length);
    expect(colours).not.toContain('#c8102e');
  });

  it('keeps text readable (WCAG AA, 4.5:1) for every type and status, in light and dark schemes', () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const type of EVENT_TYPES) {
        for (const status of EVENT_STATUSES) {
          const { backgroundColor, textColor } = eventColours(type, status, scheme);
          expect(contrastRatio(backgroundColor, textColor), `${type} ${status} ${scheme}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    }
  });

  it('draws planned events as a wash with a border, confirmed ones solid, cancelled ones grey', () => {
    expect(eventColours('workshop', 'confirmed', 'light')).toEqual({ backgroundColor: '#1864ab', borderColor: '#1864ab', textColor: '#ffffff' });
    const planned = eventColours('workshop', 'planned', 'light');
    expect(planned.borderColor).toBe('#1864ab');
    expect(planned.backgroundColor).not.toBe('#1864ab');
    expect(eventColours('theatre', 'cancelled', 'light')).toEqual(eventColours('workshop', 'cancelled', 'light'));
    expect(mixColours('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});

describe('the event form', () => {
  it('turns a selected slot into start and end; a whole day becomes a morning slot', () => {
    expect(slotFromSelection(new Date(2026, 11, 3, 9, 0), new Date(2026, 11, 3, 10, 30), false)).toEqual({ start: '2026-12-03T09:00', end: '2026-12-03T10:30' });
    expect(slotFromSelection(new Date(2026, 11, 3), new Date(2026, 11, 4), true)).toEqual({ start: '2026-12-03T09:00', end: '2026-12-03T10:40' });
    // A click selects the quarter hour under the pointer: it lands on the top of the row (its label's hour).
    expect(slotFromSelection(new Date(2026, 11, 3, 14, 15), new Date(2026, 11, 3, 14, 30), false)).toEqual({ start: '2026-12-03T14:00', end: '2026-12-03T15:40' });
    expect(slotFromSelection(new Date(2026, 11, 3, 14, 45), new Date(2026, 11, 3, 15, 0), false)).toEqual({ start: '2026-12-03T14:30', end: '2026-12-03T16:10' });
    expect(newEventSlot({ from: '2026-11-30', to: '2026-12-06' }, '2026-12-02')).toEqual({ start: '2026-12-02T09:00', end: '2026-12-02T10:40' });
    expect(newEventSlot({ from: '2027-01-04', to: '2027-01-10' }, '2026-12-02').start).toBe('2027-01-04T09:00');
  });

  it('round-trips an event through the form values to the same contract input', () => {
    const event = schoolEvent({ status: 'held', pupilsPresent: 18, teachersPresent: 1 });
    const draft = eventDraftFromValues(valuesFromEvent(event));
    expect(isCompleteDraft(draft)).toBe(true);
    const { id: _id, ...fromEvent } = eventInputFromEvent(event);
    expect(draft).toEqual(fromEvent);
    expect(contract.events.update.input.safeParse({ id: 7, ...draft }).success).toBe(true);
  });

  it('leaves unmade choices out, so validation says "required", and sends attendance only once held', () => {
    const values = { ...emptyEventValues(null), pupilsPresent: 12, cancelReason: 'ignored' };
    const draft = eventDraftFromValues(values);
    expect(draft).toMatchObject({ type: undefined, schoolId: undefined, start: undefined, pupilsPresent: null, cancelReason: '' });
    expect(isCompleteDraft(draft)).toBe(false);
    expect(crossFieldIssues(values)).toEqual([{ path: 'type', issue: 'required' }]);
  });

  it('checks what the schema cannot: end after start, a reason for a cancellation', () => {
    const values = { ...valuesFromEvent(schoolEvent()), end: '2026-12-03T08:00', status: 'cancelled' as const, cancelReason: ' ' };
    expect(crossFieldIssues(values)).toEqual([
      { path: 'end', issue: 'end_before_start' },
      { path: 'cancelReason', issue: 'required' },
    ]);
  });

  it('builds the full update input to cancel an event with a reason', () => {
    expect(eventInputFromEvent(schoolEvent(), { status: 'cancelled', cancelReason: 'Grève' })).toMatchObject({ id: 7, status: 'cancelled', cancelReason: 'Grève', classIds: [11] });
  });

  it('keeps saved choices visible when the directory list lacks them', () => {
    expect(mergeOptions([{ id: 1, name: 'A' }], [{ id: 1, name: 'A' }, { id: 2, name: 'B' }])).toEqual([
      { value: '1', label: 'A' },
      { value: '2', label: 'B' },
    ]);
    expect(facilitatorLabel({ name: 'Samira', partnerName: 'CRIPEL' })).toBe('Samira (CRIPEL)');
    expect(facilitatorLabel({ name: 'Samira', partnerName: null })).toBe('Samira');
  });
});

describe('the keyboard move form', () => {
  it('starts from the event, keeps its length when the start changes, and names the refused fields', () => {
    const values = moveValuesOf(schoolEvent());
    expect(values).toEqual({ date: '2026-12-03', startTime: '09:00', endTime: '10:40' });
    expect(withStartTime(values, '13:30')).toEqual({ date: '2026-12-03', startTime: '13:30', endTime: '15:10' });
    // Past midnight the end is left for the user to set.
    expect(withStartTime(values, '23:00').endTime).toBe('10:40');
    expect(moveIssues({ ...values, endTime: '08:00' })).toEqual([{ field: 'endTime', issue: 'end_before_start' }]);
    expect(moveIssues({ date: '', startTime: '09:00', endTime: '' })).toEqual([
      { field: 'date', issue: 'required' },
      { field: 'endTime', issue: 'required' },
    ]);
    expect(moveInput(7, values)).toEqual({ id: 7, start: '2026-12-03T09:00', end: '2026-12-03T10:40' });
    expect(moveFieldOf('end')).toBe('endTime');
    expect(moveFieldOf('id')).toBeNull();
  });
});

describe('filters, views and holiday years', () => {
  it('sends only the filters in use, so equal filters share a cache entry', () => {
    expect(eventListInput({ from: '2026-11-30', to: '2026-12-06' }, NO_FILTERS)).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(eventListInput({ from: 'a', to: 'b' }, { ...NO_FILTERS, types: ['theatre'] })).toEqual({ from: 'a', to: 'b', types: ['theatre'] });
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, schoolIds: [1] })).toBe(true);
  });

  it('maps FullCalendar views to the toolbar names', () => {
    expect(viewKeyOf('timeGridWeek')).toBe('week');
    expect(viewKeyOf('listMonth')).toBe('list');
    expect(viewKeyOf('unknown')).toBe('month');
  });

  it('lists the holidays of a school year including the summer after it', () => {
    expect(holidayRangeOf(2025)).toEqual({ from: '2025-08-25', to: '2026-08-30' });
    expect(schoolYearChoices('2026-11-28').map((choice) => choice.label)).toEqual(['2025–2026', '2026–2027', '2027–2028']);
  });
});

describe('the hours of the week and day views', () => {
  it('shows the school day, 8 h to the 17 h row, when every activity is within it', () => {
    expect(visibleTimeRange([])).toEqual({ slotMinTime: '08:00:00', slotMaxTime: '18:00:00' });
    expect(visibleTimeRange([{ start: '2026-12-03T08:00', end: '2026-12-03T17:30' }])).toEqual({ slotMinTime: '08:00:00', slotMaxTime: '18:00:00' });
  });

  it('widens to the whole hours around an activity outside school hours', () => {
    expect(visibleTimeRange([{ start: '2026-12-03T07:30', end: '2026-12-03T09:00' }, { start: '2026-12-04T18:30', end: '2026-12-04T20:10' }])).toEqual({
      slotMinTime: '07:00:00',
      slotMaxTime: '21:00:00',
    });
    expect(visibleTimeRange([{ start: '2026-12-05T22:00', end: '2026-12-06T01:00' }]).slotMaxTime).toBe('24:00:00');
  });
});

describe('nothing typed twice in the activity form', () => {
  const sizes = new Map([
    ['1', 21],
    ['2', 18],
  ]);
  it('fills the pupils expected from the classes while the field is empty or still holds what they filled', () => {
    expect(classesPupilCount(['1', '2'], sizes)).toBe(39);
    expect(classesPupilCount(['1', '9'], sizes)).toBeNull();
    expect(expectedPupilsAfterClassChange('', 0, 21)).toBe(21);
    expect(expectedPupilsAfterClassChange(21, 21, 39)).toBe(39);
    expect(expectedPupilsAfterClassChange(21, 21, 0)).toBe('');
  });

  it('never overwrites a number the user typed', () => {
    expect(expectedPupilsAfterClassChange(25, 21, 39)).toBeUndefined();
    expect(expectedPupilsAfterClassChange(25, null, 39)).toBeUndefined();
  });

  it('offers the chosen partners’ facilitators, keeping the one already chosen', () => {
    const people = [
      { id: 1, partnerId: 10 },
      { id: 2, partnerId: 20 },
      { id: 3, partnerId: null },
    ];
    expect(facilitatorsForPartners(people, [], null).map((item) => item.id)).toEqual([1, 2, 3]);
    expect(facilitatorsForPartners(people, ['10'], null).map((item) => item.id)).toEqual([1]);
    expect(facilitatorsForPartners(people, ['10'], '3').map((item) => item.id)).toEqual([1, 3]);
  });
});
