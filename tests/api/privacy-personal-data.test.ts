import { describe, expect, it } from 'vitest';
import { ok, signedIn, unchecked, useTestCore } from '../helpers/api';
import { personInput, registrationInput, unitInput } from '../helpers/housing';
import { pdfReader, readableText } from '../helpers/pdf';
import type { Core } from '../../main/core';
import type { PasserelleApi } from '../../shared/api/contract';
import type { ExportedFile } from '../../shared/api/exported-file';
import type { Role } from '../../shared/domain/roles';
import { PERSONAL_DATA_FORMAT, PERSONAL_DATA_VERSION, type PersonalDataExport } from '../../shared/domain/privacy/personal-data';

/**
 * Right of access and portability (issue 20): the export of one person holds every field held about them (each
 * canary found in the JSON and in the PDF's text) and nothing of another person (the other's canaries absent, the
 * other member of the household by code only); each export is one 'export' row in housing_audit_log, none when
 * the call fails. The clock is the test clock: 28 November 2026.
 */
const setup = useTestCore(['housing']);
const readPdf = pdfReader('personal-data');

/** Everything typed about the exported person, their household, stays, registration, waiting list and lease. */
const MINE = {
  firstName: 'Zoubida',
  lastName: 'Alphacanari',
  contact: 'zoubida@alpha.example',
  householdNotes: 'Menagenote-alpha',
  stayNotes: 'Sejournote-alpha',
  leaseStayNotes: 'Bailsejour-alpha',
  unitAddress: 'Rue Alphaville 7, 4000 Liège',
  leaseUnitAddress: 'Quai Alphaglisse 3, 4020 Liège',
  communeReference: 'REF-ALPHA-417',
  registrationNotes: 'Domnote-alpha',
  operator: 'Alphaoperateur asbl',
  objectives: 'Objectif-alpha',
  outcome: 'Resultat-alpha',
  reviewNotes: 'Evaluation-alpha',
};
/** Everything typed about the other people: the other member of the same household, and another household. */
const THEIRS = {
  memberFirstName: 'Omarbeta',
  memberLastName: 'Betacanari',
  memberContact: 'omar@beta.example',
  memberReference: 'REF-BETA-999',
  memberRegistrationNotes: 'Domnote-beta',
  firstName: 'Gammafirst',
  lastName: 'Gammacanari',
  contact: 'gamma@gamma.example',
  householdNotes: 'Menagenote-gamma',
  stayNotes: 'Sejournote-gamma',
  communeReference: 'REF-GAMMA-555',
  registrationNotes: 'Domnote-gamma',
  unitAddress: 'Rue Gammaville 9, 4000 Liège',
  owner: 'Proprietaire Deltacanari',
};

interface Seeded {
  personId: number;
  personCode: string;
  householdId: number;
  householdCode: string;
  memberId: number;
  memberCode: string;
  otherPersonId: number;
  otherPersonCode: string;
  otherHouseholdCode: string;
}

