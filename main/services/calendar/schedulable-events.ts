import type { Db } from '../../db/connection';
import type { SchedulableEvent } from '../../../shared/domain/calendar/event-conflicts';

/** Non-cancelled event rows as the scheduling rule sees them, with their classes (one query for all). */
export async function schedulableEvents(
  db: Db,
  rows: readonly { id: number; starts_at: string; ends_at: string; facilitator_id: number | null; location: string }[],
): Promise<SchedulableEvent[]> {
  if (rows.length === 0) return [];
  const links: { event_id: number; class_id: number }[] = await db('event_classes')
    .whereIn('event_id', rows.map((row) => row.id))
    .select('event_id', 'class_id');
  return rows.map((row) => ({
    id: row.id,
    start: row.starts_at,
    end: row.ends_at,
    cancelled: false,
    classIds: links.filter((link) => link.event_id === row.id).map((link) => link.class_id),
    facilitatorId: row.facilitator_id,
    location: row.location,
  }));
}
