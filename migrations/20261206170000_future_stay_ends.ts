import type { Knex } from 'knex';

/**
 * A stay ends on a day that has come (issue 14, item 7). Before this rule, a departure typed for a day still
 * ahead was saved as the stay's actual end: the stay read "Terminé" while the household was there that night,
 * and the reports counted it as ended. Such stays become what they were meant to be: open, with that day as
 * their planned end (kept as it was when the end day is the arrival day, which a planned end cannot be).
 * Each repaired stay is written to the audit log. "Today" is the day in Liège when the migration runs.
 *
 * Rows are read and written one by one through the query builder, so the SQL stays portable. Nothing to undo:
 * `down` leaves the repaired stays as they are.
 */
export async function up(knex: Knex): Promise<void> {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const stays: { id: number; start_date: string; planned_end: string | null; actual_end: string }[] = await knex('housing_placements')
    .where('actual_end', '>', today)
    .select('id', 'start_date', 'planned_end', 'actual_end');
  const at = new Date().toISOString();
  for (const stay of stays) {
    const plannedEnd = stay.actual_end > stay.start_date ? stay.actual_end : stay.planned_end;
    await knex('housing_placements').where({ id: stay.id }).update({ actual_end: null, end_reason: null, planned_end: plannedEnd, updated_at: at });
    await knex('audit_events').insert({ at, user_id: null, action: 'placement.futureEndToPlanned', entity: 'placement', entity_id: String(stay.id) });
  }
}

export async function down(): Promise<void> {
  // A repair of records: nothing to undo.
}
