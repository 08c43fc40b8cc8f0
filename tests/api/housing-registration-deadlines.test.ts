import { beforeEach, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../helpers/core';
import { ok, signedOut, useTestCore } from '../helpers/api';
import { personInput, registrationInput, type RegistrationInput } from '../helpers/housing';
import { registrationTasksFor } from '../../main/services/housing/registrations';
import { addDays } from '../../shared/domain/dates';
import type { TaskKind } from '../../shared/domain/housing/deadlines';
import type { HousingRegistration, RegistrationTask } from '../../shared/domain/housing/registrations-api';

/**
 * Issue 6: "every deadline rule fires on the right day", through the API with the test core's clock: each task
 * is due soon (or upcoming) the day before its due date, still due (due soon) on it, and overdue the day after.
 */

const setup = useTestCore(['housing']);
let personId: number;
let personCode: string;

beforeEach(async () => {
  const household = ok(await setup.api.housing.createHousehold({ size: 1, notes: '', people: [personInput()] }));
  ({ id: personId, code: personCode } = household.people[0]!);
});

async function create(changes: Partial<RegistrationInput>): Promise<HousingRegistration> {
  return ok(await setup.api.registrations.create(registrationInput(personId, changes)));
}

/**
 * 10:00 UTC on that day (11:00 or 12:00 in Liège: the same Belgian day). The idle timeout ends sessions across
 * such jumps, so the same user signs in again.
 */
async function setToday(day: string): Promise<void> {
  setup.core.clock.set(`${day}T10:00:00.000Z`);
  setup.api = signedOut(setup.core);
  ok(await setup.api.auth.login({ username: setup.username, password: TEST_PASSWORD }));
}

async function tasksOn(day: string, until?: string): Promise<RegistrationTask[]> {
  await setToday(day);
  return ok(await setup.api.registrations.tasks(until === undefined ? {} : { until }));
}

/** The status of this registration's task of this kind on `day`, or null when it is not open. */
async function statusOn(day: string, registrationId: number, kind: TaskKind): Promise<string | null> {
  const task = (await tasksOn(day)).find((item) => item.registrationId === registrationId && item.kind === kind);
  return task === undefined ? null : `${task.dueDate} ${task.status}`;
}

/** Due soon a week ahead, upcoming before that; due soon on the due day; overdue exactly the day after. */
async function expectFires(registrationId: number, kind: TaskKind, dueDate: string): Promise<void> {
  expect(await statusOn(addDays(dueDate, -8), registrationId, kind)).toBe(`${dueDate} upcoming`);
  expect(await statusOn(addDays(dueDate, -7), registrationId, kind)).toBe(`${dueDate} dueSoon`);
  expect(await statusOn(addDays(dueDate, -1), registrationId, kind)).toBe(`${dueDate} dueSoon`);
  expect(await statusOn(dueDate, registrationId, kind)).toBe(`${dueDate} dueSoon`);
  expect(await statusOn(addDays(dueDate, 1), registrationId, kind)).toBe(`${dueDate} overdue`);
}

async function saveDeadlines(settings: Record<string, number>): Promise<void> {
  await setup.core.db('settings').insert({ key: 'housingDeadlines', value: JSON.stringify(settings) }).onConflict('key').merge();
}

const requested: Partial<RegistrationInput> = { status: 'requested', decisionDate: null, startDate: null };

describe('registration deadlines through registrations/tasks', () => {
  it('forward_request: a request received on 2 November is forwarded by the 7th (5 days)', async () => {
    const registration = await create({ ...requested, forwarding: { receivedDate: '2026-11-02', forwardedDate: null } });
    await expectFires(registration.id, 'forward_request', '2026-11-07');
    const [task] = await tasksOn('2026-11-08');
    expect(task).toEqual({
      kind: 'forward_request',
      fromDate: '2026-11-02',
      dueDate: '2026-11-07',
      status: 'overdue',
      registrationId: registration.id,
      registrationKind: 'reference_address_cpas',
      personCode,
    });
  });

  it('cpas_contact: every 3 months, month-end clamped, moved on by each contact', async () => {
    // 31 August + 3 months: 30 November (there is no 31st).
    const registration = await create({ requestDate: '2026-08-25', decisionDate: '2026-08-31', startDate: '2026-08-31' });
    await expectFires(registration.id, 'cpas_contact', '2026-11-30');
    // A contact on the due day closes that task in time and starts the next: 30 November + 3 months, clamped.
    ok(await setup.api.registrations.recordContact({ registrationId: registration.id, date: '2026-11-30' }));
    await expectFires(registration.id, 'cpas_contact', '2027-02-28');
    const [summary] = ok(await setup.api.registrations.list({}));
    expect(summary).toMatchObject({ lastContactDate: '2026-11-30', nextContactDue: '2027-02-28' });
  });

  it('police_check: 15 days after a registration at a dwelling is requested', async () => {
    const registration = await create({ ...requested, kind: 'inscription_provisoire', requestDate: '2026-11-10' });
    await expectFires(registration.id, 'police_check', '2026-11-25');
    // Recording the check closes it.
    ok(
      await setup.api.registrations.update({
        id: registration.id,
        ...registrationInput(personId, { ...requested, kind: 'inscription_provisoire', requestDate: '2026-11-10', policeCheckDate: '2026-11-20' }),
      }),
    );
    expect(await statusOn('2026-11-26', registration.id, 'police_check')).toBeNull();
  });

  it('move_declaration: a move on 3 November is declared by the 11th (8 days)', async () => {
    const registration = await create({ move: { date: '2026-11-03', declaredDate: null } });
    await expectFires(registration.id, 'move_declaration', '2026-11-11');
  });

  it('strike_off: 6 months after the person was last found, month-end clamped', async () => {
    // 31 May + 6 months: 30 November.
    const registration = await create({ kind: 'temporary_address_nonprofit', absence: { notFoundSince: '2026-05-31', resolvedDate: null } });
    await expectFires(registration.id, 'strike_off', '2026-11-30');
    // Ending the registration (struck off) settles it.
    await setToday('2026-12-01');
    ok(await setup.api.registrations.end({ id: registration.id, endDate: '2026-12-01' }));
    expect(await statusOn('2026-12-02', registration.id, 'strike_off')).toBeNull();
  });

  it('moves every due date when a setting changes, and keeps only what is due by `until`', async () => {
    const forward = await create({ ...requested, forwarding: { receivedDate: '2026-11-02', forwardedDate: null } });
    const contact = await create({ requestDate: '2026-08-25', decisionDate: '2026-08-31', startDate: '2026-08-31' });
    await saveDeadlines({ forwardDays: 10, contactMonths: 1, dueSoonDays: 0 });
    await expectDueOn(forward.id, 'forward_request', '2026-11-12');
    // 31 August + 1 month: 30 September, long overdue by November.
    expect(await statusOn('2026-11-01', contact.id, 'cpas_contact')).toBe('2026-09-30 overdue');

    // An invalid value falls back to the default (5 days), the others stay.
    await saveDeadlines({ forwardDays: 0, contactMonths: 1 });
    expect(await statusOn('2026-11-01', forward.id, 'forward_request')).toBe('2026-11-07 dueSoon');

    const until = (await tasksOn('2026-09-01', '2026-10-01')).map((task) => [task.registrationId, task.kind, task.dueDate]);
    expect(until).toEqual([[contact.id, 'cpas_contact', '2026-09-30']]);
    const all = (await tasksOn('2026-09-01')).map((task) => [task.registrationId, task.kind, task.dueDate]);
    expect(all).toEqual([
      [contact.id, 'cpas_contact', '2026-09-30'],
      [forward.id, 'forward_request', '2026-11-07'],
    ]);
  });

  it('registrationTasksFor gives done tasks too when asked', async () => {
    const { core } = setup;
    const done = await create({ ...requested, forwarding: { receivedDate: '2026-11-02', forwardedDate: '2026-11-04' } });
    expect(await registrationTasksFor({ db: core.db, today: '2026-11-28' })).toEqual([]);
    expect(await registrationTasksFor({ db: core.db, today: '2026-11-28' }, { includeDone: true })).toEqual([
      expect.objectContaining({ registrationId: done.id, kind: 'forward_request', status: 'done', doneDate: '2026-11-04', dueDate: '2026-11-07' }),
    ]);
  });
});

/** With dueSoonDays 0: upcoming the day before, due soon on the day, overdue the day after. */
async function expectDueOn(registrationId: number, kind: TaskKind, dueDate: string): Promise<void> {
  expect(await statusOn(addDays(dueDate, -1), registrationId, kind)).toBe(`${dueDate} upcoming`);
  expect(await statusOn(dueDate, registrationId, kind)).toBe(`${dueDate} dueSoon`);
  expect(await statusOn(addDays(dueDate, 1), registrationId, kind)).toBe(`${dueDate} overdue`);
}
