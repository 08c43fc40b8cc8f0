import type { Db } from '../../db/connection';
import type { ServiceContext } from '../context';
import { fieldError, fieldErrors, notFound } from '../../errors';
import { insertReturningId } from '../../db/query-toolkit';
import { getEvent, visibleClassIdsQuery } from '../calendar/events-read';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { FieldError } from '../../../shared/api/result';
import type { Administration } from '../../../shared/domain/questionnaires/responses';
import { expectedForms } from '../../../shared/domain/questionnaires/entry-list';
import type { AdministrationPhase, QuestionnaireAudience } from '../../../shared/domain/questionnaires/templates';
import type { SessionUser } from '../../../shared/domain/users';

/** A questionnaire given to one class of an event, before or after it (issue 5). */

export type AdministrationInput = ParsedInputOf<'questionnaires', 'createAdministration'>;

export interface AdministrationRow {
  id: number;
  template_id: number;
  event_id: number;
  class_id: number;
  phase: AdministrationPhase;
  administered_on: string;
}

/** Whether the user may work on a class's questionnaires: coordinators always, a teacher for their classes. */
export async function mayTouchClass(db: Db, user: SessionUser, classId: number): Promise<boolean> {
  const visible = visibleClassIdsQuery(db, user);
  if (visible === null) return true;
  return Boolean(await visible.where('class_teachers.class_id', classId).first());
}

/**
 * The administration with its template's audience and recipe, if the user may touch it; NOT_FOUND otherwise,
 * so a teacher does not learn that another class's administration exists.
 */
export async function administrationFor(
  db: Db,
  user: SessionUser,
  id: number,
): Promise<AdministrationRow & { audience: QuestionnaireAudience; code_recipe: string }> {
  const row: (AdministrationRow & { audience: QuestionnaireAudience; code_recipe: string }) | undefined = await db('questionnaire_administrations')
    .join('questionnaire_templates', 'questionnaire_templates.id', 'questionnaire_administrations.template_id')
    .where('questionnaire_administrations.id', id)
    .first('questionnaire_administrations.*', 'questionnaire_templates.audience', 'questionnaire_templates.code_recipe');
  if (!row || !(await mayTouchClass(db, user, row.class_id))) throw notFound('administration');
  return row;
}

export function administrationsQuery(db: Db) {
  return db('questionnaire_administrations')
    .join('questionnaire_templates', 'questionnaire_templates.id', 'questionnaire_administrations.template_id')
    .join('school_classes', 'school_classes.id', 'questionnaire_administrations.class_id')
    .join('events', 'events.id', 'questionnaire_administrations.event_id')
    .select(
      'questionnaire_administrations.*',
      'questionnaire_templates.name as template_name',
      'questionnaire_templates.version as template_version',
      'questionnaire_templates.audience as audience',
      'school_classes.name as class_name',
      'school_classes.pupil_count as class_pupils',
      'events.pupils_present as pupils_present',
      'events.pupils_expected as pupils_expected',
      db('questionnaire_responses')
        .whereRaw('?? = ??', ['questionnaire_responses.administration_id', 'questionnaire_administrations.id'])
        .count('*')
        .as('response_count'),
      db('event_classes').whereRaw('?? = ??', ['event_classes.event_id', 'questionnaire_administrations.event_id']).count('*').as('classes_in_event'),
    );
}

export type ListedRow = AdministrationRow & {
  template_name: string;
  template_version: number;
  audience: QuestionnaireAudience;
  class_name: string;
  class_pupils: number | null;
  pupils_present: number | null;
  pupils_expected: number | null;
  response_count: number | string;
  classes_in_event: number | string;
};

export function toAdministration(row: ListedRow): Administration {
  return {
    id: row.id,
    templateId: row.template_id,
    templateName: row.template_name,
    templateVersion: row.template_version,
    eventId: row.event_id,
    classId: row.class_id,
    className: row.class_name,
    phase: row.phase,
    date: row.administered_on,
    responseCount: Number(row.response_count),
    expectedForms: expectedForms({
      audience: row.audience,
      classPupils: Number(row.class_pupils ?? 0),
      classesInEvent: Number(row.classes_in_event),
      pupilsPresent: row.pupils_present === null ? null : Number(row.pupils_present),
      pupilsExpected: row.pupils_expected === null ? null : Number(row.pupils_expected),
    }),
  };
}

/** An event's administrations; a teacher sees the event only if they teach one of its classes, and only their classes' administrations. */
export async function listAdministrations(db: Db, user: SessionUser, eventId: number): Promise<Administration[]> {
  await getEvent(db, user, eventId);
  const query = administrationsQuery(db)
    .where('questionnaire_administrations.event_id', eventId)
    .orderBy([{ column: 'school_classes.name' }, { column: 'questionnaire_administrations.administered_on' }, { column: 'questionnaire_administrations.id' }]);
  const visible = visibleClassIdsQuery(db, user);
  if (visible) query.whereIn('questionnaire_administrations.class_id', visible);
  return ((await query) as ListedRow[]).map(toAdministration);
}

async function getAdministration(db: Db, id: number): Promise<Administration> {
  const row = (await administrationsQuery(db).where('questionnaire_administrations.id', id).first()) as ListedRow | undefined;
  if (!row) throw notFound('administration');
  return toAdministration(row);
}

/**
 * Checks, in order: the event (NOT_FOUND for a teacher who does not see it), the template (exists, not
 * archived), the class (one of the event's; a teacher's own, NOT_FOUND otherwise), then the phase: an 'after'
 * needs its 'before' for pupils, a teacher form is only given after, and no administration twice.
 */
export async function createAdministration({ db, now }: ServiceContext, user: SessionUser, input: AdministrationInput): Promise<Administration> {
  const event = await getEvent(db, user, input.eventId);
  const errors: FieldError[] = [];
  const template: { audience: QuestionnaireAudience; archived: number | boolean } | undefined = await db('questionnaire_templates')
    .where({ id: input.templateId })
    .first('audience', 'archived');
  if (!template) errors.push({ path: 'templateId', issue: 'not_found' });
  else if (template.archived) errors.push({ path: 'templateId', issue: 'invalid_value' });
  if (!event.classIds.includes(input.classId)) errors.push({ path: 'classId', issue: 'not_in_event' });
  else if (!(await mayTouchClass(db, user, input.classId))) throw notFound('class');
  if (errors.length > 0) throw fieldErrors(errors);

  const same = { template_id: input.templateId, event_id: input.eventId, class_id: input.classId };
  if (template!.audience === 'teacher') {
    if (input.phase !== 'after') throw fieldError('phase', 'invalid_value');
  } else if (input.phase === 'after' && !(await db('questionnaire_administrations').where({ ...same, phase: 'before' }).first('id'))) {
    throw fieldError('phase', 'after_without_before');
  }
  if (await db('questionnaire_administrations').where({ ...same, phase: input.phase }).first('id')) throw fieldError('phase', 'duplicate');

  const id = await insertReturningId(db, 'questionnaire_administrations', {
    ...same,
    phase: input.phase,
    administered_on: input.date,
    created_at: now.toISOString(),
  });
  return getAdministration(db, id);
}

/** With its responses and their answers (the interface asks for confirmation first). */
export async function deleteAdministration(db: Db, id: number): Promise<void> {
  const deleted = await db('questionnaire_administrations').where({ id }).delete();
  if (deleted === 0) throw notFound('administration');
}

