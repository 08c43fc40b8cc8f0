import { describe, expect, it } from 'vitest';
import { actualEndIssue, hasEnded } from '../../shared/domain/housing/placement-end';
import { freePlacesThroughout, unitsWithRoom, type UnitForRoom } from '../../shared/domain/housing/room-elsewhere';
import { contactDateIssue } from '../../shared/domain/housing/registrations';
import { DEFAULT_HOUSING_DEADLINES, owedByKind, registrationTasks, type RegistrationForDeadlines } from '../../shared/domain/housing/deadlines';
import type { Placement } from '../../shared/domain/housing/occupancy';

/** Issue 14, items 7–9: the rules the forms and the server share (shared/domain/housing/). */

describe('a stay ends on a day that has come (placement-end.ts)', () => {
  it('accepts the start day up to today, refuses before the start and after today', () => {
    expect(actualEndIssue('2026-11-20', '2026-11-20', '2026-11-28')).toBeNull();
    expect(actualEndIssue('2026-11-28', '2026-11-20', '2026-11-28')).toBeNull();
    expect(actualEndIssue('2026-11-29', '2026-11-20', '2026-11-28')).toBe('after_today');
    expect(actualEndIssue('2026-11-19', '2026-11-20', '2026-11-28')).toBe('before_start');
  });

  it('a recorded end counts as ended only from its day on', () => {
    expect(hasEnded(null, '2026-11-28')).toBe(false);
    expect(hasEnded('2026-11-28', '2026-11-28')).toBe(true);
    expect(hasEnded('2026-11-29', '2026-11-28')).toBe(false);
  });
});

const stay = (start: string, end: string | null, places: number): Placement => ({ householdId: 1, places, start, plannedEnd: end, actualEnd: null });
const active = [{ status: 'active' as const, date: '2026-01-01' }];

describe('where there is room (room-elsewhere.ts)', () => {
  it('counts the fewest free places on any night of the stay, the end night excluded', () => {
    const placements = [stay('2026-12-05', '2026-12-10', 3), stay('2026-11-01', '2026-12-01', 2)];
    expect(freePlacesThroughout(placements, 4, '2026-12-01', '2026-12-05')).toBe(4);
    expect(freePlacesThroughout(placements, 4, '2026-11-30', '2026-12-05')).toBe(2);
    expect(freePlacesThroughout(placements, 4, '2026-12-01', '2026-12-06')).toBe(1);
    expect(freePlacesThroughout(placements, 4, '2026-12-01', null)).toBe(1);
  });

  it('keeps units taking people all through the stay with enough places, by kind then code', () => {
    const unit = (id: number, code: string, kind: UnitForRoom['kind'], capacity: number, changes: Partial<UnitForRoom> = {}): UnitForRoom => ({
      id,
      code,
      kind,
      capacity,
      history: active,
      placements: [],
      ...changes,
    });
    const units = [
      unit(1, 'B', 'logement_transit', 3),
      unit(2, 'A', 'logement_transit', 2),
      unit(3, 'Z', 'hebergement_citoyen', 2),
      unit(4, 'C', 'logement_transit', 5, { history: [...active, { status: 'suspended', date: '2026-12-03' }] }),
      unit(5, 'D', 'logement_transit', 5, { history: [{ status: 'active', date: '2026-12-02' }] }),
      unit(6, 'E', 'logement_transit', 5, { placements: [stay('2026-12-02', '2026-12-04', 4)] }),
    ];
    expect(unitsWithRoom(units, { start: '2026-12-01', end: '2026-12-05', places: 2 })).toEqual([
      { unitId: 3, code: 'Z', kind: 'hebergement_citoyen', free: 2 },
      { unitId: 2, code: 'A', kind: 'logement_transit', free: 2 },
      { unitId: 1, code: 'B', kind: 'logement_transit', free: 3 },
    ]);
    // A suspension from the end day on does not stop a stay that has left by then.
    expect(unitsWithRoom(units, { start: '2026-11-28', end: '2026-12-03', places: 5 }).map((room) => room.code)).toEqual(['C']);
  });
});

describe('contacts at the CPAS and a change of kind (registrations.ts, deadlines.ts)', () => {
  const reference = { kind: 'reference_address_cpas' as const, startDate: '2026-06-01', endDate: null };
  it('a contact is recorded for a reference address, from its start, up to its end and today', () => {
    expect(contactDateIssue(reference, '2026-11-28', '2026-11-28')).toBeNull();
    expect(contactDateIssue(reference, '2026-11-29', '2026-11-28')).toBe('after_today');
    expect(contactDateIssue(reference, '2026-05-31', '2026-11-28')).toBe('before_start');
    expect(contactDateIssue({ ...reference, endDate: '2026-10-01' }, '2026-10-02', '2026-11-28')).toBe('after_end');
    expect(contactDateIssue({ ...reference, kind: 'inscription_provisoire' }, '2026-11-01', '2026-11-28')).toBe('not_reference_address');
  });

  it('the obligations of a reference address are owed only by one; the met ones stay done', () => {
    expect(owedByKind('cpas_contact', 'reference_address_private')).toBe(true);
    expect(owedByKind('cpas_contact', 'temporary_address_nonprofit')).toBe(false);
    expect(owedByKind('forward_request', 'inscription_provisoire')).toBe(false);
    expect(owedByKind('police_check', 'inscription_provisoire')).toBe(true);
    const registration: RegistrationForDeadlines = {
      kind: 'inscription_provisoire',
      status: 'active',
      requestDate: null,
      startDate: '2026-06-01',
      endDate: null,
      forwarding: { receivedDate: '2026-05-20', forwardedDate: null },
      contactDates: ['2026-08-01'],
      move: null,
      policeCheckDate: null,
      absence: null,
    };
    expect(registrationTasks(registration, DEFAULT_HOUSING_DEADLINES, '2026-11-28')).toEqual([
      { kind: 'cpas_contact', fromDate: '2026-06-01', dueDate: '2026-09-01', status: 'done', doneDate: '2026-08-01' },
    ]);
  });
});
