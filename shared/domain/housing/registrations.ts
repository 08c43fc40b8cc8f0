/**
 * Address registrations (domain.md, Action 7, "Address registrations"): their kinds, their life cycle, and the
 * checks on their dates. The deadlines they carry are in deadlines.ts.
 */

/**
 * adresse de référence au CPAS, adresse de référence chez une personne (the request goes through the CPAS too),
 * inscription provisoire, adresse temporaire auprès d'une ASBL.
 */
export const REGISTRATION_KINDS = [
  'reference_address_cpas',
  'reference_address_private',
  'inscription_provisoire',
  'temporary_address_nonprofit',
] as const;
export type RegistrationKind = (typeof REGISTRATION_KINDS)[number];

/** A reference address: the person has no home and is reachable through the CPAS or a consenting person. */
export const REFERENCE_ADDRESS_KINDS: readonly RegistrationKind[] = ['reference_address_cpas', 'reference_address_private'];
/** Registrations at a dwelling the person lives in: the police checks the residence, a placement may be linked. */
export const DWELLING_KINDS: readonly RegistrationKind[] = ['inscription_provisoire', 'temporary_address_nonprofit'];

/** requested → active or refused; active → ended (the person left, the situation was regularised, struck off). */
export const REGISTRATION_STATUSES = ['requested', 'active', 'refused', 'ended'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const REGISTRATION_TRANSITIONS: Readonly<Record<RegistrationStatus, readonly RegistrationStatus[]>> = {
  requested: ['active', 'refused'],
  active: ['ended'],
  refused: [],
  ended: [],
};

export function canMoveRegistration(from: RegistrationStatus, to: RegistrationStatus): boolean {
  return REGISTRATION_TRANSITIONS[from].includes(to);
}

/**
 * Issue 6: "ending a placement proposes to end the linked registration". True for an active registration at a
 * dwelling linked to the unit the household leaves; the proposed end date is the placement's actual end. Only a
 * proposal: the person may stay registered (moved within the same building, regularised).
 */
export function proposesRegistrationEnd(
  registration: { readonly kind: RegistrationKind; readonly status: RegistrationStatus; readonly unitId: number | null; readonly endDate: string | null },
  endedPlacementUnitId: number,
): boolean {
  return (
    DWELLING_KINDS.includes(registration.kind) &&
    registration.status === 'active' &&
    registration.endDate === null &&
    registration.unitId === endedPlacementUnitId
  );
}

/** The dates of a registration checked together (a subset of deadlines.ts's RegistrationForDeadlines). */
export interface RegistrationDates {
  readonly requestDate: string | null;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly forwarding: { readonly receivedDate: string; readonly forwardedDate: string | null } | null;
  readonly move: { readonly date: string; readonly declaredDate: string | null } | null;
}

export type RegistrationDateIssue =
  | { path: 'endDate'; issue: 'end_before_start' }
  | { path: 'startDate'; issue: 'start_before_request' }
  | { path: 'forwardedDate'; issue: 'before_received' }
  | { path: 'declaredDate'; issue: 'before_move' };

/** What is wrong with a registration's dates taken together. */
export function registrationDateIssues(
  registration: RegistrationDates,
): RegistrationDateIssue[] {
  const issues: RegistrationDateIssue[] = [];
  const { requestDate, startDate, endDate, forwarding, move } = registration;
  if (startDate !== null && endDate !== null && endDate < startDate) issues.push({ path: 'endDate', issue: 'end_before_start' });
  if (requestDate !== null && startDate !== null && startDate < requestDate) issues.push({ path: 'startDate', issue: 'start_before_request' });
  if (forwarding?.forwardedDate && forwarding.forwardedDate < forwarding.receivedDate) issues.push({ path: 'forwardedDate', issue: 'before_received' });
  if (move?.declaredDate && move.declaredDate < move.date) issues.push({ path: 'declaredDate', issue: 'before_move' });
  return issues;
}

export type ContactDateIssue = 'not_reference_address' | 'before_start' | 'after_end' | 'after_today';

/**
 * Whether the person's contact at the CPAS can be recorded on `date` (issue 14, item 9): only for a reference
 * address, from its start (before it, or with no start yet, a contact answers no deadline), not after its end,
 * and on a day that has come — today in Liège or earlier, a contact ahead has not happened. The sheet's form and
 * registrations/recordContact ask the same question here.
 */
export function contactDateIssue(
  registration: { readonly kind: RegistrationKind; readonly startDate: string | null; readonly endDate: string | null },
  date: string,
  today: string,
): ContactDateIssue | null {
  if (!REFERENCE_ADDRESS_KINDS.includes(registration.kind)) return 'not_reference_address';
  if (registration.startDate === null || date < registration.startDate) return 'before_start';
  if (registration.endDate !== null && date > registration.endDate) return 'after_end';
  if (date > today) return 'after_today';
  return null;
}
