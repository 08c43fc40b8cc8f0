import type { Knex } from 'knex';
import type { Db } from '../../db/connection';
import { notFound } from '../../errors';
import type { AnalysisScope } from '../../../shared/domain/questionnaires/analysis';

/**
 * One class at one event for one template: where 'before' and 'after' forms are paired. Every result of
 * issue 5 (analysis, feedback, exports, impact report) starts from the groups of its scope.
 */
export interface ScopeGroup {
  templateId: number;
  eventId: number;
  eventTitle: string;
  /** "YYYY-MM-DD" of the event's start. */
  eventDate: string;
  schoolYear: string;
  classId: number;
  className: string;
  schoolId: number;
  schoolName: string;
  beforeAdministrationId: number | null;
  afterAdministrationId: number | null;
}

export interface ResolvedScope {
  /** The scope in words for titles: the event's title, "class — school", the school, the school year, ''. */
  label: string;
  /** Ordered by event date, school, class. */
  groups: ScopeGroup[];
}

interface AdministrationRow {
  id: number;
  template_id: number;
  phase: 'before' | 'after';
  event_id: number;
  title: string;
  starts_at: string;
  school_year: string;
  class_id: number;
  class_name: string;
  school_id: number;
  school_name: string;
}

async function scopeLabel(db: Db, scope: AnalysisScope): Promise<string> {
  switch (scope.kind) {
    case 'event': {
      const row: { title: string } | undefined = await db('events').where({ id: scope.eventId }).first('title');
      if (!row) throw notFound('event');
      return row.title;
    }
    case 'class': {
      const row: { name: string; school_name: string; school_year: string } | undefined = await db('school_classes')
        .join('schools', 'schools.id', 'school_classes.school_id')
        .where('school_classes.id', scope.classId)
        .first('school_classes.name', 'schools.name as school_name', 'school_classes.school_year');
      if (!row) throw notFound('class');
      return `${row.name} — ${row.school_name} (${row.school_year})`;
    }
    case 'school': {
      const row: { name: string } | undefined = await db('schools').where({ id: scope.schoolId }).first('name');
      if (!row) throw notFound('school');
      return scope.schoolYear === null ? row.name : `${row.name} (${scope.schoolYear})`;
    }
    case 'schoolYear':
      return scope.schoolYear;
    case 'all':
      return '';
  }
}

/**
 * The groups of a scope: every (template, event, class) with at least one administration, with the ids of
 * its 'before' and 'after' administrations. `templateId` null keeps every template (feedback summaries).
 * Cancelled events are kept: their forms, if any were entered, are still evidence. NOT_FOUND when the
 * event, class or school of the scope does not exist.
 */
export async function resolveScope(db: Db, templateId: number | null, scope: AnalysisScope): Promise<ResolvedScope> {
  const label = await scopeLabel(db, scope);
  const groups = await scopeGroups(db, templateId, (query) => {
    switch (scope.kind) {
      case 'event':
        query.where('a.event_id', scope.eventId);
        break;
      case 'class':
        query.where('a.class_id', scope.classId);
        break;
      case 'school':
        query.where('c.school_id', scope.schoolId);
        if (scope.schoolYear !== null) query.where('e.school_year', scope.schoolYear);
        break;
      case 'schoolYear':
        query.where('e.school_year', scope.schoolYear);
        break;
      case 'all':
        break;
    }
  });
  return { label, groups };
}

/**
 * The groups of the events starting from `from` to `to` (days, both included): the indicators of a chosen
 * period (issue 16) pool the same groups a school-year scope would, cut by dates instead of by school year.
 */
export async function groupsStartingBetween(db: Db, templateId: number | null, from: string, to: string): Promise<ScopeGroup[]> {
  // starts_at is "YYYY-MM-DDTHH:mm": the last minute of `to` is the latest start on that day.
  return scopeGroups(db, templateId, (query) => {
    query.where('e.starts_at', '>=', from).where('e.starts_at', '<=', `${to}T23:59`);
  });
}

/** Every (template, event, class) with an administration, narrowed by `narrow`, in date, school, class order. */
async function scopeGroups(db: Db, templateId: number | null, narrow: (query: Knex.QueryBuilder) => void): Promise<ScopeGroup[]> {
  const query = db('questionnaire_administrations as a')
    .join('events as e', 'e.id', 'a.event_id')
    .join('school_classes as c', 'c.id', 'a.class_id')
    .join('schools as s', 's.id', 'c.school_id')
    .select<AdministrationRow[]>(
      'a.id',
      'a.template_id',
      'a.phase',
      'a.event_id',
      'e.title',
      'e.starts_at',
      'e.school_year',
      'a.class_id',
      'c.name as class_name',
      's.id as school_id',
      's.name as school_name',
    )
    .orderBy([{ column: 'e.starts_at' }, { column: 's.name' }, { column: 'c.name' }, { column: 'a.id' }]);
  if (templateId !== null) query.where('a.template_id', templateId);
  narrow(query);

  const groups = new Map<string, ScopeGroup>();
  for (const row of await query) {
    const key = `${row.template_id}:${row.event_id}:${row.class_id}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        templateId: row.template_id,
        eventId: row.event_id,
        eventTitle: row.title,
        eventDate: row.starts_at.slice(0, 10),
        schoolYear: row.school_year,
        classId: row.class_id,
        className: row.class_name,
        schoolId: row.school_id,
        schoolName: row.school_name,
        beforeAdministrationId: null,
        afterAdministrationId: null,
      };
      groups.set(key, group);
    }
    if (row.phase === 'before') group.beforeAdministrationId = row.id;
    else group.afterAdministrationId = row.id;
  }
  return [...groups.values()];
}
