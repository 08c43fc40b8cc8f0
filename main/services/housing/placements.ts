import type { Db } from '../../db/connection';
import type { FieldCipher } from '../../crypto/field-cipher';
import { AppError, conflict, fieldError, fieldErrors, notFound } from '../../errors';
import { insertReturningId } from '../../db/query-toolkit';
import { asPlacementRule } from './placement-rows';
import { lockPlacements } from './placement-lock';
import { readHousingDeadlines } from './settings';
import { recordHousingAudit } from './access-log';
import type { ServiceContext } from '../context';
import { closeWaitlistForPlacement } from './waitlist';
import { otherUnitsWithRoom } from './room-elsewhere';
import { openNote, sealNote } from './private-notes';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { FieldError } from '../../../shared/api/result';
import {
  bedNights,
  capacityProblem,
  defaultPlannedEnd,
  householdOverlap,
  nightsIn,
  occupancyRate,
  peakOccupancy,
  placementIssues,
  type Placement,
} from '../../../shared/domain/housing/occupancy';
import { actualEndIssue } from '../../../shared/domain/housing/placement-end';
import { PLACEMENT_STATUSES, unitStatusOn, type UnitKind, type UnitStatus } from '../../../shared/domain/housing/units';
import type { HousingPlacement, PlacementEndReason, UnitOccupancy } from '../../../shared/domain/housing/placements-api';

/**
 * Placements of households in units (issue 6, point 4), counted in nights (shared/domain/housing/occupancy.ts).
 * Every write is checked against the other placements in the transaction dispatch opened for the call:
 * the unit active on the start day, its capacity on every night, the household in one place a night.
 * The write lock is taken first (placement-lock.ts, CONCURRENCY).
 *
 * Audit: a placement concerns a household, so each write adds an 'update' row for the household to
 * housing_audit_log (ids only; its entity list is person/household); the handler writes audit_events with the
 * placement's id.
 *
 * Notes are free text about the household: encrypted (private-notes.ts, `housing_placements.notes_enc:<id>`),
 * and decrypted only where they are shown: one placement, or the list of a unit's or a household's placements
 * (the sheets' cards show them). The list of the placements in use on a day, across every unit (the placement
 * form's free places, up to 500 rows), decrypts nothing and answers '' for each note.
 */

export type NewPlacement = ParsedInputOf<'housing', 'createPlacement'>;
export type PlacementChanges = Omit<ParsedInputOf<'housing', 'updatePlacement'>, 'id'>;

const LIST_LIMIT = 500;

interface PlacementRow {
  id: number;
  unit_id: number;
  unit_code: string;
  household_id: number;
  household_code: string;
  places: number;
  start_date: string;
  planned_end: string | null;
  actual_end: string | null;
  end_reason: PlacementEndReason | null;
  /** Clear notes of a row an older version wrote and the core has not sealed yet; '' otherwise. */
  notes: string;
  /** The notes' envelope; null only on such an unsealed row. */
  notes_enc: string | null;
  created_at: string;
  updated_at: string;
}

interface UnitFacts {
  id: number;
  kind: UnitKind;
  capacity: number;
  citizen_stay_days: number | null;
}

function placementQuery(db: Db) {
  return db('housing_placements as pl')
    .join('housing_units as u', 'u.id', 'pl.unit_id')
    .join('housing_households as h', 'h.id', 'pl.household_id')
    .select('pl.*', 'u.code as unit_code', 'h.code as household_code');
}

