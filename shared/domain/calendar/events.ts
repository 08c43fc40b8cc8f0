/** Awareness activities in schools (Action 9). Codes stored in the database; labels in the translations. */

export const EVENT_TYPES = [
  'workshop',
  'training',
  'film_screening',
  'theatre',
  'exhibition_visit',
  'guided_visit',
  'remembrance',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_THEMES = [
  'discrimination',
  'migration',
  'living_together',
  'remembrance',
  'citizenship',
  'interculturality',
  'other',
] as const;
export type EventTheme = (typeof EVENT_THEMES)[number];

/** planned → confirmed → held, or cancelled (with a reason) from planned or confirmed. */
export const EVENT_STATUSES = ['planned', 'confirmed', 'held', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export interface SchoolEvent {
  id: number;
  type: EventType;
  title: string;
  themes: EventTheme[];
  schoolId: number;
  schoolName: string;
  classIds: number[];
  partnerIds: number[];
  facilitatorId: number | null;
  /** Names for display (a teacher cannot list the directory). */
  classes: { id: number; name: string; pupilCount: number }[];
  partners: { id: number; name: string }[];
  facilitatorName: string | null;
  location: string;
  /** Local Belgian time, "YYYY-MM-DDTHH:mm". */
  start: string;
  end: string;
  status: EventStatus;
  cancelReason: string;
  pupilsExpected: number | null;
  teachersExpected: number | null;
  pupilsPresent: number | null;
  teachersPresent: number | null;
  notes: string;
  /** Follows from the start date: "2025–2026". */
  schoolYear: string;
}

/** Something the user should see but that does not block saving. */
export interface EventWarning {
  kind: 'pupilsAboveClassSize';
  params: Record<string, number | string>;
}

export const HOLIDAY_KINDS = ['school_break', 'public_holiday'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

/** A school break or public holiday, shown as background on the calendar. Editable data, not code. */
export interface Holiday {
  id: number;
  kind: HolidayKind;
  label: string;
  /** First and last day, inclusive, "YYYY-MM-DD". */
  startDate: string;
  endDate: string;
}
