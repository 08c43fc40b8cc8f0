import { beforeEach, describe, expect, it } from 'vitest';
import { ok, signedIn, unchecked, useTestCore } from '../helpers/api';
import { activityInput, onDay } from '../helpers/event-input';
import { addClass, addSchool, addTeacher } from '../helpers/school-fixtures';
import type { QuestionnaireTemplate } from '../../shared/domain/questionnaires/templates';

/**
 * Issue 17: the "Saisie" page lists the activities a caller can enter — those with a questionnaire opened
 * (an administration) for a class the caller may touch — each with its administrations and how many forms
 * the class is expected to hand in. The server decides: a teacher gets only their classes.
 */
const setup = useTestCore(['coordinator']);
let school: number;
let classA: number;
let classB: number;
let pupil: QuestionnaireTemplate;
let teacherForm: QuestionnaireTemplate;

async function createEvent(classIds: number[], day: string, changes: Partial<Parameters<typeof activityInput>[0]> = {}): Promise<number> {
  return ok(await setup.api.events.create(activityInput({ themes: [], schoolId: school, classIds, ...onDay(day), ...changes }))).event.id;
}

async function open(eventId: number, classId: number, changes: { templateId?: number; phase?: 'before' | 'after' } = {}) {
  return ok(
    await setup.api.questionnaires.createAdministration({ templateId: pupil.id, eventId, classId, phase: 'before', date: '2026-12-03', ...changes }),
  );
}

beforeEach(async () => {
  const { core, api } = setup;
  school = await addSchool(core.db, 'École communale de Droixhe');
  classA = await addClass(core.db, school, '5e primaire A', 24);
  classB = await addClass(core.db, school, '5e primaire B', 0);
  const templates = ok(await api.questionnaires.templates({}));
  pupil = templates.find((template) => template.audience === 'pupil')!;
  teacherForm = templates.find((template) => template.audience === 'teacher')!;
});

describe('the activities a caller can enter (Saisie)', () => {
  it('lists the activities of the school year with a questionnaire opened, soonest first, and each class size', async () => {
    const { core, api } = setup;
    const later = await createEvent([classA, classB], '2026-12-10');
    const sooner = await createEvent([classB], '2026-12-03', { title: 'Visite « Exil »', pupilsExpected: 19 });
    await createEvent([classA], '2026-12-04'); // no questionnaire opened: not listed
    const cancelled = await createEvent([classA], '2026-12-08', { title: 'Annulée' });
    const lastYear = await createEvent([classA], '2026-03-05', { title: 'Année passée' });
    const laterA = await open(later, classA);
    const laterB = await open(later, classB);
    const feedback = await open(later, classA, { templateId: teacherForm.id, phase: 'after' });
    const soonerB = await open(sooner, classB);
    await open(cancelled, classA);
    await open(lastYear, classA);
    await core.db('events').where({ id: cancelled }).update({ status: 'cancelled' });
    await api.questionnaires.saveResponse({ administrationId: laterA.id, id: null, code: 'AB12', answers: [] });

    const list = ok(await api.questionnaires.entryActivities({ schoolYear: '2026-2027' }));
    expect(list.map((activity) => [activity.eventId, activity.title, activity.schoolName, activity.start])).toEqual([
      [sooner, 'Visite « Exil »', 'École communale de Droixhe', '2026-12-03T09:00'],
      [later, 'Atelier « Préjugés »', 'École communale de Droixhe', '2026-12-10T09:00'],
    ]);
    // One class at the activity: its expected pupils; several: the class's size in the directory (0 = unknown);
    // a teacher form has no class size.
    expect(list[0]!.administrations.map((item) => [item.id, item.expectedForms])).toEqual([[soonerB.id, 19]]);
    expect(list[1]!.administrations.map((item) => [item.id, item.className, item.responseCount, item.expectedForms])).toEqual([
      [laterA.id, '5e primaire A', 1, 24],
      [feedback.id, '5e primaire A', 0, null],
      [laterB.id, '5e primaire B', 0, null],
    ]);
    expect(ok(await api.questionnaires.entryActivities({ schoolYear: '2025–2026' })).map((activity) => activity.eventId)).toEqual([lastYear]);
  });

  it('gives a teacher only the classes they teach, and nothing when none of theirs has a questionnaire open', async () => {
    const { core } = setup;
    const teacher = await signedIn(core, ['teacher']);
    await addTeacher(core.db, school, [classA], teacher.userId);
    const shared = await createEvent([classA, classB], '2026-12-10');
    const theirsOnly = await createEvent([classB], '2026-12-11');
    await open(theirsOnly, classB);
    expect(ok(await teacher.api.questionnaires.entryActivities({ schoolYear: '2026–2027' }))).toEqual([]);

    const mine = await open(shared, classA);
    await open(shared, classB);
    const list = ok(await teacher.api.questionnaires.entryActivities({ schoolYear: '2026–2027' }));
    expect(list.map((activity) => [activity.eventId, activity.administrations.map((item) => item.id)])).toEqual([[shared, [mine.id]]]);

    // A teacher linked to no class sees nothing at all.
    const stranger = await signedIn(core, ['teacher']);
    expect(ok(await stranger.api.questionnaires.entryActivities({ schoolYear: '2026–2027' }))).toEqual([]);
  });

  it('is refused to other roles, and its input is strict', async () => {
    const { core, api } = setup;
    const housing = await signedIn(core, ['housing']);
    expect(await housing.api.questionnaires.entryActivities({ schoolYear: '2026–2027' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const raw = unchecked(api);
    expect(await raw.questionnaires.entryActivities({ schoolYear: '2026–2027', classId: 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await raw.questionnaires.entryActivities({ schoolYear: '2026–2028' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'schoolYear' }] },
    });
    expect(await raw.questionnaires.entryActivities({})).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'schoolYear' }] } });
  });
});
