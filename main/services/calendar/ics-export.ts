import type { ServiceContext } from '../context';
import { listEvents } from './events-read';
import { eventsReach } from './event-reach';
import { NO_REACH } from '../../../shared/domain/calendar/event-reach';
import { buildIcs } from '../../exports/ics';
import { EVENT_TYPE_FR } from '../../exports/labels-fr';
import { fileSlug } from '../../exports/exported-file';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { ExportedFile } from '../../../shared/api/exported-file';
import type { SessionUser } from '../../../shared/domain/users';

export type IcsExportInput = ParsedInputOf<'events', 'exportIcs'>;

/**
 * The events of the calendar's range and filters that the user may see, or only those of `ids` among them,
 * as an iCalendar file: named after the event when there is one, after the range otherwise.
 */
export async function eventsIcsFile({ db, now }: ServiceContext, user: SessionUser, input: IcsExportInput): Promise<ExportedFile> {
  const { ids, ...filter } = input;
  const inRange = await listEvents(db, user, filter);
  const events = ids ? inRange.filter((event) => ids.includes(event.id)) : inRange;
  const reach = await eventsReach(db, events);
  const content = buildIcs(
    events,
    now,
    {
      type: (event) => EVENT_TYPE_FR[event.type],
      classes: 'Classes',
      facilitator: 'Intervenant·e',
      contact: 'Contact',
      schoolPhone: "Téléphone de l'école",
    },
    (event) => reach.get(event.id) ?? NO_REACH,
  );
  const fileName = ids && events.length === 1 ? `${fileSlug(events[0]!.title, 'activite')}-${events[0]!.start.slice(0, 10)}.ics` : `passerelle-${input.from}-${input.to}.ics`;
  return { fileName, mimeType: 'text/calendar', content, encoding: 'utf-8' as const };
}
