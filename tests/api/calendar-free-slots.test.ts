import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/api/result';
import { ok, useTestCore } from '../helpers/api';
import { activityInput, type ActivityInput } from '../helpers/event-input';
import { addClass, addFacilitator, addSchool } from '../helpers/school-fixtures';

/**
 * Issue 14, item 5: a slot refused because the class, the facilitator or the place is taken comes back with
 * the nearest free slots for all three (same length, school days and hours, same week first), as loans do.
 */

const setup = useTestCore(['coordinator']);
let school: number;
let classA: number;
let classB: number;
let facilitator: number;

beforeEach(async () => {
  school = await addSchool(setup.core.db, 'École communale de Droixhe');
  classA = await addClass(setup.core.db, school, '5e primaire A', 20);
  classB = await addClass(setup.core.db, school, '5e primaire B', 18);
  facilitator = await addFacilitator(setup.core.db, 'Samira Intervenante');
});

function activity(changes: Partial<ActivityInput>): ActivityInput {
  return { ...activityInput({ schoolId: school, classIds: [classA], facilitatorId: facilitator, location: 'Salle polyvalente' }), ...changes };
}

async function eventCount(): Promise<number> {
  const row = await setup.core.db('events').count({ n: '*' }).first();
  return Number(row?.n ?? 0);
}

function alternativesOf(result: ApiResult<unknown>): { start: string; end: string }[] {
  if (result.ok) expect.fail('the slot should have been refused');
  expect(result.error).toMatchObject({ code: 'CONFLICT', reason: 'scheduleConflict' });
  return result.error.alternatives ?? [];
}

function minutes(slot: { start: string; end: string }): number {
  return (Date.parse(`${slot.end}:00Z`) - Date.parse(`${slot.start}:00Z`)) / 60_000;
}

describe('a refused slot', () => {
  it('proposes the nearest free slots where the class, the facilitator and the place are all free', async () => {
    // Thursday 3 December 9:00–10:40: class A, Samira, the hall.
    ok(await setup.api.events.create(activity({})));
    // Wednesday morning Samira is elsewhere; Friday 9:00–10:00 the hall is taken by another class.
    ok(await setup.api.events.create(activity({ classIds: [classB], location: 'Gymnase', start: '2026-12-02T08:30', end: '2026-12-02T12:00' })));
    ok(await setup.api.events.create(activity({ classIds: [classB], facilitatorId: null, start: '2026-12-04T08:00', end: '2026-12-04T10:00' })));
    const before = await eventCount();

    const refused = await setup.api.events.create(activity({ start: '2026-12-03T09:30', end: '2026-12-03T11:10' }));
    expect(alternativesOf(refused)).toEqual([
      { start: '2026-12-03T10:45', end: '2026-12-03T12:25' },
      { start: '2026-12-04T10:00', end: '2026-12-04T11:40' },
      { start: '2026-12-02T12:00', end: '2026-12-02T13:40' },
    ]);
    expect(await eventCount()).toBe(before);

    // Each proposal is really free: the first one is accepted as it is.
    expect(await setup.api.events.create(activity({ start: '2026-12-03T10:45', end: '2026-12-03T12:25' }))).toMatchObject({ ok: true });
  });

  it('stays on school days and hours, same week first, never on a weekend, a holiday or in the past', async () => {
    ok(await setup.api.holidays.create({ kind: 'school_break', label: 'Journée pédagogique', startDate: '2026-12-17', endDate: '2026-12-17' }));
    // Class A is out all Friday 18 December, the last school day before the winter break.
    ok(await setup.api.events.create(activity({ facilitatorId: null, location: '', start: '2026-12-18T08:00', end: '2026-12-18T17:00' })));

    const wanted = { start: '2026-12-18T14:00', end: '2026-12-18T16:30' };
    const alternatives = alternativesOf(await setup.api.events.create(activity(wanted)));
    expect(alternatives).toEqual([
      { start: '2026-12-16T14:00', end: '2026-12-16T16:30' },
      { start: '2026-12-15T14:00', end: '2026-12-15T16:30' },
      { start: '2026-12-14T14:00', end: '2026-12-14T16:30' },
    ]);
    for (const slot of alternatives) {
      expect(minutes(slot)).toBe(minutes(wanted));
      expect(slot.start.slice(11) >= '08:00' && slot.end.slice(11) <= '17:00').toBe(true);
    }

    // Today is Saturday 28 November. Friday 27 (past) the class was out all day: the days of that week are
    // past, so the proposals start on Monday, the first day from today on.
    ok(await setup.api.events.create(activity({ facilitatorId: null, location: '', start: '2026-11-27T08:00', end: '2026-11-27T17:00' })));
    const late = alternativesOf(await setup.api.events.create(activity({ start: '2026-11-27T09:00', end: '2026-11-27T10:40' })));
    expect(late).toEqual([
      { start: '2026-11-30T09:00', end: '2026-11-30T10:40' },
      { start: '2026-12-01T09:00', end: '2026-12-01T10:40' },
      { start: '2026-12-02T09:00', end: '2026-12-02T10:40' },
    ]);
  });

  it('comes with proposals on a drag too, and the activity stays where it was', async () => {
    const { event } = ok(await setup.api.events.create(activity({ classIds: [classB], facilitatorId: null, location: '', start: '2026-12-07T09:00', end: '2026-12-07T10:00' })));
    ok(await setup.api.events.create(activity({ classIds: [classB], facilitatorId: null, location: '', start: '2026-12-08T09:00', end: '2026-12-08T12:00' })));
    const clash = await setup.api.events.move({ id: event.id, start: '2026-12-08T10:00', end: '2026-12-08T11:00' });
    // 8:00 and 12:00 are as near to 10:00: the earlier first.
    expect(alternativesOf(clash)[0]).toEqual({ start: '2026-12-08T08:00', end: '2026-12-08T09:00' });
    expect(ok(await setup.api.events.get({ id: event.id }))).toMatchObject({ start: '2026-12-07T09:00', end: '2026-12-07T10:00' });
  });

  it('proposes nothing for an activity longer than a school day, and still says what is in the way', async () => {
    ok(await setup.api.events.create(activity({})));
    const result = await setup.api.events.create(activity({ start: '2026-12-03T08:00', end: '2026-12-04T12:00' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', conflicts: [{ kind: 'class' }, { kind: 'facilitator' }, { kind: 'location' }], alternatives: [] } });
  });
});
