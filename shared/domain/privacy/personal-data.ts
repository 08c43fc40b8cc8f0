/**
 * Right of access (GDPR art. 15) and portability (art. 20), issue 20: everything the app holds about one housed
 * person, as one versioned, machine-readable structure. The JSON file is this object as it is; the PDF prints the
 * same object in French or English. Codes stay codes (the lists below and the housing domain's): a program reads
 * them without a dictionary, a person reads the PDF.
 *
 * What it holds, and what it leaves out on purpose:
 * - the person's identity fields, decrypted;
 * - their household (code, size, notes, when and in which language the information notice was given), and the
 *   household's other people **by code only**: they are other people, whose data this export must not give;
 * - the household's stays (unit code, address and kind, dates, end reason, notes), waiting-list entries and the
 *   accompaniment texts of a bail glissant it occupied; the lease's owner (possibly a private landlord) and the
 *   unit's provider (possibly a citizen host) are other people and are left out;
 * - the person's own address registrations with their deadlines (due dates, met or missed);
 * - the access log of the person and of the household: when, what, and "a member of the CPAS's housing staff" —
 *   never which one (CJEU, C-579/21, 22 June 2023: the identity of employees who consulted the data need not be
 *   given when they acted under the controller's authority, unless that is essential for the person to exercise
 *   their rights: then the DPO answers, from the log's user ids).
 *
 * A new field here is a new `version` if it changes or removes what a reader relied on; adding one does not.
 */
import type { TaskKind, TaskStatus, DeadlineOutcome } from '../housing/deadlines';
import type { HousingAuditAction, HousingAuditEntity, ResidenceStatus } from '../housing/people';
import type { PlacementEndReason } from '../housing/placements-api';
import type { RegistrationKind, RegistrationStatus } from '../housing/registrations';
import type { UnitKind } from '../housing/units';
import type { WaitlistPriority, WaitlistStatus } from '../housing/waitlist';
import type { DocumentLanguage } from '../documents';

export const PERSONAL_DATA_FORMAT = 'passerelle-personal-data';
export const PERSONAL_DATA_VERSION = 1;

/** Who did something in the access log: always the staff as a whole, never a named employee (see above). */
export const ACCESS_LOG_ACTOR = 'cpasHousingStaff';

export interface PersonalDataExport {
  format: typeof PERSONAL_DATA_FORMAT;
  version: typeof PERSONAL_DATA_VERSION;
  /** The instant the export was made (ISO-8601, UTC). */
  generatedAt: string;
  /** The language of the PDF made at the same time, and of the file's name. The values are codes either way. */
  language: DocumentLanguage;
  controller: { name: string; country: 'BE' };
  person: PersonalDataPerson;
  household: PersonalDataHousehold;
  stays: PersonalDataStay[];
  registrations: PersonalDataRegistration[];
  waitingList: PersonalDataWaitlistEntry[];
  rollingLeases: PersonalDataRollingLease[];
  accessLog: PersonalDataAccessEntry[];
}

export interface PersonalDataPerson {
  code: string;
  /** '' when not given. */
  firstName: string;
  lastName: string;
  residenceStatus: ResidenceStatus | null;
  birthYear: number | null;
  contact: string;
  /** ISO 639 codes. */
  languages: string[];
  createdAt: string;
  updatedAt: string;
}

export interface PersonalDataHousehold {
  code: string;
  /** How many people the household counts. */
  size: number;
  notes: string;
  /** The day the information notice was given (YYYY-MM-DD), and its language (ISO 639-1); null while not given. */
  noticeGivenAt: string | null;
  noticeLanguage: string | null;
  createdAt: string;
  updatedAt: string;
  /** The other people recorded in the household: their codes only. */
  otherMemberCodes: string[];
}

export interface PersonalDataStay {
  unitCode: string;
  unitAddress: string;
  unitKind: UnitKind;
  places: number;
  start: string;
  plannedEnd: string | null;
  actualEnd: string | null;
  endReason: PlacementEndReason | null;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export interface PersonalDataDeadline {
  kind: TaskKind;
  fromDate: string;
  dueDate: string;
  doneDate: string | null;
  status: TaskStatus;
  /** met: done on or before the due date; missed: done later, or not done and past due; open otherwise. */
  outcome: DeadlineOutcome;
}

export interface PersonalDataRegistration {
  kind: RegistrationKind;
  status: RegistrationStatus;
  unitCode: string | null;
  unitAddress: string | null;
  requestDate: string | null;
  decisionDate: string | null;
  startDate: string | null;
  endDate: string | null;
  communeReference: string;
  notes: string;
  forwarding: { receivedDate: string; forwardedDate: string | null } | null;
  move: { date: string; declaredDate: string | null } | null;
  policeCheckDate: string | null;
  absence: { notFoundSince: string; resolvedDate: string | null } | null;
  /** The days the person came to the CPAS, oldest first. */
  contactDates: string[];
  deadlines: PersonalDataDeadline[];
  createdAt: string;
  updatedAt: string;
}

export interface PersonalDataWaitlistEntry {
  priority: WaitlistPriority;
  requestedDate: string;
  placesNeeded: number;
  unitKinds: UnitKind[];
  status: WaitlistStatus;
  closedDate: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PersonalDataRollingLease {
  unitCode: string;
  /** The approved operator (an organisation). The owner is left out: possibly a private person. */
  operator: string;
  subleaseStart: string;
  renewals: string[];
  transferDate: string | null;
  endDate: string | null;
  objectives: string;
  outcome: string;
  reviews: { date: string; notes: string }[];
}

export interface PersonalDataAccessEntry {
  at: string;
  action: HousingAuditAction;
  /** Whether the row concerns the person or their household. */
  concerns: HousingAuditEntity;
  by: typeof ACCESS_LOG_ACTOR;
}
