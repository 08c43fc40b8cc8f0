/**
 * The school programme's directory (Action 9): schools, their classes per school year, the teachers and
 * contacts at schools, and the partners and facilitators who run activities. Enumerations are stored as
 * these codes; their labels live in the translation files.
 */

export const SCHOOL_NETWORKS = ['communal', 'provincial', 'libre', 'fwb'] as const;
export type SchoolNetwork = (typeof SCHOOL_NETWORKS)[number];

export const SCHOOL_LEVELS = ['maternel', 'primaire', 'secondaire', 'specialise'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

export interface School {
  id: number;
  name: string;
  network: SchoolNetwork;
  levels: SchoolLevel[];
  street: string;
  postalCode: string;
  city: string;
  neighbourhood: string;
  phone: string;
  email: string;
  notes: string;
  /** Classes of the school in any year. */
  classCount: number;
}

export interface SchoolClass {
  id: number;
  schoolId: number;
  schoolName: string;
  /** "2025–2026". */
  schoolYear: string;
  /** "5e primaire B". */
  name: string;
  /** Free short grade, e.g. "5P", "2S". */
  grade: string;
  pupilCount: number;
  teacherIds: number[];
}

export const CONTACT_KINDS = ['teacher', 'director', 'educator', 'other'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** A teacher or another contact person at a school; a teacher may be linked to a `teacher` account. */
export interface Contact {
  id: number;
  schoolId: number | null;
  schoolName: string | null;
  kind: ContactKind;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  /** The `teacher` account this person signs in with, if any. */
  userId: number | null;
  notes: string;
}

export const PARTNER_KINDS = ['integration_centre', 'cultural_venue', 'association', 'public_service', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** CRIPEL, Cité Miroir, associations… */
export interface Partner {
  id: number;
  name: string;
  kind: PartnerKind;
  contactName: string;
  email: string;
  phone: string;
  notes: string;
}

/** The person who leads an activity; one facilitator cannot be in two places at once. */
export interface Facilitator {
  id: number;
  name: string;
  partnerId: number | null;
  partnerName: string | null;
  email: string;
  phone: string;
}

/** Every list answers one page and the total, so lists stay fast with thousands of rows. */
export interface Page<Row> {
  rows: Row[];
  total: number;
}
