import { beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/api/contract';
import { signedIn, unchecked, useTestCore } from '../helpers/api';
import { activityInput, type ActivityInput } from '../helpers/event-input';
import { addClass, addFacilitator, addPartner, addSchool, addTeacher } from '../helpers/school-fixtures';

const setup = useTestCore(['coordinator']);
let school: number;
let otherSchool: number;
let classA: number;
let classB: number;
let foreignClass: number;
let facilitator: number;
let partner: number;

beforeEach(async () => {
  school = await addSchool(setup.core.db, 'École communale de Droixhe');
  otherSchool = await addSchool(setup.core.db, 'Athénée de Sclessin', '4000');
  classA = await addClass(setup.core.db, school, '5e primaire A', 20);
  classB = await addClass(setup.core.db, school, '5e primaire B', 18);
  foreignClass = await addClass(setup.core.db, otherSchool, '2e secondaire');
  facilitator = await addFacilitator(setup.core.db, 'Samira Intervenante');
  partner = await addPartner(setup.core.db, 'CRIPEL');
});

function event(changes: Partial<ActivityInput> = {}): ActivityInput {
  return {
    ...activityInput({
      themes: ['discrimination', 'living_together'],
      schoolId: school,
      classIds: [classA],
      partnerIds: [partner],
      facilitatorId: facilitator,
      location: 'Salle polyvalente',
      pupilsExpected: 20,
      teachersExpected: 1,
    }),
    ...changes,
  };
}

async function eventCount(): Promise<number> {
  return Number((await setup.core.db('events').count({ n: '*' }).first())?.n ?? 0);
}

describe('events', () => {
  it('creates an event with its classes, partners and themes; the school year follows from the date', async () => {
    const result = await setup.api.events.create(event());
    expect(result).toMatchObject({
      ok: true,
      data: {
        event: {
          schoolName: 'École communale de Droixhe',
          classes: [{ id: classA, name: '5e primaire A', pupilCount: 20 }],
          partners: [{ id: partner, name: 'CRIPEL' }],
          facilitatorName: 'Samira Intervenante',
          themes: ['discrimination', 'living_together'],
          schoolYear: '2026–2027',
        },
        warnings: [],
      },
    });
    // A summer-break day: allowed once confirmed (see calendar-school-days.test.ts).
    const july = await setup.api.events.create({ ...event({ start: '2027-07-20T09:00', end: '2027-07-20T10:00', classIds: [classB] }), nonSchoolDayConfirmed: true });
    expect(july).toMatchObject({ ok: true, data: { event: { schoolYear: '2026–2027' } } });
  });

  it.each([
    [{ end: '2026-12-03T08:00' }, 'end', 'end_before_start'],
    [{ end: '2026-12-03T09:00' }, 'end', 'end_before_start'],
    [{ schoolId: 9999 }, 'schoolId', 'not_found'],
    [{ classIds: [foreignClassPlaceholder()] }, 'classIds', 'not_of_school'],
    [{ classIds: [9999] }, 'classIds', 'not_found'],
    [{ partnerIds: [9999] }, 'partnerIds', 'not_found'],
    [{ facilitatorId: 9999 }, 'facilitatorId', 'not_found'],
    [{ status: 'cancelled', cancelReason: '  ' }, 'cancelReason', 'required'],
    [{ status: 'confirmed', pupilsPresent: 18 }, 'pupilsPresent', 'only_when_held'],
    [{ start: '2026-13-03T09:00' }, 'start', 'invalid_format'],
    [{ type: 'party' }, 'type', 'invalid_value'],
  ])('refuses %o, naming %s, and writes nothing', async (changes, path, issue) => {
    const resolved = Object.fromEntries(
      Object.entries(changes).map(([key, value]) => [key, Array.isArray(value) && value[0] === -1 ? [foreignClass] : value]),
    );
    // `type: 'party'` is outside the contract's list: sent unchecked, on purpose.
    const result = await unchecked(setup.api).events.create({ ...event(), ...resolved });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.fields).toContainEqual(expect.objectContaining({ path, issue }));
    }
    expect(await eventCount()).toBe(0);
  });

  it('warns, without refusing, when more pupils are present than the classes have', async () => {
    const result = await setup.api.events.create(event({ status: 'held', pupilsPresent: 25, teachersPresent: 2 }));
    expect(result).toMatchObject({ ok: true, data: { warnings: [{ kind: 'pupilsAboveClassSize', params: { present: 25, capacity: 20 } }] } });
  });
});

