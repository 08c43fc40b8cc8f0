import { deleteEvent, moveEvent, saveEvent } from '../../services/calendar/events';
import { getEvent, listEvents } from '../../services/calendar/events-read';
import { eventsIcsFile } from '../../services/calendar/ics-export';
import { eventSheetFile } from '../../services/calendar/documents';
import { serviceContext, signedInUser, type DomainHandlers } from '../context';

export const eventsHandlers: DomainHandlers<'events'> = {
  async list(ctx, input) {
    return listEvents(ctx.db, signedInUser(ctx), input);
  },

  async get(ctx, input) {
    return getEvent(ctx.db, signedInUser(ctx), input.id);
  },

  async create(ctx, input) {
    const { nonSchoolDayConfirmed, ...fields } = input;
    const saved = await saveEvent(serviceContext(ctx), null, fields, { nonSchoolDayConfirmed });
    await ctx.audit({ action: 'event.create', entity: 'event', entityId: saved.event.id });
    return saved;
  },

  async update(ctx, input) {
    const { id, nonSchoolDayConfirmed, ...fields } = input;
    const saved = await saveEvent(serviceContext(ctx), id, fields, { nonSchoolDayConfirmed });
    await ctx.audit({ action: 'event.update', entity: 'event', entityId: id });
    return saved;
  },

  async move(ctx, input) {
    const saved = await moveEvent(serviceContext(ctx), input.id, input.start, input.end, {
      nonSchoolDayConfirmed: input.nonSchoolDayConfirmed,
    }, input.ifStillAt);
    await ctx.audit({ action: 'event.move', entity: 'event', entityId: input.id });
    return saved;
  },

  async delete(ctx, input) {
    await deleteEvent(ctx.db, input.id);
    await ctx.audit({ action: 'event.delete', entity: 'event', entityId: input.id });
    return null;
  },

  async exportIcs(ctx, input) {
    return eventsIcsFile(serviceContext(ctx), signedInUser(ctx), input);
  },

  async sheetPdf(ctx, input) {
    return eventSheetFile(serviceContext(ctx), signedInUser(ctx), input.id, input.language);
  },
};
