import { z } from 'zod';
import { defineChannel } from '../../define';
import { birthYearField, dateField, emailField, idField, notesField, phoneField, requiredNameField, searchField, shortTextField } from '../../fields';
import { PROVIDER_KINDS, SUPPORT_KINDS, UNIT_KINDS, UNIT_STATUSES } from '../../../domain/housing/units';
import { LIGHT_HOUSING_CRITERIA } from '../../../domain/housing/light-housing';
import type { HousingProvider, HousingUnit, HousingUnitSummary } from '../../../domain/housing/housing-units-api';
import { PLACEMENT_END_REASONS, type HousingPlacement, type UnitOccupancy } from '../../../domain/housing/placements-api';
import { RESIDENCE_STATUSES, type HousingHousehold, type HousingHouseholdSummary, type HousingPerson, type HousingPersonCode } from '../../../domain/housing/people';

/**
 * Solidarity housing (issue 6), first slice: providers and housing units, with their status history, the
 * support given, and the kind-specific details (bail glissant, habitat léger, hébergement citoyen). Housing
 * staff only. No personal data of housed people in these channels.
 */

const HOUSING: ['housing'] = ['housing'];

export const providerFields = {
  kind: z.enum(PROVIDER_KINDS),
  name: requiredNameField,
  contactName: shortTextField,
  email: emailField,
  phone: phoneField,
  address: shortTextField,
  notes: notesField,
};

/** A short code people say and write on files ("LS-0001"), unique whatever the case: stored upper-cased. */
export const unitCodeField = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/)
  .transform((code) => code.toUpperCase());

export const unitSupportField = z.strictObject({
  kind: z.enum(SUPPORT_KINDS),
  startDate: dateField.nullable(),
  notes: notesField,
});

/** Everything about a unit but its status, which only changes through changeUnitStatus (with its date). */
export const unitFields = {
  code: unitCodeField,
  kind: z.enum(UNIT_KINDS),
  address: requiredNameField,
  providerId: idField.nullable(),
  capacity: z.number().int().min(1).max(500),
  /** Each support kind at most once. */
  supports: z.array(unitSupportField).max(SUPPORT_KINDS.length),
  notes: notesField,
  /** Hébergement citoyen: the usual stay on this unit, null for the setting's (28 days). Ignored for other kinds. */
  citizenStayDays: z.number().int().min(1).max(365).nullable(),
  /** Habitat léger: the criteria met (of the 9). Ignored for other kinds. */
  lightHousingCriteria: z.array(z.enum(LIGHT_HOUSING_CRITERIA)).max(LIGHT_HOUSING_CRITERIA.length),
};

export const rollingLeaseReviewField = z.strictObject({ date: dateField, notes: notesField });

/** A person's optional details. Names, contact and status are encrypted by the Node side before they are stored. */
export const personFields = {
  firstName: shortTextField,
  lastName: shortTextField,
  residenceStatus: z.enum(RESIDENCE_STATUSES).nullable(),
  birthYear: birthYearField().nullable(),
  contact: shortTextField,
  /** ISO 639 codes ("fr", "ar", "prs"), each at most once. */
  languages: z
    .array(z.string().trim().toLowerCase().max(3).regex(/^[a-z]{2,3}$/))
    .max(10)
    .refine((codes) => new Set(codes).size === codes.length, { message: 'duplicate languages' }),
};

