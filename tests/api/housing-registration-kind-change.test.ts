import { beforeEach, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../helpers/core';
import { ok, signedOut, useTestCore } from '../helpers/api';
import { housingCounts, personInput, registrationInput, unitInput, type RegistrationInput } from '../helpers/housing';
import type { ApiResult } from '../../shared/api/result';
import type { HousingRegistration } from '../../shared/domain/housing/registrations-api';

/**
 * Issue 14, item 9: a contact at the CPAS dated in the future is refused (today in Liège is the last day
 * possible), and the obligations of a reference address (contacts every 3 months, forwarding the request) are
 * no longer due once the registration is of another kind, while those already met stay readable. The test
 * core's today is 28 November 2026.
 */

const setup = useTestCore(['housing']);
let personId: number;

beforeEach(async () => {
  const household = ok(await setup.api.housing.createHousehold({ size: 1, notes: '', people: [personInput()] }));
  personId = household.people[0]!.id;
});

function fieldsOf(result: ApiResult<unknown>) {
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  expect(result.error.code).toBe('VALIDATION');
  return result.error.fields ?? [];
}

const referenceSince: Partial<RegistrationInput> = {
  requestDate: '2026-05-01',
  decisionDate: '2026-05-10',
  startDate: '2026-05-10',
  forwarding: { receivedDate: '2026-05-01', forwardedDate: null },
};

async function referenceAddressWithContacts(): Promise<HousingRegistration> {
  const created = ok(await setup.api.registrations.create(registrationInput(personId, referenceSince)));
  ok(await setup.api.registrations.recordContact({ registrationId: created.id, date: '2026-07-01' }));
  return ok(await setup.api.registrations.recordContact({ registrationId: created.id, date: '2026-09-01' }));
}

describe('contacts at the CPAS are days that have come (issue 14, item 9)', () => {
  it('refuses a contact after today, naming today, and writes nothing; today itself is accepted', async () => {
    const registration = await referenceAddressWithContacts();
    const before = await housingCounts(setup.core);
    expect(fieldsOf(await setup.api.registrations.recordContact({ registrationId: registration.id, date: '2026-11-29' }))).toEqual([
      { path: 'date', issue: 'after_today', params: { date: '2026-11-28' } },
    ]);
    expect(await housingCounts(setup.core)).toEqual(before);
    const today = ok(await setup.api.registrations.recordContact({ registrationId: registration.id, date: '2026-11-28' }));
    expect(today.lastContactDate).toBe('2026-11-28');
    expect(today.nextContactDue).toBe('2027-02-28');
  });

  it("takes today from Liège's clock: at 00:30 there on the 29th the 29th has come, though UTC is still on the 28th", async () => {
    const registration = await referenceAddressWithContacts();
    setup.core.clock.set('2026-11-28T23:30:00.000Z');
    setup.api = signedOut(setup.core);
    ok(await setup.api.auth.login({ username: setup.username, password: TEST_PASSWORD }));
    expect(ok(await setup.api.registrations.recordContact({ registrationId: registration.id, date: '2026-11-29' })).lastContactDate).toBe('2026-11-29');
    expect(fieldsOf(await setup.api.registrations.recordContact({ registrationId: registration.id, date: '2026-11-30' }))).toEqual([
      { path: 'date', issue: 'after_today', params: { date: '2026-11-29' } },
    ]);
  });
});

describe('a registration that changes kind (issue 14, item 9)', () => {
  it('owes no contact nor forwarding any more once it is not a reference address, and keeps the contacts met as history', async () => {
    const registration = await referenceAddressWithContacts();
    expect(registration.openTasks.map((task) => task.kind)).toEqual(['forward_request', 'cpas_contact']);
    expect(registration.nextContactDue).toBe('2026-12-01');

    const changed = ok(
      await setup.api.registrations.update({ id: registration.id, ...registrationInput(personId, { ...referenceSince, kind: 'temporary_address_nonprofit', policeCheckDate: '2026-05-12' }) }),
    );
    expect(changed.kind).toBe('temporary_address_nonprofit');
    // Nothing of the reference address is due: not the next contact, not the forwarding.
    expect(changed.openTasks).toEqual([]);
    expect(changed.nextContactDue).toBeNull();
    // The contacts met stay readable: the days, the last one, and the tasks they answered, done.
    expect(changed.contactDates).toEqual(['2026-07-01', '2026-09-01']);
    expect(changed.lastContactDate).toBe('2026-09-01');
    expect(changed.tasks).toEqual([
      { kind: 'police_check', fromDate: '2026-05-01', dueDate: '2026-05-16', status: 'done', doneDate: '2026-05-12' },
      { kind: 'cpas_contact', fromDate: '2026-05-10', dueDate: '2026-08-10', status: 'done', doneDate: '2026-07-01' },
      { kind: 'cpas_contact', fromDate: '2026-07-01', dueDate: '2026-10-01', status: 'done', doneDate: '2026-09-01' },
    ]);
    // Neither the task list, nor the home screen, nor the list's summary shows them as due.
    expect(ok(await setup.api.registrations.tasks({})).filter((task) => task.registrationId === registration.id)).toEqual([]);
    const home = ok(await setup.api.housingReports.home({}));
    expect(home.tasks.filter((task) => task.registrationId === registration.id)).toEqual([]);
    const [summary] = ok(await setup.api.registrations.list({ personId }));
    expect(summary).toMatchObject({ id: registration.id, openTasks: [], nextContactDue: null });
    // No new contact on a registration that is not a reference address.
    expect(fieldsOf(await setup.api.registrations.recordContact({ registrationId: registration.id, date: '2026-11-20' }))).toEqual([
      { path: 'registrationId', issue: 'not_reference_address' },
    ]);
  });

  it('owes the contacts again from the last one if it becomes a reference address again', async () => {
    const registration = await referenceAddressWithContacts();
    const input = (kind: RegistrationInput['kind']) => ({ id: registration.id, ...registrationInput(personId, { ...referenceSince, forwarding: null, kind }) });
    ok(await setup.api.registrations.update(input('inscription_provisoire')));
    const back = ok(await setup.api.registrations.update(input('reference_address_private')));
    expect(back.openTasks.filter((task) => task.kind === 'cpas_contact')).toEqual([{ kind: 'cpas_contact', fromDate: '2026-09-01', dueDate: '2026-12-01', status: 'dueSoon' }]);
  });

  it('still erases the person: the registration stays anonymous with its history, and the household can still leave its unit', async () => {
    const registration = await referenceAddressWithContacts();
    ok(await setup.api.registrations.update({ id: registration.id, ...registrationInput(personId, { ...referenceSince, kind: 'inscription_provisoire' }) }));
    const household = (await setup.core.db('housing_people').where({ id: personId }).first('household_id')) as { household_id: number };
    const unit = ok(await setup.api.housing.createUnit({ ...unitInput({ code: 'ER-1', status: 'active' }) }));
    const stay = ok(
      await setup.api.housing.createPlacement({ unitId: unit.id, householdId: household.household_id, places: 1, start: '2026-11-01', plannedEnd: null, notes: 'Suivi social' }),
    );
    ok(await setup.api.housing.erasePerson({ id: personId }));
    const anonymous = ok(await setup.api.registrations.registration({ id: registration.id }));
    expect(anonymous).toMatchObject({ personId: null, personCode: null, kind: 'inscription_provisoire', communeReference: '', notes: '', contactDates: ['2026-07-01', '2026-09-01'] });
    expect(anonymous.openTasks.map((task) => task.kind)).toEqual(['police_check']);
    expect(anonymous.tasks.filter((task) => task.kind === 'cpas_contact').map((task) => task.status)).toEqual(['done', 'done']);
    // The erased household's stay: its notes blanked, a day ahead still refused, today accepted.
    expect(fieldsOf(await setup.api.housing.endPlacement({ id: stay.id, actualEnd: '2026-11-30', endReason: 'returned' }))[0]).toMatchObject({ path: 'actualEnd', issue: 'after_today' });
    expect(ok(await setup.api.housing.endPlacement({ id: stay.id, actualEnd: '2026-11-28', endReason: 'returned' }))).toMatchObject({ actualEnd: '2026-11-28', notes: '' });
  });
});