async function seed(core: Core, api: PasserelleApi): Promise<Seeded> {
  const transit = ok(await api.housing.createUnit(unitInput({ code: 'lt-alpha', address: MINE.unitAddress, status: 'active', statusDate: '2026-01-05' })));
  const lease = ok(await api.housing.createUnit(unitInput({ code: 'bg-alpha', kind: 'bail_glissant', address: MINE.leaseUnitAddress, capacity: 3, status: 'active', statusDate: '2026-01-05' })));
  const gammaUnit = ok(await api.housing.createUnit(unitInput({ code: 'lt-gamma', address: THEIRS.unitAddress, status: 'active', statusDate: '2026-01-05' })));

  const household = ok(
    await api.housing.createHousehold({
      size: 3,
      notes: MINE.householdNotes,
      people: [
        personInput({ firstName: MINE.firstName, lastName: MINE.lastName, contact: MINE.contact, residenceStatus: 'permit_temporary', birthYear: 1987, languages: ['ar', 'fr'] }),
        personInput({ firstName: THEIRS.memberFirstName, lastName: THEIRS.memberLastName, contact: THEIRS.memberContact, residenceStatus: 'undocumented', birthYear: 2011, languages: ['ti'] }),
      ],
    }),
  );
  const [me, member] = household.people as [(typeof household.people)[0], (typeof household.people)[0]];
  const other = ok(
    await api.housing.createHousehold({
      size: 1,
      notes: THEIRS.householdNotes,
      people: [personInput({ firstName: THEIRS.firstName, lastName: THEIRS.lastName, contact: THEIRS.contact, residenceStatus: 'belgian_or_eu', birthYear: 1960, languages: ['nl'] })],
    }),
  );
  const gamma = other.people[0]!;

  // The household waited, then stayed in transit (ended), then in the bail glissant unit (open).
  ok(await api.waitlist.add({ householdId: household.id, priority: 'urgent', requestedDate: '2026-02-01', placesNeeded: 3, unitKinds: ['logement_transit'] }));
  const stay = ok(await api.housing.createPlacement({ unitId: transit.id, householdId: household.id, places: 3, start: '2026-02-10', plannedEnd: '2026-06-30', notes: MINE.stayNotes }));
  ok(await api.housing.endPlacement({ id: stay.id, actualEnd: '2026-05-31', endReason: 'transferred' }));
  ok(await api.housing.createPlacement({ unitId: lease.id, householdId: household.id, places: 3, start: '2026-06-01', plannedEnd: null, notes: MINE.leaseStayNotes }));
  ok(
    await api.housing.setRollingLease({
      unitId: lease.id,
      operator: MINE.operator,
      owner: THEIRS.owner,
      subleaseStart: '2026-06-01',
      renewals: ['2026-11-20'],
      transferDate: null,
      endDate: '2026-11-25',
      outcome: MINE.outcome,
      objectives: MINE.objectives,
      reviews: [{ date: '2026-09-15', notes: MINE.reviewNotes }],
    }),
  );
  ok(await api.housing.createPlacement({ unitId: gammaUnit.id, householdId: other.id, places: 1, start: '2026-03-01', plannedEnd: null, notes: THEIRS.stayNotes }));

  // A reference address with one contact (the next one overdue by now), and the others' own registrations.
  const registration = ok(
    await api.registrations.create(
      registrationInput(me.id, {
        communeReference: MINE.communeReference,
        notes: MINE.registrationNotes,
        unitId: transit.id,
        requestDate: '2026-02-01',
        decisionDate: '2026-02-03',
        startDate: '2026-02-03',
        forwarding: { receivedDate: '2026-02-01', forwardedDate: '2026-02-04' },
        move: { date: '2026-03-01', declaredDate: '2026-03-05' },
        policeCheckDate: '2026-03-12',
        absence: { notFoundSince: '2026-08-01', resolvedDate: '2026-08-20' },
      }),
    ),
  );
  ok(await api.registrations.recordContact({ registrationId: registration.id, date: '2026-04-20' }));
  ok(await api.registrations.create(registrationInput(member.id, { communeReference: THEIRS.memberReference, notes: THEIRS.memberRegistrationNotes })));
  ok(await api.registrations.create(registrationInput(gamma.id, { communeReference: THEIRS.communeReference, notes: THEIRS.registrationNotes })));

  // The information notice's columns (issue 20's migration), written as lane D's channel will write them.
  await core.db('housing_households').where({ id: household.id }).update({ notice_given_at: '2026-02-10', notice_language: 'ar' });
  await core.db('housing_households').where({ id: other.id }).update({ notice_given_at: '2026-03-01', notice_language: 'nl' });

  // Reads that the access log shows: the household's sheet (household + each person), the other household's.
  ok(await api.housing.household({ id: household.id }));
  ok(await api.housing.household({ id: other.id }));
  return {
    personId: me.id,
    personCode: me.code,
    householdId: household.id,
    householdCode: household.code,
    memberId: member.id,
    memberCode: member.code,
    otherPersonId: gamma.id,
    otherPersonCode: gamma.code,
    otherHouseholdCode: other.code,
  };
}

async function auditRows(core: Core): Promise<{ action: string; entity: string; entity_id: number; user_id: number }[]> {
  return core.db('housing_audit_log').orderBy('id').select('action', 'entity', 'entity_id', 'user_id');
}

function parsed(file: ExportedFile): PersonalDataExport {
  expect(file).toMatchObject({ mimeType: 'application/json', encoding: 'utf-8' });
  return JSON.parse(file.content) as PersonalDataExport;
}

function pdfText(file: ExportedFile, name: string): string {
  expect(file).toMatchObject({ mimeType: 'application/pdf', encoding: 'base64' });
  return readableText(readPdf(new Uint8Array(Buffer.from(file.content, 'base64')), name).flow);
}

