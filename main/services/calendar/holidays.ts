import type { Db } from '../../db/connection';
import { fieldError, notFound } from '../../errors';
import type { Holiday, HolidayKind } from '../../../shared/domain/calendar/events';

interface HolidayRow {
  id: number;
  kind: HolidayKind;
  label: string;
  start_date: string;
  end_date: string;
}

function toHoliday(row: HolidayRow): Holiday {
  return { id: row.id, kind: row.kind, label: row.label, startDate: row.start_date, endDate: row.end_date };
}

export async function listHolidays(db: Db, from: string, to: string): Promise<Holiday[]> {
  const rows: HolidayRow[] = await db('holidays')
    .where('start_date', '<=', to)
    .andWhere('end_date', '>=', from)
    .orderBy([{ column: 'start_date' }, { column: 'id' }]);
  return rows.map(toHoliday);
}

export async function saveHoliday(db: Db, id: number | null, input: Omit<Holiday, 'id'>): Promise<Holiday> {
  if (input.endDate < input.startDate) throw fieldError('endDate', 'end_before_start');
  const row = { kind: input.kind, label: input.label, start_date: input.startDate, end_date: input.endDate };
  let holidayId = id;
  if (holidayId === null) {
    const [inserted] = await db('holidays').insert(row).returning('id');
    holidayId = typeof inserted === 'object' ? (inserted as { id: number }).id : Number(inserted);
  } else if ((await db('holidays').where({ id: holidayId }).update(row)) === 0) {
    throw notFound('holiday');
  }
  const saved: HolidayRow | undefined = await db('holidays').where({ id: holidayId }).first();
  return toHoliday(saved!);
}

export async function deleteHoliday(db: Db, id: number): Promise<void> {
  if ((await db('holidays').where({ id }).delete()) === 0) throw notFound('holiday');
}
