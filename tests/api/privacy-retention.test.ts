import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../main/core';
import type { PasserelleApi } from '../../shared/api/contract';
import { eraseContact } from '../../main/services/privacy/erase-contact';
import { AppError } from '../../main/errors';
import type { HousingHousehold } from '../../shared/domain/housing/people';
import { ok, signedIn, unchecked, useTestCore } from '../helpers/api';
import { everyTableName, signInAs, testDatabaseEngine } from '../helpers/core';
import { createClass, createContact, createSchool, insertEvent } from '../helpers/directory';
import { personInput, registrationInput, unitInput } from '../helpers/housing';

/**
 * Retention (issue 20) on the test clock: a run erases exactly the records past their term (a household one day
 * short stays, an open stay, an open registration or a waiting-list entry keeps it), leaves no ciphertext of the
 * erased people in the stored bytes, refuses a preview that no longer matches, and keeps each rule to its roles.
 * Today is 28 November 2026 at the end of each seeding: housing term 5 years → cutoff 2021-11-28; contacts 3 years
 * → cutoff 2023-11-28.
 */
const setup = useTestCore(['housing'], { onDisk: true });

const TODAY = '2026-11-28T09:00:00.000Z';
const CANARY = 'CANARY-Rtn7Kq';

/** A fresh session at the clock's time (a jump of years ends an idle session). */
async function as(roles: Parameters<typeof signedIn>[1]): Promise<PasserelleApi> {
  return (await signedIn(setup.core, roles)).api;
}

async function household(api: PasserelleApi, people: number, first = 'Amina'): Promise<HousingHousehold> {
  const list = Array.from({ length: people }, (_, index) => personInput({ firstName: `${first}${index}`, lastName: `${first}-last${index}`, contact: `${first}${index}@example.org` }));
  return ok(await api.housing.createHousehold({ size: people, notes: `${first} notes`, people: list }));
}

async function count(table: string): Promise<number> {
  return Number((await setup.core.db(table).count({ n: '*' }).first())?.n ?? 0);
}

/**
 * Households seeded in January 2018: `old` and `quiet` are past their term on 2026-11-28, the others not.
 * `old`: a stay ended 2021-11-27 (the day before the cutoff); `edge`: ended 2021-11-28 (one day short);
 * `open`: a stay never ended; `waiting`: on the waiting list; `registered`: an active registration;
 * `quiet`: nothing since its creation in 2018; `recent`: created today.
 */
async function seedHousing() {
  const { core } = setup;
  core.clock.set('2018-01-10T09:00:00.000Z');
  let api = await as(['housing']);
  const unit = ok(await api.housing.createUnit(unitInput({ code: 'RET-1', status: 'active', statusDate: '2018-01-01', capacity: 20 })));
  const old = await household(api, 2, CANARY);
  const edge = await household(api, 1, 'Edge');
  const open = await household(api, 1, 'Open');
  const waiting = await household(api, 1, 'Waiting');
  const registered = await household(api, 1, 'Registered');
  const quiet = await household(api, 1, 'Quiet');
  const stay = async (householdId: number) =>
    ok(await api.housing.createPlacement({ unitId: unit.id, householdId, places: 1, start: '2018-01-15', plannedEnd: null, notes: '' }));
  const oldStay = await stay(old.id);
  const edgeStay = await stay(edge.id);
  const openStay = await stay(open.id);
  ok(await api.waitlist.add({ householdId: waiting.id, priority: 'normal', requestedDate: '2018-01-10', placesNeeded: 1, unitKinds: [] }));
  ok(
    await api.registrations.create(
      registrationInput(registered.people[0]!.id, { requestDate: '2018-01-05', decisionDate: '2018-01-08', startDate: '2018-01-08' }),
    ),
  );

  core.clock.set('2021-12-01T09:00:00.000Z');
  api = await as(['housing']);
  ok(await api.housing.endPlacement({ id: oldStay.id, actualEnd: '2021-11-27', endReason: 'returned' }));
  ok(await api.housing.endPlacement({ id: edgeStay.id, actualEnd: '2021-11-28', endReason: 'returned' }));

  core.clock.set(TODAY);
  api = await as(['housing']);
  const recent = await household(api, 1, 'Recent');
  return { api, old, edge, open, openStay, waiting, registered, quiet, recent };
}

