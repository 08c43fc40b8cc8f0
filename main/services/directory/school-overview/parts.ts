import type { Knex } from 'knex';
import type { Db } from '../../../db/connection';
import { loansQuery, loanSummaries } from '../../loans/loans-read';
import type { AdministrationPhase } from '../../../../shared/domain/questionnaires/templates';
import type { LoanSummary } from '../../../../shared/domain/loans/loans';
import type { EventStatus, EventType } from '../../../../shared/domain/calendar/events';
import type { OverviewActivity, OverviewClass, OverviewQuestionnaire } from '../../../../shared/domain/school-overview';

/** The parts of a school's page, each one query or two, all for one school and one school year. */

export interface OverviewScope {
  db: Db;
  schoolId: number;
  schoolYear: string;
  /** The classes a teacher may see (a fresh subquery each call), or null for a coordinator who sees all. */
  visibleClassIds(): Knex.QueryBuilder | null;
}

/** Years with a class, an activity or a loan of the school (as the caller sees them), and the years always offered. */
export async function overviewSchoolYears(scope: OverviewScope, always: string[]): Promise<string[]> {
  const { db, schoolId } = scope;
  const classes = db('school_classes').where('school_id', schoolId).distinct('school_year');
  const events = db('events').where('school_id', schoolId).distinct('school_year');
  const visible = scope.visibleClassIds();
  if (visible) {
    classes.whereIn('id', visible);
    events.whereIn('id', db('event_classes').whereIn('class_id', scope.visibleClassIds()!).select('event_id'));
  }
  const rows: { school_year: string }[] = [...(await classes), ...(await events)];
  if (!visible) rows.push(...((await db('loans').where('school_id', schoolId).distinct('school_year')) as { school_year: string }[]));
  return [...new Set([...always, ...rows.map((row) => row.school_year)])].sort().reverse();
}

export async function overviewClasses(scope: OverviewScope, { withTeachers }: { withTeachers: boolean }): Promise<OverviewClass[]> {
  const { db } = scope;
  const query = db('school_classes')
    .where({ school_id: scope.schoolId, school_year: scope.schoolYear })
    .orderBy([{ column: 'name' }, { column: 'id' }])
    .select<{ id: number; name: string; grade: string; pupil_count: number }[]>('id', 'name', 'grade', 'pupil_count');
  const visible = scope.visibleClassIds();
  if (visible) query.whereIn('id', visible);
  const rows = await query;
  const classes: OverviewClass[] = rows.map((row) => ({ id: row.id, name: row.name, grade: row.grade, pupilCount: row.pupil_count }));
  if (!withTeachers || rows.length === 0) return classes;

  const teachers: { class_id: number; first_name: string; last_name: string }[] = await db('class_teachers')
    .join('contacts', 'contacts.id', 'class_teachers.contact_id')
    .whereIn('class_teachers.class_id', rows.map((row) => row.id))
    .orderBy([{ column: 'contacts.last_name' }, { column: 'contacts.first_name' }, { column: 'contacts.id' }])
    .select('class_teachers.class_id', 'contacts.first_name', 'contacts.last_name');
  return classes.map((schoolClass) => ({
    ...schoolClass,
    teachers: teachers.filter((row) => row.class_id === schoolClass.id).map((row) => `${row.first_name} ${row.last_name}`.trim()),
  }));
}

/** The events of the year, limited for a teacher to those of their classes (as the calendar's list does). */
function yearEvents(scope: OverviewScope): Knex.QueryBuilder {
  const { db } = scope;
  const query = db('events').where({ 'events.school_id': scope.schoolId, 'events.school_year': scope.schoolYear });
  const visible = scope.visibleClassIds();
  if (visible) query.whereIn('events.id', db('event_classes').whereIn('class_id', visible).select('event_id'));
  return query;
}

