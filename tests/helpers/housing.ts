import type { Core } from '../../main/core';
import type { InputOf } from '../../shared/api/contract';

/** What the housing channels take, from the contract: the builders below give complete, valid inputs. */
export type ProviderInput = InputOf<'housing', 'createProvider'>;
export type UnitInput = InputOf<'housing', 'createUnit'>;
export type UnitFieldsInput = Omit<InputOf<'housing', 'updateUnit'>, 'id'>;
export type PersonInput = Omit<InputOf<'housing', 'addPerson'>, 'householdId'>;
export type RegistrationInput = InputOf<'registrations', 'create'>;

/** Every table of the housing slice, plus the audit log: a refused call must leave all of them as they were. */
export const HOUSING_TABLES = [
  'housing_providers',
  'housing_units',
  'housing_unit_status_changes',
  'housing_unit_supports',
  'rolling_leases',
  'rolling_lease_renewals',
  'rolling_lease_reviews',
  'housing_households',
  'housing_people',
  'housing_audit_log',
  'housing_placements',
  'audit_events',
  'housing_waitlist',
  'housing_registrations',
  'housing_registration_contacts',
] as const;

export async function housingCounts(core: Core): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of HOUSING_TABLES) counts[table] = Number((await core.db(table).count({ n: '*' }).first())?.n ?? 0);
  return counts;
}

export function providerInput(changes: Partial<ProviderInput> = {}): ProviderInput {
  return {
    kind: 'non_profit',
    name: 'Habitat et Solidarité',
    contactName: 'Nadia Lambert',
    email: 'contact@habitat-solidarite.be',
    phone: '04 222 33 44',
    address: 'Rue Saint-Léonard 12, 4000 Liège',
    notes: '',
    ...changes,
  };
}

/** The fields of units/update (everything but the status). */
export function unitFieldsInput(changes: Partial<UnitFieldsInput> = {}): UnitFieldsInput {
  return {
    code: 'ls-0001',
    kind: 'logement_transit',
    address: 'Rue Féronstrée 40, 4000 Liège',
    providerId: null,
    capacity: 4,
    supports: [],
    notes: '',
    citizenStayDays: null,
    lightHousingCriteria: [],
    ...changes,
  };
}

/** The input of units/create: a unit identified on 1 October 2026 unless told otherwise. */
export function unitInput(changes: Partial<UnitInput> = {}): UnitInput {
  return { status: 'identified', statusDate: '2026-10-01', ...unitFieldsInput(), ...changes };
}

/** The optional details of a person (people slice); every field given. */
export function personInput(changes: Partial<PersonInput> = {}): PersonInput {
  return {
    firstName: 'Amina',
    lastName: 'Diallo',
    residenceStatus: 'asylum_seeker',
    birthYear: 1991,
    contact: '0470 12 34 56',
    languages: ['fr', 'ff'],
    ...changes,
  };
}

/** The input of registrations/create: an active reference address at the CPAS from 5 October 2026 unless told otherwise. */
export function registrationInput(personId: number, changes: Partial<RegistrationInput> = {}): RegistrationInput {
  return {
    kind: 'reference_address_cpas',
    status: 'active',
    personId,
    unitId: null,
    requestDate: '2026-10-01',
    decisionDate: '2026-10-05',
    startDate: '2026-10-05',
    endDate: null,
    communeReference: 'LG-2026-00417',
    notes: '',
    forwarding: null,
    move: null,
    policeCheckDate: null,
    absence: null,
    ...changes,
  };
}
