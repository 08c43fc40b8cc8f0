import { describe, expect, it } from 'vitest';
import { findConflicts, intervalsOverlap, normaliseLocation, type SchedulableEvent } from '../../shared/domain/calendar/event-conflicts';

const base: SchedulableEvent = {
  id: 1,
  start: '2026-03-10T09:00',
  end: '2026-03-10T11:00',
  cancelled: false,
  classIds: [10, 11],
  facilitatorId: 5,
  location: 'Cité Miroir',
};

function other(changes: Partial<SchedulableEvent>): SchedulableEvent {
  return { ...base, id: 2, classIds: [], facilitatorId: null, location: null, ...changes };
}

describe('event conflicts', () => {
  it('treats intervals as half-open', () => {
    expect(intervalsOverlap(base, { start: '2026-03-10T11:00', end: '2026-03-10T12:00' })).toBe(false);
    expect(intervalsOverlap(base, { start: '2026-03-10T07:00', end: '2026-03-10T09:00' })).toBe(false);
    expect(intervalsOverlap(base, { start: '2026-03-10T10:59', end: '2026-03-10T12:00' })).toBe(true);
    expect(intervalsOverlap(base, { start: '2026-03-10T08:00', end: '2026-03-10T13:00' })).toBe(true);
    expect(intervalsOverlap(base, { start: '2026-03-10T09:30', end: '2026-03-10T10:00' })).toBe(true);
  });

  it('finds a shared class, facilitator or place at the same time', () => {
    expect(findConflicts(base, [other({ classIds: [11, 12] })])).toEqual([{ kind: 'class', otherEventId: 2, classId: 11 }]);
    expect(findConflicts(base, [other({ facilitatorId: 5 })])).toEqual([{ kind: 'facilitator', otherEventId: 2 }]);
    expect(findConflicts(base, [other({ location: '  CITE   miroir ' })])).toEqual([{ kind: 'location', otherEventId: 2 }]);
  });

  it('ignores back-to-back events, cancelled events, the event itself and empty places', () => {
    const clash = { classIds: [10], facilitatorId: 5, location: 'Cité Miroir' };
    expect(findConflicts(base, [other({ ...clash, start: '2026-03-10T11:00', end: '2026-03-10T12:00' })])).toEqual([]);
    expect(findConflicts(base, [other({ ...clash, cancelled: true })])).toEqual([]);
    expect(findConflicts(base, [{ ...base }])).toEqual([]);
    expect(findConflicts({ ...base, location: ' ' }, [other({ location: '' })])).toEqual([]);
    expect(findConflicts({ ...base, cancelled: true }, [other(clash)])).toEqual([]);
  });

  it('checks a new event (no id yet) against every other', () => {
    const conflicts = findConflicts({ ...base, id: null }, [other({ id: 3, classIds: [10] }), other({ id: 4, facilitatorId: 5 })]);
    expect(conflicts.map((conflict) => conflict.otherEventId)).toEqual([3, 4]);
  });

  it('normalises places', () => {
    expect(normaliseLocation('École  Saint-Léonard')).toBe('ecole saint-leonard');
    expect(normaliseLocation(null)).toBe('');
  });
});
