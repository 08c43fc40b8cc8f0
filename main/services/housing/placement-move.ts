import { AppError, conflict, fieldError, fieldErrors, notFound } from '../../errors';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { FieldError } from '../../../shared/api/result';
import type { HousingPlacement } from '../../../shared/domain/housing/placements-api';
import { createPlacement, endPlacement } from './placements';
import { lockPlacements } from './placement-lock';
import type { ServiceContext } from '../context';

export type PlacementMove = ParsedInputOf<'housing', 'movePlacement'>;

/**
 * A household moves from one unit to another on `date`: its stay ends there that morning ('transferred') and a
 * new one starts in the other unit the same day (a move out and a move in on one day share no night). Both rows
 * change in the caller's transaction, so a refused new placement (no room, unit not active) leaves the first stay
 * as it was: never a household ended here and placed nowhere. Field errors keep the move form's names
 * (`date` for the day, `unitId` and `places` for the new stay).
 */
export async function movePlacement(ctx: ServiceContext, move: PlacementMove): Promise<{ ended: HousingPlacement; placement: HousingPlacement }> {
  await lockPlacements(ctx.db);
  const row: { household_id: number; unit_id: number; actual_end: string | null } | undefined = await ctx
    .db('housing_placements')
    .where({ id: move.id })
    .first('household_id', 'unit_id', 'actual_end');
  if (!row) throw notFound('placement');
  if (row.actual_end !== null) throw conflict('placementEnded');
  if (row.unit_id === move.unitId) throw fieldError('unitId', 'invalid_value');
  try {
    const ended = await endPlacement(ctx, { id: move.id, actualEnd: move.date, endReason: 'transferred' });
    const placement = await createPlacement(ctx, {
      unitId: move.unitId,
      householdId: row.household_id,
      places: move.places,
      start: move.date,
      plannedEnd: move.plannedEnd,
      notes: move.notes,
    });
    return { ended, placement };
  } catch (error) {
    throw renamedFields(error);
  }
}

/** The end's `actualEnd` and the new stay's `start` are both the move's `date`. */
function renamedFields(error: unknown): unknown {
  if (!(error instanceof AppError) || error.code !== 'VALIDATION') return error;
  const fields: FieldError[] = error.details.fields ?? [];
  const renamed = fields.map((field) => (field.path === 'actualEnd' || field.path === 'start' ? { ...field, path: 'date' } : field));
  // The other details (the units with room for the new stay) stay as they were.
  return new AppError('VALIDATION', fieldErrors(renamed).message, { ...error.details, fields: renamed });
}
