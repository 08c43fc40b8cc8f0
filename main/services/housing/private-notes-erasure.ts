import type { ServiceContext } from '../context';
import { PRIVATE_NOTES, sealNote, type PrivateNote } from './private-notes';

/**
 * Erasure of a household's free text outside its own row (housing/people.ts calls this when a household's last
 * recorded person is erased): every placement's notes, and the accompaniment of each bail glissant it occupied
 * during the sublease (objectives, outcome, review notes). Each becomes the encryption of '' (as "not given"
 * is everywhere, so emptiness does not show) and its clear column '' (a row an older version wrote and the
 * core has not sealed yet). secure_delete zeroes the old bytes; the erasure's handler checkpoints the WAL once
 * the transaction has committed. The rows stay: the bed-nights, the deadlines and the report need their dates.
 */
export async function blankPrivateNotesOfHousehold(ctx: ServiceContext, householdId: number): Promise<void> {
  const now = ctx.now.toISOString();
  const placementIds: number[] = await ctx.db('housing_placements').where({ household_id: householdId }).pluck('id');
  for (const id of placementIds) {
    await ctx.db('housing_placements').where({ id }).update({ ...blank(ctx, 'placementNotes', id), updated_at: now });
  }
  for (const leaseId of await leasesOccupiedBy(ctx, householdId)) {
    await ctx.db('rolling_leases')
      .where({ id: leaseId })
      .update({ ...blank(ctx, 'leaseOutcome', leaseId), ...blank(ctx, 'leaseObjectives', leaseId), updated_at: now });
    const reviewIds: number[] = await ctx.db('rolling_lease_reviews').where({ lease_id: leaseId }).pluck('id');
    for (const id of reviewIds) await ctx.db('rolling_lease_reviews').where({ id }).update(blank(ctx, 'leaseReviewNotes', id));
  }
}

function blank(ctx: ServiceContext, note: PrivateNote, id: number): Record<string, string> {
  const { clear, sealed } = PRIVATE_NOTES[note];
  return { [clear]: '', [sealed]: sealNote(ctx.cipher, note, id, '') };
}

/**
 * The leases whose occupant was this household: a placement in the lease's unit sharing a night with the
 * sublease (from its start to its end, open while it has none; a transfer keeps the same occupant), with no
 * other household placed there after it during the sublease. A household placed there before or after another
 * occupant's sublease does not take that occupant's record with it.
 */
export async function leasesOccupiedBy(ctx: ServiceContext, householdId: number): Promise<number[]> {
  const rows: { id: number }[] = await ctx
    .db('rolling_leases as l')
    .join('housing_placements as p', 'p.unit_id', 'l.unit_id')
    .where('p.household_id', householdId)
    .whereRaw('(l.end_date IS NULL OR p.start_date < l.end_date)')
    .whereRaw('(COALESCE(p.actual_end, p.planned_end) IS NULL OR COALESCE(p.actual_end, p.planned_end) > l.sublease_start)')
    // The lease's texts are its latest occupant's: a household that left before another was placed in the unit
    // during the sublease no longer owns them (its export does not show, and its erasure does not blank, the
    // next household's objectives and reviews).
    .whereNotExists((later) =>
      later
        .select(ctx.db.raw('1'))
        .from('housing_placements as q')
        .whereRaw('q.unit_id = l.unit_id')
        .whereRaw('q.household_id <> p.household_id')
        .whereRaw('q.start_date > p.start_date')
        .whereRaw('(l.end_date IS NULL OR q.start_date < l.end_date)')
        .whereRaw('(COALESCE(q.actual_end, q.planned_end) IS NULL OR COALESCE(q.actual_end, q.planned_end) > l.sublease_start)'),
    )
    .distinct('l.id as id');
  return rows.map((row) => row.id);
}
