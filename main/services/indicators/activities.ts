import type { Knex } from 'knex';
import type { Db } from '../../db/connection';
import { EVENT_TYPES, type EventStatus, type EventType } from '../../../shared/domain/calendar/events';
import type { ActivityCounts, ActivityIndicators, ActivityRow } from '../../../shared/domain/indicators/indicators';
import type { ResolvedPeriod } from '../../../shared/domain/indicators/period';
import { narrowEvents } from './period-filter';

/**
 * Activities planned, held and cancelled by type (issue 16, point 1). "Planned" is every activity programmed in
 * the period, whatever became of it; `open` are those still planned or confirmed (not yet marked held or
 * cancelled), so planned = held + cancelled + open.
 */

function emptyCounts(): ActivityCounts {
  return { planned: 0, held: 0, cancelled: 0, open: 0 };
}

function add(counts: ActivityCounts, status: EventStatus, n: number): void {
  counts.planned += n;
  if (status === 'held') counts.held += n;
  else if (status === 'cancelled') counts.cancelled += n;
  else counts.open += n;
}

export async function activityIndicators(db: Db, period: ResolvedPeriod): Promise<ActivityIndicators> {
  const rows: { type: EventType; status: EventStatus; n: number | string }[] = await narrowEvents(
    db('events as e').select('e.type', 'e.status').count({ n: '*' }).groupBy('e.type', 'e.status'),
    period,
    'e',
  );
  const byType = new Map<EventType, ActivityCounts>(EVENT_TYPES.map((type) => [type, emptyCounts()]));
  const totals = emptyCounts();
  for (const row of rows) {
    add(byType.get(row.type)!, row.status, Number(row.n));
    add(totals, row.status, Number(row.n));
  }
  return { byType: EVENT_TYPES.map((type) => ({ type, counts: byType.get(type)! })), totals };
}

/** Which statuses a figure's status stands for. */
const STATUSES: Record<'planned' | 'held' | 'cancelled' | 'open', readonly EventStatus[]> = {
  planned: ['planned', 'confirmed', 'held', 'cancelled'],
  held: ['held'],
  cancelled: ['cancelled'],
  open: ['planned', 'confirmed'],
};

/** The activities behind a figure, oldest first, a page at a time. */
export async function activityRows(
  db: Db,
  period: ResolvedPeriod,
  figure: { status: keyof typeof STATUSES; type: EventType | null },
  page: { offset: number; limit: number },
): Promise<{ total: number; rows: ActivityRow[] }> {
  const base = (): Knex.QueryBuilder => {
    const query = narrowEvents(db('events as e').whereIn('e.status', STATUSES[figure.status]), period, 'e');
    return figure.type === null ? query : query.where('e.type', figure.type);
  };
  const counted: { n: number | string } | undefined = await base().count({ n: '*' }).first();
  const rows: {
    id: number;
    starts_at: string;
    type: EventType;
    title: string;
    status: EventStatus;
    school_id: number;
    school_name: string;
    class_count: number | string;
    pupils_present: number | null;
  }[] = await base()
    .join('schools as s', 's.id', 'e.school_id')
    .select(
      'e.id',
      'e.starts_at',
      'e.type',
      'e.title',
      'e.status',
      'e.school_id',
      's.name as school_name',
      'e.pupils_present',
      db('event_classes as ec').whereRaw('ec.event_id = e.id').count('*').as('class_count'),
    )
    .orderBy([{ column: 'e.starts_at' }, { column: 'e.id' }])
    .offset(page.offset)
    .limit(page.limit);
  return {
    total: Number(counted?.n ?? 0),
    rows: rows.map((row) => ({
      id: row.id,
      date: row.starts_at.slice(0, 10),
      type: row.type,
      title: row.title,
      status: row.status,
      schoolId: row.school_id,
      schoolName: row.school_name,
      classCount: Number(row.class_count),
      pupilsPresent: row.pupils_present,
    })),
  };
}
