import type { Knex } from 'knex';
import { addDays } from '../../shared/domain/dates';
import { contract } from '../../shared/api/contract';
import { createRegistration, recordRegistrationContact } from '../services/housing/registrations';
import type { RegistrationKind, RegistrationStatus } from '../../shared/domain/housing/registrations';
import { actingOn, type DemoWorker } from './housing-context';

/**
 * Demo address registrations (issue 6, point 5), through the real service (commune reference and notes are
 * encrypted there). Dated around the demo's today, 28 November 2026, so the home screen has work: a reference
 * address whose 3-monthly contact is overdue (due 19 November), one due this week (30 November), a request
 * forwarded in time to the competent CPAS and one still to forward (due 1 December), inscriptions provisoires
 * linked to the units their people live in.
 */

/** Whose registration: a household still waiting (by its place on the list), or the household living in / having left a unit. */
type Who = { waiting: number } | { livesIn: string } | { leftFrom: string };

interface RegistrationPlan {
  who: Who;
  kind: RegistrationKind;
  status: RegistrationStatus;
  linkUnit?: boolean;
  /** 'stay': dated from the stay the registration follows (see fromStay). */
  requestDate: string | 'stay';
  decisionDate?: string;
  startDate?: string;
  endDate?: string;
  communeReference?: string;
  notes?: string;
  forwarding?: { receivedDate: string; forwardedDate: string | null };
  policeCheckDate?: string;
  contacts?: string[];
}

const PLANS: readonly RegistrationPlan[] = [
  // Last contact 19 August: the next was due on 19 November, overdue on the demo's today.
  { who: { waiting: 1 }, kind: 'reference_address_cpas', status: 'active', requestDate: '2026-02-20', decisionDate: '2026-02-27', startDate: '2026-03-02', communeReference: 'AR-2026-0117', contacts: ['2026-05-28', '2026-08-19'] },
  // Last contact 30 August: due on 30 November, this week.
  { who: { waiting: 3 }, kind: 'reference_address_cpas', status: 'active', requestDate: '2026-05-22', decisionDate: '2026-06-01', startDate: '2026-06-01', communeReference: 'AR-2026-0342', contacts: ['2026-08-30'] },
  { who: { waiting: 2 }, kind: 'reference_address_private', status: 'active', requestDate: '2026-09-08', decisionDate: '2026-09-14', startDate: '2026-09-15', communeReference: 'AR-2026-0518', notes: 'Chez une personne de la famille, accord écrit au dossier.', contacts: ['2026-10-20'] },
  // This CPAS was not competent: forwarded within the 5 days, then closed here.
  { who: { waiting: 5 }, kind: 'reference_address_cpas', status: 'refused', requestDate: '2026-10-12', decisionDate: '2026-10-15', forwarding: { receivedDate: '2026-10-12', forwardedDate: '2026-10-15' }, notes: 'Transmise au CPAS compétent (Seraing).' },
  // Received on 26 November, still to forward: due 1 December.
  { who: { waiting: 0 }, kind: 'reference_address_cpas', status: 'requested', requestDate: '2026-11-26', forwarding: { receivedDate: '2026-11-26', forwardedDate: null } },
  // Dated from the stay they follow (STAY_DATES): the request on the day the household moved in.
  { who: { livesIn: 'HL-01' }, kind: 'inscription_provisoire', status: 'active', linkUnit: true, requestDate: 'stay', communeReference: 'IP-2026-0031', notes: 'Habitat léger : inscription provisoire jusqu’à la régularisation du permis.' },
  { who: { livesIn: 'COP-01' }, kind: 'inscription_provisoire', status: 'requested', linkUnit: true, requestDate: '2026-11-16', communeReference: 'IP-2026-0077', notes: 'Occupation précaire : enquête de résidence attendue.' },
  { who: { leftFrom: 'LT-01' }, kind: 'temporary_address_nonprofit', status: 'ended', linkUnit: true, requestDate: 'stay' },
];

interface PlacementFacts {
  unit_id: number;
  household_id: number;
  start_date: string;
  actual_end: string | null;
}

/** Requested the day the household moved in, decided and started 5 days later, checked by the police 4 days after; ended when it left. */
function fromStay(stay: PlacementFacts) {
  return {
    requestDate: stay.start_date,
    decisionDate: addDays(stay.start_date, 5),
    startDate: addDays(stay.start_date, 5),
    policeCheckDate: addDays(stay.start_date, 9),
    endDate: stay.actual_end,
  };
}

async function firstPersonOf(db: Knex, householdId: number): Promise<number | null> {
  const row: { id: number } | undefined = await db('housing_people').where({ household_id: householdId }).orderBy('id').first('id');
  return row?.id ?? null;
}

/** The registration's person (the first recorded person of the household), its unit and the stay it follows. */
async function resolve(db: Knex, who: Who, waiting: readonly number[]): Promise<{ personId: number; stay: PlacementFacts | null } | null> {
  if ('waiting' in who) {
    const householdId = waiting[who.waiting];
    const personId = householdId === undefined ? null : await firstPersonOf(db, householdId);
    return personId === null ? null : { personId, stay: null };
  }
  const code = 'livesIn' in who ? who.livesIn : who.leftFrom;
  const stays: PlacementFacts[] = await db('housing_placements as p')
    .join('housing_units as u', 'u.id', 'p.unit_id')
    .where('u.code', code)
    .modify((query) => ('livesIn' in who ? query.whereNull('p.actual_end') : query.whereNotNull('p.actual_end')))
    .orderBy('p.start_date')
    .select('p.unit_id', 'p.household_id', 'p.start_date', 'p.actual_end');
  for (const stay of stays) {
    // A stay long enough to hold the registration's dates (fromStay).
    if (stay.actual_end !== null && stay.actual_end < addDays(stay.start_date, 10)) continue;
    const personId = await firstPersonOf(db, stay.household_id);
    if (personId !== null) return { personId, stay };
  }
  return null;
}

/** Registrations whose person the demo happens not to have (a household recorded with nobody) are skipped. */
export async function generateRegistrations(worker: DemoWorker, waitingHouseholds: readonly number[]): Promise<number> {
  let created = 0;
  for (const plan of PLANS) {
    const target = await resolve(worker.db, plan.who, waitingHouseholds);
    if (target === null) continue;
    const dates =
      plan.requestDate === 'stay' && target.stay !== null
        ? fromStay(target.stay)
        : {
            requestDate: plan.requestDate,
            decisionDate: plan.decisionDate ?? null,
            startDate: plan.startDate ?? null,
            policeCheckDate: plan.policeCheckDate ?? null,
            endDate: plan.endDate ?? null,
          };
    const draft = contract.registrations.create.input.parse({
      kind: plan.kind,
      status: plan.status,
      personId: target.personId,
      unitId: plan.linkUnit ? (target.stay?.unit_id ?? null) : null,
      ...dates,
      communeReference: plan.communeReference ?? '',
      notes: plan.notes ?? '',
      forwarding: plan.forwarding ?? null,
      move: null,
      absence: null,
    });
    const registration = await createRegistration(actingOn(worker, dates.decisionDate ?? dates.requestDate), draft);
    for (const date of plan.contacts ?? []) await recordRegistrationContact(actingOn(worker, date), registration.id, date);
    created += 1;
  }
  return created;
}
