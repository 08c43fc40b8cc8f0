import type { Knex } from 'knex';
import type { FieldCipher } from '../crypto/field-cipher';
import type { DemoRandom } from './random';
import type { HousingDemoSummary } from './housing';
import { bulkInsert } from '../db/bulk-insert';
import { reserveIds } from './reserve-ids';
import { dayNumber, dayText, recordedAt } from './housing-scale-days';
import { planScaleUnits } from './housing-scale-units';
import { planScaleStays } from './housing-scale-stays';
import { planScaleRegistrations } from './housing-scale-registrations';
import { LANGUAGE_SETS, NOTES } from './housing-households';
import { FIRST_NAMES, LAST_NAMES } from './school-names';
import { householdNotesContext, personContext } from '../services/housing/people';
import { sealNote } from '../services/housing/private-notes';
import { registrationCipherColumns } from '../services/housing/registration-cipher';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  HOUSEHOLD_CODE_PREFIX,
  PERSON_CODE_PREFIX,
  RESIDENCE_STATUSES,
  type HousingAuditAction,
  type HousingAuditEntity,
} from '../../shared/domain/housing/people';

/**
 * Housing at the benchmark's scale (issue 19: ~2,000 units, ~15,000 stays, ~20,000 address registrations over ten
 * years), added after the demo's story (housing.ts) in the same transaction. The story goes through the real
 * services one call at a time; here that would take minutes, so the plans (housing-scale-*.ts, which keep the
 * services' rules) are written in bulk with the rows those services would write: names, statuses, contacts and
 * notes encrypted with the data directory's field cipher under the same contexts, the status history, and the
 * access log's rows (ids only). Codes are drawn from the seeded generator (the services draw theirs at random),
 * avoiding the story's.
 */

export interface HousingScaleOptions {
  /** The demo's today in Liège ("YYYY-MM-DD"): nothing is dated after it. */
  today: string;
  /** Years of history, ending today. */
  years: number;
  /** The demo housing worker: author of every record. */
  userId: number;
  cipher: FieldCipher;
  /** Units recorded and registrations per year of history (the stays follow from the units: ~7 a unit). */
  perYear: { units: number; registrations: number };
}

type Row = unknown[];

