import { z } from 'zod';
import { defineChannel } from '../../define';
import { dateField, idField, notesField, searchField, shortTextField } from '../../fields';
import { REGISTRATION_KINDS, REGISTRATION_STATUSES } from '../../../domain/housing/registrations';
import type { HousingRegistration, RegistrationSummary, RegistrationTask } from '../../../domain/housing/registrations-api';

/**
 * Address registrations (issue 6, point 5): reference addresses, inscriptions provisoires and temporary
 * addresses, with the Belgian deadlines as dated tasks. Housing staff only. A registration names an existing
 * person (VALIDATION personId `not_found` otherwise).
 */

const HOUSING: ['housing'] = ['housing'];

export const registrationFields = {
  kind: z.enum(REGISTRATION_KINDS),
  status: z.enum(REGISTRATION_STATUSES),
  personId: idField,
  unitId: idField.nullable(),
  requestDate: dateField.nullable(),
  decisionDate: dateField.nullable(),
  startDate: dateField.nullable(),
  endDate: dateField.nullable(),
  /** The commune's file reference; encrypted at rest. */
  communeReference: shortTextField,
  /** Encrypted at rest. */
  notes: notesField,
  /** Set when this CPAS is not competent and forwards the request. */
  forwarding: z.strictObject({ receivedDate: dateField, forwardedDate: dateField.nullable() }).nullable(),
  move: z.strictObject({ date: dateField, declaredDate: dateField.nullable() }).nullable(),
  policeCheckDate: dateField.nullable(),
  absence: z.strictObject({ notFoundSince: dateField, resolvedDate: dateField.nullable() }).nullable(),
};

export const registrationsChannels = {
  /**
   * Summaries (no encrypted value), newest first, all of them: the list screen reads them once and searches them
   * on the screen. `search` matches the person's or household's code.
   */
  list: defineChannel<RegistrationSummary[]>()({
    input: z.strictObject({
      search: searchField.optional(),
      kind: z.enum(REGISTRATION_KINDS).optional(),
      status: z.enum(REGISTRATION_STATUSES).optional(),
      personId: idField.optional(),
      householdId: idField.optional(),
      unitId: idField.optional(),
    }),
    access: HOUSING,
    writes: false,
  }),
  /** One registration, decrypted: writes a 'view' row for its person to the housing audit log. */
  registration: defineChannel<HousingRegistration>()({ input: z.strictObject({ id: idField }), access: HOUSING, writes: true, auditedRead: true }),
  create: defineChannel<HousingRegistration>()({ input: z.strictObject(registrationFields), access: HOUSING, writes: true }),
  /** The whole record; a change of status follows REGISTRATION_TRANSITIONS (VALIDATION status `status_not_allowed`). */
  update: defineChannel<HousingRegistration>()({
    input: z.strictObject({ id: idField, ...registrationFields }),
    access: HOUSING,
    writes: true,
  }),
  /** active → ended on `endDate` (the person left, the situation was regularised, struck off). */
  end: defineChannel<HousingRegistration>()({
    input: z.strictObject({ id: idField, endDate: dateField }),
    access: HOUSING,
    writes: true,
  }),
  /** The person came to the CPAS that day (reference addresses only); answers the registration with its new due date. */
  recordContact: defineChannel<HousingRegistration>()({
    input: z.strictObject({ registrationId: idField, date: dateField }),
    access: HOUSING,
    writes: true,
  }),
  deleteContact: defineChannel<HousingRegistration>()({
    input: z.strictObject({ registrationId: idField, date: dateField }),
    access: HOUSING,
    writes: true,
  }),
  /** Only a registration recorded by mistake: still 'requested'. */
  delete: defineChannel<null>()({ input: z.strictObject({ id: idField }), access: HOUSING, writes: true }),
  /** Open tasks of every registration, by due date; `until` keeps those due on or before that day (overdue ones included). */
  tasks: defineChannel<RegistrationTask[]>()({
    input: z.strictObject({ until: dateField.optional() }),
    access: HOUSING,
    writes: false,
  }),
  /**
   * After a placement ended: the registrations it proposes to end (proposesRegistrationEnd: active, at a
   * dwelling, linked to the unit left, of a person of the household). The renderer offers to end them.
   */
  endProposals: defineChannel<RegistrationSummary[]>()({
    input: z.strictObject({ placementId: idField }),
    access: HOUSING,
    writes: false,
  }),
};
