import type { Knex } from 'knex';
import type { FieldCipher } from '../crypto/field-cipher';
import type { DemoRandom } from './random';
import { addDays } from '../../shared/domain/dates';
import { contract } from '../../shared/api/contract';
import { addToWaitlist, closeWaitlistEntry } from '../services/housing/waitlist';
import type { UnitKind } from '../../shared/domain/housing/units';
import type { WaitlistPriority } from '../../shared/domain/housing/waitlist';
import { householdPlans, recordHousehold } from './housing-households';
import { generateRegistrations } from './housing-registrations';
import { generateStays, type PooledHousehold } from './housing-stays';
import { generateHousingUnits } from './housing-units';
import { actingOn, type DemoWorker } from './housing-context';

/**
 * The housing part of the demo (issue 6, "the demo data includes housing"): partners, 25 units of every kind
 * and status, households, placements over 2026, a waiting list and address registrations with their deadlines
 * around the demo's today, all through the real services in the
 * demo's transaction. People's names and statuses are encrypted with `cipher`, the data directory's field key.
 */

export interface HousingDemoOptions {
  today: string;
  /** The demo housing worker (the `cpas` account): author of every record and of the audit rows. */
  userId: number;
  cipher: FieldCipher;
}

export interface HousingDemoSummary {
  housingUnits: number;
  households: number;
  placements: number;
  waitlist: number;
  registrations: number;
}

/** Households kept off the placements: they wait (the last one withdrew). */
const WAITING: readonly { priority: WaitlistPriority; daysAgo: number; kinds: UnitKind[]; withdrawnDaysAgo?: number }[] = [
  { priority: 'urgent', daysAgo: 3, kinds: ['hebergement_citoyen', 'logement_transit'] },
  { priority: 'high', daysAgo: 26, kinds: ['logement_transit'] },
  { priority: 'normal', daysAgo: 54, kinds: [] },
  { priority: 'high', daysAgo: 9, kinds: ['maison_jeunes_travailleurs'] },
  { priority: 'normal', daysAgo: 17, kinds: ['habitat_leger', 'cooperative_habitat_participatif'] },
  { priority: 'normal', daysAgo: 70, kinds: [], withdrawnDaysAgo: 20 },
];

export async function generateHousing(trx: Knex, random: DemoRandom, options: HousingDemoOptions): Promise<HousingDemoSummary> {
  const { today, userId, cipher } = options;
  const worker: DemoWorker = { db: trx, userId, cipher };
  const units = await generateHousingUnits(worker, random);

  const plans = householdPlans(random);
  const waitingPlans = plans.slice(plans.length - WAITING.length);
  const pool: PooledHousehold[] = plans.slice(0, plans.length - WAITING.length).map((plan) => ({ plan, id: null, freeFrom: '2024-01-01' }));
  const stays = await generateStays(worker, random, units, pool, today);

  const waitingHouseholds: number[] = [];
  for (const [index, entry] of WAITING.entries()) {
    const requestedDate = addDays(today, -entry.daysAgo);
    const household = await recordHousehold(worker, waitingPlans[index]!, requestedDate, random);
    waitingHouseholds.push(household.id);
    const input = contract.waitlist.add.input.parse({
      householdId: household.id,
      priority: entry.priority,
      requestedDate,
      placesNeeded: household.size,
      unitKinds: entry.kinds,
    });
    const added = await addToWaitlist(actingOn(worker, requestedDate), input);
    if (entry.withdrawnDaysAgo !== undefined) {
      const closed = addDays(today, -entry.withdrawnDaysAgo);
      await closeWaitlistEntry(actingOn(worker, closed), { id: added.id, outcome: 'withdrawn', date: closed });
    }
  }

  const registrations = await generateRegistrations(worker, waitingHouseholds);

  return {
    registrations,
    housingUnits: units.length,
    households: pool.filter((entry) => entry.id !== null).length + WAITING.length,
    placements: stays.placements,
    waitlist: WAITING.length,
  };
}
