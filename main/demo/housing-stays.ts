import type { DemoRandom } from './random';
import { addDays, maxDate } from '../../shared/domain/dates';
import { contract } from '../../shared/api/contract';
import { createPlacement, endPlacement } from '../services/housing/placements';
import { PLACEMENT_END_REASONS, type PlacementEndReason } from '../../shared/domain/housing/placements-api';
import type { UnitKind } from '../../shared/domain/housing/units';
import { recordHousehold, type HouseholdPlan } from './housing-households';
import type { DemoUnit } from './housing-units';
import { actingOn, type DemoWorker } from './housing-context';

/**
 * Demo placements over 2026 (issue 6, point 4). Each unit's capacity is split into lanes (one household at a time
 * per lane), and a household is in one lane at a time, so no night is ever over capacity and no household sleeps
 * in two places — the service checks both anyway and would refuse. Stays stay inside the unit's active periods.
 */

/** Households in the demo pool, as the planner sees them. */
export interface PooledHousehold {
  plan: HouseholdPlan;
  id: number | null;
  /** The day from which it may be placed again (null: never, it is placed now). */
  freeFrom: string | null;
}

/** Usual stay by kind (days); hébergement citoyen uses the setting or the unit's own length (planned end null). */
export const STAY_DAYS: Readonly<Record<UnitKind, [number, number]>> = {
  hebergement_citoyen: [28, 28],
  logement_transit: [70, 160],
  bail_glissant: [365, 365],
  convention_occupation_precaire: [90, 200],
  occupation_temporaire_partagee: [60, 180],
  habitat_leger: [120, 260],
  cooperative_habitat_participatif: [200, 400],
  maison_jeunes_travailleurs: [45, 180],
  autre: [60, 120],
};

/** Ends of the demo's first stays go through every reason once, so each shows in the lists and the report. */
function reasonFor(index: number, random: DemoRandom): PlacementEndReason {
  if (index < PLACEMENT_END_REASONS.length) return PLACEMENT_END_REASONS[index]!;
  // Then mostly moves on (another unit, left, other): with ~30 households, most stay in the demo's story.
  return random.pick(['moved_to_housing', 'transferred', 'transferred', 'left_without_notice', 'other', 'other'] as const);
}

function laneCapacities(unit: DemoUnit): number[] {
  const share = Math.floor(unit.capacity / unit.lanes);
  return Array.from({ length: unit.lanes }, (_, lane) => (lane < unit.lanes - 1 ? share : unit.capacity - share * (unit.lanes - 1)));
}

export interface StaysSummary {
  placements: number;
  ended: number;
}

/** One household at a time in a share of a unit's places, during one of its active periods. */
interface Lane {
  unit: DemoUnit;
  period: DemoUnit['activePeriods'][number];
  capacity: number;
  /** The next day a stay may start in this lane. */
  day: string;
}

/** A stay starts only when at least two weeks remain before the unit stops taking people. */
function isOpen(lane: Lane, today: string): boolean {
  return lane.day < today && (lane.period.to === null || addDays(lane.day, 14) < lane.period.to);
}

/** Leaving for a home of one's own, or back to family or country: the household does not come back. */
const GONE: readonly PlacementEndReason[] = ['moved_to_housing', 'returned'];

/**
 * Walks all lanes together, day by day (the earliest lane first), so households free up and move on in the
 * order they would in life. A lane with nobody suitable waits a week: places stay free, as they do.
 */
export async function generateStays(
  worker: DemoWorker,
  random: DemoRandom,
  units: readonly DemoUnit[],
  pool: PooledHousehold[],
  today: string,
): Promise<StaysSummary> {
  let placements = 0;
  let ended = 0;
  const lanes: Lane[] = units.flatMap((unit) =>
    unit.activePeriods.flatMap((period) =>
      laneCapacities(unit).map((capacity) => ({
        unit,
        period,
        capacity,
        // A bail glissant's household is there from the sublease start; elsewhere the demo's story starts in December 2025.
        day: unit.kind === 'bail_glissant' ? period.from : addDays(maxDate(period.from, '2025-12-01'), random.int(0, 14)),
      })),
    ),
  );
  const lastUnit = new Map<PooledHousehold, number>();

  /** The household free the longest that fits, not straight back into the unit it just left; recorded on first use. */
  async function householdFor(lane: Lane): Promise<PooledHousehold | null> {
    const fitting = pool.filter(
      (entry) => entry.plan.size <= lane.capacity && entry.freeFrom !== null && entry.freeFrom <= lane.day && lastUnit.get(entry) !== lane.unit.id,
    );
    if (fitting.length === 0) return null;
    fitting.sort((a, b) => (a.freeFrom! < b.freeFrom! ? -1 : a.freeFrom! > b.freeFrom! ? 1 : b.plan.size - a.plan.size));
    const chosen = fitting[0]!;
    if (chosen.id === null) chosen.id = (await recordHousehold(worker, chosen.plan, lane.day, random)).id;
    return chosen;
  }

  for (;;) {
    const open = lanes.filter((lane) => isOpen(lane, today));
    if (open.length === 0) break;
    const lane = open.reduce((earliest, candidate) => (candidate.day < earliest.day ? candidate : earliest));
    const household = await householdFor(lane);
    if (household === null) {
      lane.day = addDays(lane.day, 7);
      continue;
    }
    const { unit, period, day } = lane;
    const longLease = unit.kind === 'bail_glissant';
    const [shortest, longest] = STAY_DAYS[unit.kind];
    const length = random.int(shortest, longest);
    // Hébergement citoyen and bail glissant: no planned end given (the default stay; an open-ended sublease).
    const plannedEnd = unit.kind === 'hebergement_citoyen' || longLease ? null : addDays(day, length);
    let leaves: string | null = longLease ? null : addDays(day, Math.max(2, length + random.int(-7, 5)));
    let reason: PlacementEndReason = reasonFor(ended, random);
    if (period.to !== null && (leaves === null || leaves > period.to)) {
      // The unit stops taking people (suspended, closed, a lease transferred): the stay ends that day.
      leaves = period.to;
      reason = longLease ? 'moved_to_housing' : 'transferred';
    }
    const input = contract.housing.createPlacement.input.parse({
      unitId: unit.id,
      householdId: household.id,
      places: household.plan.size,
      start: day,
      plannedEnd,
      notes: '',
    });
    const placement = await createPlacement(actingOn(worker, day), input);
    placements += 1;
    lastUnit.set(household, unit.id);
    if (leaves === null || leaves >= today) {
      household.freeFrom = null;
      lanes.splice(lanes.indexOf(lane), 1);
      continue;
    }
    await endPlacement(actingOn(worker, leaves), { id: placement.id, actualEnd: leaves, endReason: reason });
    ended += 1;
    household.freeFrom = GONE.includes(reason) ? null : leaves;
    lane.day = addDays(leaves, unit.kind === 'hebergement_citoyen' ? random.int(3, 20) : random.int(0, 14));
  }
  return { placements, ended };
}
