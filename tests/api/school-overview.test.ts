import { beforeEach, describe, expect, it } from 'vitest';
import { ok, signedIn, unchecked, useTestCore, type SignedIn } from '../helpers/api';
import { activityInput, onDay } from '../helpers/event-input';
import { schoolLoanInput } from '../helpers/loan-input';
import { createClass, createContact, createSchool } from '../helpers/directory';

/**
 * `api.schools.overview`: one school's page. The clock stands on 28 November 2026, in the school year 2026–2027.
 * A coordinator reads every part; a teacher only their classes' part, without contacts, loans or notes.
 */
const setup = useTestCore(['coordinator']);
let school: number;
let otherSchool: number;
let classA: number;
let classB: number;
let lastYearClass: number;
let eventA: number;
let eventB: number;
let teacher: SignedIn;

beforeEach(async () => {
  const { api } = setup;
  school = await createSchool(api, { name: 'École communale de Droixhe', notes: 'Directrice joignable le mardi', email: 'direction@droixhe.example' });
  otherSchool = await createSchool(api, { name: 'Athénée Léonie de Waha', postalCode: '4000' });
  teacher = await signedIn(setup.core, ['teacher'], { username: 'prof.a' });
  const teacherContact = await createContact(api, { schoolId: school, firstName: 'Léa', lastName: 'Martin', userId: teacher.userId });
  const colleague = await createContact(api, { schoolId: school, firstName: 'Marc', lastName: 'Dubois' });
  await createContact(api, { schoolId: school, kind: 'director', firstName: 'Anne', lastName: 'Lambert', phone: '04 238 00 00' });
  await createContact(api, { schoolId: otherSchool, firstName: 'Paul', lastName: 'Ailleurs' });
  classA = await createClass(api, school, { name: '5e primaire A', teacherIds: [teacherContact] });
  classB = await createClass(api, school, { name: '5e primaire B', pupilCount: 18, teacherIds: [colleague] });
  lastYearClass = await createClass(api, school, { name: '4e primaire A', schoolYear: '2025–2026', teacherIds: [teacherContact] });
  await createClass(api, otherSchool, { name: '6e primaire' });

  eventA = ok(await api.events.create(activityInput({ schoolId: school, classIds: [classA], title: 'Atelier « Préjugés »', ...onDay('2026-12-03') }))).event.id;
  eventB = ok(await api.events.create(activityInput({ schoolId: school, classIds: [classB], type: 'exhibition_visit', title: 'Visite de l’exposition', ...onDay('2026-10-15'), status: 'held' }))).event.id;
  ok(await api.events.create(activityInput({ schoolId: school, classIds: [lastYearClass], title: 'Atelier de l’an passé', ...onDay('2026-03-12'), status: 'held' })));
  ok(await api.events.create(activityInput({ schoolId: otherSchool, classIds: [], title: 'Ailleurs', ...onDay('2026-12-04') })));

  const pupilTemplate = ok(await api.questionnaires.templates({})).find((template) => template.audience === 'pupil')!;
  for (const [eventId, classId] of [[eventA, classA], [eventB, classB]] as const) {
    const before = ok(await api.questionnaires.createAdministration({ templateId: pupilTemplate.id, eventId, classId, phase: 'before', date: '2026-10-15' }));
    for (const code of ['MA07', 'LB12']) ok(await api.questionnaires.saveResponse({ administrationId: before.id, id: null, code, answers: [] }));
  }
  const after = ok(await api.questionnaires.createAdministration({ templateId: pupilTemplate.id, eventId: eventB, classId: classB, phase: 'after', date: '2026-10-20' }));
  ok(await api.questionnaires.saveResponse({ administrationId: after.id, id: null, code: 'MA07', answers: [] }));

  const exhibition = ok(await api.exhibitions.list()).find((item) => item.kind === 'loanable')!;
  ok(await api.loans.create(schoolLoanInput(exhibition.id, school, '2027-01-11', '2027-01-22')));
  ok(await api.loans.create(schoolLoanInput(exhibition.id, otherSchool, '2027-02-08', '2027-02-19')));
});