describe('schedule conflicts', () => {
  let first: number;
  beforeEach(async () => {
    const created = await setup.api.events.create(event());
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    first = created.data.event.id;
  });

  it('refuses a class in two events at once and says which event is in the way', async () => {
    const result = await setup.api.events.create(event({ facilitatorId: null, location: '', start: '2026-12-03T10:00', end: '2026-12-03T11:00' }));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        reason: 'scheduleConflict',
        conflicts: [{ kind: 'class', otherId: first, subject: '5e primaire A', start: '2026-12-03T09:00', end: '2026-12-03T10:40' }],
      },
    });
    expect(await eventCount()).toBe(1);
  });

  it('refuses the same facilitator or the same place, however the place is typed', async () => {
    const facilitatorClash = await setup.api.events.create(event({ classIds: [classB], location: '' }));
    expect(facilitatorClash).toMatchObject({ ok: false, error: { conflicts: [{ kind: 'facilitator', subject: 'Samira Intervenante' }] } });
    const placeClash = await setup.api.events.create(event({ classIds: [classB], facilitatorId: null, location: ' SALLE  polyvalente' }));
    expect(placeClash).toMatchObject({ ok: false, error: { conflicts: [{ kind: 'location' }] } });
  });

  it('accepts back-to-back events and slots freed by a cancellation', async () => {
    expect(await setup.api.events.create(event({ start: '2026-12-03T10:40', end: '2026-12-03T12:00' }))).toMatchObject({ ok: true });
    const current = await setup.api.events.get({ id: first });
    if (!current.ok) throw new Error('get failed');
    const cancel = await setup.api.events.update({
      ...event({ status: 'cancelled', cancelReason: 'Grève des transports' }),
      id: first,
    });
    expect(cancel).toMatchObject({ ok: true, data: { event: { status: 'cancelled', cancelReason: 'Grève des transports' } } });
    expect(await setup.api.events.create(event())).toMatchObject({ ok: true });
  });

  it('moves an event by drag or keyboard with the same rules, keeping it in place when refused', async () => {
    const second = await setup.api.events.create(event({ start: '2026-12-04T09:00', end: '2026-12-04T10:00' }));
    if (!second.ok) throw new Error('setup');
    const secondId = second.data.event.id;
    const refused = await setup.api.events.move({ id: secondId, start: '2026-12-03T09:30', end: '2026-12-03T10:30' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await setup.api.events.get({ id: secondId })).toMatchObject({ ok: true, data: { start: '2026-12-04T09:00' } });
    const moved = await setup.api.events.move({ id: secondId, start: '2026-12-07T13:00', end: '2026-12-07T14:30' });
    expect(moved).toMatchObject({ ok: true, data: { event: { start: '2026-12-07T13:00', end: '2026-12-07T14:30', classIds: [classA] } } });
    const backwards = await setup.api.events.move({ id: secondId, start: '2026-12-07T15:00', end: '2026-12-07T14:00' });
    expect(backwards).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'end', issue: 'end_before_start' }] } });
  });
});

describe('calendar listing', () => {
  it('lists events overlapping the range, with filters', async () => {
    await setup.api.events.create(event({ start: '2026-11-30T09:00', end: '2026-11-30T10:00' }));
    await setup.api.events.create(event({ type: 'film_screening', classIds: [classB], start: '2026-12-15T09:00', end: '2026-12-15T11:00', partnerIds: [] }));
    await setup.api.events.create(event({ start: '2027-01-15T09:00', end: '2027-01-15T10:00' }));
    const titles = async (input: Partial<InputOf<'events', 'list'>>) => {
      const result = await setup.api.events.list({ from: '2026-12-01', to: '2026-12-31', ...input });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return result.data.map((item) => item.start);
    };
    expect(await titles({})).toEqual(['2026-12-15T09:00']);
    expect(await titles({ from: '2026-11-30' })).toEqual(['2026-11-30T09:00', '2026-12-15T09:00']);
    expect(await titles({ from: '2026-11-30', types: ['workshop'] })).toEqual(['2026-11-30T09:00']);
    expect(await titles({ from: '2026-11-30', partnerIds: [partner] })).toEqual(['2026-11-30T09:00']);
    expect(await titles({ from: '2026-11-30', schoolIds: [otherSchool] })).toEqual([]);
    expect(await titles({ from: '2026-11-30', statuses: ['held'] })).toEqual([]);
  });

  it('refuses an inverted or too wide range', async () => {
    expect(await setup.api.events.list({ from: '2026-12-31', to: '2026-12-01' })).toMatchObject({ ok: false, error: { fields: [{ path: 'to' }] } });
    expect(await setup.api.events.list({ from: '2020-01-01', to: '2026-12-01' })).toMatchObject({ ok: false, error: { fields: [{ path: 'to', issue: 'too_big' }] } });
  });

  it("shows a teacher only their classes' events and hides the others entirely", async () => {
    const teacher = await signedIn(setup.core, ['teacher'], { username: 'prof.a' });
    await addTeacher(setup.core.db, school, [classA], teacher.userId);
    const mine = await setup.api.events.create(event());
    const theirs = await setup.api.events.create(event({ classIds: [classB], facilitatorId: null, location: '' }));
    if (!mine.ok || !theirs.ok) throw new Error('setup');
    const list = await teacher.api.events.list({ from: '2026-12-01', to: '2026-12-31' });
    expect(list.ok && list.data.map((item) => item.id)).toEqual([mine.data.event.id]);
    const hidden = await teacher.api.events.get({ id: theirs.data.event.id });
    expect(hidden).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const unlinked = await signedIn(setup.core, ['teacher'], { username: 'prof.sans.classe' });
    expect(await unlinked.api.events.list({ from: '2026-12-01', to: '2026-12-31' })).toEqual({ ok: true, data: [] });
  });
});

describe('holidays', () => {
  it('are pre-filled with the FWB calendar and editable', async () => {
    const list = await setup.api.holidays.list({ from: '2025-12-01', to: '2026-01-31' });
    expect(list).toMatchObject({ ok: true, data: [{ label: "Vacances d'hiver", startDate: '2025-12-22', endDate: '2026-01-04', kind: 'school_break' }] });
    const bad = await setup.api.holidays.create({ kind: 'public_holiday', label: 'Test', startDate: '2026-05-02', endDate: '2026-05-01' });
    expect(bad).toMatchObject({ ok: false, error: { fields: [{ path: 'endDate', issue: 'end_before_start' }] } });
    const created = await setup.api.holidays.create({ kind: 'school_break', label: 'Journée pédagogique', startDate: '2026-12-07', endDate: '2026-12-07' });
    expect(created).toMatchObject({ ok: true, data: { label: 'Journée pédagogique' } });
  });
});

/** it.each rows are built before beforeEach runs; -1 stands for "the other school's class". */
function foreignClassPlaceholder(): number {
  return -1;
}