/** Everything of the other people that must never appear: their values and codes (the member's code excepted). */
function theirCanaries(seeded: Seeded): string[] {
  return [...Object.values(THEIRS), seeded.otherPersonCode, seeded.otherHouseholdCode];
}

/**
 * Every column of every table the export reads, and where it goes in the JSON (a path read in the seeded export)
 * or why it is left out. A column added to one of these tables fails the test until it is placed here: the
 * export must hold every field held about the person.
 */
const OMITTED = 'omitted';
const COLUMNS: Record<string, Record<string, string | [typeof OMITTED, string]>> = {
  housing_people: {
    id: [OMITTED, 'internal row id; the code is the identity'],
    code: 'person.code',
    household_id: 'household.code',
    first_name_enc: 'person.firstName',
    last_name_enc: 'person.lastName',
    residence_status_enc: 'person.residenceStatus',
    contact_enc: 'person.contact',
    birth_year: 'person.birthYear',
    languages: 'person.languages',
    created_at: 'person.createdAt',
    updated_at: 'person.updatedAt',
  },
  housing_households: {
    id: [OMITTED, 'internal row id'],
    code: 'household.code',
    size: 'household.size',
    notes_enc: 'household.notes',
    notice_given_at: 'household.noticeGivenAt',
    notice_language: 'household.noticeLanguage',
    created_at: 'household.createdAt',
    updated_at: 'household.updatedAt',
  },
  housing_placements: {
    id: [OMITTED, 'internal row id'],
    unit_id: 'stays.0.unitCode',
    household_id: [OMITTED, 'the household, given once'],
    places: 'stays.0.places',
    start_date: 'stays.0.start',
    planned_end: 'stays.0.plannedEnd',
    actual_end: 'stays.0.actualEnd',
    end_reason: 'stays.0.endReason',
    notes: 'stays.0.notes',
    notes_enc: 'stays.0.notes',
    created_at: 'stays.0.createdAt',
    updated_at: 'stays.0.updatedAt',
  },
  housing_registrations: {
    id: [OMITTED, 'internal row id'],
    kind: 'registrations.0.kind',
    status: 'registrations.0.status',
    person_id: [OMITTED, 'the person, given once'],
    unit_id: 'registrations.0.unitCode',
    request_date: 'registrations.0.requestDate',
    decision_date: 'registrations.0.decisionDate',
    start_date: 'registrations.0.startDate',
    end_date: 'registrations.0.endDate',
    commune_reference_enc: 'registrations.0.communeReference',
    notes_enc: 'registrations.0.notes',
    forward_received_date: 'registrations.0.forwarding.receivedDate',
    forwarded_date: 'registrations.0.forwarding.forwardedDate',
    move_date: 'registrations.0.move.date',
    move_declared_date: 'registrations.0.move.declaredDate',
    police_check_date: 'registrations.0.policeCheckDate',
    not_found_since: 'registrations.0.absence.notFoundSince',
    absence_resolved_date: 'registrations.0.absence.resolvedDate',
    created_at: 'registrations.0.createdAt',
    updated_at: 'registrations.0.updatedAt',
  },
  housing_registration_contacts: {
    id: [OMITTED, 'internal row id'],
    registration_id: [OMITTED, 'the registration it belongs to'],
    contact_date: 'registrations.0.contactDates.0',
    created_at: [OMITTED, 'when the day was typed in; the day itself is given'],
  },
  housing_waitlist: {
    id: [OMITTED, 'internal row id'],
    household_id: [OMITTED, 'the household, given once'],
    priority: 'waitingList.0.priority',
    requested_date: 'waitingList.0.requestedDate',
    places_needed: 'waitingList.0.placesNeeded',
    unit_kinds: 'waitingList.0.unitKinds',
    status: 'waitingList.0.status',
    closed_date: 'waitingList.0.closedDate',
    placement_id: [OMITTED, 'internal link to the stay, given under stays'],
    created_at: 'waitingList.0.createdAt',
    updated_at: 'waitingList.0.updatedAt',
  },
  rolling_leases: {
    id: [OMITTED, 'internal row id'],
    unit_id: 'rollingLeases.0.unitCode',
    operator: 'rollingLeases.0.operator',
    owner: [OMITTED, 'the landlord: possibly another person'],
    sublease_start: 'rollingLeases.0.subleaseStart',
    transfer_date: 'rollingLeases.0.transferDate',
    end_date: 'rollingLeases.0.endDate',
    outcome: 'rollingLeases.0.outcome',
    objectives: 'rollingLeases.0.objectives',
    outcome_enc: 'rollingLeases.0.outcome',
    objectives_enc: 'rollingLeases.0.objectives',
    created_at: [OMITTED, "bookkeeping of the lease's record, not about the person"],
    updated_at: [OMITTED, "bookkeeping of the lease's record, not about the person"],
  },
  rolling_lease_renewals: {
    id: [OMITTED, 'internal row id'],
    lease_id: [OMITTED, 'the lease it belongs to'],
    renewed_on: 'rollingLeases.0.renewals.0',
    number: [OMITTED, 'the order of the renewals, which the list keeps'],
  },
  rolling_lease_reviews: {
    id: [OMITTED, 'internal row id'],
    lease_id: [OMITTED, 'the lease it belongs to'],
    reviewed_on: 'rollingLeases.0.reviews.0.date',
    notes: 'rollingLeases.0.reviews.0.notes',
    notes_enc: 'rollingLeases.0.reviews.0.notes',
  },
  housing_audit_log: {
    id: [OMITTED, 'internal row id'],
    at: 'accessLog.0.at',
    user_id: [OMITTED, 'which employee: not given (CJEU C-579/21)'],
    action: 'accessLog.0.action',
    entity: 'accessLog.0.concerns',
    entity_id: [OMITTED, 'the person or the household, given once'],
  },
};

