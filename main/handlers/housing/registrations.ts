import { serviceContext, type DomainHandlers, type HandlerContext } from '../context';
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

// A registration concerns a person: the services write housing_audit_log (ids only). audit_events name the
// registration by id only: never the commune's reference or the notes.
async function audited(ctx: HandlerContext, action: string, id: number): Promise<void> {
  await ctx.audit({ action: `housing.registration.${action}`, entity: 'housing_registration', entityId: id });
}

export const registrationsHandlers: DomainHandlers<'registrations'> = {
  async list(ctx, input) {
    return listRegistrations(serviceContext(ctx), input);
  },

  async registration(ctx, input) {
    return viewRegistration(serviceContext(ctx), input.id);
  },

  async create(ctx, input) {
    const registration = await createRegistration(serviceContext(ctx), input);
    await audited(ctx, 'create', registration.id);
    return registration;
  },

  async update(ctx, input) {
    const { id, ...draft } = input;
    const registration = await updateRegistration(serviceContext(ctx), id, draft);
    await audited(ctx, 'update', id);
    return registration;
  },

  async end(ctx, input) {
    const registration = await endRegistration(serviceContext(ctx), input.id, input.endDate);
    await audited(ctx, 'end', input.id);
    return registration;
  },

  async recordContact(ctx, input) {
    const registration = await recordRegistrationContact(serviceContext(ctx), input.registrationId, input.date);
    await audited(ctx, 'contact', input.registrationId);
    return registration;
  },

  async deleteContact(ctx, input) {
    const registration = await deleteRegistrationContact(serviceContext(ctx), input.registrationId, input.date);
    await audited(ctx, 'deleteContact', input.registrationId);
    return registration;
  },

  async delete(ctx, input) {
    await deleteRegistration(serviceContext(ctx), input.id);
    await audited(ctx, 'delete', input.id);
    return null;
  },

  async tasks(ctx, input) {
    return registrationTasksFor(serviceContext(ctx), { until: input.until });
  },

  async endProposals(ctx, input) {
    return registrationEndProposals(serviceContext(ctx), input.placementId);
  },
};
