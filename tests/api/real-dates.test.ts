import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/api/result';
import { useTestCore } from '../helpers/api';
import { everyTableCount } from '../helpers/core';
import { activityInput } from '../helpers/event-input';
import { personInput, registrationInput, unitInput } from '../helpers/housing';
import { addSchool } from '../helpers/school-fixtures';

// Coordinator and housing: every date-taking writer of the calendar, loans and housing is reachable.
const setup = useTestCore(['coordinator', 'housing']);
let school: number;

beforeEach(async () => {
  school = await addSchool(setup.core.db, 'École communale de Droixhe');
});

const notADay = (path: string) => [{ path, issue: 'not_a_day' }];
const outOfRange = (path: string) => [{ path, issue: 'year_out_of_range', params: { from: 1990, to: 2099 } }];

const THIS_YEAR = new Date().getFullYear();
const bornOutOfRange = [{ path: 'birthYear', issue: 'year_out_of_range', params: { from: THIS_YEAR - 120, to: THIS_YEAR } }];

type Attempt = [string, () => Promise<ApiResult<unknown>>, { path: string; issue: string }[]];

const attempts: Attempt[] = [
  ['an activity on 31 November', () => setup.api.events.create(activityInput({ schoolId: school, start: '2026-11-31T09:00', end: '2026-11-31T10:00' })), [...notADay('start'), ...notADay('end')]],
  ['an activity ending on 30 February', () => setup.api.events.create(activityInput({ schoolId: school, end: '2027-02-30T10:00' })), notADay('end')],
  ['an activity in 2200', () => setup.api.events.create(activityInput({ schoolId: school, start: '2200-12-03T09:00', end: '2200-12-03T10:00' })), [...outOfRange('start'), ...outOfRange('end')]],
  ['an activity moved to 31 April', () => setup.api.events.move({ id: 1, start: '2027-04-31T09:00', end: '2027-04-31T10:00' }), [...notADay('start'), ...notADay('end')]],
  ['a holiday from 1900', () => setup.api.holidays.create({ kind: 'school_break', label: 'Congé', startDate: '1900-12-24', endDate: '2027-01-08' }), outOfRange('startDate')],
  [
    'a loan delivered on 29 February 2027',
    () =>
      setup.api.loans.create({
        exhibitionId: 1,
        schoolId: school,
        venueName: '',
        address: 'Rue de Droixhe 1, 4020 Liège',
        contactName: 'Mme Lambert',
        contactEmail: '',
        contactPhone: '',
        deliveryDate: '2027-02-29',
        startDate: '2027-03-01',
        endDate: '2027-03-12',
        pickupDate: '2200-03-12',
        eventIds: [],
        notes: '',
      }),
    [...notADay('deliveryDate'), ...outOfRange('pickupDate')],
  ],
  ['a unit identified on 31 June', () => setup.api.housing.createUnit(unitInput({ statusDate: '2026-06-31' })), notADay('statusDate')],
  ['a stay from 1900', () => setup.api.housing.createPlacement({ unitId: 1, householdId: 1, places: 1, start: '1900-01-01', plannedEnd: null, notes: '' }), outOfRange('start')],
  ['a stay ended on 31 September', () => setup.api.housing.endPlacement({ id: 1, actualEnd: '2026-09-31', endReason: 'other' }), notADay('actualEnd')],
  ['a registration decided in 2200', () => setup.api.registrations.create(registrationInput(1, { decisionDate: '2200-10-05' })), outOfRange('decisionDate')],
  ['a waiting-list request on 31 November', () => setup.api.waitlist.add({ householdId: 1, priority: 'normal', requestedDate: '2026-11-31', placesNeeded: 1, unitKinds: [] }), notADay('requestedDate')],
  ['a person born in 1900', () => setup.api.housing.addPerson({ householdId: 1, ...personInput({ birthYear: 1900 }) }), bornOutOfRange],
  ['a person born next year', () => setup.api.housing.addPerson({ householdId: 1, ...personInput({ birthYear: THIS_YEAR + 1 }) }), bornOutOfRange],
];

describe('real dates only', () => {
  it.each(attempts)('refuses %s, names the field and writes nothing', async (_label, attempt, fields) => {
    const before = await everyTableCount(setup.core);
    const result = await attempt();
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (result.ok) return;
    expect(result.error.fields?.filter((field) => field.issue === 'not_a_day' || field.issue === 'year_out_of_range')).toEqual(fields);
    expect(await everyTableCount(setup.core)).toEqual(before);
  });

  it('still takes 29 February of a leap year and the edges of the record years', async () => {
    const leap = await setup.api.events.create(activityInput({ schoolId: school, start: '2028-02-29T09:00', end: '2028-02-29T10:00' }));
    expect(leap).toMatchObject({ ok: true, data: { event: { start: '2028-02-29T09:00' } } });
    const unit = await setup.api.housing.createUnit(unitInput({ code: 'ANCIEN', statusDate: '1990-01-01' }));
    expect(unit).toMatchObject({ ok: true });
  });
});
