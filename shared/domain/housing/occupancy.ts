/**
 * Placements of households in a unit, counted in nights (nuitées), the unit hébergement citoyen is measured in.
 *
 * THE CONVENTION (everything below follows it):
 * - A placement from `start` to `end` occupies the NIGHTS start→start+1, …, end−1→end. The household arrives
 *   on the start day and leaves on the end day; the end day's night is not theirs. A stay from 1 to 3 March is
 *   2 nights (1→2 and 2→3) and, with 3 people, 6 bed-nights.
 * - "Night d" is the night that begins on day d. The places in use on day d are those of night d: on the day a
 *   household leaves, its places are already free for whoever arrives that evening, so back-to-back placements
 *   on the same day never clash.
 * - Its end is the actual end when recorded, else the planned end; with neither, the placement is open-ended
 *   and occupies every night from its start on (a household with no leaving date keeps its places). A
 *   household still there past its planned end should have that end moved: until then, the rules believe it.
 * - A period `from`–`to` is read the same way: the nights from…to−1, `to` excluded. January 2026 is
 *   2026-01-01 → 2026-02-01 (31 nights; `periodOfDays` builds it from a first and a last day). `from` = `to` is
 *   a period of zero nights.
 * - Days are calendar days "YYYY-MM-DD" compared as text and counted in UTC: a daylight-saving night is one
 *   night like any other.
 */
import { addDays, daysBetween, maxDate, minDate } from '../dates';
import type { UnitKind } from './units';

export interface Placement {
  readonly householdId: number;
  /** People of the household placed: whole number ≥ 1. */
  readonly places: number;
  readonly start: string;
  readonly plannedEnd: string | null;
  readonly actualEnd: string | null;
}

export interface Period {
  readonly from: string;
  /** Excluded: the morning after the last night. */
  readonly to: string;
}

/** The period holding the nights that begin on `firstDay` … `lastDay` (both included): what a person means by "du 1er au 31 janvier". */
export function periodOfDays(firstDay: string, lastDay: string): Period {
  return { from: firstDay, to: addDays(lastDay, 1) };
}

/** Nights in a period: 0 when `to` is not after `from`. */
export function nightsIn(from: string, to: string): number {
  return Math.max(0, daysBetween(from, to));
}

/** The day the household leaves (its last night is the one before), or null when open-ended. */
export function placementEnd(placement: Placement): string | null {
  return placement.actualEnd ?? placement.plannedEnd;
}

/** Whether the placement occupies the night that begins on `day`. */
export function occupiesNight(placement: Placement, day: string): boolean {
  const end = placementEnd(placement);
  return placement.start <= day && (end === null || day < end);
}

/** Places in use on `day` (the night beginning that day). */
export function placesInUse(placements: readonly Placement[], day: string): number {
  return placements.reduce((sum, placement) => (occupiesNight(placement, day) ? sum + placement.places : sum), 0);
}

/** Free places on `day`: never below 0, even if past data already exceeded the capacity. */
export function freePlaces(placements: readonly Placement[], capacity: number, day: string): number {
  return Math.max(0, capacity - placesInUse(placements, day));
}

/**
 * The nights in [from, to) on which the occupancy may change, first one included: occupancy is constant between
 * two starts or ends, so checking these nights checks every night.
 */
function changeNights(placements: readonly Placement[], from: string, to: string): string[] {
  const nights = new Set<string>(from < to ? [from] : []);
  for (const placement of placements) {
    for (const day of [placement.start, placementEnd(placement)]) {
      if (day !== null && from < day && day < to) nights.add(day);
    }
  }
  return [...nights].sort();
}

/** The most places in use on any night of the period, and the first night it happens; null for zero nights. */
export function peakOccupancy(placements: readonly Placement[], from: string, to: string): { night: string; places: number } | null {
  let peak: { night: string; places: number } | null = null;
  for (const night of changeNights(placements, from, to)) {
    const places = placesInUse(placements, night);
    if (peak === null || places > peak.places) peak = { night, places };
  }
  return peak;
}

export interface CapacityProblem {
  /** The first night over capacity. */
  readonly night: string;
  /** Places already taken that night by the other placements. */
  readonly placesInUse: number;
  readonly requested: number;
  readonly capacity: number;
}

/**
 * The first night on which adding `candidate` to `existing` puts more people in the unit than its capacity, or
 * null. `existing` is every other placement of the unit (leave out the one being edited). Occupancy only rises
 * when a placement starts, so the candidate's first night and the starts of others during it are enough, even
 * when the candidate or others are open-ended.
 */
export function capacityProblem(existing: readonly Placement[], candidate: Placement, capacity: number): CapacityProblem | null {
  const end = placementEnd(candidate);
  const nights = new Set<string>();
  if (end === null || candidate.start < end) nights.add(candidate.start);
  for (const other of existing) {
    if (other.start > candidate.start && (end === null || other.start < end)) nights.add(other.start);
  }
  for (const night of [...nights].sort()) {
    const taken = placesInUse(existing, night);
    if (taken + candidate.places > capacity) return { night, placesInUse: taken, requested: candidate.places, capacity };
  }
  return null;
}

