/**
 * The scheduling rule shared by the event form and calendar drops: a class, a facilitator or a location
 * cannot be in two events at once. Times are local "YYYY-MM-DDTHH:mm" strings (Belgian time, as typed),
 * compared as text; intervals are half-open, so an event may start exactly when another ends.
 */

export type ConflictKind = 'class' | 'facilitator' | 'location';

export interface SchedulableEvent {
  id: number | null;
  start: string;
  end: string;
  cancelled: boolean;
  classIds: readonly number[];
  facilitatorId: number | null;
  location: string | null;
}

export interface EventConflict {
  kind: ConflictKind;
  otherEventId: number;
  /** The shared class, for kind 'class'. */
  classId?: number;
}

export function intervalsOverlap(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** "Cité Miroir", "cite  miroir " and "CITÉ MIROIR" are the same place. */
export function normaliseLocation(location: string | null): string {
  return (location ?? '')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function findConflicts(candidate: SchedulableEvent, others: readonly SchedulableEvent[]): EventConflict[] {
  if (candidate.cancelled) return [];
  const conflicts: EventConflict[] = [];
  const place = normaliseLocation(candidate.location);
  for (const other of others) {
    if (other.cancelled || other.id === null || other.id === candidate.id || !intervalsOverlap(candidate, other)) continue;
    for (const classId of candidate.classIds) {
      if (other.classIds.includes(classId)) conflicts.push({ kind: 'class', otherEventId: other.id, classId });
    }
    if (candidate.facilitatorId !== null && candidate.facilitatorId === other.facilitatorId) {
      conflicts.push({ kind: 'facilitator', otherEventId: other.id });
    }
    if (place !== '' && place === normaliseLocation(other.location)) {
      conflicts.push({ kind: 'location', otherEventId: other.id });
    }
  }
  return conflicts;
}