function toPlacement(row: PlacementRow, notes: string): HousingPlacement {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitCode: row.unit_code,
    householdId: row.household_id,
    householdCode: row.household_code,
    places: row.places,
    start: row.start_date,
    plannedEnd: row.planned_end,
    actualEnd: row.actual_end,
    endReason: row.end_reason,
    notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function decrypted(cipher: FieldCipher, row: PlacementRow): HousingPlacement {
  return toPlacement(row, openNote(cipher, 'placementNotes', row.id, row.notes_enc, row.notes));
}

export async function listPlacements(
  ctx: Pick<ServiceContext, 'db' | 'cipher'>,
  options: { unitId?: number; householdId?: number; activeOn?: string },
): Promise<HousingPlacement[]> {
  const query = placementQuery(ctx.db)
    .orderBy([{ column: 'pl.start_date', order: 'desc' }, { column: 'pl.id', order: 'desc' }])
    .limit(LIST_LIMIT);
  if (options.unitId !== undefined) query.where('pl.unit_id', options.unitId);
  if (options.householdId !== undefined) query.where('pl.household_id', options.householdId);
  if (options.activeOn !== undefined) {
    // occupiesNight: start ≤ day < end, the end being the actual end, else the planned one, else none.
    const day = options.activeOn;
    query.where('pl.start_date', '<=', day).whereRaw('(COALESCE(pl.actual_end, pl.planned_end) IS NULL OR COALESCE(pl.actual_end, pl.planned_end) > ?)', [day]);
  }
  const rows = (await query) as PlacementRow[];
  // A unit's or a household's sheet shows each note; the day's list across units shows none (see above).
  const shown = options.unitId !== undefined || options.householdId !== undefined;
  return rows.map((row) => (shown ? decrypted(ctx.cipher, row) : toPlacement(row, '')));
}

async function placementById(ctx: Pick<ServiceContext, 'db' | 'cipher'>, id: number): Promise<HousingPlacement> {
  const row = (await placementQuery(ctx.db).where('pl.id', id).first()) as PlacementRow | undefined;
  if (!row) throw notFound('placement');
  return decrypted(ctx.cipher, row);
}

async function unitFacts(db: Db, id: number): Promise<UnitFacts | undefined> {
  return (await db('housing_units').where({ id }).first('id', 'kind', 'capacity', 'citizen_stay_days')) as UnitFacts | undefined;
}

async function unitStatusOnDay(db: Db, unitId: number, day: string): Promise<UnitStatus | null> {
  const history: { status: UnitStatus; date: string }[] = await db('housing_unit_status_changes')
    .where({ unit_id: unitId })
    .orderBy([{ column: 'date' }, { column: 'id' }])
    .select('status', 'date');
  return unitStatusOn(history, day);
}

/**
 * The placement on its own, then against the others: the unit's other placements for its capacity, the
 * household's placements in every unit for overlaps. `exceptId` is the placement being changed.
 */
async function ruleErrors(db: Db, unit: UnitFacts, candidate: Placement, exceptId: number | null): Promise<FieldError[]> {
  const errors: FieldError[] = placementIssues(candidate).map((issue) =>
    issue.path === 'plannedEnd'
      ? { path: 'plannedEnd', issue: 'end_before_start' }
      : issue.path === 'actualEnd'
        ? { path: 'actualEnd', issue: 'before_start' }
        : { path: 'places', issue: 'too_small', params: { limit: 1 } },
  );
  if (errors.length > 0) return errors;

  const others = (query: ReturnType<Db>) => (exceptId === null ? query : query.whereNot({ id: exceptId }));
  const unitRows = (await others(db('housing_placements').where({ unit_id: unit.id }))) as PlacementRow[];
  const problem = capacityProblem(unitRows.map(asPlacementRule), candidate, unit.capacity);
  if (problem !== null) {
    errors.push({ path: 'places', issue: 'over_capacity', params: { date: problem.night, free: Math.max(0, problem.capacity - problem.placesInUse) } });
  }
  const householdRows = (await others(db('housing_placements').where({ household_id: candidate.householdId }))) as PlacementRow[];
  const overlap = householdOverlap(householdRows.map(asPlacementRule), candidate);
  if (overlap !== null) errors.push({ path: 'householdId', issue: 'household_overlap', params: { date: overlap.night } });
  return errors;
}

export async function createPlacement(ctx: ServiceContext, input: NewPlacement): Promise<HousingPlacement> {
  await lockPlacements(ctx.db);
  const unit = await unitFacts(ctx.db, input.unitId);
  const household = await ctx.db('housing_households').where({ id: input.householdId }).first('id');
  const missing: FieldError[] = [];
  if (!unit) missing.push({ path: 'unitId', issue: 'not_found' });
  if (!household) missing.push({ path: 'householdId', issue: 'not_found' });
  if (!unit || missing.length > 0) throw fieldErrors(missing);

  const status = await unitStatusOnDay(ctx.db, unit.id, input.start);
  if (status === null || !PLACEMENT_STATUSES.includes(status)) throw fieldError('unitId', 'unit_not_active');

  const stayDays = unit.citizen_stay_days ?? (await readHousingDeadlines(ctx.db)).citizenStayDays;
  const plannedEnd = input.plannedEnd ?? defaultPlannedEnd(unit.kind, input.start, stayDays);
  const candidate: Placement = { householdId: input.householdId, places: input.places, start: input.start, plannedEnd, actualEnd: null };
  const errors = await ruleErrors(ctx.db, unit, candidate, null);
  if (errors.some((error) => error.issue === 'over_capacity')) {
    // Issue 14, item 8: say where there is room for every night of this stay, and of which kind.
    const unitsWithRoom = await otherUnitsWithRoom(ctx.db, unit.id, { start: input.start, end: plannedEnd, places: input.places });
    throw new AppError('VALIDATION', 'invalid fields: no room for the stay', { fields: errors, unitsWithRoom });
  }
  if (errors.length > 0) throw fieldErrors(errors);

  const now = ctx.now.toISOString();
  const id = await insertReturningId(ctx.db, 'housing_placements', {
    unit_id: unit.id,
    household_id: input.householdId,
    places: input.places,
    start_date: input.start,
    planned_end: plannedEnd,
    actual_end: null,
    end_reason: null,
    // Bound to the id, known only now: the envelope is written next, in the same transaction.
    notes_enc: null,
    created_at: now,
    updated_at: now,
  });
  await ctx.db('housing_placements').where({ id }).update({ notes_enc: sealNote(ctx.cipher, 'placementNotes', id, input.notes) });
  await recordHousingAudit(ctx, 'update', 'household', input.householdId);
  // Placed: the household leaves the waiting list in the same transaction.
  await closeWaitlistForPlacement(ctx, { id, householdId: input.householdId, start: input.start });
  return placementById(ctx, id);
}

/** The placement row and its unit, after taking the write lock; NOT_FOUND placement otherwise. */
async function lockedPlacement(db: Db, id: number): Promise<{ row: PlacementRow; unit: UnitFacts }> {
  await lockPlacements(db);
  const row = (await db('housing_placements').where({ id }).first()) as PlacementRow | undefined;
  if (!row) throw notFound('placement');
  const unit = await unitFacts(db, row.unit_id);
  if (!unit) throw notFound('unit');
  return { row, unit };
}

export async function updatePlacement(ctx: ServiceContext, id: number, changes: PlacementChanges): Promise<HousingPlacement> {
  const { row, unit } = await lockedPlacement(ctx.db, id);
  const candidate: Placement = { ...asPlacementRule(row), places: changes.places, plannedEnd: changes.plannedEnd };
  const errors = await ruleErrors(ctx.db, unit, candidate, id);
  if (errors.length > 0) throw fieldErrors(errors);
  await ctx.db('housing_placements')
    .where({ id })
    .update({
      places: changes.places,
      planned_end: changes.plannedEnd,
      notes_enc: sealNote(ctx.cipher, 'placementNotes', id, changes.notes),
      updated_at: ctx.now.toISOString(),
    });
  await recordHousingAudit(ctx, 'update', 'household', row.household_id);
  return placementById(ctx, id);
}

/**
 * The household left. A later actual end than planned lengthens the stay, so the same capacity and overlap
 * rules apply; the actual end may equal the start (left the day it came) and is never after today
 * (placement-end.ts: `actualEnd` `after_today` {date: today}).
 */
export async function endPlacement(
  ctx: ServiceContext,
  change: { id: number; actualEnd: string; endReason: PlacementEndReason },
): Promise<HousingPlacement> {
  const { row, unit } = await lockedPlacement(ctx.db, change.id);
  // Issue 14, item 7: a day still ahead is a planned end (updatePlacement), not a departure.
  if (actualEndIssue(change.actualEnd, row.start_date, ctx.today) === 'after_today') throw fieldError('actualEnd', 'after_today', { date: ctx.today });
  const candidate: Placement = { ...asPlacementRule(row), actualEnd: change.actualEnd };
  const errors = await ruleErrors(ctx.db, unit, candidate, change.id);
  if (errors.length > 0) throw fieldErrors(errors);
  await ctx.db('housing_placements')
    .where({ id: change.id })
    .update({ actual_end: change.actualEnd, end_reason: change.endReason, updated_at: ctx.now.toISOString() });
  await recordHousingAudit(ctx, 'update', 'household', row.household_id);
  return placementById(ctx, change.id);
}

/**
 * Undoes an end recorded by mistake (issue 17, the "Annuler" of the confirmation): the stay is open again, with its
 * planned end. Only the end the user saw (`actualEnd`, `updatedAt`): a stay changed since is refused rather than
 * overwritten. Open again, the stay takes its nights back, so the unit must still have room for it and the
 * household sleep nowhere else; otherwise it stays ended and the refusal names the first night in the way.
 */
export async function reopenPlacement(ctx: ServiceContext, seen: { id: number; actualEnd: string; updatedAt: string }): Promise<HousingPlacement> {
  const { row, unit } = await lockedPlacement(ctx.db, seen.id);
  if (row.actual_end === null) throw conflict('placementNotEnded');
  if (row.actual_end !== seen.actualEnd || row.updated_at !== seen.updatedAt) throw conflict('placementChangedSince');
  const errors = await ruleErrors(ctx.db, unit, { ...asPlacementRule(row), actualEnd: null }, row.id);
  const taken = errors.find((error) => error.issue === 'over_capacity');
  if (taken) throw conflict('unitTakenSince', { date: String(taken.params?.date) });
  const elsewhere = errors.find((error) => error.issue === 'household_overlap');
  if (elsewhere) throw conflict('householdPlacedSince', { date: String(elsewhere.params?.date) });
  if (errors.length > 0) throw fieldErrors(errors);
  await ctx.db('housing_placements').where({ id: row.id }).update({ actual_end: null, end_reason: null, updated_at: ctx.now.toISOString() });
  await recordHousingAudit(ctx, 'update', 'household', row.household_id);
  return placementById(ctx, row.id);
}

/** Only a placement recorded by mistake: not ended yet. An ended stay counts in bed-nights and the report. */
export async function deletePlacement(ctx: ServiceContext, id: number): Promise<{ householdId: number }> {
  const { row } = await lockedPlacement(ctx.db, id);
  if (row.actual_end !== null) throw conflict('placementEnded');
  await ctx.db('housing_placements').where({ id }).delete();
  await recordHousingAudit(ctx, 'update', 'household', row.household_id);
  return { householdId: row.household_id };
}

export async function unitOccupancy(db: Db, query: { unitId: number; from: string; to: string }): Promise<UnitOccupancy> {
  if (query.to < query.from) throw fieldError('to', 'end_before_start');
  const unit = await unitFacts(db, query.unitId);
  if (!unit) throw notFound('unit');
  const rows = (await db('housing_placements').where({ unit_id: unit.id })) as PlacementRow[];
  const placements = rows.map(asPlacementRule);
  return {
    unitId: unit.id,
    capacity: unit.capacity,
    from: query.from,
    to: query.to,
    nights: nightsIn(query.from, query.to),
    bedNights: bedNights(placements, query.from, query.to),
    occupancyRate: occupancyRate(placements, unit.capacity, query.from, query.to),
    peak: peakOccupancy(placements, query.from, query.to),
  };
}
