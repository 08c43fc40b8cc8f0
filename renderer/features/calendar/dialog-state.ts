import type { SchoolEvent } from '../../../shared/domain/calendar/events';
import type { Slot } from './model/event-form-values';

/** Which dialog of the calendar is open, and for which event. */
export type CalendarDialog =
  | { kind: 'create'; slot: Slot | null; schoolId?: number }
  | { kind: 'detail'; event: SchoolEvent }
  | { kind: 'edit'; event: SchoolEvent }
  | { kind: 'move'; event: SchoolEvent }
  | { kind: 'cancel'; event: SchoolEvent }
  | { kind: 'delete'; event: SchoolEvent }
  | { kind: 'holidays' };
