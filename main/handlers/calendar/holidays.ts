import { deleteHoliday, listHolidays, saveHoliday } from '../../services/calendar/holidays';
import type { DomainHandlers } from '../context';

export const holidaysHandlers: DomainHandlers<'holidays'> = {
  async list(ctx, input) {
    return listHolidays(ctx.db, input.from, input.to);
  },

  async create(ctx, input) {
    const holiday = await saveHoliday(ctx.db, null, input);
    await ctx.audit({ action: 'holiday.create', entity: 'holiday', entityId: holiday.id });
    return holiday;
  },

  async update(ctx, input) {
    const { id, ...fields } = input;
    const holiday = await saveHoliday(ctx.db, id, fields);
    await ctx.audit({ action: 'holiday.update', entity: 'holiday', entityId: id });
    return holiday;
  },

  async delete(ctx, input) {
    await deleteHoliday(ctx.db, input.id);
    await ctx.audit({ action: 'holiday.delete', entity: 'holiday', entityId: input.id });
    return null;
  },
};
