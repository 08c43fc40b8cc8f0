import type { ServiceContext } from '../../context';
import { notFound } from '../../../errors';
import { visibleClassIdsQuery } from '../../calendar/events-read';
import { getSchool } from '../schools';
import { allContacts } from '../contacts';
import { schoolYearOf } from '../../../../shared/domain/school-year';
import type { SchoolOverview } from '../../../../shared/domain/school-overview';
import type { SessionUser } from '../../../../shared/domain/users';
import { overviewActivities, overviewClasses, overviewLoans, overviewQuestionnaires, overviewSchoolYears } from './parts';

/**
 * One school's page (issue 17). Which parts the caller reads follows the channels that already serve them:
 * contacts and loans are read by coordinators only (`contacts/*`, `loans/*`), so they are left out for anyone
 * else; a teacher who is not a coordinator sees, as in the calendar and the questionnaires, only the classes
 * they teach (through the contact linked to their account), the activities of those classes and their
 * questionnaires, and may open only a school where they teach a class — another school answers NOT_FOUND,
 * so its existence is not revealed either.
 */
export async function schoolOverview(
  { db, today }: Pick<ServiceContext, 'db' | 'today'>,
  user: SessionUser,
  input: { id: number; schoolYear?: string },
): Promise<SchoolOverview> {
  const visible = visibleClassIdsQuery(db, user);
  const coordinator = visible === null;
  if (visible && !(await db('school_classes').where('school_id', input.id).whereIn('id', visible).first('id'))) {
    throw notFound('school');
  }
  const { classCount: _count, notes, ...details } = await getSchool(db, input.id);
  const current = schoolYearOf(today).label;
  const schoolYear = input.schoolYear ?? current;
  // Each part builds its own query: a knex builder is consumed once it has run.
  const mine = () => visibleClassIdsQuery(db, user);
  const scope = { db, schoolId: input.id, schoolYear, visibleClassIds: mine };

  const overview: SchoolOverview = {
    school: coordinator ? { ...details, notes } : details,
    schoolYear,
    schoolYears: await overviewSchoolYears(scope, [current, schoolYear]),
    classes: await overviewClasses(scope, { withTeachers: coordinator }),
    activities: await overviewActivities(scope),
    questionnaires: await overviewQuestionnaires(scope),
  };
  if (coordinator) {
    overview.contacts = await allContacts(db, { schoolId: input.id });
    overview.loans = await overviewLoans(scope);
  }
  return overview;
}
