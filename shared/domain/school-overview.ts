import type { EventStatus, EventType } from './calendar/events';
import type { Contact, School } from './directory';
import type { LoanSummary } from './loans/loans';

/**
 * One school's page (issue 17): its details and, for one school year, its classes, activities, questionnaires
 * collected, contacts and loans. A part the caller's roles may not read is left out of the answer (not sent
 * empty), so the page shows only what the caller may see: contacts and loans are the coordinators'; a teacher
 * sees their own classes, the activities of those classes and their questionnaires
 * (main/services/directory/school-overview.ts).
 */
export interface SchoolOverview {
  /** The school's details; `notes` (the coordinators' own remarks) only for coordinators. */
  school: Omit<School, 'notes' | 'classCount'> & { notes?: string };
  /** The school year shown: the one asked for, else the current one in Liège. */
  schoolYear: string;
  /** School years with a class, an activity or a loan of the school, most recent first, and the one shown. */
  schoolYears: string[];
  classes: OverviewClass[];
  /** The year's activities, by start. */
  activities: OverviewActivity[];
  /** One row per activity, class and questionnaire: the forms entered before and after. */
  questionnaires: OverviewQuestionnaire[];
  /** Coordinators only. */
  contacts?: Contact[];
  /** The year's loans to the school, by delivery day. Coordinators only. */
  loans?: LoanSummary[];
}

export interface OverviewClass {
  id: number;
  name: string;
  grade: string;
  pupilCount: number;
  /** "Prénom Nom" of its teachers; coordinators only (the directory's contacts are theirs). */
  teachers?: string[];
}

export interface OverviewActivity {
  id: number;
  type: EventType;
  title: string;
  /** Local "YYYY-MM-DDTHH:mm". */
  start: string;
  end: string;
  status: EventStatus;
  classes: { id: number; name: string }[];
}

/** The forms entered for one administration (a questionnaire given to a class, before or after). */
export interface OverviewAdministration {
  administrationId: number;
  date: string;
  forms: number;
}

export interface OverviewQuestionnaire {
  eventId: number;
  eventTitle: string;
  eventStart: string;
  classId: number;
  className: string;
  pupilCount: number;
  templateName: string;
  before: OverviewAdministration | null;
  after: OverviewAdministration | null;
}
