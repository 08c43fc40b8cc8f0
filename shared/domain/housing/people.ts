/**
 * People and households of solidarity housing (issue 6, point 3), pseudonymous by default: the generated code
 * ("M-7K3Q", "P-4XH9") is the identity everywhere; names, birth year, contact and languages are optional.
 * Names, contact, notes and residence status are stored encrypted and shown to `housing` only.
 */

/**
 * Residence status: optional, one of a short list, never free text (domain.md, Privacy). Stored only
 * encrypted; null when not given.
 */
export const RESIDENCE_STATUSES = [
  'belgian_or_eu',
  'permit_long',
  'permit_temporary',
  'asylum_seeker',
  'undocumented',
  'unknown',
] as const;
export type ResidenceStatus = (typeof RESIDENCE_STATUSES)[number];

export function isResidenceStatus(value: string): value is ResidenceStatus {
  return (RESIDENCE_STATUSES as readonly string[]).includes(value);
}

/** Digits and capitals that cannot be misread (no 0/O, 1/I/L), for codes said aloud and written on files. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 4;
export const HOUSEHOLD_CODE_PREFIX = 'M';
export const PERSON_CODE_PREFIX = 'P';

export const HOUSING_AUDIT_ACTIONS = ['view', 'create', 'update', 'export', 'erase'] as const;
export type HousingAuditAction = (typeof HOUSING_AUDIT_ACTIONS)[number];
export const HOUSING_AUDIT_ENTITIES = ['person', 'household'] as const;
export type HousingAuditEntity = (typeof HOUSING_AUDIT_ENTITIES)[number];

/** One person as housing staff see it (decrypted). */
export interface HousingPerson {
  id: number;
  code: string;
  householdId: number;
  /** '' when not given. */
  firstName: string;
  lastName: string;
  residenceStatus: ResidenceStatus | null;
  birthYear: number | null;
  contact: string;
  /** ISO 639 codes, lower case. */
  languages: string[];
  createdAt: string;
  updatedAt: string;
}

/** One line of the household list: no names, nothing decrypted. */
export interface HousingHouseholdSummary {
  id: number;
  code: string;
  size: number;
  /** People recorded in it (may be fewer than `size`). */
  personCount: number;
  createdAt: string;
  updatedAt: string;
}

/** A person as a picker shows them: the code and the birth year, both stored in clear (nothing decrypted). */
export interface HousingPersonCode {
  id: number;
  code: string;
  birthYear: number | null;
}

export interface HousingHousehold extends HousingHouseholdSummary {
  notes: string;
  people: HousingPerson[];
  /** The day the information notice (GDPR art. 13–14) was given, YYYY-MM-DD; null = not yet (issue 20). */
  noticeGivenAt: string | null;
  /** The notice's language (ISO 639-1, shared/domain/privacy/information-notice.ts); null = not yet. */
  noticeLanguage: string | null;
}