/** The records at rest: SQLite's file and WAL; on PostgreSQL every row of every table (what pg_dump writes). */
async function storedBytes(): Promise<Buffer> {
  if (testDatabaseEngine() === 'postgres') {
    const tables = await Promise.all((await everyTableName(setup.core)).map((table) => setup.core.db(table).select('*')));
    return Buffer.from(JSON.stringify(tables), 'utf8');
  }
  const database = join(setup.core.dataDir, DATABASE_FILE_NAME);
  return Buffer.concat([database, `${database}-wal`].filter((file) => existsSync(file)).map((file) => readFileSync(file)));
}

function contains(haystack: Buffer, text: string): boolean {
  return haystack.includes(Buffer.from(text, 'utf8')) || haystack.includes(Buffer.from(text, 'utf16le'));
}

describe('retention of housing records', () => {
  it('previews then erases exactly the households past their term, in one run, and nothing of their ciphertexts remains', async () => {
    const { core } = setup;
    const seeded = await seedHousing();
    const { api } = seeded;

    const status = ok(await api.retention.status({}));
    expect(status.kinds.find((k) => k.kind === 'housingRecords')).toMatchObject({ termYears: 5, cutoff: '2021-11-28', dueCount: 2, lastRun: null });

    const preview = ok(await api.retention.preview({ kind: 'housingRecords' }));
    expect(preview).toMatchObject({ kind: 'housingRecords', termYears: 5, cutoff: '2021-11-28', count: 2, peopleCount: 3 });
    expect(preview.candidates.map((c) => c.label).sort()).toEqual([seeded.old.code, seeded.quiet.code].sort());
    expect(preview.candidates.find((c) => c.id === seeded.old.id)).toMatchObject({ lastActivity: '2021-11-27', people: 2 });
    expect(preview.candidates.find((c) => c.id === seeded.quiet.id)).toMatchObject({ lastActivity: '2018-01-10', people: 1 });
    // The preview names households by code: no person's value in it.
    expect(JSON.stringify(preview)).not.toContain(CANARY);

    const erasedIds = [...seeded.old.people, ...seeded.quiet.people].map((p) => p.id);
    const ciphertexts = (await core.db('housing_people').whereIn('id', erasedIds).select('first_name_enc', 'last_name_enc', 'contact_enc')) as Record<string, string>[];
    const keptIds = [seeded.edge, seeded.open, seeded.waiting, seeded.registered, seeded.recent].flatMap((h) => h.people.map((p) => p.id));
    const keptRow = (await core.db('housing_people').where({ id: seeded.edge.people[0]!.id }).first('first_name_enc')) as { first_name_enc: string };
    expect(await count('housing_people')).toBe(8);
    expect(await count('housing_households')).toBe(7);
    const auditBefore = await count('housing_audit_log');

    const run = ok(await api.retention.run({ kind: 'housingRecords', token: preview.token }));
    expect(run).toMatchObject({ kind: 'housingRecords', termYears: 5, cutoff: '2021-11-28', erasedCount: 2, peopleCount: 3, ranAt: TODAY });

    // Exactly those people are gone; the households stay as codes (their counts for past reports).
    expect(await count('housing_people')).toBe(5);
    expect(await count('housing_households')).toBe(7);
    expect((await core.db('housing_people').orderBy('id').pluck('id')).map(Number)).toEqual(keptIds.sort((a, b) => a - b));
    const erasures = await core.db('erasures').orderBy('record_id').select('kind', 'record_id', 'reason', 'run_id');
    expect(erasures).toEqual(erasedIds.sort((a, b) => a - b).map((id) => ({ kind: 'person', record_id: id, reason: 'retention', run_id: run.id })));
    expect(await count('housing_audit_log')).toBe(auditBefore + 3);
    expect(await core.db('retention_runs').select('kind', 'term_years', 'cutoff', 'erased_count')).toEqual([
      { kind: 'housingRecords', term_years: 5, cutoff: '2021-11-28', erased_count: 2 },
    ]);
    expect(await core.db('audit_events').where({ action: 'retention.run.housingRecords' }).pluck('entity_id')).toEqual([String(run.id)]);

    // Checkpointed after the commit: the old envelopes are neither in the file nor in its WAL.
    const bytes = await storedBytes();
    expect(contains(bytes, keptRow.first_name_enc)).toBe(true);
    for (const row of ciphertexts) for (const value of Object.values(row)) expect(contains(bytes, value)).toBe(false);
    expect(contains(bytes, CANARY)).toBe(false);

    // Nothing is due any more, and the run is in the history.
    const after = ok(await api.retention.status({}));
    expect(after.kinds.find((k) => k.kind === 'housingRecords')).toMatchObject({ dueCount: 0, lastRun: { id: run.id, erasedCount: 2, peopleCount: 3 } });
    expect(ok(await api.retention.history({})).map((r) => r.id)).toEqual([run.id]);

    // One day later, the household that was one day short is past its term; the open ones never are.
    core.clock.set('2026-11-29T09:00:00.000Z');
    const tomorrow = ok(await (await as(['housing'])).retention.preview({ kind: 'housingRecords' }));
    expect(tomorrow.candidates.map((c) => c.id)).toEqual([seeded.edge.id]);
    expect(tomorrow.cutoff).toBe('2021-11-29');
  });

  it("counts a creation from its day in Liège: a household created at 00:30 on 28 November 2021 is not past its term on 28 November 2026", async () => {
    const { core } = setup;
    // 00:30 in Liège is 23:30 the day before in UTC.
    core.clock.set('2021-11-27T23:30:00.000Z');
    const early = await household(await as(['housing']), 1, 'Minuit');
    core.clock.set('2021-11-27T22:30:00.000Z');
    const before = await household(await as(['housing']), 1, 'Veille');
    core.clock.set(TODAY);
    const preview = ok(await (await as(['housing'])).retention.preview({ kind: 'housingRecords' }));
    expect(preview.cutoff).toBe('2021-11-28');
    const listed = preview.candidates.map((candidate) => candidate.id);
    expect(listed).not.toContain(early.id);
    // 23:30 on 27 November in Liège: its day is before the cutoff.
    expect(listed).toContain(before.id);
  });

  it('refuses a run whose preview no longer matches (CONFLICT) and erases nothing', async () => {
    const { core } = setup;
    const seeded = await seedHousing();
    const preview = ok(await seeded.api.retention.preview({ kind: 'housingRecords' }));
    // The open stay ends (long ago): one more household is past its term since the preview.
    ok(await seeded.api.housing.endPlacement({ id: seeded.openStay.id, actualEnd: '2019-03-01', endReason: 'returned' }));
    const before = { people: await count('housing_people'), erasures: await count('erasures'), runs: await count('retention_runs') };

    const refused = await seeded.api.retention.run({ kind: 'housingRecords', token: preview.token });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'retentionChangedSince' } });
    expect({ people: await count('housing_people'), erasures: await count('erasures'), runs: await count('retention_runs') }).toEqual(before);

    // Previewed again, the list holds the third household, and the run erases the three.
    const again = ok(await seeded.api.retention.preview({ kind: 'housingRecords' }));
    expect(again.candidates.map((c) => c.id).sort()).toEqual([seeded.old.id, seeded.open.id, seeded.quiet.id].sort());
    expect(ok(await seeded.api.retention.run({ kind: 'housingRecords', token: again.token })).peopleCount).toBe(4);
    expect(await count('housing_people')).toBe(before.people - 4);
    expect(core.logger.entries.map((entry) => JSON.stringify(entry)).join('\n')).not.toContain(CANARY);
  });

  it('applies the saved term, and a malformed or unknown token is a VALIDATION or CONFLICT', async () => {
    const seeded = await seedHousing();
    expect(ok(await seeded.api.retention.saveRules({ kind: 'housingRecords', termYears: 8 }))).toEqual({
      housingRecords: { termYears: 8 },
      directoryContacts: { termYears: 3 },
    });
    // 8 years: cutoff 2018-11-28, so only the household quiet since January 2018 is past it.
    const preview = ok(await seeded.api.retention.preview({ kind: 'housingRecords' }));
    expect(preview).toMatchObject({ termYears: 8, cutoff: '2018-11-28', count: 1 });
    expect(preview.candidates[0]!.id).toBe(seeded.quiet.id);

    const badTerm = await seeded.api.retention.saveRules({ kind: 'housingRecords', termYears: 0 });
    expect(badTerm).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'termYears' }] } });
    const badToken = await seeded.api.retention.run({ kind: 'housingRecords', token: 'not-a-token' });
    expect(badToken).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'token' }] } });
    const badKind = await unchecked(seeded.api).retention.preview({ kind: 'pupilAnswers' });
    expect(badKind).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'kind' }] } });
    const stale = await seeded.api.retention.run({ kind: 'housingRecords', token: '0'.repeat(64) });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await count('erasures')).toBe(0);
  });
});

