/**
 * What the `registrations/*` channels answer (issue 6, point 5). A registration names its person by id and
 * generated code only; the commune's reference and the notes are decrypted in the full record alone, whose
 * read is written to the housing audit log. Deadlines come from deadlines.ts with the settings in force.
 */
import type { DatedTask } from './deadlines';
import type { RegistrationKind, RegistrationStatus } from './registrations';

export interface RegistrationSummary {
  id: number;
  kind: RegistrationKind;
  status: RegistrationStatus;
  /** null once the person was erased (the registration stays, anonymous, for the report's counts). */
  personId: number | null;
  personCode: string | null;
  householdId: number | null;
  householdCode: string | null;
  unitId: number | null;
  unitCode: string | null;
  requestDate: string | null;
  decisionDate: string | null;
  startDate: string | null;
  endDate: string | null;
  /** Reference addresses: the last day the person came to the CPAS, and when the next contact is due. */
  lastContactDate: string | null;
  nextContactDue: string | null;
  /** Tasks not done yet (overdue, due soon, upcoming), by due date. */
  openTasks: DatedTask[];
  createdAt: string;
  updatedAt: string;
}

export interface HousingRegistration extends RegistrationSummary {
  communeReference: string;
  notes: string;
  forwarding: { receivedDate: string; forwardedDate: string | null } | null;
  move: { date: string; declaredDate: string | null } | null;
  policeCheckDate: string | null;
  absence: { notFoundSince: string; resolvedDate: string | null } | null;
  /** Every contact day, oldest first. */
  contactDates: string[];
  /** Every task, done ones included, by due date. */
  tasks: DatedTask[];
}

/** An open task with the registration it belongs to (home screen, task list). */
export interface RegistrationTask extends DatedTask {
  registrationId: number;
  registrationKind: RegistrationKind;
  personCode: string | null;
}
