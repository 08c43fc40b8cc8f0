import type { ServiceContext } from '../context';
import { getEvent } from './events-read';
import { eventsReach } from './event-reach';
import { NO_REACH } from '../../../shared/domain/calendar/event-reach';
import { eventQuestionnaires } from '../questionnaires/event-summary';
import { buildEventSheet } from '../../reports/calendar/event-sheet';
import { fileSlug, pdfFile } from '../../exports/exported-file';
import type { ExportedFile } from '../../../shared/api/exported-file';
import type { DocumentLanguage } from '../../../shared/domain/documents';
import type { SessionUser } from '../../../shared/domain/users';

/** The file's name follows the document's language, like its words. */
const SHEET_NAME: Record<DocumentLanguage, { prefix: string; fallback: string }> = {
  fr: { prefix: 'fiche', fallback: 'activite' },
  en: { prefix: 'sheet', fallback: 'activity' },
};

/**
 * The event sheet of an event the user may see (NOT_FOUND otherwise), in `language`, named after its title and
 * day: "fiche-<title>-2026-03-12.pdf" ("sheet-<title>-2026-03-12.pdf" in English).
 */
export async function eventSheetFile(
  { db, now }: ServiceContext,
  user: SessionUser,
  eventId: number,
  language: DocumentLanguage = 'fr',
): Promise<ExportedFile> {
  const event = await getEvent(db, user, eventId);
  // Questionnaire results are the City's to read (questionnaireResults is coordinators only): teachers' sheets leave them out.
  const questionnaires = user.roles.includes('coordinator') ? await eventQuestionnaires(db, event.id) : null;
  const reach = (await eventsReach(db, [event])).get(event.id) ?? NO_REACH;
  const bytes = buildEventSheet(event, now, questionnaires, language, reach);
  const name = SHEET_NAME[language];
  return pdfFile(`${name.prefix}-${fileSlug(event.title, name.fallback)}-${event.start.slice(0, 10)}.pdf`, bytes);
}