describe('retention of directory contacts', () => {
  it('anonymises exactly the contacts past their term, never one linked to a user account', async () => {
    const { core } = setup;
    core.clock.set('2020-03-01T09:00:00.000Z');
    const coordinator = await as(['coordinator']);
    const teacher = await signInAs(core, ['teacher']);
    const schoolId = await createSchool(coordinator);
    const idle = await createContact(coordinator, { firstName: CANARY, lastName: 'Idle', email: 'idle@example.org', phone: '0470 00 00 01', notes: `${CANARY} notes` });
    const oldClassTeacher = await createContact(coordinator, { firstName: 'Old', lastName: 'Class', schoolId });
    const withEvent = await createContact(coordinator, { firstName: 'Soon', lastName: 'Event', schoolId });
    const linked = await createContact(coordinator, { firstName: 'Linked', lastName: 'Account', userId: teacher.userId });
    await createClass(coordinator, schoolId, { schoolYear: '2019–2020', name: '3A', teacherIds: [oldClassTeacher] });
    // Two loans' contacts: one lent in April 2020 (past its term), one in April 2025 (kept by that loan).
    const exhibition = ok(await coordinator.exhibitions.list()).find((item) => item.kind === 'loanable')!;
    const oldLoanContact = await createContact(coordinator, { firstName: 'Olga', lastName: 'Loan', email: `${CANARY}@loan.example`, phone: '0470 00 00 02', schoolId });
    const recentLoanContact = await createContact(coordinator, { firstName: 'Rita', lastName: 'Loan', schoolId });
    const loanDates = (year: number) => ({ deliveryDate: `${year}-04-06`, startDate: `${year}-04-06`, endDate: `${year}-04-17`, pickupDate: `${year}-04-17` });
    const loan = (contactId: number, year: number) => ({
      exhibitionId: exhibition.id, schoolId, venueName: '', address: '', contactName: '', contactEmail: '', contactPhone: '', eventIds: [], notes: '', contactId, ...loanDates(year),
    });
    const oldLoan = ok(await coordinator.loans.create(loan(oldLoanContact, 2020)));
    ok(await coordinator.loans.create(loan(recentLoanContact, 2025)));
    const eventClass = await createClass(coordinator, schoolId, { schoolYear: '2019–2020', name: '3B', teacherIds: [withEvent] });
    core.clock.set(TODAY);
    const current = await as(['coordinator']);
    const recentClassTeacher = await createContact(current, { firstName: 'Recent', lastName: 'Class', schoolId });
    // Created today, but its class's school year ended on 4 July 2025: it is kept (after the cutoff).
    await createClass(current, schoolId, { schoolYear: '2024–2025', name: '6A', teacherIds: [recentClassTeacher] });
    // An event planned in December 2026 for the class of 2019–2020.
    await insertEvent(core, { schoolId, classIds: [eventClass] });
    // Its record was created today, but the other contacts' last changes were in 2020.
    await core.db('contacts').where({ id: recentClassTeacher }).update({ created_at: '2020-03-01T09:00:00.000Z', updated_at: '2020-03-01T09:00:00.000Z' });

    const preview = ok(await current.retention.preview({ kind: 'directoryContacts' }));
    const erased = [idle, oldClassTeacher, oldLoanContact].sort((a, b) => a - b);
    expect(preview).toMatchObject({ termYears: 3, cutoff: '2023-11-28', count: 3 });
    expect(preview.candidates.map((c) => c.id).sort((a, b) => a - b)).toEqual(erased);
    expect(preview.candidates.find((c) => c.id === oldClassTeacher)).toMatchObject({ label: 'Old Class', lastActivity: '2020-07-03' });
    expect(preview.candidates.find((c) => c.id === oldLoanContact)).toMatchObject({ lastActivity: '2020-04-17' });
    const before = await count('contacts');

    const run = ok(await current.retention.run({ kind: 'directoryContacts', token: preview.token }));
    expect(run).toMatchObject({ erasedCount: 3, peopleCount: 3 });
    expect(await count('contacts')).toBe(before);
    const rows = await core.db('contacts').orderBy('id').select('id', 'first_name', 'last_name', 'email', 'phone', 'notes');
    for (const row of rows) {
      if (erased.includes(Number(row.id))) {
        expect(row).toMatchObject({ first_name: 'Contact', last_name: 'effacé', email: '', phone: '', notes: '' });
      } else {
        expect(row.last_name).not.toBe('effacé');
      }
    }
    expect(rows.find((row) => Number(row.id) === linked)).toMatchObject({ first_name: 'Linked' });
    expect(await core.db('erasures').orderBy('record_id').select('kind', 'record_id', 'reason')).toEqual(
      erased.map((id) => ({ kind: 'contact', record_id: id, reason: 'retention' })),
    );
    // The loan stays, without its copy of the contact's name, e-mail and phone.
    expect(await core.db('loans').where({ id: oldLoan.id }).first('contact_id', 'contact_name', 'contact_email', 'contact_phone')).toEqual({
      contact_id: oldLoanContact,
      contact_name: 'Contact effacé',
      contact_email: '',
      contact_phone: '',
    });
    expect(contains(await storedBytes(), CANARY)).toBe(false);
    // Already anonymised: not past its term again.
    expect(ok(await current.retention.preview({ kind: 'directoryContacts' })).count).toBe(0);
  });
});

