import type { Db } from '../../db/connection';
import type { SessionUser } from '../../../shared/domain/users';
import type { FirstSteps } from '../../../shared/domain/system';

async function count(query: ReturnType<Db>): Promise<number> {
  const row = (await query.count({ n: '*' }).first()) as { n: number | string } | undefined;
  return Number(row?.n ?? 0);
}

/**
 * The home's first steps (issue 17): how many of the things each of the caller's roles starts with exist yet.
 * A part is computed only for a role the caller holds, so the answer never tells one team about another's data.
 */
export async function firstSteps(db: Db, user: SessionUser): Promise<FirstSteps> {
  const steps: FirstSteps = {};
  if (user.roles.includes('admin')) steps.admin = { otherUsers: await count(db('users').whereNot({ id: user.id })) };
  if (user.roles.includes('coordinator')) {
    steps.coordinator = { schools: await count(db('schools')), activities: await count(db('events')) };
  }
  if (user.roles.includes('teacher')) {
    // A teacher teaches a handful of classes: their ids, then the activities of any of them.
    const classIds: number[] = (
      await db('class_teachers').join('contacts', 'contacts.id', 'class_teachers.contact_id').where('contacts.user_id', user.id).distinct('class_teachers.class_id')
    ).map((row: { class_id: number }) => row.class_id);
    const activities = classIds.length === 0 ? [] : await db('event_classes').whereIn('class_id', classIds).distinct('event_id');
    steps.teacher = { classes: classIds.length, activities: activities.length };
  }
  if (user.roles.includes('housing')) {
    steps.housing = { units: await count(db('housing_units')), households: await count(db('housing_households')) };
  }
  return steps;
}
