import type { InputOf } from '../../../../../shared/api/contract';
import type { HousingRegistration } from '../../../../../shared/domain/housing/registrations-api';
import type { RegistrationKind, RegistrationStatus } from '../../../../../shared/domain/housing/registrations';

/**
 * The registration form as typed: ids are Select values (text), optional dates are '' when empty, and each
 * optional section (forwarding, move, absence) has a switch: off means null on the wire.
 */
export interface RegistrationFormValues {
  kind: RegistrationKind;
  status: RegistrationStatus;
  /** Only used to list the household's people: the registration names a person. */
  householdId: string | null;
  personId: string | null;
  unitId: string | null;
  requestDate: string;
  decisionDate: string;
  startDate: string;
  endDate: string;
  communeReference: string;
  notes: string;
  forwardingOn: boolean;
  receivedDate: string;
  forwardedDate: string;
  moveOn: boolean;
  moveDate: string;
  declaredDate: string;
  policeCheckDate: string;
  absenceOn: boolean;
  notFoundSince: string;
  resolvedDate: string;
}

export type RegistrationFields = Omit<InputOf<'registrations', 'update'>, 'id'>;

/** A new registration: a request received today, the person still to be chosen. */
export function emptyRegistrationValues(today: string): RegistrationFormValues {
  return {
    kind: 'reference_address_cpas',
    status: 'requested',
    householdId: null,
    personId: null,
    unitId: null,
    requestDate: today,
    decisionDate: '',
    startDate: '',
    endDate: '',
    communeReference: '',
    notes: '',
    forwardingOn: false,
    receivedDate: today,
    forwardedDate: '',
    moveOn: false,
    moveDate: '',
    declaredDate: '',
    policeCheckDate: '',
    absenceOn: false,
    notFoundSince: '',
    resolvedDate: '',
  };
}

const text = (value: string | null | undefined): string => value ?? '';

export function valuesFromRegistration(registration: HousingRegistration): RegistrationFormValues {
  return {
    kind: registration.kind,
    status: registration.status,
    householdId: registration.householdId === null ? null : String(registration.householdId),
    personId: registration.personId === null ? null : String(registration.personId),
    unitId: registration.unitId === null ? null : String(registration.unitId),
    requestDate: text(registration.requestDate),
    decisionDate: text(registration.decisionDate),
    startDate: text(registration.startDate),
    endDate: text(registration.endDate),
    communeReference: registration.communeReference,
    notes: registration.notes,
    forwardingOn: registration.forwarding !== null,
    receivedDate: text(registration.forwarding?.receivedDate),
    forwardedDate: text(registration.forwarding?.forwardedDate),
    moveOn: registration.move !== null,
    moveDate: text(registration.move?.date),
    declaredDate: text(registration.move?.declaredDate),
    policeCheckDate: text(registration.policeCheckDate),
    absenceOn: registration.absence !== null,
    notFoundSince: text(registration.absence?.notFoundSince),
    resolvedDate: text(registration.absence?.resolvedDate),
  };
}

const day = (value: string): string | null => (value === '' ? null : value);
const id = (value: string | null): number | null => (value === null || value === '' ? null : Number(value));

/**
 * What the server receives. A section switched off is null; a section switched on with its first date empty is
 * sent as '' so the server names that date (`forwarding.receivedDate`) rather than dropping the section. A
 * missing person is sent as 0, which the schema refuses under `personId`.
 */
export function registrationFieldsFromValues(values: RegistrationFormValues): RegistrationFields {
  return {
    kind: values.kind,
    status: values.status,
    personId: id(values.personId) ?? 0,
    unitId: id(values.unitId),
    requestDate: day(values.requestDate),
    decisionDate: day(values.decisionDate),
    startDate: day(values.startDate),
    endDate: day(values.endDate),
    communeReference: values.communeReference.trim(),
    notes: values.notes.trim(),
    forwarding: values.forwardingOn ? { receivedDate: values.receivedDate, forwardedDate: day(values.forwardedDate) } : null,
    move: values.moveOn ? { date: values.moveDate, declaredDate: day(values.declaredDate) } : null,
    policeCheckDate: day(values.policeCheckDate),
    absence: values.absenceOn ? { notFoundSince: values.notFoundSince, resolvedDate: day(values.resolvedDate) } : null,
  };
}

/** Where a nested path of the contract shows in the flat form. */
const NESTED_KEYS: Record<string, string> = {
  'forwarding.receivedDate': 'receivedDate',
  'forwarding.forwardedDate': 'forwardedDate',
  'move.date': 'moveDate',
  'move.declaredDate': 'declaredDate',
  'absence.notFoundSince': 'notFoundSince',
  'absence.resolvedDate': 'resolvedDate',
  forwarding: 'receivedDate',
  move: 'moveDate',
  absence: 'notFoundSince',
};

/**
 * The form field under which a refused path shows its message: `forwarding.forwardedDate` under "Transmise le",
 * `move.date` under the move's date. The rules of registrations.ts name some dates without their section
 * (`forwardedDate`, `declaredDate`): those are form fields already.
 */
export function registrationErrorKey(path: string): string {
  if (path in NESTED_KEYS) return NESTED_KEYS[path]!;
  const parts = path.split('.');
  const nested = parts.slice(0, 2).join('.');
  if (nested in NESTED_KEYS) return NESTED_KEYS[nested]!;
  return parts[0] ?? path;
}
