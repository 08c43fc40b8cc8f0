import type { ExportedFile } from '../../exported-file';
import { z } from 'zod';
import { defineChannel } from '../../define';
import { countField, dateField, documentLanguageField, idField, idListField, localDateTimeField, notesField, requiredNameField, shortTextField } from '../../fields';
import { EVENT_STATUSES, EVENT_THEMES, EVENT_TYPES, type EventWarning, type SchoolEvent } from '../../../domain/calendar/events';

export const eventFields = {
  type: z.enum(EVENT_TYPES),
  title: requiredNameField,
  themes: z.array(z.enum(EVENT_THEMES)).max(EVENT_THEMES.length),
  schoolId: idField,
  classIds: z.array(idField).max(30),
  partnerIds: z.array(idField).max(20),
  facilitatorId: idField.nullable(),
  location: shortTextField,
  start: localDateTimeField,
  end: localDateTimeField,
  status: z.enum(EVENT_STATUSES),
  cancelReason: z.string().trim().max(1000),
  pupilsExpected: countField.nullable(),
  teachersExpected: countField.nullable(),
  /** Entered once the event is held; refused before. */
  pupilsPresent: countField.nullable(),
  teachersPresent: countField.nullable(),
  notes: notesField,
};

/**
 * Sent as true once the user confirmed an activity on a weekend, a public holiday or in a school break; without
 * it such a day is refused on `start` (on_weekend, on_public_holiday, in_school_break, with the day and the
 * holiday's name), so that no caller skips the question. Optional: ordinary school days need nothing.
 */
const nonSchoolDayConfirmed = z.boolean().optional();

/** Saved, with what the user should know (e.g. more pupils present than the class has). */
export interface SavedEvent {
  event: SchoolEvent;
  warnings: EventWarning[];
}

const calendarFilters = {
  schoolIds: idListField.optional(),
  types: z.array(z.enum(EVENT_TYPES)).max(EVENT_TYPES.length).optional(),
  partnerIds: idListField.optional(),
  statuses: z.array(z.enum(EVENT_STATUSES)).max(EVENT_STATUSES.length).optional(),
};

export const eventsChannels = {
  /** Events overlapping [from, to] (at most about 14 months); a teacher gets only their classes' events. */
  list: defineChannel<SchoolEvent[]>()({
    input: z.strictObject({ from: dateField, to: dateField, ...calendarFilters }),
    access: ['coordinator', 'teacher'],
    writes: false,
  }),
  get: defineChannel<SchoolEvent>()({
    input: z.strictObject({ id: idField }),
    access: ['coordinator', 'teacher'],
    writes: false,
  }),
  create: defineChannel<SavedEvent>()({ input: z.strictObject({ ...eventFields, nonSchoolDayConfirmed }), access: ['coordinator'], writes: true }),
  update: defineChannel<SavedEvent>()({
    input: z.strictObject({ id: idField, ...eventFields, nonSchoolDayConfirmed }),
    access: ['coordinator'],
    writes: true,
  }),
  /** A calendar drag or resize, or the keyboard "move" form: same rules as the form. */
  move: defineChannel<SavedEvent>()({
    input: z.strictObject({
      id: idField,
      start: localDateTimeField,
      end: localDateTimeField,
      nonSchoolDayConfirmed,
      /** "Annuler" after a move: move back only if the activity is still where that move put it. */
      ifStillAt: z.strictObject({ start: localDateTimeField, end: localDateTimeField }).optional(),
    }),
    access: ['coordinator'],
    writes: true,
  }),
  delete: defineChannel<null>()({ input: z.strictObject({ id: idField }), access: ['coordinator'], writes: true }),
  /** iCalendar file of the given events, or of the filtered range; a teacher gets only their events. */
  exportIcs: defineChannel<ExportedFile>()({
    input: z.strictObject({ from: dateField, to: dateField, ...calendarFilters, ids: z.array(idField).min(1).max(500).optional() }),
    access: ['coordinator', 'teacher'],
    writes: false,
  }),
  /** The event sheet as a PDF, in the interface's language (French when left out). */
  sheetPdf: defineChannel<ExportedFile>()({
    input: z.strictObject({ id: idField, language: documentLanguageField }),
    access: ['coordinator', 'teacher'],
    writes: false,
  }),
};
