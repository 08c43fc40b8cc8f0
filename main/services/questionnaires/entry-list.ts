import type { Db } from '../../db/connection';
import { visibleClassIdsQuery } from '../calendar/events-read';
import { administrationsQuery, toAdministration, type ListedRow } from './administrations';
import type { EntryActivity } from '../../../shared/domain/questionnaires/entry-list';
import type { SessionUser } from '../../../shared/domain/users';

/**
 * The "Saisie" page's list (issue 17): the activities of a school year with a questionnaire opened (an
 * administration) that the caller may enter, each with those administrations. A teacher gets only the
 * classes they teach (the same rule as every questionnaire channel: mayTouchClass); cancelled activities are
 * left out, as in the activity chooser. Soonest activity first, then its classes by name.
 */
export async function listEntryActivities(db: Db, user: SessionUser, schoolYear: string): Promise<EntryActivity[]> {
  const query = administrationsQuery(db)
    .join('schools', 'schools.id', 'events.school_id')
    .select('events.title as event_title', 'events.starts_at as event_start', 'schools.name as school_name')
    .where('events.school_year', schoolYear)
    .whereNot('events.status', 'cancelled')
    .orderBy([
      { column: 'events.starts_at' },
      { column: 'events.id' },
      { column: 'school_classes.name' },
      { column: 'questionnaire_administrations.administered_on' },
      { column: 'questionnaire_administrations.id' },
    ]);
  const visible = visibleClassIdsQuery(db, user);
  if (visible) query.whereIn('questionnaire_administrations.class_id', visible);
  const rows = (await query) as (ListedRow & { event_title: string; event_start: string; school_name: string })[];

  const activities = new Map<number, EntryActivity>();
  for (const row of rows) {
    let activity = activities.get(row.event_id);
    if (!activity) {
      activity = { eventId: row.event_id, title: row.event_title, start: row.event_start, schoolName: row.school_name, administrations: [] };
      activities.set(row.event_id, activity);
    }
    activity.administrations.push(toAdministration(row));
  }
  return [...activities.values()];
}
