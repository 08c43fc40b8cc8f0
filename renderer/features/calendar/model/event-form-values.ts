import type { InputOf } from '../../../../shared/api/contract';
import type { EventStatus, EventTheme, EventType, SchoolEvent } from '../../../../shared/domain/calendar/events';
import { addMinutes, isValidLocalDateTime, toLocalDate, toLocalDateTime } from './local-datetime';

/** The event form's values: Mantine's selects hold strings, number inputs hold '' when empty. */
export interface EventFormValues {
  type: EventType | null;
  title: string;
  themes: EventTheme[];
  schoolId: string | null;
  classIds: string[];
  partnerIds: string[];
  facilitatorId: string | null;
  location: string;
  start: string;
  end: string;
  status: EventStatus;
  cancelReason: string;
  pupilsExpected: number | string;
  teachersExpected: number | string;
  pupilsPresent: number | string;
  teachersPresent: number | string;
  notes: string;
}

export type EventInput = InputOf<'events', 'create'>;

/** A slot chosen on the calendar. A whole day (month view) becomes a morning slot of that day. */
export interface Slot {
  start: string;
  end: string;
}

export const DEFAULT_DURATION_MINUTES = 100;

/** The rows of the week and day views (FullCalendar's slotDuration), in minutes. */
export const SLOT_MINUTES = 30;

/**
 * A slot chosen on the calendar. Drags snap to a quarter of an hour (FullCalendar's snapDuration), so a
 * plain click used to select the quarter under the pointer: a click in the lower half of the 14:00 row gave
 * 14:15–14:30. A selection no longer than one row is a click: it starts at the top of the row clicked (the
 * hour its label shows) and lasts the default duration. A dragged selection keeps its exact times.
 */
export function slotFromSelection(start: Date, end: Date, allDay: boolean): Slot {
  if (allDay) {
    const day = toLocalDate(start);
    return { start: `${day}T09:00`, end: addMinutes(`${day}T09:00`, DEFAULT_DURATION_MINUTES) };
  }
  if (end.getTime() - start.getTime() <= SLOT_MINUTES * 60_000) {
    const rowStart = new Date(start);
    rowStart.setMinutes(Math.floor(start.getMinutes() / SLOT_MINUTES) * SLOT_MINUTES, 0, 0);
    const from = toLocalDateTime(rowStart);
    return { start: from, end: addMinutes(from, DEFAULT_DURATION_MINUTES) };
  }
  return { start: toLocalDateTime(start), end: toLocalDateTime(end) };
}

export function emptyEventValues(slot: Slot | null, schoolId?: number): EventFormValues {
  return {
    type: null,
    title: '',
    themes: [],
    schoolId: schoolId === undefined ? null : String(schoolId),
    classIds: [],
    partnerIds: [],
    facilitatorId: null,
    location: '',
    start: slot?.start ?? '',
    end: slot?.end ?? '',
    status: 'planned',
    cancelReason: '',
    pupilsExpected: '',
    teachersExpected: '',
    pupilsPresent: '',
    teachersPresent: '',
    notes: '',
  };
}

const toText = (value: number | null): number | string => (value === null ? '' : value);

export function valuesFromEvent(event: SchoolEvent): EventFormValues {
  return {
    type: event.type,
    title: event.title,
    themes: [...event.themes],
    schoolId: String(event.schoolId),
    classIds: event.classIds.map(String),
    partnerIds: event.partnerIds.map(String),
    facilitatorId: event.facilitatorId === null ? null : String(event.facilitatorId),
    location: event.location,
    start: event.start,
    end: event.end,
    status: event.status,
    cancelReason: event.cancelReason,
    pupilsExpected: toText(event.pupilsExpected),
    teachersExpected: toText(event.teachersExpected),
    pupilsPresent: toText(event.pupilsPresent),
    teachersPresent: toText(event.teachersPresent),
    notes: event.notes,
  };
}

function count(value: number | string): number | null {
  if (value === '' || value === null) return null;
  const parsed = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}

/** The form's values in the contract's shape; required choices not yet made are left out. */
export type EventDraft = Omit<EventInput, 'type' | 'schoolId' | 'start' | 'end'> &
  Partial<Pick<EventInput, 'type' | 'schoolId' | 'start' | 'end'>>;

/**
 * The contract's input from the form. Missing required choices stay `undefined` so validation says
 * "required" rather than "wrong type"; attendance is sent only once the event is held, a reason only when
 * it is cancelled.
 */
export function eventDraftFromValues(values: EventFormValues): EventDraft {
  const held = values.status === 'held';
  return {
    type: values.type ?? undefined,
    title: values.title,
    themes: values.themes,
    schoolId: values.schoolId ? Number(values.schoolId) : undefined,
    classIds: values.classIds.map(Number),
    partnerIds: values.partnerIds.map(Number),
    facilitatorId: values.facilitatorId ? Number(values.facilitatorId) : null,
    location: values.location,
    start: values.start || undefined,
    end: values.end || undefined,
    status: values.status,
    cancelReason: values.status === 'cancelled' ? values.cancelReason : '',
    pupilsExpected: count(values.pupilsExpected),
    teachersExpected: count(values.teachersExpected),
    pupilsPresent: held ? count(values.pupilsPresent) : null,
    teachersPresent: held ? count(values.teachersPresent) : null,
    notes: values.notes,
  };
}

/** The draft once validation has passed: every required choice is made. */
export function isCompleteDraft(draft: EventDraft): draft is EventInput {
  return draft.type !== undefined && draft.schoolId !== undefined && draft.start !== undefined && draft.end !== undefined;
}

/** The whole event as an update input, e.g. to cancel it with a reason. */
export function eventInputFromEvent(event: SchoolEvent, changes: Partial<EventInput> = {}): EventInput & { id: number } {
  return {
    id: event.id,
    type: event.type,
    title: event.title,
    themes: event.themes,
    schoolId: event.schoolId,
    classIds: event.classIds,
    partnerIds: event.partnerIds,
    facilitatorId: event.facilitatorId,
    location: event.location,
    start: event.start,
    end: event.end,
    status: event.status,
    cancelReason: event.cancelReason,
    pupilsExpected: event.pupilsExpected,
    teachersExpected: event.teachersExpected,
    pupilsPresent: event.pupilsPresent,
    teachersPresent: event.teachersPresent,
    notes: event.notes,
    ...changes,
  };
}

/** Rules the schema cannot express or words poorly, checked before sending (the server checks them again). */
export function crossFieldIssues(values: EventFormValues): { path: keyof EventFormValues; issue: 'end_before_start' | 'required' }[] {
  const issues: { path: keyof EventFormValues; issue: 'end_before_start' | 'required' }[] = [];
  // An enum left empty reads as "invalid value" to zod; for the user it is simply missing.
  if (values.type === null) issues.push({ path: 'type', issue: 'required' });
  if (isValidLocalDateTime(values.start) && isValidLocalDateTime(values.end) && values.end <= values.start) {
    issues.push({ path: 'end', issue: 'end_before_start' });
  }
  if (values.status === 'cancelled' && values.cancelReason.trim() === '') issues.push({ path: 'cancelReason', issue: 'required' });
  return issues;
}