export async function generateHousingAtScale(db: Knex, random: DemoRandom, options: HousingScaleOptions): Promise<HousingDemoSummary> {
  const { cipher, userId } = options;
  const today = dayNumber(options.today);
  const firstDay = today - Math.round(options.years * 365.25);
  const units = planScaleUnits(random, Math.round(options.perYear.units * options.years), firstDay, today);
  const { stays, households } = planScaleStays(random, units, today);
  // Families often have only their adults recorded, sometimes nobody but the household's code (as in the story).
  const recorded = households.map((household) => (random.next() < 1 / 7 ? 0 : Math.min(household.size, 2)));
  const registrations = planScaleRegistrations(
    random,
    { stays, unitKinds: units.map((unit) => unit.kind), households, hasPerson: (household) => recorded[household]! > 0 },
    Math.round(options.perYear.registrations * options.years),
    { firstDay, today },
  );
  // Households appended for reference addresses: their person is recorded.
  for (let household = recorded.length; household < households.length; household += 1) recorded.push(Math.min(households[household]!.size, 2));

  const providers: { id: number; kind: string }[] = await db('housing_providers').orderBy('id').select('id', 'kind');
  const householdCode = codeMaker(random, HOUSEHOLD_CODE_PREFIX, await takenCodes(db, 'housing_households'));
  const personCode = codeMaker(random, PERSON_CODE_PREFIX, await takenCodes(db, 'housing_people'));
  const audit: { at: string; action: HousingAuditAction; entity: HousingAuditEntity; id: number }[] = [];

  // Units, their status history and supports.
  const firstUnit = await reserveIds(db, 'housing_units', units.length);
  const unitRows: Row[] = [];
  const changeRows: Row[] = [];
  const supportRows: Row[] = [];
  units.forEach((unit, index) => {
    const id = firstUnit + index;
    const first = unit.history[0]!;
    const last = unit.history[unit.history.length - 1]!;
    const candidates = providers.filter((provider) => provider.kind === unit.providerKind);
    const provider = candidates.length > 0 ? random.pick(candidates).id : null;
    unitRows.push([id, unit.code, unit.kind, unit.address, provider, unit.capacity, last.status, dayText(last.day), '', null, unit.lightHousingCriteria, recordedAt(first.day), recordedAt(last.day)]);
    for (const change of unit.history) changeRows.push([id, change.status, dayText(change.day), userId, recordedAt(change.day)]);
    const supported = unit.history.find((change) => change.status === 'supported');
    for (const kind of unit.supports) supportRows.push([id, kind, supported ? dayText(supported.day) : null, '']);
  });
  await bulkInsert(db, 'housing_units', ['id', 'code', 'kind', 'address', 'provider_id', 'capacity', 'status', 'status_date', 'notes', 'citizen_stay_days', 'light_housing_criteria', 'created_at', 'updated_at'], unitRows);
  await bulkInsert(db, 'housing_unit_status_changes', ['unit_id', 'status', 'date', 'recorded_by', 'recorded_at'], changeRows);
  await bulkInsert(db, 'housing_unit_supports', ['unit_id', 'kind', 'start_date', 'notes'], supportRows);

  // Households and their people, recorded a few days before the first thing that happens to them.
  const firstHousehold = await reserveIds(db, 'housing_households', households.length);
  const firstPerson = await reserveIds(db, 'housing_people', recorded.reduce((sum, count) => sum + count, 0));
  const householdRows: Row[] = [];
  const personRows: Row[] = [];
  const firstPersonOf: (number | null)[] = [];
  households.forEach((household, index) => {
    const id = firstHousehold + index;
    const code = householdCode();
    const at = recordedAt(household.firstDay - random.int(1, 12));
    householdRows.push([id, code, household.size, cipher.encrypt(random.pick(NOTES), householdNotesContext(code)), at, at]);
    audit.push({ at, action: 'create', entity: 'household', id });
    firstPersonOf.push(recorded[index]! > 0 ? firstPerson + personRows.length : null);
    for (let position = 0; position < recorded[index]!; position += 1) {
      const personId = firstPerson + personRows.length;
      const ownCode = personCode();
      // Pseudonymous by default, as the app intends; some people have a name.
      const named = random.next() < 0.4;
      const status = random.next() < 0.35 ? '' : random.pick(RESIDENCE_STATUSES);
      const contact = named && random.next() < 0.3 ? `04${random.int(70, 99)} ${random.int(10, 99)} ${random.int(10, 99)} ${random.int(10, 99)}` : '';
      personRows.push([
        personId,
        ownCode,
        id,
        cipher.encrypt(named ? random.pick(FIRST_NAMES) : '', personContext('first_name_enc', ownCode)),
        cipher.encrypt(named ? random.pick(LAST_NAMES) : '', personContext('last_name_enc', ownCode)),
        cipher.encrypt(status, personContext('residence_status_enc', ownCode)),
        cipher.encrypt(contact, personContext('contact_enc', ownCode)),
        random.next() < 0.25 ? null : random.int(1958, 2006),
        JSON.stringify(random.pick(LANGUAGE_SETS)),
        at,
        at,
      ]);
      audit.push({ at, action: 'create', entity: 'person', id: personId });
    }
  });
  await bulkInsert(db, 'housing_households', ['id', 'code', 'size', 'notes_enc', 'created_at', 'updated_at'], householdRows);
  await bulkInsert(db, 'housing_people', ['id', 'code', 'household_id', 'first_name_enc', 'last_name_enc', 'residence_status_enc', 'contact_enc', 'birth_year', 'languages', 'created_at', 'updated_at'], personRows);

  // Stays: placed on their first day, ended on their last (each a change of the household, in the access log).
  const firstPlacement = await reserveIds(db, 'housing_placements', stays.length);
  const placementRows = stays.map((stay, index): Row => {
    const id = firstPlacement + index;
    const household = firstHousehold + stay.household;
    audit.push({ at: recordedAt(stay.start), action: 'update', entity: 'household', id: household });
    if (stay.end !== null) audit.push({ at: recordedAt(stay.end), action: 'update', entity: 'household', id: household });
    return [
      id,
      firstUnit + stay.unit,
      household,
      stay.places,
      dayText(stay.start),
      stay.plannedEnd === null ? null : dayText(stay.plannedEnd),
      stay.end === null ? null : dayText(stay.end),
      stay.reason,
      '',
      sealNote(cipher, 'placementNotes', id, ''),
      recordedAt(stay.start),
      recordedAt(stay.end ?? stay.start),
    ];
  });
  await bulkInsert(db, 'housing_placements', ['id', 'unit_id', 'household_id', 'places', 'start_date', 'planned_end', 'actual_end', 'end_reason', 'notes', 'notes_enc', 'created_at', 'updated_at'], placementRows);

  // Registrations of each household's first recorded person, their contacts at the CPAS.
  const firstRegistration = await reserveIds(db, 'housing_registrations', registrations.length);
  const contactRows: Row[] = [];
  const registrationRows = registrations.map((registration, index): Row => {
    const id = firstRegistration + index;
    const person = firstPersonOf[registration.household]!;
    const created = registration.decision ?? registration.request;
    audit.push({ at: recordedAt(created), action: 'update', entity: 'person', id: person });
    for (const contact of registration.contacts) {
      contactRows.push([id, dayText(contact), recordedAt(contact)]);
      audit.push({ at: recordedAt(contact), action: 'update', entity: 'person', id: person });
    }
    const sealed = registrationCipherColumns(cipher, id, { communeReference: registration.communeReference, notes: '' });
    const date = (day: number | null) => (day === null ? null : dayText(day));
    return [
      id,
      registration.kind,
      registration.status,
      person,
      registration.unit === null ? null : firstUnit + registration.unit,
      date(registration.request),
      date(registration.decision),
      date(registration.start),
      date(registration.end),
      sealed.commune_reference_enc,
      sealed.notes_enc,
      date(registration.forwarding?.received ?? null),
      date(registration.forwarding?.forwarded ?? null),
      date(registration.policeCheck),
      recordedAt(created),
      recordedAt(Math.max(created, registration.end ?? 0, registration.contacts.at(-1) ?? 0)),
    ];
  });
  await bulkInsert(
    db,
    'housing_registrations',
    ['id', 'kind', 'status', 'person_id', 'unit_id', 'request_date', 'decision_date', 'start_date', 'end_date', 'commune_reference_enc', 'notes_enc', 'forward_received_date', 'forwarded_date', 'police_check_date', 'created_at', 'updated_at'],
    registrationRows,
  );
  await bulkInsert(db, 'housing_registration_contacts', ['registration_id', 'contact_date', 'created_at'], contactRows);

  // The access log in the order things happened, as the services would have appended it.
  audit.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  await bulkInsert(db, 'housing_audit_log', ['at', 'user_id', 'action', 'entity', 'entity_id'], audit.map((entry) => [entry.at, userId, entry.action, entry.entity, entry.id]));

  return { housingUnits: units.length, households: households.length, placements: stays.length, waitlist: 0, registrations: registrations.length };
}

