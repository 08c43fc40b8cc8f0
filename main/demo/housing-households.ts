import type { DemoRandom } from './random';
import { addDays } from '../../shared/domain/dates';
import { contract } from '../../shared/api/contract';
import { createHousehold } from '../services/housing/people';
import { RESIDENCE_STATUSES, type HousingHousehold, type ResidenceStatus } from '../../shared/domain/housing/people';
import { actingOn, type DemoWorker } from './housing-context';

/**
 * Demo households (issue 6, point 3): pseudonymous by default, as the app intends. Most people have only a
 * code, a birth year and languages; a few have a name. Names, residence status, contact and notes go through
 * the real service, so they are encrypted with the data directory's field key exactly as the app does.
 */

/** The few named people: every name is invented. Exported for the test that looks for them in the file's bytes. */
export const DEMO_NAMED_PEOPLE: readonly { firstName: string; lastName: string; residenceStatus: ResidenceStatus | null; languages: string[] }[] = [
  { firstName: 'Amadou', lastName: 'Barry-Sow', residenceStatus: 'asylum_seeker', languages: ['ff', 'fr'] },
  { firstName: 'Oksana', lastName: 'Kovalenko', residenceStatus: 'permit_temporary', languages: ['uk', 'ru'] },
  { firstName: 'Yonas', lastName: 'Tesfamariam', residenceStatus: 'undocumented', languages: ['ti', 'ar'] },
  { firstName: 'Fatima Zahra', lastName: 'El Amrani', residenceStatus: 'permit_long', languages: ['ar', 'fr'] },
  { firstName: 'Ahmad Shah', lastName: 'Rahimi', residenceStatus: 'asylum_seeker', languages: ['prs', 'ps'] },
  { firstName: 'Grégory', lastName: 'Vanderstraeten', residenceStatus: 'belgian_or_eu', languages: ['fr'] },
  { firstName: 'Nadège', lastName: 'Mukendi-Ilunga', residenceStatus: null, languages: ['fr', 'ln'] },
];

export const LANGUAGE_SETS: readonly string[][] = [['fr'], ['ar', 'fr'], ['ps'], ['prs', 'fa'], ['ti'], ['so', 'ar'], ['uk', 'ru'], ['ln', 'fr'], ['ff', 'fr'], ['ku', 'tr'], ['es'], ['en', 'fr'], ['ro']];
export const NOTES: readonly string[] = [
  '',
  '',
  'Orienté·e par le relais social urbain.',
  'Suivi conjoint avec le service d’insertion.',
  'Demande introduite au guichet de la permanence logement.',
  'Accompagnement budgétaire en place.',
];

/** Household sizes of the demo: mostly people alone (isolated men are many), some couples and families. */
export const SIZES: readonly number[] = [1, 1, 2, 1, 3, 1, 2, 1, 4, 1, 2, 1, 5, 1, 3, 2, 1, 1, 2, 4, 1, 3, 1, 2, 1, 3, 1, 2, 1, 1, 2, 1, 4, 1, 1, 2];

export interface HouseholdPlan {
  size: number;
  people: ReturnType<typeof personDraft>[];
  notes: string;
}

function personDraft(random: DemoRandom, named: (typeof DEMO_NAMED_PEOPLE)[number] | null, adult: boolean) {
  const status = named ? named.residenceStatus : random.next() < 0.35 ? null : random.pick(RESIDENCE_STATUSES);
  return {
    firstName: named?.firstName ?? '',
    lastName: named?.lastName ?? '',
    residenceStatus: status,
    birthYear: random.next() < 0.25 ? null : adult ? random.int(1958, 2006) : random.int(2010, 2024),
    contact: named ? `04${random.int(70, 99)} ${random.int(10, 99)} ${random.int(10, 99)} ${random.int(10, 99)}` : '',
    languages: named?.languages ?? random.pick(LANGUAGE_SETS),
  };
}

/** 36 households; the named people go to the first ones of their size (people alone and couples). */
export function householdPlans(random: DemoRandom): HouseholdPlan[] {
  let namedIndex = 0;
  return SIZES.map((size, index) => {
    // People are optional: a family often has only its adults recorded, sometimes nobody but the code.
    const recorded = index % 7 === 6 ? 0 : Math.min(size, size >= 3 ? 2 : size);
    const people = Array.from({ length: recorded }, (_, position) => {
      const named = position === 0 && index % 4 === 0 && namedIndex < DEMO_NAMED_PEOPLE.length ? DEMO_NAMED_PEOPLE[namedIndex++]! : null;
      return personDraft(random, named, true);
    });
    return { size, people, notes: random.pick(NOTES) };
  });
}

/** Recorded a few days before the first thing that happens to it (a placement, a registration, the waiting list). */
export async function recordHousehold(worker: DemoWorker, plan: HouseholdPlan, firstDay: string, random: DemoRandom): Promise<HousingHousehold> {
  const draft = contract.housing.createHousehold.input.parse({ size: plan.size, notes: plan.notes, people: plan.people });
  return createHousehold(actingOn(worker, addDays(firstDay, -random.int(1, 12))), draft);
}
