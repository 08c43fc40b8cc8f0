import { beforeEach, describe, expect, it } from 'vitest';
import { ok, unchecked, useTestCore } from '../helpers/api';
import { activityInput, onDay, type ActivityInput } from '../helpers/event-input';
import { addClass, addSchool } from '../helpers/school-fixtures';

/**
 * Issue 14, item 4: an activity on a weekend, a public holiday or in a school break is not refused, but only
 * saved once the user confirmed it (`nonSchoolDayConfirmed`), so that a direct API call cannot skip the
 * question the form and the drag ask. The days come from the holidays table the calendar shades.
 */

const setup = useTestCore(['coordinator']);
let school: number;
let classA: number;

beforeEach(async () => {
  school = await addSchool(setup.core.db, 'École communale de Droixhe');
  classA = await addClass(setup.core.db, school, '5e primaire A', 20);
});

function activity(changes: Partial<ActivityInput> = {}): ActivityInput {
  return { ...activityInput({ schoolId: school, classIds: [classA] }), ...changes };
}

async function eventCount(): Promise<number> {
  const row = await setup.core.db('events').count({ n: '*' }).first();
  return Number(row?.n ?? 0);
}

describe('an activity on a day without school', () => {
  it('is refused on a Saturday until confirmed, with the day, and nothing is written', async () => {
    const refused = await setup.api.events.create(activity(onDay('2026-12-05')));
    expect(refused).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'VALIDATION', fields: [{ path: 'start', issue: 'on_weekend', params: { date: '2026-12-05', label: '' } }] }),
    });
    expect(await eventCount()).toBe(0);

    const saved = ok(await setup.api.events.create({ ...activity(onDay('2026-12-05')), nonSchoolDayConfirmed: true }));
    expect(saved.event).toMatchObject({ start: '2026-12-05T09:00', end: '2026-12-05T10:40' });
    expect(await eventCount()).toBe(1);
  });

  it('names the public holiday or the school break it falls on', async () => {
    expect(await setup.api.events.create(activity(onDay('2027-03-29')))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'start', issue: 'on_public_holiday', params: { date: '2027-03-29', label: 'Lundi de Pâques' } }] },
    });
    expect(await setup.api.events.create(activity(onDay('2026-12-22')))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'start', issue: 'in_school_break', params: { date: '2026-12-22', label: "Vacances d'hiver" } }] },
    });
    // May Day 2027 is a Saturday in the spring break: the public holiday names it.
    expect(await setup.api.events.create(activity(onDay('2027-05-01')))).toMatchObject({
      ok: false,
      error: { fields: [{ issue: 'on_public_holiday', params: { label: 'Fête du Travail' } }] },
    });
    expect(await eventCount()).toBe(0);
  });

  it('follows the holidays as the coordinators edit them (a day added to the calendar is asked about)', async () => {
    const created = ok(await setup.api.holidays.create({ kind: 'school_break', label: 'Journée pédagogique', startDate: '2026-12-08', endDate: '2026-12-08' }));
    expect(await setup.api.events.create(activity(onDay('2026-12-08')))).toMatchObject({
      ok: false,
      error: { fields: [{ path: 'start', issue: 'in_school_break', params: { label: 'Journée pédagogique' } }] },
    });
    ok(await setup.api.holidays.delete({ id: created.id }));
    expect(await setup.api.events.create(activity(onDay('2026-12-08')))).toMatchObject({ ok: true });
  });

  it('asks about a weekend day inside a longer activity, and not about a school day', async () => {
    expect(await setup.api.events.create(activity({ start: '2026-12-04T09:00', end: '2026-12-05T12:00' }))).toMatchObject({
      ok: false,
      error: { fields: [{ path: 'start', issue: 'on_weekend', params: { date: '2026-12-05' } }] },
    });
    // Ending at midnight does not touch the next day.
    expect(await setup.api.events.create(activity({ start: '2026-12-04T20:00', end: '2026-12-05T00:00' }))).toMatchObject({ ok: true });
    expect(await setup.api.events.create(activity({ ...onDay('2026-12-03'), classIds: [] }))).toMatchObject({ ok: true });
  });

  it('refuses a drag onto a weekend until confirmed, the activity staying where it was', async () => {
    const { event } = ok(await setup.api.events.create(activity()));
    const refused = await setup.api.events.move({ id: event.id, start: '2026-12-06T10:00', end: '2026-12-06T11:40' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'start', issue: 'on_weekend', params: { date: '2026-12-06' } }] } });
    expect(ok(await setup.api.events.get({ id: event.id }))).toMatchObject({ start: '2026-12-03T09:00', end: '2026-12-03T10:40' });

    const moved = ok(await setup.api.events.move({ id: event.id, start: '2026-12-06T10:00', end: '2026-12-06T11:40', nonSchoolDayConfirmed: true }));
    expect(moved.event).toMatchObject({ start: '2026-12-06T10:00', end: '2026-12-06T11:40' });
  });

  it('does not ask again when a confirmed activity keeps its days, and asks when it moves to another such day', async () => {
    const { event } = ok(await setup.api.events.create({ ...activity(onDay('2026-12-05')), nonSchoolDayConfirmed: true }));
    const edited = await setup.api.events.update({ ...activity({ ...onDay('2026-12-05'), title: 'Formation du samedi', start: '2026-12-05T13:00' }), end: '2026-12-05T15:00', id: event.id });
    expect(edited).toMatchObject({ ok: true, data: { event: { title: 'Formation du samedi', start: '2026-12-05T13:00' } } });
    expect(await setup.api.events.update({ ...activity(onDay('2026-12-12')), id: event.id })).toMatchObject({
      ok: false,
      error: { fields: [{ path: 'start', issue: 'on_weekend', params: { date: '2026-12-12' } }] },
    });
    expect(ok(await setup.api.events.get({ id: event.id }))).toMatchObject({ title: 'Formation du samedi', start: '2026-12-05T13:00' });
  });

  it('does not ask about a cancelled activity, which holds no day', async () => {
    const cancelled = await setup.api.events.create(activity({ ...onDay('2026-12-05'), status: 'cancelled', cancelReason: 'Reportée' }));
    expect(cancelled).toMatchObject({ ok: true });
  });

  it('takes only a true or false confirmation', async () => {
    const result = await unchecked(setup.api).events.create({ ...activity(onDay('2026-12-05')), nonSchoolDayConfirmed: 'oui' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'nonSchoolDayConfirmed', issue: 'invalid_type' }] } });
    expect(await eventCount()).toBe(0);
  });
});