/** Whether the JSON has this field (null included: the field is there, with no value for this person). */
function hasPath(data: unknown, path: string): boolean {
  let value: unknown = data;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return false;
    value = (value as Record<string, unknown>)[key];
  }
  return true;
}

describe('personal data export (right of access and portability)', () => {
  it('places every column of the tables it reads, or says why it is left out', async () => {
    const { core, api } = setup;
    const seeded = await seed(core, api);
    const data = parsed(ok(await api.personalData.exportJson({ personId: seeded.personId, language: 'en' })));
    for (const [table, columns] of Object.entries(COLUMNS)) {
      expect(Object.keys(await core.db(table).columnInfo()).sort(), table).toEqual(Object.keys(columns).sort());
      for (const [column, place] of Object.entries(columns)) {
        if (Array.isArray(place)) continue;
        expect(hasPath(data, place), `${table}.${column} → ${place}`).toBe(true);
      }
    }
  });

  it('exports every field held about the person as versioned JSON, and nothing of anyone else', async () => {
    const { core, api, username } = setup;
    const seeded = await seed(core, api);
    const before = await auditRows(core);
    const file = ok(await api.personalData.exportJson({ personId: seeded.personId, language: 'fr' }));
    expect(file.fileName).toBe(`donnees-personnelles-${seeded.personCode}-2026-11-28.json`);
    const data = parsed(file);

    expect(data).toMatchObject({ format: PERSONAL_DATA_FORMAT, version: PERSONAL_DATA_VERSION, generatedAt: '2026-11-28T09:00:00.000Z', language: 'fr' });
    expect(data.person).toMatchObject({
      code: seeded.personCode,
      firstName: MINE.firstName,
      lastName: MINE.lastName,
      contact: MINE.contact,
      residenceStatus: 'permit_temporary',
      birthYear: 1987,
      languages: ['ar', 'fr'],
    });
    expect(data.household).toMatchObject({
      code: seeded.householdCode,
      size: 3,
      notes: MINE.householdNotes,
      noticeGivenAt: '2026-02-10',
      noticeLanguage: 'ar',
      otherMemberCodes: [seeded.memberCode],
    });
    expect(data.stays.map((stay) => [stay.unitCode, stay.unitAddress, stay.start, stay.actualEnd, stay.endReason, stay.notes])).toEqual([
      ['LT-ALPHA', MINE.unitAddress, '2026-02-10', '2026-05-31', 'transferred', MINE.stayNotes],
      ['BG-ALPHA', MINE.leaseUnitAddress, '2026-06-01', null, null, MINE.leaseStayNotes],
    ]);
    expect(data.registrations).toHaveLength(1);
    const registration = data.registrations[0]!;
    expect(registration).toMatchObject({
      kind: 'reference_address_cpas',
      status: 'active',
      communeReference: MINE.communeReference,
      notes: MINE.registrationNotes,
      forwarding: { receivedDate: '2026-02-01', forwardedDate: '2026-02-04' },
      contactDates: ['2026-04-20'],
    });
    // The deadlines with their due dates and outcome: all met but the second contact, missed.
    expect(registration.deadlines.map((task) => [task.kind, task.dueDate, task.doneDate, task.outcome])).toEqual([
      ['forward_request', '2026-02-06', '2026-02-04', 'met'],
      ['move_declaration', '2026-03-09', '2026-03-05', 'met'],
      ['police_check', '2026-03-20', '2026-03-12', 'met'],
      ['cpas_contact', '2026-05-03', '2026-04-20', 'met'],
      ['cpas_contact', '2026-07-20', null, 'missed'],
      ['strike_off', '2027-02-01', '2026-08-20', 'met'],
    ]);
    expect(data.waitingList).toEqual([
      expect.objectContaining({ priority: 'urgent', requestedDate: '2026-02-01', placesNeeded: 3, unitKinds: ['logement_transit'], status: 'placed', closedDate: '2026-02-10' }),
    ]);
    expect(data.rollingLeases).toEqual([
      {
        unitCode: 'BG-ALPHA',
        operator: MINE.operator,
        subleaseStart: '2026-06-01',
        renewals: ['2026-11-20'],
        transferDate: null,
        endDate: '2026-11-25',
        objectives: MINE.objectives,
        outcome: MINE.outcome,
        reviews: [{ date: '2026-09-15', notes: MINE.reviewNotes }],
      },
    ]);
    // The access log of the person and the household, this export included; never who, only "the staff".
    expect(data.accessLog.every((entry) => entry.by === 'cpasHousingStaff')).toBe(true);
    const personRows = before.filter((row) => row.entity === 'person' && row.entity_id === seeded.personId).map((row) => row.action);
    const householdRows = before.filter((row) => row.entity === 'household' && row.entity_id === seeded.householdId).map((row) => row.action);
    expect(personRows).toEqual(expect.arrayContaining(['create', 'view']));
    expect(householdRows).toEqual(expect.arrayContaining(['create', 'update', 'view']));
    expect(data.accessLog.filter((entry) => entry.concerns === 'person').map((entry) => entry.action)).toEqual([...personRows, 'export']);
    expect(data.accessLog.filter((entry) => entry.concerns === 'household').map((entry) => entry.action)).toEqual(householdRows);
    // Nothing of the other member's or the other household's log.
    expect(data.accessLog).toHaveLength(personRows.length + householdRows.length + 1);

    const text = file.content;
    for (const value of Object.values(MINE)) expect(text, value).toContain(value);
    for (const value of theirCanaries(seeded)) expect(text, value).not.toContain(value);
    expect(text).not.toContain(username);
    expect(text).not.toMatch(/user_?id/i);

    // One 'export' row for the person, and nothing else written.
    const after = await auditRows(core);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length)).toEqual([{ action: 'export', entity: 'person', entity_id: seeded.personId, user_id: setup.userId }]);
  });

  it('prints the same in a PDF, French or English, with the Arabic name, and nothing of anyone else', async () => {
    const { core, api } = setup;
    const seeded = await seed(core, api);
    const arabic = { firstName: 'زبيدة', lastName: 'الحداد' };
    await api.housing.updatePerson({
      id: seeded.personId,
      ...personInput({ ...arabic, contact: MINE.contact, residenceStatus: 'permit_temporary', birthYear: 1987, languages: ['ar', 'fr'] }),
    });
    const before = (await auditRows(core)).length;

    const french = ok(await api.personalData.exportPdf({ personId: seeded.personId, language: 'fr' }));
    expect(french.fileName).toBe(`donnees-personnelles-${seeded.personCode}-2026-11-28.pdf`);
    const text = pdfText(french, 'fr');
    const expected = Object.entries(MINE).filter(([key]) => key !== 'firstName' && key !== 'lastName').map(([, value]) => value);
    for (const value of [...expected, arabic.firstName, arabic.lastName, seeded.personCode, seeded.householdCode, seeded.memberCode]) expect(text, value).toContain(value);
    for (const value of ['Titre de séjour temporaire', 'arabe (ar)', '1987', 'Adresse de référence au CPAS', 'Manquée', 'Respectée', 'remise le 10 février 2026', "Journal d'accès", 'un membre du personnel logement du CPAS', 'Transfert (autre unité ou service)', 'Urgente']) {
      expect(text, value).toContain(value);
    }
    for (const value of theirCanaries(seeded)) expect(text, value).not.toContain(value);

    const english = ok(await api.personalData.exportPdf({ personId: seeded.personId, language: 'en' }));
    expect(english.fileName).toBe(`personal-data-${seeded.personCode}-2026-11-28.pdf`);
    const englishText = pdfText(english, 'en');
    for (const value of [MINE.communeReference, arabic.lastName, 'Temporary residence permit', 'Arabic (ar)', 'a member of the CPAS housing staff', 'Access log', 'given on 10 February 2026']) {
      expect(englishText, value).toContain(value);
    }
    expect(englishText).not.toContain('Journal');

    const added = (await auditRows(core)).slice(before);
    expect(added).toEqual([
      { action: 'export', entity: 'person', entity_id: seeded.personId, user_id: setup.userId },
      { action: 'export', entity: 'person', entity_id: seeded.personId, user_id: setup.userId },
    ]);
  });

  it("exports the other member's data without the first person's", async () => {
    const { core, api } = setup;
    const seeded = await seed(core, api);
    const data = parsed(ok(await api.personalData.exportJson({ personId: seeded.memberId, language: 'en' })));
    expect(data.person).toMatchObject({ firstName: THEIRS.memberFirstName, lastName: THEIRS.memberLastName });
    expect(data.household.otherMemberCodes).toEqual([seeded.personCode]);
    expect(data.registrations.map((registration) => registration.communeReference)).toEqual([THEIRS.memberReference]);
    const text = JSON.stringify(data);
    for (const value of [MINE.firstName, MINE.lastName, MINE.contact, MINE.communeReference, MINE.registrationNotes]) expect(text, value).not.toContain(value);
    // The household's own texts are the member's too.
    expect(text).toContain(MINE.householdNotes);
  });

  it('answers NOT_FOUND for a person who does not exist, VALIDATION for bad input, and writes nothing', async () => {
    const { core, api } = setup;
    const seeded = await seed(core, api);
    const before = await auditRows(core);
    for (const call of [api.personalData.exportJson, api.personalData.exportPdf]) {
      expect(await call({ personId: seeded.otherPersonId + 1000, language: 'fr' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    const loose = unchecked(api).personalData;
    const refused = [
      await loose.exportJson({ personId: 'P-1234', language: 'fr' }),
      await loose.exportPdf({ personId: seeded.personId, language: 'de' }),
      await loose.exportPdf({ personId: seeded.personId, language: 'fr', householdId: 1 }),
      // Beyond the 32-bit id columns: refused by the schema, not by PostgreSQL as INTERNAL.
      await loose.exportJson({ personId: 2_147_483_648, language: 'fr' }),
    ];
    expect(refused.map((result) => (result.ok ? 'ok' : [result.error.code, result.error.fields?.map((field) => field.path)]))).toEqual([
      ['VALIDATION', ['personId']],
      ['VALIDATION', ['language']],
      ['VALIDATION', expect.any(Array)],
      ['VALIDATION', ['personId']],
    ]);
    expect(await auditRows(core)).toEqual(before);
  });

  it('writes no export row when the export fails after it was recorded (the call rolls back)', async () => {
    const { core, api } = setup;
    const seeded = await seed(core, api);
    // A household note whose envelope no longer opens: the export fails while reading, after its row was written.
    const household = await core.db('housing_households').where({ code: seeded.householdCode }).first('id', 'notes_enc');
    await core.db('housing_households').where({ id: household.id }).update({ notes_enc: `${household.notes_enc.slice(0, -6)}AAAAAA` });
    const before = await auditRows(core);
    const result = await api.personalData.exportPdf({ personId: seeded.personId, language: 'fr' });
    expect(result.ok).toBe(false);
    expect(await auditRows(core)).toEqual(before);
  });

  it('is FORBIDDEN to every role but housing, and writes nothing for them', async () => {
    const { core, api } = setup;
    const seeded = await seed(core, api);
    const before = await auditRows(core);
    const roleSets: Role[][] = [['admin'], ['coordinator'], ['teacher']];
    for (const roles of roleSets) {
      const theirs = (await signedIn(core, roles)).api;
      for (const call of [theirs.personalData.exportJson, theirs.personalData.exportPdf]) {
        const result = await call({ personId: seeded.personId, language: 'fr' });
        expect(result.ok ? 'ok' : result.error.code, roles.join()).toBe('FORBIDDEN');
      }
    }
    expect(await auditRows(core)).toEqual(before);
  });
});
