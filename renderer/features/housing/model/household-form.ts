import type { InputOf } from '../../../../shared/api/contract';
import { RESIDENCE_STATUSES, type HousingHouseholdSummary, type HousingPerson, type ResidenceStatus } from '../../../../shared/domain/housing/people';

/**
 * Languages offered in the people form (ISO 639 codes), the ones CPAS housing staff meet most; their names come
 * from `housing:languages.<code>`. Kept modest on purpose: a short list is quicker to pick from.
 */
export const COMMON_LANGUAGES = ['fr', 'nl', 'de', 'en', 'ar', 'ti', 'so', 'ps', 'fa', 'prs', 'uk', 'ru', 'es', 'pt', 'tr', 'ro', 'pl', 'sq'] as const;

/** The Select value of "non renseigné": residence status is optional, never free text. */
export const STATUS_NOT_GIVEN = 'none';

/** One person as typed: every field optional; the birth year may be empty, the status is a Select value. */
export interface PersonFormValues {
  firstName: string;
  lastName: string;
  residenceStatus: ResidenceStatus | typeof STATUS_NOT_GIVEN;
  birthYear: number | '';
  contact: string;
  languages: string[];
}

export interface HouseholdFormValues {
  size: number | '';
  notes: string;
  people: PersonFormValues[];
}

type PersonFields = Omit<InputOf<'housing', 'updatePerson'>, 'id'>;

export function emptyPersonValues(): PersonFormValues {
  return { firstName: '', lastName: '', residenceStatus: STATUS_NOT_GIVEN, birthYear: '', contact: '', languages: [] };
}

export function emptyHouseholdValues(): HouseholdFormValues {
  return { size: 1, notes: '', people: [emptyPersonValues()] };
}

export function personValues(person: HousingPerson): PersonFormValues {
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    residenceStatus: person.residenceStatus ?? STATUS_NOT_GIVEN,
    birthYear: person.birthYear ?? '',
    contact: person.contact,
    languages: [...person.languages],
  };
}

function isResidenceStatusValue(value: string): value is ResidenceStatus {
  return (RESIDENCE_STATUSES as readonly string[]).includes(value);
}

/** What the server receives for one person: trimmed text, null for "non renseigné" and an empty year. */
export function personFieldsFromValues(values: PersonFormValues): PersonFields {
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    residenceStatus: isResidenceStatusValue(values.residenceStatus) ? values.residenceStatus : null,
    birthYear: values.birthYear === '' ? null : values.birthYear,
    contact: values.contact.trim(),
    languages: [...new Set(values.languages.map((code) => code.trim().toLowerCase()))],
  };
}

export function createHouseholdInput(values: HouseholdFormValues): InputOf<'housing', 'createHousehold'> {
  return {
    size: values.size === '' ? 0 : values.size,
    notes: values.notes.trim(),
    people: values.people.map(personFieldsFromValues),
  };
}

/** Where a refused field of the household form shows its message: a person's field on its own row. */
export function householdErrorKey(path: string): string {
  const parts = path.split('.');
  if (parts[0] === 'people' && parts.length >= 3) return parts.slice(0, 3).join('.');
  if (parts[0] === 'people' && parts.length === 2) return 'people';
  return parts[0] ?? path;
}

/** Where a refused field of the person form shows its message (`languages.2` → `languages`). */
export function personErrorKey(path: string): string {
  return path.split('.')[0] ?? path;
}

/** "Aïcha B." style display: the name when given, else nothing (the code is the identity). */
export function personName(person: Pick<HousingPerson, 'firstName' | 'lastName'>): string {
  return [person.firstName, person.lastName].filter((part) => part.trim() !== '').join(' ');
}

/** The erase confirmation: the person's code typed again, case and spaces aside. */
export function erasureConfirmed(typed: string, code: string): boolean {
  return typed.trim().toUpperCase() === code.toUpperCase();
}

export type HouseholdSortColumn = 'code' | 'size' | 'people' | 'created';
export interface HouseholdSort {
  column: HouseholdSortColumn;
  direction: 'asc' | 'desc';
}

export function sortHouseholds(rows: readonly HousingHouseholdSummary[], sort: HouseholdSort): HousingHouseholdSummary[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const byCode = (a: HousingHouseholdSummary, b: HousingHouseholdSummary) => a.code.localeCompare(b.code);
  return [...rows].sort((a, b) => {
    const order =
      sort.column === 'size'
        ? a.size - b.size
        : sort.column === 'people'
          ? a.personCount - b.personCount
          : sort.column === 'created'
            ? a.createdAt.localeCompare(b.createdAt)
            : byCode(a, b);
    return sign * order || byCode(a, b);
  });
}

export function nextHouseholdSort(current: HouseholdSort, column: HouseholdSortColumn): HouseholdSort {
  if (current.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { column, direction: column === 'created' ? 'desc' : 'asc' };
}

/** The calendar day of a stored timestamp ("2026-11-28T10:00:00Z" → "2026-11-28"). */
export function dayOf(timestamp: string): string {
  return timestamp.slice(0, 10);
}
