import type { Db } from '../../db/connection';
import { conflict, fieldErrors, notFound } from '../../errors';
import { countValue, insertReturningId, whereSearch } from '../../db/query-toolkit';
import { readHousingDeadlines } from './settings';
import { readRollingLease, saveRollingLease, type RollingLeaseDraft } from './rolling-leases';
import { capacityChangeErrors, statusChangeErrors } from './unit-placement-checks';
import type { ServiceContext } from '../context';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { FieldError } from '../../../shared/api/result';
import type { HousingUnit, HousingUnitSummary } from '../../../shared/domain/housing/housing-units-api';
import {
  LIGHT_HOUSING_CRITERIA,
  lightHousingCriteriaMissing,
  metLightHousingCriteria,
  qualifiesAsLightHousing,
  type LightHousingChecklist,
} from '../../../shared/domain/housing/light-housing';
import {
  SUPPORT_KINDS,
  UNIT_TRANSITIONS,
  unitStatusChangeIssue,
  type SupportKind,
  type UnitKind,
  type UnitStatus,
  type UnitStatusChange,
  type UnitStatusIssue,
} from '../../../shared/domain/housing/units';

/**
 * Solidarity housing units: code, address, kind, provider, capacity, support given, kind-specific details, and
 * the status life cycle with the day of each change (housing_unit_status_changes; the unit row keeps the
 * latest for lists). The rules are in shared/domain/housing/units.ts.
 */

export type UnitDraft = Omit<ParsedInputOf<'housing', 'updateUnit'>, 'id'>;
export type NewUnitDraft = ParsedInputOf<'housing', 'createUnit'>;

interface UnitRow {
  id: number;
  code: string;
  kind: UnitKind;
  address: string;
  provider_id: number | null;
  provider_name: string | null;
  capacity: number;
  status: UnitStatus;
  status_date: string;
  notes: string;
  citizen_stay_days: number | null;
  light_housing_criteria: string | null;
  created_at: string;
  updated_at: string;
}

function unitQuery(db: Db) {
  return db('housing_units as u')
    .leftJoin('housing_providers as p', 'p.id', 'u.provider_id')
    .select('u.*', 'p.name as provider_name');
}

function toSummary(row: UnitRow): HousingUnitSummary {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind,
    address: row.address,
    providerId: row.provider_id,
    providerName: row.provider_name,
    capacity: row.capacity,
    status: row.status,
    statusDate: row.status_date,
  };
}

export async function listUnits(
  db: Db,
  options: { search?: string; kind?: UnitKind; status?: UnitStatus; providerId?: number },
): Promise<HousingUnitSummary[]> {
  const query = unitQuery(db).orderBy([{ column: 'u.code' }, { column: 'u.id' }]);
  if (options.kind) query.where('u.kind', options.kind);
  if (options.status) query.where('u.status', options.status);
  if (options.providerId !== undefined) query.where('u.provider_id', options.providerId);
  whereSearch(query, { text: ['u.code', 'u.address'], folded: ['p.name_key'] }, options.search);
  return ((await query) as UnitRow[]).map(toSummary);
}

function parseChecklist(text: string | null): LightHousingChecklist {
  if (text === null) return {};
  try {
    const parsed = JSON.parse(text) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as LightHousingChecklist) : {};
  } catch {
    return {};
  }
}

async function statusHistory(db: Db, unitId: number): Promise<(UnitStatusChange & { recordedAt: string })[]> {
  const rows: { status: UnitStatus; date: string; recorded_at: string }[] = await db('housing_unit_status_changes')
    .where({ unit_id: unitId })
    .orderBy([{ column: 'date' }, { column: 'id' }])
    .select('status', 'date', 'recorded_at');
  return rows.map((row) => ({ status: row.status, date: row.date, recordedAt: row.recorded_at }));
}