export const housingChannels = {
  providers: defineChannel<HousingProvider[]>()({
    input: z.strictObject({ search: searchField.optional(), kind: z.enum(PROVIDER_KINDS).optional() }),
    access: HOUSING,
    writes: false,
  }),
  createProvider: defineChannel<HousingProvider>()({ input: z.strictObject(providerFields), access: HOUSING, writes: true }),
  updateProvider: defineChannel<HousingProvider>()({
    input: z.strictObject({ id: idField, ...providerFields }),
    access: HOUSING,
    writes: true,
  }),
  /** Only a provider no unit mentions (CONFLICT providerHasUnits otherwise). */
  deleteProvider: defineChannel<null>()({ input: z.strictObject({ id: idField }), access: HOUSING, writes: true }),

  units: defineChannel<HousingUnitSummary[]>()({
    input: z.strictObject({
      search: searchField.optional(),
      kind: z.enum(UNIT_KINDS).optional(),
      status: z.enum(UNIT_STATUSES).optional(),
      providerId: idField.optional(),
    }),
    access: HOUSING,
    writes: false,
  }),
  unit: defineChannel<HousingUnit>()({ input: z.strictObject({ id: idField }), access: HOUSING, writes: false }),
  /** Recorded with its status as it is today (not closed), from `statusDate`. */
  createUnit: defineChannel<HousingUnit>()({
    input: z.strictObject({ ...unitFields, status: z.enum(UNIT_STATUSES), statusDate: dateField }),
    access: HOUSING,
    writes: true,
  }),
  updateUnit: defineChannel<HousingUnit>()({
    input: z.strictObject({ id: idField, ...unitFields }),
    access: HOUSING,
    writes: true,
  }),
  /** One step of the life cycle (UNIT_TRANSITIONS), on a day no earlier than the previous change. */
  changeUnitStatus: defineChannel<HousingUnit>()({
    input: z.strictObject({ id: idField, status: z.enum(UNIT_STATUSES), date: dateField }),
    access: HOUSING,
    writes: true,
  }),
  /** The whole bail glissant record of a unit of that kind, replacing what was there. */
  setRollingLease: defineChannel<HousingUnit>()({
    input: z.strictObject({
      unitId: idField,
      operator: shortTextField,
      owner: shortTextField,
      subleaseStart: dateField,
      renewals: z.array(dateField).max(10),
      transferDate: dateField.nullable(),
      endDate: dateField.nullable(),
      outcome: notesField,
      objectives: notesField,
      reviews: z.array(rollingLeaseReviewField).max(100),
    }),
    access: HOUSING,
    writes: true,
  }),
  /** Only a unit recorded by mistake: no status change after its creation and no bail glissant record. */
  deleteUnit: defineChannel<null>()({ input: z.strictObject({ id: idField }), access: HOUSING, writes: true }),

  /**
   * Households by code (a generated code; names are encrypted and not searched here). At most 200, newest
   * first. Nothing decrypted, so nothing audited.
   */
  households: defineChannel<HousingHouseholdSummary[]>()({
    input: z.strictObject({ search: searchField.optional() }),
    access: HOUSING,
    writes: false,
  }),
  /**
   * The people of a household by code and birth year, oldest record first: what choosing a person needs (a
   * registration's person) without decrypting anyone, so without audit rows. NOT_FOUND for an unknown household.
   */
  personCodes: defineChannel<HousingPersonCode[]>()({ input: z.strictObject({ householdId: idField }), access: HOUSING, writes: false }),
  /** One household with its people, decrypted: writes a 'view' row per person (and the household) to the audit log. */
  household: defineChannel<HousingHousehold>()({ input: z.strictObject({ id: idField }), access: HOUSING, writes: true, auditedRead: true }),
  /** A household and its recorded people, each with a generated code. */
  createHousehold: defineChannel<HousingHousehold>()({
    input: z.strictObject({
      size: z.number().int().min(1).max(30),
      notes: notesField,
      people: z.array(z.strictObject(personFields)).max(30),
    }),
    access: HOUSING,
    writes: true,
  }),
  addPerson: defineChannel<HousingPerson>()({
    input: z.strictObject({ householdId: idField, ...personFields }),
    access: HOUSING,
    writes: true,
  }),
  updatePerson: defineChannel<HousingPerson>()({
    input: z.strictObject({ id: idField, ...personFields }),
    access: HOUSING,
    writes: true,
  }),
  /** Removes the person's row and so every encrypted value (secure_delete zeroes the freed pages); the audit keeps the id. */
  erasePerson: defineChannel<null>()({ input: z.strictObject({ id: idField }), access: HOUSING, writes: true }),
  /** Placements of a unit, of a household, or in use on a day (`activeOn`: occupying the night that begins then). At most 500, newest start first. */
  placements: defineChannel<HousingPlacement[]>()({
    input: z.strictObject({ unitId: idField.optional(), householdId: idField.optional(), activeOn: dateField.optional() }),
    access: HOUSING,
    writes: false,
  }),
  /**
   * A household placed in an active unit. `plannedEnd` null: the default for the unit's kind (hébergement
   * citoyen: start + the unit's stay, else the setting's 28 days; other kinds: open-ended). Refused with a field
   * error when the unit is not active on the start day, when a night would exceed its capacity, or when the
   * household already sleeps elsewhere that night.
   */
  createPlacement: defineChannel<HousingPlacement>()({
    input: z.strictObject({
      unitId: idField,
      householdId: idField,
      places: z.number().int().min(1).max(500),
      start: dateField,
      plannedEnd: dateField.nullable(),
      notes: notesField,
    }),
    access: HOUSING,
    writes: true,
  }),
  /** Planned end (null: open-ended), places and notes; the same capacity and overlap rules. */
  updatePlacement: defineChannel<HousingPlacement>()({
    input: z.strictObject({ id: idField, places: z.number().int().min(1).max(500), plannedEnd: dateField.nullable(), notes: notesField }),
    access: HOUSING,
    writes: true,
  }),
  /** The household left on `actualEnd` (on or after the start), for a reason; a later correction is allowed. */
  endPlacement: defineChannel<HousingPlacement>()({
    input: z.strictObject({ id: idField, actualEnd: dateField, endReason: z.enum(PLACEMENT_END_REASONS) }),
    access: HOUSING,
    writes: true,
  }),
  /**
   * Undoes an end recorded by mistake (issue 17): the stay is open again, as it was before. `actualEnd` and
   * `updatedAt` are the ended stay as the user saw it (the answer of endPlacement): CONFLICT placementChangedSince
   * when it has changed since, placementNotEnded when it is open, unitTakenSince {date} when the unit has been
   * given to someone since and has no room left that night, householdPlacedSince {date} when the household sleeps
   * elsewhere by then.
   */
  reopenPlacement: defineChannel<HousingPlacement>()({
    input: z.strictObject({ id: idField, actualEnd: dateField, updatedAt: z.string().min(1).max(40) }),
    access: HOUSING,
    writes: true,
  }),
  /**
   * The household moves to another unit on `date`: its stay ends there ('transferred') and a new one starts in
   * `unitId`, in one transaction (a refused new stay leaves the first as it was). CONFLICT placementEnded when
   * the stay is already over.
   */
  movePlacement: defineChannel<{ ended: HousingPlacement; placement: HousingPlacement }>()({
    input: z.strictObject({
      id: idField,
      date: dateField,
      unitId: idField,
      places: z.number().int().min(1).max(500),
      plannedEnd: dateField.nullable(),
      notes: notesField,
    }),
    access: HOUSING,
    writes: true,
  }),
  /** Only a placement recorded by mistake, not yet ended (CONFLICT placementEnded: an ended stay is history). */
  deletePlacement: defineChannel<null>()({ input: z.strictObject({ id: idField }), access: HOUSING, writes: true }),
  /** Bed-nights, occupancy rate and peak of a unit over the nights from…to−1. */
  unitOccupancy: defineChannel<UnitOccupancy>()({
    input: z.strictObject({ unitId: idField, from: dateField, to: dateField }),
    access: HOUSING,
    writes: false,
  }),
};