async function takenCodes(db: Knex, table: 'housing_households' | 'housing_people'): Promise<Set<string>> {
  return new Set<string>(await db(table).pluck('code'));
}

/**
 * Codes as the services make them (people.ts: a prefix and four characters of CODE_ALPHABET), the n-th from a
 * seeded walk through all of them (an affine permutation: distinct n, distinct codes). The story's codes are
 * random (the service draws them): one met is replaced by a code from the far end of the walk, so that a clash
 * changes that one code and nothing else drawn after it.
 */
function codeMaker(random: DemoRandom, prefix: string, taken: Set<string>): () => string {
  const space = CODE_ALPHABET.length ** CODE_LENGTH;
  const offset = Math.floor(random.next() * space);
  const codeAt = (index: number): string => {
    let value = (index * 7919 + offset) % space;
    let body = '';
    for (let position = 0; position < CODE_LENGTH; position += 1) {
      body += CODE_ALPHABET[value % CODE_ALPHABET.length];
      value = Math.floor(value / CODE_ALPHABET.length);
    }
    return `${prefix}-${body}`;
  };
  let next = 0;
  let spare = space - 1;
  return () => {
    let code = codeAt(next++);
    while (taken.has(code)) code = codeAt(spare--);
    taken.add(code);
    return code;
  };
}