/** One unit with its history, supports and kind-specific details; `today` dates the bail glissant alerts. */
export async function getUnit(ctx: Pick<ServiceContext, 'db' | 'today' | 'cipher'>, id: number): Promise<HousingUnit> {
  const { db } = ctx;
  const row = (await unitQuery(db).where('u.id', id).first()) as UnitRow | undefined;
  if (!row) throw notFound('unit');
  const settings = await readHousingDeadlines(db);
  const supports: { kind: SupportKind; start_date: string | null; notes: string }[] = await db('housing_unit_supports')
    .where({ unit_id: id })
    .select('kind', 'start_date', 'notes');
  supports.sort((a, b) => SUPPORT_KINDS.indexOf(a.kind) - SUPPORT_KINDS.indexOf(b.kind));
  const checklist = parseChecklist(row.light_housing_criteria);
  const citizen = row.kind === 'hebergement_citoyen';
  return {
    ...toSummary(row),
    notes: row.notes,
    nextStatuses: [...UNIT_TRANSITIONS[row.status]],
    statusHistory: await statusHistory(db, id),
    supports: supports.map((support) => ({ kind: support.kind, startDate: support.start_date, notes: support.notes })),
    citizenStayDays: citizen ? row.citizen_stay_days : null,
    effectiveCitizenStayDays: citizen ? (row.citizen_stay_days ?? settings.citizenStayDays) : null,
    lightHousing:
      row.kind === 'habitat_leger'
        ? {
            criteria: metLightHousingCriteria(checklist),
            qualifies: qualifiesAsLightHousing(checklist),
            missing: lightHousingCriteriaMissing(checklist),
          }
        : null,
    rollingLease:
      row.kind === 'bail_glissant' ? await readRollingLease(ctx, id, settings.rollingLeaseNoticeDays) : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Every refused field of a draft at once: code in use, unknown provider, a support twice, a lease orphaned. */
async function draftErrors(db: Db, id: number | null, draft: UnitDraft): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const sameCode = db('housing_units').where({ code: draft.code });
  if (id !== null) sameCode.whereNot({ id });
  if (await sameCode.first('id')) errors.push({ path: 'code', issue: 'taken' });
  if (draft.providerId !== null && !(await db('housing_providers').where({ id: draft.providerId }).first('id'))) {
    errors.push({ path: 'providerId', issue: 'not_found' });
  }
  const kinds = new Set<SupportKind>();
  draft.supports.forEach((support, index) => {
    if (kinds.has(support.kind)) errors.push({ path: `supports.${index}.kind`, issue: 'duplicate' });
    kinds.add(support.kind);
  });
  if (id !== null && draft.kind !== 'bail_glissant' && (await db('rolling_leases').where({ unit_id: id }).first('id'))) {
    errors.push({ path: 'kind', issue: 'has_rolling_lease' });
  }
  return errors;
}

/** Kind-specific details are kept only for their kind, so switching kind in the form leaves nothing stale. */
function unitColumns(draft: UnitDraft, now: string) {
  const checklist = Object.fromEntries(
    LIGHT_HOUSING_CRITERIA.map((criterion) => [criterion, draft.lightHousingCriteria.includes(criterion)]),
  );
  return {
    code: draft.code,
    kind: draft.kind,
    address: draft.address,
    provider_id: draft.providerId,
    capacity: draft.capacity,
    notes: draft.notes,
    citizen_stay_days: draft.kind === 'hebergement_citoyen' ? draft.citizenStayDays : null,
    light_housing_criteria: draft.kind === 'habitat_leger' ? JSON.stringify(checklist) : null,
    updated_at: now,
  };
}

async function saveSupports(db: Db, unitId: number, supports: UnitDraft['supports']): Promise<void> {
  await db('housing_unit_supports').where({ unit_id: unitId }).delete();
  for (const support of supports) {
    await db('housing_unit_supports').insert({
      unit_id: unitId,
      kind: support.kind,
      start_date: support.startDate,
      notes: support.notes,
    });
  }
}

function statusFieldError(issue: UnitStatusIssue, previous: UnitStatusChange | undefined): FieldError {
  if (issue === 'before_previous_change') {
    return { path: 'date', issue: 'before_previous_change', params: { date: previous?.date ?? '' } };
  }
  return { path: 'status', issue: 'status_not_allowed' };
}

export async function createUnit(ctx: ServiceContext, input: NewUnitDraft): Promise<HousingUnit> {
  const { db } = ctx;
  const { status, statusDate, ...draft } = input;
  const statusIssue = unitStatusChangeIssue([], { status, date: statusDate });
  const errors = [
    ...(statusIssue === null ? [] : [statusFieldError(statusIssue, undefined)]),
    ...(await draftErrors(db, null, draft)),
  ];
  if (errors.length > 0) throw fieldErrors(errors);
  const now = ctx.now.toISOString();
  const id = await insertReturningId(db, 'housing_units', {
    ...unitColumns(draft, now),
    status,
    status_date: statusDate,
    created_at: now,
  });
  await db('housing_unit_status_changes').insert({
    unit_id: id,
    status,
    date: statusDate,
    recorded_by: ctx.userId,
    recorded_at: now,
  });
  await saveSupports(db, id, draft.supports);
  return getUnit(ctx, id);
}

export async function updateUnit(ctx: ServiceContext, id: number, draft: UnitDraft): Promise<HousingUnit> {
  const { db } = ctx;
  if (!(await db('housing_units').where({ id }).first('id'))) throw notFound('unit');
  const errors = [...(await draftErrors(db, id, draft)), ...(await capacityChangeErrors(ctx, id, draft.capacity))];
  if (errors.length > 0) throw fieldErrors(errors);
  await db('housing_units').where({ id }).update(unitColumns(draft, ctx.now.toISOString()));
  await saveSupports(db, id, draft.supports);
  return getUnit(ctx, id);
}

/** One step of the life cycle, on its day; the history keeps every step (the report counts by these dates). */
export async function changeUnitStatus(ctx: ServiceContext, change: { id: number; status: UnitStatus; date: string }): Promise<HousingUnit> {
  const { db } = ctx;
  if (!(await db('housing_units').where({ id: change.id }).first('id'))) throw notFound('unit');
  const history = await statusHistory(db, change.id);
  const issue = unitStatusChangeIssue(history, { status: change.status, date: change.date });
  if (issue !== null) throw fieldErrors([statusFieldError(issue, history[history.length - 1])]);
  const placementErrors = await statusChangeErrors(db, change.id, change.status, change.date);
  if (placementErrors.length > 0) throw fieldErrors(placementErrors);
  const now = ctx.now.toISOString();
  await db('housing_unit_status_changes').insert({
    unit_id: change.id,
    status: change.status,
    date: change.date,
    recorded_by: ctx.userId,
    recorded_at: now,
  });
  await db('housing_units')
    .where({ id: change.id })
    .update({ status: change.status, status_date: change.date, updated_at: now });
  return getUnit(ctx, change.id);
}

/** The bail glissant record saved (rolling-leases.ts), then the unit as it now reads, with its due dates and alerts. */
export async function setRollingLease(ctx: ServiceContext, draft: RollingLeaseDraft): Promise<HousingUnit> {
  await saveRollingLease(ctx, draft);
  return getUnit(ctx, draft.unitId);
}

/**
 * Only a unit recorded by mistake: never moved since it was recorded and with no bail glissant record.
 * Otherwise CONFLICT unitHasHistory: close it instead, so the report's history stays true.
 */
export async function deleteUnit(db: Db, id: number): Promise<void> {
  if (!(await db('housing_units').where({ id }).first('id'))) throw notFound('unit');
  const changes = countValue(await db('housing_unit_status_changes').where({ unit_id: id }).count({ n: '*' }).first());
  const lease = await db('rolling_leases').where({ unit_id: id }).first('id');
  if (changes > 1 || lease) throw conflict('unitHasHistory');
  await db('housing_units').where({ id }).delete();
}