describe('eraseContact (also what a restore re-applies)', () => {
  it('anonymises one contact, remembers it once, and is NOT_FOUND for an unknown id', async () => {
    const { core } = setup;
    const coordinator = await as(['coordinator']);
    const id = await createContact(coordinator, { firstName: CANARY, lastName: 'Direct', email: 'direct@example.org', phone: '0470 00 00 03', notes: 'note' });
    const ctx = { db: core.db, userId: setup.userId, now: core.clock.now(), today: '2026-11-28', cipher: core.fieldCipher };
    await eraseContact(ctx, id);
    // Re-applied (after a restore): the row is anonymised again, the erasure stays one entry with its first reason.
    await eraseContact(ctx, id, 'reapplied');
    expect(await core.db('contacts').where({ id }).first('first_name', 'last_name', 'email', 'phone', 'notes')).toEqual({
      first_name: 'Contact',
      last_name: 'effacé',
      email: '',
      phone: '',
      notes: '',
    });
    expect(await core.db('erasures').select('kind', 'record_id', 'reason', 'run_id')).toEqual([{ kind: 'contact', record_id: id, reason: 'request', run_id: null }]);
    const missing = await eraseContact(ctx, id + 1000).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(AppError);
    expect((missing as AppError).code).toBe('NOT_FOUND');
  });
});

