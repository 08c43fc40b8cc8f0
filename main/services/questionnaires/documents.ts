import type { ServiceContext } from '../context';
import { conflict } from '../../errors';
import type { SessionUser } from '../../../shared/domain/users';
import type { ExportedFile } from '../../../shared/api/exported-file';
import { administrationFor } from './administrations';
import { getTemplate } from './templates';
import { getEvent } from '../calendar/events-read';
import { buildQuestionnaireForm, itemsForPhase } from '../../reports/questionnaires/form';
import { fileSlug, pdfFile } from '../../exports/exported-file';

/**
 * The paper forms of an administration (a class set of `copies`), as the teacher prints them: school, class,
 * activity, date and phase in the header, the code boxes of the template's recipe, the items of the phase.
 */
export async function questionnaireFormFile(
  { db, now }: ServiceContext,
  user: SessionUser,
  input: { administrationId: number; language: 'fr' | 'en'; copies: number },
): Promise<ExportedFile> {
  const administration = await administrationFor(db, user, input.administrationId);
  const template = await getTemplate(db, administration.template_id);
  // The contract and the services keep templates with items in each phase they are given in; an empty
  // phase is a template mistake the user can act on, not an internal error.
  if (itemsForPhase(template, administration.phase).length === 0) throw conflict('templateHasNoItemsForPhase');
  const event = await getEvent(db, user, administration.event_id);
  const className = event.classes.find((entry) => entry.id === administration.class_id)?.name ?? '';
  const bytes = buildQuestionnaireForm(
    template,
    { schoolName: event.schoolName, className, date: administration.administered_on, phase: administration.phase, eventTitle: event.title },
    { language: input.language, copies: input.copies },
    now,
  );
  const phase = administration.phase === 'before' ? 'avant' : 'apres';
  return pdfFile(`questionnaire-${phase}-${fileSlug(className, 'questionnaire')}-${administration.administered_on}.pdf`, bytes);
}
