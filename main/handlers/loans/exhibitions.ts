import {
  createExhibition,
  deleteExhibition,
  getExhibition,
  listExhibitions,
  resolveItemFlag,
  updateExhibition,
} from '../../services/loans/exhibitions';
import { exhibitionScheduleFile } from '../../services/loans/documents';
import { serviceContext, type DomainHandlers } from '../context';

export const exhibitionsHandlers: DomainHandlers<'exhibitions'> = {
  async list(ctx, input) {
    return listExhibitions(ctx.db, input);
  },

  async get(ctx, input) {
    return getExhibition(ctx.db, input.id);
  },

  async create(ctx, input) {
    const exhibition = await createExhibition(serviceContext(ctx), input);
    await ctx.audit({ action: 'exhibition.create', entity: 'exhibition', entityId: exhibition.id });
    return exhibition;
  },

  async update(ctx, input) {
    const { id, ...draft } = input;
    const exhibition = await updateExhibition(serviceContext(ctx), id, draft);
    await ctx.audit({ action: 'exhibition.update', entity: 'exhibition', entityId: id });
    return exhibition;
  },

  async delete(ctx, input) {
    await deleteExhibition(ctx.db, input.id);
    await ctx.audit({ action: 'exhibition.delete', entity: 'exhibition', entityId: input.id });
    return null;
  },

  async resolveItemFlag(ctx, input) {
    const exhibition = await resolveItemFlag(serviceContext(ctx), input.itemId, input.note);
    await ctx.audit({ action: 'exhibition.item.resolve', entity: 'exhibition_item', entityId: input.itemId });
    return exhibition;
  },

  async schedulePdf(ctx, input) {
    return exhibitionScheduleFile(serviceContext(ctx), input.id, input.schoolYear, input.language);
  },
};
