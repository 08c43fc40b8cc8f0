import type { DemoRandom } from './random';
import type { PlacementEndReason } from '../../shared/domain/housing/placements-api';
import type { ScaleUnit } from './housing-scale-units';
import { SIZES } from './housing-households';
import { STAY_DAYS } from './housing-stays';

/**
 * The stays of the full-scale housing data (issue 19), planned before anything is written. As in the story
 * (housing-stays.ts), a unit's places are split into lanes that hold one household at a time, stays keep inside
 * the unit's active periods, and a household is in one place at a time: no night is over capacity, nobody sleeps
 * in two places. Households are drawn as stays need them; some come back after a stay (a transfer, a return to
 * the street), most leave for good.
 */

export interface ScaleHousehold {
  size: number;
  /** The day of the first thing that happens to it (it is recorded a few days before). */
  firstDay: number;
}

export interface ScaleStay {
  unit: number;
  household: number;
  places: number;
  start: number;
  plannedEnd: number | null;
  /** null: still there today. */
  end: number | null;
  reason: PlacementEndReason | null;
}

/** How stays end, weighted: most households move on to a home of their own or elsewhere. */
const REASONS: readonly PlacementEndReason[] = [
  'moved_to_housing', 'moved_to_housing', 'moved_to_housing', 'moved_to_housing', 'moved_to_housing', 'moved_to_housing',
  'transferred', 'transferred', 'transferred', 'transferred',
  'returned', 'returned',
  'left_without_notice', 'left_without_notice',
  'evicted',
  'other', 'other', 'other',
];
/** The chance that a household is placed again after a stay ending that way. */
const COMES_BACK: Partial<Record<PlacementEndReason, number>> = { transferred: 0.9, left_without_notice: 0.3, other: 0.5 };
/** Days a lane stays empty between two households (cleaning, works, nobody suitable); a citizen host rests longer. */
const GAP_DAYS: readonly [number, number] = [30, 240];
const HOST_GAP_DAYS: readonly [number, number] = [60, 400];

interface Lane {
  unit: number;
  capacity: number;
}

function lanesOf(units: readonly ScaleUnit[]): Lane[] {
  return units.flatMap((unit, index) => {
    const lanes = unit.capacity >= 6 ? 2 : 1;
    const share = Math.floor(unit.capacity / lanes);
    return Array.from({ length: lanes }, (_, lane) => ({ unit: index, capacity: lane < lanes - 1 ? share : unit.capacity - share * (lanes - 1) }));
  });
}

export function planScaleStays(random: DemoRandom, units: readonly ScaleUnit[], today: number): { stays: ScaleStay[]; households: ScaleHousehold[] } {
  // Each lane's stays, one after another, without households yet.
  const drafts: (Omit<ScaleStay, 'household' | 'places'> & { capacity: number })[] = [];
  for (const lane of lanesOf(units)) {
    const unit = units[lane.unit]!;
    for (const period of unit.activePeriods) {
      const closes = period.to ?? today + 1;
      for (let day = period.from + random.int(0, 30); day < today && day + 14 < closes; ) {
        const [shortest, longest] = STAY_DAYS[unit.kind];
        const length = random.int(shortest, longest);
        // Hébergement citoyen: the default stay (no planned end given), as in the story.
        const plannedEnd = unit.kind === 'hebergement_citoyen' ? null : day + length;
        let end = day + Math.max(2, length + random.int(-7, 5));
        let reason: PlacementEndReason = random.pick(REASONS);
        if (period.to !== null && end > period.to) {
          // The unit stops taking people (suspended, closed): the household moves elsewhere that day.
          end = period.to;
          reason = 'transferred';
        }
        if (end >= today) {
          drafts.push({ unit: lane.unit, capacity: lane.capacity, start: day, plannedEnd, end: null, reason: null });
          break;
        }
        drafts.push({ unit: lane.unit, capacity: lane.capacity, start: day, plannedEnd, end, reason });
        const [least, most] = unit.kind === 'hebergement_citoyen' ? HOST_GAP_DAYS : GAP_DAYS;
        day = end + random.int(least, most);
      }
    }
  }
  drafts.sort((a, b) => a.start - b.start || a.unit - b.unit);

  // Households in the order stays start: one free since then (and fitting) if there is, otherwise a new one.
  const households: ScaleHousehold[] = [];
  const lastUnit: number[] = [];
  let free: { household: number; from: number }[] = [];
  const stays = drafts.map(({ capacity, ...draft }): ScaleStay => {
    // Nobody waits for a place for years: those free for more than one are gone (looked at in start order).
    if (free.length > 200) free = free.filter((entry) => entry.from > draft.start - 365);
    const found = free.findIndex(
      (entry, position) => position < 60 && entry.from <= draft.start && households[entry.household]!.size <= capacity && lastUnit[entry.household] !== draft.unit,
    );
    let household: number;
    if (found >= 0 && found < 60) {
      household = free.splice(found, 1)[0]!.household;
    } else {
      household = households.length;
      households.push({ size: Math.min(capacity, random.pick(SIZES)), firstDay: draft.start });
    }
    lastUnit[household] = draft.unit;
    const back = draft.reason === null ? 0 : (COMES_BACK[draft.reason] ?? 0);
    if (draft.end !== null && random.next() < back) {
      free.push({ household, from: draft.end + (draft.reason === 'transferred' ? 0 : random.int(7, 120)) });
    }
    return { ...draft, household, places: households[household]!.size };
  });
  return { stays, households };
}