describe('who may do what', () => {
  it('keeps each rule to its roles: housing for housing records, coordinators for contacts (an admin may change the term, not see or erase them)', async () => {
    setup.core.clock.set(TODAY);
    const housing = setup.api;
    const coordinator = await as(['coordinator']);
    const admin = await as(['admin']);
    const teacher = await as(['teacher']);
    const forbidden = { ok: false, error: { code: 'FORBIDDEN' } };

    for (const api of [housing, coordinator, admin]) {
      expect(ok(await api.retention.rules({}))).toEqual({ housingRecords: { termYears: 5 }, directoryContacts: { termYears: 3 } });
      expect(ok(await api.retention.status({})).kinds.map((k) => k.kind)).toEqual(['housingRecords', 'directoryContacts']);
    }
    expect(await housing.retention.preview({ kind: 'directoryContacts' })).toMatchObject(forbidden);
    expect(await housing.retention.saveRules({ kind: 'directoryContacts', termYears: 4 })).toMatchObject(forbidden);
    // The contacts' names are the coordinators' (the directory's channels are theirs alone).
    expect(await admin.retention.preview({ kind: 'directoryContacts' })).toMatchObject(forbidden);
    expect(await admin.retention.run({ kind: 'directoryContacts', token: 'a'.repeat(64) })).toMatchObject(forbidden);
    for (const api of [coordinator, admin]) {
      expect(await api.retention.preview({ kind: 'housingRecords' })).toMatchObject(forbidden);
      expect(await api.retention.run({ kind: 'housingRecords', token: 'a'.repeat(64) })).toMatchObject(forbidden);
      expect(await api.retention.saveRules({ kind: 'housingRecords', termYears: 9 })).toMatchObject(forbidden);
    }
    for (const call of [teacher.retention.status({}), teacher.retention.rules({}), teacher.retention.history({})]) {
      expect(await call).toMatchObject(forbidden);
    }
    expect(ok(await coordinator.retention.saveRules({ kind: 'directoryContacts', termYears: 4 })).directoryContacts.termYears).toBe(4);
    expect(ok(await housing.retention.saveRules({ kind: 'housingRecords', termYears: 6 })).housingRecords.termYears).toBe(6);
    expect(ok(await admin.retention.rules({}))).toEqual({ housingRecords: { termYears: 6 }, directoryContacts: { termYears: 4 } });
    expect(await setup.core.db('audit_events').where('action', 'like', 'retention.rule.%').orderBy('id').pluck('action')).toEqual([
      'retention.rule.directoryContacts',
      'retention.rule.housingRecords',
    ]);
  });
});