describe('a coordinator', () => {
  it("reads the school's details and every part of the current school year", async () => {
    const overview = ok(await setup.api.schools.overview({ id: school }));
    expect(overview.school).toMatchObject({ id: school, name: 'École communale de Droixhe', email: 'direction@droixhe.example', notes: 'Directrice joignable le mardi', levels: ['primaire'] });
    expect(overview.schoolYear).toBe('2026–2027');
    expect(overview.schoolYears).toEqual(['2026–2027', '2025–2026']);
    expect(overview.classes).toEqual([
      { id: classA, name: '5e primaire A', grade: '5P', pupilCount: 22, teachers: ['Léa Martin'] },
      { id: classB, name: '5e primaire B', grade: '5P', pupilCount: 18, teachers: ['Marc Dubois'] },
    ]);
    // Past and planned, by start; last year's activity and the other school's are not there.
    expect(overview.activities.map((activity) => [activity.title, activity.status, activity.classes.map((item) => item.name)])).toEqual([
      ['Visite de l’exposition', 'held', ['5e primaire B']],
      ['Atelier « Préjugés »', 'planned', ['5e primaire A']],
    ]);
    expect(overview.questionnaires.map((row) => [row.eventTitle, row.className, row.before?.forms ?? null, row.after?.forms ?? null])).toEqual([
      ['Visite de l’exposition', '5e primaire B', 2, 1],
      ['Atelier « Préjugés »', '5e primaire A', 2, null],
    ]);
    expect(overview.contacts?.map((contact) => contact.lastName)).toEqual(['Dubois', 'Lambert', 'Martin']);
    expect(overview.loans?.map((loan) => [loan.schoolId, loan.deliveryDate])).toEqual([[school, '2027-01-11']]);
  });

  it('reads another school year when asked, with its classes and activities only', async () => {
    const overview = ok(await setup.api.schools.overview({ id: school, schoolYear: '2025-2026' }));
    expect(overview.schoolYear).toBe('2025–2026');
    expect(overview.classes.map((item) => item.name)).toEqual(['4e primaire A']);
    expect(overview.activities.map((activity) => activity.title)).toEqual(['Atelier de l’an passé']);
    expect(overview.questionnaires).toEqual([]);
    expect(overview.loans).toEqual([]);
  });

  it('gets NOT_FOUND for a school that does not exist', async () => {
    expect(await setup.api.schools.overview({ id: 999_999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.school' } });
  });

  it('is refused an unknown key or a school year that is not one', async () => {
    const loose = unchecked(setup.api);
    expect(await loose.schools.overview({ id: school, extra: true })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await loose.schools.overview({ id: school, schoolYear: '2026–2028' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [expect.objectContaining({ path: 'schoolYear' })] },
    });
    expect(await loose.schools.overview({ id: 'un' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('a teacher', () => {
  it('reads only their classes, their activities and questionnaires, without contacts, loans or notes', async () => {
    const overview = ok(await teacher.api.schools.overview({ id: school }));
    expect(overview.school.name).toBe('École communale de Droixhe');
    expect(overview.school.phone).toBe('04 223 12 34');
    expect('notes' in overview.school).toBe(false);
    expect('contacts' in overview).toBe(false);
    expect('loans' in overview).toBe(false);
    expect(overview.classes).toEqual([{ id: classA, name: '5e primaire A', grade: '5P', pupilCount: 22 }]);
    expect(overview.activities.map((activity) => activity.id)).toEqual([eventA]);
    expect(overview.questionnaires.map((row) => [row.eventId, row.classId])).toEqual([[eventA, classA]]);
    expect(overview.schoolYears).toEqual(['2026–2027', '2025–2026']);
  });

  it("gets NOT_FOUND for a school where they teach no class, as for one that does not exist", async () => {
    expect(await teacher.api.schools.overview({ id: otherSchool })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.school' } });
    const unlinked = await signedIn(setup.core, ['teacher'], { username: 'prof.sans.classe' });
    expect(await unlinked.api.schools.overview({ id: school })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('who is also a coordinator reads everything', async () => {
    const both = await signedIn(setup.core, ['teacher', 'coordinator'], { username: 'coordination.prof' });
    const overview = ok(await both.api.schools.overview({ id: school }));
    expect(overview.contacts).toHaveLength(3);
    expect(overview.loans).toHaveLength(1);
    expect(overview.classes).toHaveLength(2);
  });
});

it('is refused to housing staff', async () => {
  const housing = await signedIn(setup.core, ['housing'], { username: 'logement' });
  expect(await housing.api.schools.overview({ id: school })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});