export async function overviewActivities(scope: OverviewScope): Promise<OverviewActivity[]> {
  const { db } = scope;
  const rows: { id: number; type: EventType; title: string; starts_at: string; ends_at: string; status: EventStatus }[] = await yearEvents(scope)
    .orderBy([{ column: 'events.starts_at' }, { column: 'events.id' }])
    .select('events.id', 'events.type', 'events.title', 'events.starts_at', 'events.ends_at', 'events.status');
  if (rows.length === 0) return [];
  // Every class of an activity, as the activity's own sheet shows them.
  const classes: { event_id: number; id: number; name: string }[] = await db('event_classes')
    .join('school_classes', 'school_classes.id', 'event_classes.class_id')
    .whereIn('event_classes.event_id', rows.map((row) => row.id))
    .orderBy([{ column: 'school_classes.name' }, { column: 'school_classes.id' }])
    .select('event_classes.event_id', 'school_classes.id', 'school_classes.name');
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    title: row.title,
    start: row.starts_at,
    end: row.ends_at,
    status: row.status,
    classes: classes.filter((item) => item.event_id === row.id).map(({ id, name }) => ({ id, name })),
  }));
}

interface AdministrationRow {
  id: number;
  event_id: number;
  event_title: string;
  event_start: string;
  class_id: number;
  class_name: string;
  pupil_count: number;
  template_id: number;
  template_name: string;
  phase: AdministrationPhase;
  administered_on: string;
  forms: number | string;
}

/** The year's administrations grouped by activity, class and questionnaire, each phase with its forms entered. */
export async function overviewQuestionnaires(scope: OverviewScope): Promise<OverviewQuestionnaire[]> {
  const { db } = scope;
  const query = db('questionnaire_administrations')
    .join('events', 'events.id', 'questionnaire_administrations.event_id')
    .join('school_classes', 'school_classes.id', 'questionnaire_administrations.class_id')
    .join('questionnaire_templates', 'questionnaire_templates.id', 'questionnaire_administrations.template_id')
    .whereIn('questionnaire_administrations.event_id', yearEvents(scope).select('events.id'))
    .orderBy([
      { column: 'events.starts_at' },
      { column: 'events.id' },
      { column: 'school_classes.name' },
      { column: 'school_classes.id' },
      { column: 'questionnaire_templates.id' },
    ])
    .select(
      'questionnaire_administrations.id',
      'questionnaire_administrations.event_id',
      'events.title as event_title',
      'events.starts_at as event_start',
      'questionnaire_administrations.class_id',
      'school_classes.name as class_name',
      'school_classes.pupil_count',
      'questionnaire_administrations.template_id',
      'questionnaire_templates.name as template_name',
      'questionnaire_administrations.phase',
      'questionnaire_administrations.administered_on',
      db('questionnaire_responses')
        .whereRaw('?? = ??', ['questionnaire_responses.administration_id', 'questionnaire_administrations.id'])
        .count('*')
        .as('forms'),
    );
  // A teacher sees only their classes' administrations, even at an activity shared with another class.
  const visible = scope.visibleClassIds();
  if (visible) query.whereIn('questionnaire_administrations.class_id', visible);
  const rows: AdministrationRow[] = await query;

  const groups = new Map<string, OverviewQuestionnaire>();
  for (const row of rows) {
    const key = `${row.event_id}:${row.class_id}:${row.template_id}`;
    const group = groups.get(key) ?? {
      eventId: row.event_id,
      eventTitle: row.event_title,
      eventStart: row.event_start,
      classId: row.class_id,
      className: row.class_name,
      pupilCount: row.pupil_count,
      templateName: row.template_name,
      before: null,
      after: null,
    };
    group[row.phase] = { administrationId: row.id, date: row.administered_on, forms: Number(row.forms) };
    groups.set(key, group);
  }
  return [...groups.values()];
}

export async function overviewLoans(scope: OverviewScope): Promise<LoanSummary[]> {
  return loanSummaries(
    loansQuery(scope.db)
      .where({ 'loans.school_id': scope.schoolId, 'loans.school_year': scope.schoolYear })
      .orderBy([{ column: 'loans.delivery_date' }, { column: 'loans.id' }]),
  );
}
