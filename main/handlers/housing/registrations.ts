import { signedInUser, type DomainHandlers, type HandlerContext } from '../context';
import { belgianDate } from '../../clock';
import type { PeopleContext } from '../../services/housing/people';
import {
  createRegistration,
  deleteRegistration,
  deleteRegistrationContact,
  endRegistration,
  listRegistrations,
  recordRegistrationContact,
  registrationEndProposals,
  registrationTasksFor,
  updateRegistration,
  viewRegistration,
} from '../../services/housing/registrations';

/** Registrations concern a person: the cipher, who acts and when (their audit goes to housing_audit_log too). */
function people(ctx: HandlerContext): PeopleContext {
  return { db: ctx.db, cipher: ctx.fieldCipher, userId: signedInUser(ctx).id, now: ctx.clock.now() };
}

/** Today in Liège: the day deadlines are due soon or overdue. */
function today(ctx: HandlerContext): string {
  return belgianDate(ctx.clock.now());
}

// audit_events name the registration by id only: never the commune's reference or the notes.
async function audited(ctx: HandlerContext, action: string, id: number): Promise<void> {
  await ctx.audit({ action: `housing.registration.${action}`, entity: 'housing_registration', entityId: id });
}

export const registrationsHandlers: DomainHandlers<'registrations'> = {
  async list(ctx, input) {
    return listRegistrations(ctx.db, input, today(ctx));
  },

  async registration(ctx, input) {
    return viewRegistration(people(ctx), input.id, today(ctx));
  },

  async create(ctx, input) {
    const registration = await createRegistration(people(ctx), input);
    await audited(ctx, 'create', registration.id);
    return registration;
  },

  async update(ctx, input) {
    const { id, ...draft } = input;
    const registration = await updateRegistration(people(ctx), id, draft);
    await audited(ctx, 'update', id);
    return registration;
  },

  async end(ctx, input) {
    const registration = await endRegistration(people(ctx), input.id, input.endDate);
    await audited(ctx, 'end', input.id);
    return registration;
  },

  async recordContact(ctx, input) {
    const registration = await recordRegistrationContact(people(ctx), input.registrationId, input.date);
    await audited(ctx, 'contact', input.registrationId);
    return registration;
  },

  async deleteContact(ctx, input) {
    const registration = await deleteRegistrationContact(people(ctx), input.registrationId, input.date);
    await audited(ctx, 'deleteContact', input.registrationId);
    return registration;
  },

  async delete(ctx, input) {
    await deleteRegistration(people(ctx), input.id);
    await audited(ctx, 'delete', input.id);
    return null;
  },

  async tasks(ctx, input) {
    return registrationTasksFor(ctx.db, today(ctx), { until: input.until });
  },

  async endProposals(ctx, input) {
    return registrationEndProposals(ctx.db, input.placementId, today(ctx));
  },
};