/**
 * The first night from `day` on when the placements need more places than `capacity`, or null: what lowering a
 * unit's capacity today would break. Occupancy only rises when a placement starts, so `day` and the later starts
 * are enough. Past nights are not checked: they were within the capacity of their time.
 */
export function firstNightOverCapacityFrom(
  placements: readonly Placement[],
  capacity: number,
  day: string,
): { night: string; placesInUse: number } | null {
  const nights = new Set<string>([day]);
  for (const placement of placements) if (placement.start > day) nights.add(placement.start);
  for (const night of [...nights].sort()) {
    const taken = placesInUse(placements, night);
    if (taken > capacity) return { night, placesInUse: taken };
  }
  return null;
}

/** The first night on or after `day` that any placement occupies, or null: a unit suspended or closed on `day` must have none. */
export function firstOccupiedNightFrom(placements: readonly Placement[], day: string): string | null {
  let first: string | null = null;
  for (const placement of placements) {
    const end = placementEnd(placement);
    const night = placement.start > day ? placement.start : day;
    if ((end === null || night < end) && (first === null || night < first)) first = night;
  }
  return first;
}

/** The first night two placements share, or null (a move out and a move in on the same day share none). */
export function firstSharedNight(a: Placement, b: Placement): string | null {
  const first = maxDate(a.start, b.start);
  const endA = placementEnd(a);
  const endB = placementEnd(b);
  const ends = [endA, endB].filter((day): day is string => day !== null);
  const stop = ends.length === 0 ? null : ends.reduce(minDate);
  return stop === null || first < stop ? first : null;
}

/**
 * A placement of the same household sharing a night with `candidate`, with the first such night, or null. Pass
 * the household's placements in every unit (a household cannot sleep in two units), leaving out the one being
 * edited. Moving from one unit to another on the same day is no overlap.
 */
export function householdOverlap(
  existing: readonly Placement[],
  candidate: Placement,
): { placement: Placement; night: string } | null {
  let found: { placement: Placement; night: string } | null = null;
  for (const placement of existing) {
    if (placement.householdId !== candidate.householdId) continue;
    const night = firstSharedNight(placement, candidate);
    if (night !== null && (found === null || night < found.night)) found = { placement, night };
  }
  return found;
}

/** Bed-nights (nuitées) in the period: places × nights of each placement, clipped to [from, to). */
export function bedNights(placements: readonly Placement[], from: string, to: string): number {
  return placements.reduce((sum, placement) => {
    const end = placementEnd(placement);
    const nights = nightsIn(maxDate(placement.start, from), end === null ? to : minDate(end, to));
    return sum + placement.places * nights;
  }, 0);
}

/**
 * Bed-nights ÷ (capacity × nights): 0.5 = half the beds used on average. Null when there is nothing to divide by
 * (zero nights or no capacity), so a report shows "—" rather than 0 % or a division by zero. It can exceed 1 only
 * if past data exceeded the capacity.
 */
export function occupancyRate(placements: readonly Placement[], capacity: number, from: string, to: string): number | null {
  const available = capacity * nightsIn(from, to);
  return available > 0 ? bedNights(placements, from, to) / available : null;
}

export type PlacementIssue =
  | { path: 'places'; issue: 'not_positive_integer' }
  | { path: 'plannedEnd'; issue: 'not_after_start' }
  | { path: 'actualEnd'; issue: 'before_start' };

/**
 * What is wrong with a placement on its own (capacity and overlaps are checked against the others). A planned
 * stay is at least one night; the actual end may equal the start (the household left on the day it came: zero
 * nights, but it happened and is recorded).
 */
export function placementIssues(placement: Placement): PlacementIssue[] {
  const issues: PlacementIssue[] = [];
  if (!Number.isInteger(placement.places) || placement.places < 1) issues.push({ path: 'places', issue: 'not_positive_integer' });
  if (placement.plannedEnd !== null && placement.plannedEnd <= placement.start) issues.push({ path: 'plannedEnd', issue: 'not_after_start' });
  if (placement.actualEnd !== null && placement.actualEnd < placement.start) issues.push({ path: 'actualEnd', issue: 'before_start' });
  return issues;
}

/**
 * The planned end proposed when a placement starts: in hébergement citoyen, the default stay (28 days by
 * default, a setting: domain.md "emergency stays often 28 days"); elsewhere none, staff enter it.
 */
export function defaultPlannedEnd(kind: UnitKind, start: string, citizenStayDays: number): string | null {
  return kind === 'hebergement_citoyen' ? addDays(start, citizenStayDays) : null;
}
