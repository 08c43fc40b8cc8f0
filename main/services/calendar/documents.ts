import type { ServiceContext } from '../context';
import { getEvent } from './events-read';
import { eventQuestionnaires } from '../questionnaires/event-summary';
import { buildEventSheet } from '../../reports/calendar/event-sheet';
import { fileSlug, pdfFile } from '../../exports/exported-file';
import type { ExportedFile } from '../../../shared/api/exported-file';
import type { SessionUser } from '../../../shared/domain/users';

/**
 * The event sheet of an event the user may see (NOT_FOUND otherwise), named after its title and day:
 * "fiche-<title>-2026-03-12.pdf".
 */
export async function eventSheetFile({ db, now }: ServiceContext, user: SessionUser, eventId: number): Promise<ExportedFile> {
  const event = await getEvent(db, user, eventId);
  // Questionnaire results are the City's to read (questionnaireResults is coordinators only): teachers' sheets leave them out.
  const questionnaires = user.roles.includes('coordinator') ? await eventQuestionnaires(db, event.id) : null;
  const bytes = buildEventSheet(event, now, questionnaires);
  return pdfFile(`fiche-${fileSlug(event.title, 'activite')}-${event.start.slice(0, 10)}.pdf`, bytes);
}
