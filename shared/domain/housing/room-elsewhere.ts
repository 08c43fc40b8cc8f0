/**
 * Where there is room (issue 14, item 8). A placement refused for lack of places says which other units could
 * take the household for the WHOLE requested stay — every night from its start to its end (the planned end the
 * refused unit gave it; none: every night from the start on) — and of which kind, so staff match the
 * household's needs (a family in a transit flat, one person in hébergement citoyen). Nights follow
 * occupancy.ts; a unit counts only if it takes people (PLACEMENT_STATUSES) on the start day and no later status
 * change during the stay stops it.
 */
import { placesInUse, type Placement } from './occupancy';
import { PLACEMENT_STATUSES, UNIT_KINDS, type UnitKind, type UnitStatus } from './units';

export interface UnitForRoom {
  readonly id: number;
  readonly code: string;
  readonly kind: UnitKind;
  readonly capacity: number;
  /** The unit's status changes, oldest first. */
  readonly history: readonly { readonly status: UnitStatus; readonly date: string }[];
  /** The unit's placements. */
  readonly placements: readonly Placement[];
}

export interface UnitWithRoom {
  readonly unitId: number;
  readonly code: string;
  readonly kind: UnitKind;
  /** Places free on every night of the stay (the fewest free on any of them), ≥ the places asked for. */
  readonly free: number;
}

/** The stay asked for: its first night and its end (null: open-ended), and how many places. */
export interface RequestedStay {
  readonly start: string;
  readonly end: string | null;
  readonly places: number;
}

/** At most this many units are proposed: enough to choose from, short enough to read under a field. */
export const UNITS_WITH_ROOM_LIMIT = 12;

/**
 * The fewest free places on any night of [start, end): occupancy only rises when a placement starts, so the first
 * night and the later starts during the stay are enough (as in capacityProblem). Never below 0.
 */
export function freePlacesThroughout(placements: readonly Placement[], capacity: number, start: string, end: string | null): number {
  const nights = new Set<string>([start]);
  for (const placement of placements) {
    if (placement.start > start && (end === null || placement.start < end)) nights.add(placement.start);
  }
  let most = 0;
  for (const night of nights) most = Math.max(most, placesInUse(placements, night));
  return Math.max(0, capacity - most);
}

/** Takes people on the start day and on every later day of the stay. */
function takesPeopleThroughout(history: UnitForRoom['history'], start: string, end: string | null): boolean {
  let status: UnitStatus | null = null;
  for (const change of history) {
    if (change.date <= start) status = change.status;
    else if ((end === null || change.date < end) && !PLACEMENT_STATUSES.includes(change.status)) return false;
  }
  return status !== null && PLACEMENT_STATUSES.includes(status);
}

/** Units with at least `stay.places` free places on every night of the stay, by kind (UNIT_KINDS order) then code. */
export function unitsWithRoom(units: readonly UnitForRoom[], stay: RequestedStay): UnitWithRoom[] {
  if (stay.end !== null && stay.end <= stay.start) return [];
  const found: UnitWithRoom[] = [];
  for (const unit of units) {
    if (!takesPeopleThroughout(unit.history, stay.start, stay.end)) continue;
    const free = freePlacesThroughout(unit.placements, unit.capacity, stay.start, stay.end);
    if (free >= stay.places) found.push({ unitId: unit.id, code: unit.code, kind: unit.kind, free });
  }
  const kindOrder = (kind: UnitKind) => UNIT_KINDS.indexOf(kind);
  return found
    .sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .slice(0, UNITS_WITH_ROOM_LIMIT);
}
