import { z } from 'zod';
import { defineChannel } from '../../define';
import { dateField, idField } from '../../fields';
import { UNIT_KINDS } from '../../../domain/housing/units';
import { WAITLIST_OUTCOMES, WAITLIST_PRIORITIES, WAITLIST_STATUSES, type WaitlistEntry } from '../../../domain/housing/waitlist';

/** The prioritised waiting list (issue 6, point 4). Housing staff only; households by code. */

const HOUSING: ['housing'] = ['housing'];

const entryFields = {
  priority: z.enum(WAITLIST_PRIORITIES),
  requestedDate: dateField,
  placesNeeded: z.number().int().min(1).max(30),
  unitKinds: z
    .array(z.enum(UNIT_KINDS))
    .max(UNIT_KINDS.length)
    .refine((kinds) => new Set(kinds).size === kinds.length, { message: 'duplicate kinds' }),
};

export const waitlistChannels = {
  /** In the list's order (compareWaitlistEntries). Default: those waiting; closed ones newest first. */
  list: defineChannel<WaitlistEntry[]>()({
    input: z.strictObject({ status: z.enum(WAITLIST_STATUSES).optional() }),
    access: HOUSING,
    writes: false,
  }),
  /** VALIDATION householdId `duplicate` when the household is already waiting. */
  add: defineChannel<WaitlistEntry>()({
    input: z.strictObject({ householdId: idField, ...entryFields }),
    access: HOUSING,
    writes: true,
  }),
  update: defineChannel<WaitlistEntry>()({
    input: z.strictObject({ id: idField, ...entryFields }),
    access: HOUSING,
    writes: true,
  }),
  /** Leaves the list on `date` (not before the request): placed elsewhere, or withdrawn. */
  close: defineChannel<WaitlistEntry>()({
    input: z.strictObject({ id: idField, outcome: z.enum(WAITLIST_OUTCOMES), date: dateField }),
    access: HOUSING,
    writes: true,
  }),
  /** Back on the list (closed by mistake), at its old place in the order. */
  reopen: defineChannel<WaitlistEntry>()({ input: z.strictObject({ id: idField }), access: HOUSING, writes: true }),
};
