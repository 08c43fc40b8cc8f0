import { createPartner, deletePartner, listPartners, updatePartner } from '../../services/directory/partners';
import { createFacilitator, deleteFacilitator, listFacilitators, updateFacilitator } from '../../services/directory/facilitators';
import { exportFacilitators, exportPartners } from '../../services/directory/csv-export';
import { serviceContext, type DomainHandlers } from '../context';

export const partnersHandlers: DomainHandlers<'partners'> = {
  async list(ctx, input) {
    return listPartners(ctx.db, input);
  },

  async create(ctx, input) {
    const partner = await createPartner(serviceContext(ctx), input);
    await ctx.audit({ action: 'partner.create', entity: 'partner', entityId: partner.id });
    return partner;
  },

  async update(ctx, input) {
    const partner = await updatePartner(serviceContext(ctx), input);
    await ctx.audit({ action: 'partner.update', entity: 'partner', entityId: partner.id });
    return partner;
  },

  async delete(ctx, input) {
    await deletePartner(ctx.db, input.id);
    await ctx.audit({ action: 'partner.delete', entity: 'partner', entityId: input.id });
    return null;
  },

  async exportCsv(ctx, input) {
    return exportPartners(serviceContext(ctx), input);
  },

  async exportFacilitatorsCsv(ctx, input) {
    return exportFacilitators(serviceContext(ctx), input);
  },

  async facilitators(ctx, input) {
    return listFacilitators(ctx.db, input);
  },

  async createFacilitator(ctx, input) {
    const facilitator = await createFacilitator(serviceContext(ctx), input);
    await ctx.audit({ action: 'facilitator.create', entity: 'facilitator', entityId: facilitator.id });
    return facilitator;
  },

  async updateFacilitator(ctx, input) {
    const facilitator = await updateFacilitator(serviceContext(ctx), input);
    await ctx.audit({ action: 'facilitator.update', entity: 'facilitator', entityId: facilitator.id });
    return facilitator;
  },

  async deleteFacilitator(ctx, input) {
    await deleteFacilitator(ctx.db, input.id);
    await ctx.audit({ action: 'facilitator.delete', entity: 'facilitator', entityId: input.id });
    return null;
  },
};
