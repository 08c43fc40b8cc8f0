/**
 * Solidarity housing units (Action 7 of the plan): their kinds, the life cycle of a unit, the support the City or
 * the CPAS gives, and who provides them. Shared by the unit form, the home screen and the server (which decides).
 */

/**
 * Kinds of unit, in the order users list them (domain.md, Action 7). French labels are what users say:
 * hébergement citoyen (citizen hosting, counted in bed-nights / nuitées), logement de transit, bail glissant
 * (rolling lease, Wallonia since 2018), convention d'occupation précaire (legal temporary occupation of a vacant
 * building; not a lease), occupation temporaire partagée, habitat léger (light housing, since 1 Sept 2019),
 * coopérative / habitat participatif, maison de jeunes travailleurs (young workers' hostel), autre.
 */
export const UNIT_KINDS = [
  'hebergement_citoyen',
  'logement_transit',
  'bail_glissant',
  'convention_occupation_precaire',
  'occupation_temporaire_partagee',
  'habitat_leger',
  'cooperative_habitat_participatif',
  'maison_jeunes_travailleurs',
  'autre',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/**
 * The life cycle of a unit: identified (a lead: a host, a vacant building) → supported (the City or the CPAS
 * backs it: guarantee, works…) → active (takes households) ⇄ suspended (works, a problem, the host's holidays)
 * → closed.
 */
export const UNIT_STATUSES = ['identified', 'supported', 'active', 'suspended', 'closed'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

/**
 * The statuses each status may move to. Forward one step at a time, so that "supported" is never skipped (the
 * report counts units supported, and a unit only takes households once backed); active and suspended go back
 * and forth; any status may close (a lead that comes to nothing, a host who stops); closed is final — a unit
 * that comes back is recorded again, so the report's history of the old one stays true.
 */
export const UNIT_TRANSITIONS: Readonly<Record<UnitStatus, readonly UnitStatus[]>> = {
  identified: ['supported', 'closed'],
  supported: ['active', 'closed'],
  active: ['suspended', 'closed'],
  suspended: ['active', 'closed'],
  closed: [],
};

/**
 * The statuses a unit may be recorded with. Not "closed", which would make an empty record. A unit already
 * backed or housing people when Passerelle starts is recorded as it is, not walked through its past.
 */
export const INITIAL_UNIT_STATUSES: readonly UnitStatus[] = ['identified', 'supported', 'active', 'suspended'];

/**
 * Only an active unit takes new placements and counts in "free places today". A suspended unit keeps the
 * households already there (suspending is no eviction) but receives nobody new.
 */
export const PLACEMENT_STATUSES: readonly UnitStatus[] = ['active'];

/** Statuses at which the unit is backed by the City or the CPAS: "supported" and everything after it but closed. */
export const SUPPORTED_STATUSES: readonly UnitStatus[] = ['supported', 'active', 'suspended'];

export function canMoveUnit(from: UnitStatus, to: UnitStatus): boolean {
  return UNIT_TRANSITIONS[from].includes(to);
}

/** One change of a unit's status, with the day it took effect (kept for the report). */
export interface UnitStatusChange {
  readonly status: UnitStatus;
  readonly date: string;
}

export type UnitStatusIssue = 'initial_closed' | 'not_allowed' | 'before_previous_change';

/**
 * What is wrong with recording `next` after the unit's history (oldest first), or null. A change may share its
 * day with the previous one (identified and supported the same morning) but not go back in time, which would
 * make "status on a day" ambiguous.
 */
export function unitStatusChangeIssue(history: readonly UnitStatusChange[], next: UnitStatusChange): UnitStatusIssue | null {
  const previous = history[history.length - 1];
  if (previous === undefined) return INITIAL_UNIT_STATUSES.includes(next.status) ? null : 'initial_closed';
  if (!canMoveUnit(previous.status, next.status)) return 'not_allowed';
  if (next.date < previous.date) return 'before_previous_change';
  return null;
}

/** The unit's status at the end of `day`: the last change on or before it; null before the unit was recorded. */
export function unitStatusOn(history: readonly UnitStatusChange[], day: string): UnitStatus | null {
  let status: UnitStatus | null = null;
  for (const change of history) {
    if (change.date <= day) status = change.status;
  }
  return status;
}

/** The first day the unit was backed (supported or beyond), or null if it never was: the report's "supported". */
export function firstSupportedDate(history: readonly UnitStatusChange[]): string | null {
  return history.find((change) => SUPPORTED_STATUSES.includes(change.status))?.date ?? null;
}

/** What the City or the CPAS gives a unit (several at once): garantie locative, assurance, aide administrative, travaux, accompagnement. */
export const SUPPORT_KINDS = ['rental_guarantee', 'insurance', 'administrative_help', 'works', 'accompaniment'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

/**
 * Who provides a unit: a citizen host (hébergeur citoyen), a non-profit (ASBL), the CPAS itself, a social
 * rental agency (AIS, agence immobilière sociale), a private owner, an approved operator (opérateur agréé, the
 * one that rents and sublets in a bail glissant).
 */
export const PROVIDER_KINDS = ['citizen_host', 'non_profit', 'cpas', 'social_rental_agency', 'private_owner', 'approved_operator'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** A unit's capacity is a whole number of places (people), at least one. */
export function isValidCapacity(capacity: number): boolean {
  return Number.isInteger(capacity) && capacity >= 1;
}
