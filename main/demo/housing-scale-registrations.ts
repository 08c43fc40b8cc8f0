import type { DemoRandom } from './random';
import type { RegistrationKind, RegistrationStatus } from '../../shared/domain/housing/registrations';
import type { UnitKind } from '../../shared/domain/housing/units';
import type { ScaleHousehold, ScaleStay } from './housing-scale-stays';
import { dayText } from './housing-scale-days';

/**
 * The address registrations of the full-scale housing data (issue 19), planned before anything is written, with
 * the dates the deadlines of shared/domain/housing/deadlines.ts read: a registration at the dwelling for most
 * stays (requested as the household moves in, checked by the police within the 15 days, ended when it leaves),
 * and reference addresses for people without a home (decided within days, or forwarded within the 5 days to the
 * competent CPAS; a contact at the CPAS every three months or a little less, a few people overdue today). Every
 * date is on or before today; the statuses follow requested → active | refused, active → ended.
 */

export interface ScaleRegistration {
  kind: RegistrationKind;
  status: RegistrationStatus;
  /** The household whose first recorded person it concerns. */
  household: number;
  unit: number | null;
  request: number;
  decision: number | null;
  start: number | null;
  end: number | null;
  forwarding: { received: number; forwarded: number | null } | null;
  policeCheck: number | null;
  communeReference: string;
  contacts: number[];
}

/** Registrations at the dwelling are inscriptions provisoires where the place is not (yet) a legal dwelling. */
const PROVISIONAL: readonly UnitKind[] = ['habitat_leger', 'convention_occupation_precaire', 'occupation_temporaire_partagee'];
/** Share of stays whose household registered at the dwelling (the others kept another address; nobody does for a citizen host's few weeks). */
const DWELLING_SHARE = 0.6;

/** The commune's references, numbered in order within each year from 1001 (the story's are below): AR-2024-1017. */
function references(): (prefix: string, day: number) => string {
  const next = new Map<string, number>();
  return (prefix, day) => {
    const key = `${prefix}-${dayText(day).slice(0, 4)}`;
    const number = (next.get(key) ?? 1000) + 1;
    next.set(key, number);
    return `${key}-${String(number).padStart(4, '0')}`;
  };
}

/**
 * `target` registrations in all: first those at the dwelling of the stays (households with a recorded person:
 * `hasPerson`), then reference addresses for new households of people without a home, appended to `households`.
 */
export function planScaleRegistrations(
  random: DemoRandom,
  input: { stays: readonly ScaleStay[]; unitKinds: readonly UnitKind[]; households: ScaleHousehold[]; hasPerson: (household: number) => boolean },
  target: number,
  window: { firstDay: number; today: number },
): ScaleRegistration[] {
  const { today } = window;
  const reference = references();
  const registrations: ScaleRegistration[] = [];
  for (const stay of input.stays) {
    if (registrations.length >= target) break;
    const kindOfUnit = input.unitKinds[stay.unit]!;
    if (kindOfUnit === 'hebergement_citoyen' || !input.hasPerson(stay.household) || random.next() >= DWELLING_SHARE) continue;
    const request = stay.start + random.int(0, 6);
    const decision = request + random.int(3, 12);
    // Too short a stay for a registration (gone before the commune decided), or not requested yet.
    if (request > today || (stay.end !== null && stay.end < decision)) continue;
    const kind: RegistrationKind = PROVISIONAL.includes(kindOfUnit) ? 'inscription_provisoire' : 'temporary_address_nonprofit';
    const checked = request + random.int(2, 14);
    // Now and then the police has not come yet: the check is due (or overdue) on the home screen.
    const policeCheck = checked <= today && !(stay.end === null && random.next() < 0.04) ? checked : null;
    const decided = decision <= today;
    const refused = decided && random.next() < 0.03;
    const status: RegistrationStatus = !decided ? 'requested' : refused ? 'refused' : stay.end === null ? 'active' : 'ended';
    registrations.push({
      kind,
      status,
      household: stay.household,
      unit: stay.unit,
      request,
      decision: decided ? decision : null,
      start: decided && !refused ? decision : null,
      end: status === 'ended' ? stay.end : null,
      forwarding: null,
      policeCheck,
      communeReference: kind === 'inscription_provisoire' ? reference('IP', request) : '',
      contacts: [],
    });
  }

  // People without a home: a reference address at the CPAS (or at someone's who agrees), sometimes a second later.
  const span = today - window.firstDay;
  while (registrations.length < target) {
    const household = input.households.length;
    let request = window.firstDay + Math.floor(span * Math.sqrt(random.next()));
    input.households.push({ size: random.pick([1, 1, 1, 1, 1, 2, 2, 3]), firstDay: request });
    for (let again = true; again && registrations.length < target && request <= today; ) {
      const planned = referenceAddress(random, household, request, today, reference);
      registrations.push(planned);
      const over = planned.end ?? (planned.status === 'refused' ? planned.decision : null);
      again = over !== null && random.next() < 0.3;
      request = (over ?? today) + random.int(10, 200);
    }
  }
  return registrations;
}

function referenceAddress(
  random: DemoRandom,
  household: number,
  request: number,
  today: number,
  reference: (prefix: string, day: number) => string,
): ScaleRegistration {
  const kind: RegistrationKind = random.next() < 0.85 ? 'reference_address_cpas' : 'reference_address_private';
  const base = { kind, household, unit: null, request, policeCheck: null, communeReference: '', contacts: [] as number[] };
  if (random.next() < 0.07) {
    // This CPAS is not competent: forwarded within the 5 days (a few late), then closed here as refused.
    const forwarded = request + (random.next() < 0.9 ? random.int(0, 5) : random.int(6, 9));
    const done = forwarded <= today;
    return { ...base, status: done ? 'refused' : 'requested', decision: done ? forwarded : null, start: null, end: null, forwarding: { received: request, forwarded: done ? forwarded : null } };
  }
  const decision = request + random.int(2, 20);
  if (decision > today) return { ...base, status: 'requested', decision: null, start: null, end: null, forwarding: null };
  if (random.next() < 0.06) return { ...base, status: 'refused', decision, start: null, end: null, forwarding: null };
  const ends = decision + random.int(60, 1100);
  const end = ends < today ? ends : null;
  // A contact every two to three months; a few people stopped coming and are overdue today.
  const stops = end ?? (random.next() < 0.06 ? today - random.int(95, 200) : today);
  const contacts: number[] = [];
  for (let day = decision + random.int(55, 90); day <= stops; day += random.int(55, 90)) contacts.push(day);
  return {
    ...base,
    status: end === null ? 'active' : 'ended',
    decision,
    start: decision,
    end,
    forwarding: null,
    communeReference: reference('AR', request),
    contacts,
  };
}
