import { deleteEvent, getEvent, listEvents, moveEvent, saveEvent } from '../../services/calendar/events';
import { signedInUser, type DomainHandlers } from '../context';
import { buildIcs } from '../../exports/ics';
import { EVENT_TYPE_FR } from '../../exports/labels-fr';
import { buildEventSheet } from '../../reports/calendar/event-sheet';
import { fileSlug, pdfFile } from '../../exports/exported-file';
import { eventQuestionnaires } from '../../services/questionnaires/event-summary';

export const eventsHandlers: DomainHandlers<'events'> = {
  async list(ctx, input) {
    return listEvents(ctx.db, signedInUser(ctx), input);
  },

  async get(ctx, input) {
    return getEvent(ctx.db, signedInUser(ctx), input.id);
  },

  async create(ctx, input) {
    const saved = await saveEvent(ctx.db, null, input, ctx.clock.now());
    await ctx.audit({ action: 'event.create', entity: 'event', entityId: saved.event.id });
    return saved;
  },

  async update(ctx, input) {
    const { id, ...fields } = input;
    const saved = await saveEvent(ctx.db, id, fields, ctx.clock.now());
    await ctx.audit({ action: 'event.update', entity: 'event', entityId: id });
    return saved;
  },

  async move(ctx, input) {
    const saved = await moveEvent(ctx.db, input.id, input.start, input.end, ctx.clock.now());
    await ctx.audit({ action: 'event.move', entity: 'event', entityId: input.id });
    return saved;
  },

  async delete(ctx, input) {
    await deleteEvent(ctx.db, input.id);
    await ctx.audit({ action: 'event.delete', entity: 'event', entityId: input.id });
    return null;
  },

  async exportIcs(ctx, input) {
    const user = signedInUser(ctx);
    const { ids, ...filter } = input;
    const inRange = await listEvents(ctx.db, user, filter);
    const events = ids ? inRange.filter((event) => ids.includes(event.id)) : inRange;
    const content = buildIcs(events, ctx.clock.now(), {
      type: (event) => EVENT_TYPE_FR[event.type],
      classes: 'Classes',
      facilitator: 'Intervenant·e',
    });
    const fileName = ids && events.length === 1 ? `${fileSlug(events[0]!.title, 'activite')}-${events[0]!.start.slice(0, 10)}.ics` : `passerelle-${input.from}-${input.to}.ics`;
    return { fileName, mimeType: 'text/calendar', content, encoding: 'utf-8' as const };
  },

  async sheetPdf(ctx, input) {
    const user = signedInUser(ctx);
    const event = await getEvent(ctx.db, user, input.id);
    // Questionnaire results are the City's to read (questionnaireResults is coordinators only): teachers' sheets leave them out.
    const questionnaires = user.roles.includes('coordinator') ? await eventQuestionnaires(ctx.db, event.id) : null;
    const bytes = buildEventSheet(event, ctx.clock.now(), questionnaires);
    return pdfFile(`fiche-${fileSlug(event.title, 'activite')}-${event.start.slice(0, 10)}.pdf`, bytes);
  },
};
