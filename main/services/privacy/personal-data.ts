import type { ServiceContext } from '../context';
import { notFound } from '../../errors';
import { recordHousingAudit } from '../housing/access-log';
import { householdNotesContext, toPerson, type HouseholdTableRow as HouseholdRow, type PersonRow } from '../housing/people';
import { registrationRecord } from '../housing/registrations-read';
import { leasesOccupiedBy } from '../housing/private-notes-erasure';
import { openNote } from '../housing/private-notes';
import { deadlineOutcome } from '../../../shared/domain/housing/deadlines';
import { type HousingAuditAction, type HousingAuditEntity } from '../../../shared/domain/housing/people';
import type { PlacementEndReason } from '../../../shared/domain/housing/placements-api';
import type { UnitKind } from '../../../shared/domain/housing/units';
import type { WaitlistPriority, WaitlistStatus } from '../../../shared/domain/housing/waitlist';
import type { DocumentLanguage } from '../../../shared/domain/documents';
import {
  ACCESS_LOG_ACTOR,
  PERSONAL_DATA_FORMAT,
  PERSONAL_DATA_VERSION,
  type PersonalDataAccessEntry,
  type PersonalDataExport,
  type PersonalDataHousehold,
  type PersonalDataPerson,
  type PersonalDataRegistration,
  type PersonalDataRollingLease,
  type PersonalDataStay,
  type PersonalDataWaitlistEntry,
} from '../../../shared/domain/privacy/personal-data';

/**
 * Right of access and portability (issue 20): gathers everything held about one housed person
 * (shared/domain/privacy/personal-data.ts says what, and what is left out), and writes ONE 'export' row for the
 * person to housing_audit_log in the call's transaction — so a failed export (the PDF not made, the call rolled
 * back) leaves none. The other rows this read would write elsewhere (a 'view' of the household and of each of its
 * people, a 'view' per registration) are not written: the export reads this person only, and is logged as such.
 *
 * The other people of the household appear by code only. Nothing here logs.
 */

/** The institution that holds the housing records (the data controller). */
export const PERSONAL_DATA_CONTROLLER = 'CPAS de Liège';

export async function personalDataOf(ctx: ServiceContext, personId: number, language: DocumentLanguage): Promise<PersonalDataExport> {
  const row = (await ctx.db('housing_people').where({ id: personId }).first()) as PersonRow | undefined;
  if (!row) throw notFound('person');
  const householdRow = (await ctx.db('housing_households').where({ id: row.household_id }).first()) as HouseholdRow;
  await recordHousingAudit(ctx, 'export', 'person', personId);
  return {
    format: PERSONAL_DATA_FORMAT,
    version: PERSONAL_DATA_VERSION,
    generatedAt: ctx.now.toISOString(),
    language,
    controller: { name: PERSONAL_DATA_CONTROLLER, country: 'BE' },
    person: personOf(ctx, row),
    household: await householdOf(ctx, householdRow, personId),
    stays: await staysOf(ctx, householdRow.id),
    registrations: await registrationsOf(ctx, personId),
    waitingList: await waitingListOf(ctx, householdRow.id),
    rollingLeases: await rollingLeasesOf(ctx, householdRow.id),
    accessLog: await accessLogOf(ctx, row, householdRow),
  };
}

function personOf(ctx: ServiceContext, row: PersonRow): PersonalDataPerson {
  // The export names the person by code, not by the app's internal ids.
  const { id: _id, householdId: _householdId, ...person } = toPerson(ctx.cipher, row);
  return person;
}

async function householdOf(ctx: ServiceContext, row: HouseholdRow, personId: number): Promise<PersonalDataHousehold> {
  const others: string[] = await ctx.db('housing_people').where({ household_id: row.id }).whereNot({ id: personId }).orderBy('id').pluck('code');
  return {
    code: row.code,
    size: row.size,
    notes: ctx.cipher.decrypt(row.notes_enc, householdNotesContext(row.code)),
    noticeGivenAt: row.notice_given_at ?? null,
    noticeLanguage: row.notice_language ?? null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    otherMemberCodes: others,
  };
}

async function staysOf(ctx: ServiceContext, householdId: number): Promise<PersonalDataStay[]> {
  const rows = (await ctx
    .db('housing_placements as pl')
    .join('housing_units as u', 'u.id', 'pl.unit_id')
    .where('pl.household_id', householdId)
    .orderBy([{ column: 'pl.start_date' }, { column: 'pl.id' }])
    .select('pl.*', 'u.code as unit_code', 'u.address as unit_address', 'u.kind as unit_kind')) as {
    id: number;
    unit_code: string;
    unit_address: string;
    unit_kind: UnitKind;
    places: number;
    start_date: string;
    planned_end: string | null;
    actual_end: string | null;
    end_reason: PlacementEndReason | null;
    notes: string;
    notes_enc: string | null;
    created_at: string;
    updated_at: string;
  }[];
  return rows.map((stay) => ({
    unitCode: stay.unit_code,
    unitAddress: stay.unit_address,
    unitKind: stay.unit_kind,
    places: stay.places,
    start: stay.start_date,
    plannedEnd: stay.planned_end,
    actualEnd: stay.actual_end,
    endReason: stay.end_reason,
    notes: openNote(ctx.cipher, 'placementNotes', stay.id, stay.notes_enc, stay.notes),
    createdAt: stay.created_at,
    updatedAt: stay.updated_at,
  }));
}

async function registrationsOf(ctx: ServiceContext, personId: number): Promise<PersonalDataRegistration[]> {
  const ids: number[] = await ctx.db('housing_registrations').where({ person_id: personId }).orderBy('id').pluck('id');
  const registrations: PersonalDataRegistration[] = [];
  for (const id of ids) {
    // The full record (decrypted, with every task), read without the 'view' row viewRegistration would add.
    const record = await registrationRecord(ctx, id);
    const unit =
      record.unitId === null ? undefined : ((await ctx.db('housing_units').where({ id: record.unitId }).first('address')) as { address: string } | undefined);
    registrations.push({
      kind: record.kind,
      status: record.status,
      unitCode: record.unitCode,
      unitAddress: unit?.address ?? null,
      requestDate: record.requestDate,
      decisionDate: record.decisionDate,
      startDate: record.startDate,
      endDate: record.endDate,
      communeReference: record.communeReference,
      notes: record.notes,
      forwarding: record.forwarding,
      move: record.move,
      policeCheckDate: record.policeCheckDate,
      absence: record.absence,
      contactDates: record.contactDates,
      deadlines: record.tasks.map((task) => ({
        kind: task.kind,
        fromDate: task.fromDate,
        dueDate: task.dueDate,
        doneDate: task.doneDate ?? null,
        status: task.status,
        outcome: deadlineOutcome(task, ctx.today),
      })),
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    });
  }
  return registrations;
}

async function waitingListOf(ctx: ServiceContext, householdId: number): Promise<PersonalDataWaitlistEntry[]> {
  const rows = (await ctx.db('housing_waitlist').where({ household_id: householdId }).orderBy([{ column: 'requested_date' }, { column: 'id' }])) as {
    priority: WaitlistPriority;
    requested_date: string;
    places_needed: number;
    unit_kinds: string;
    status: WaitlistStatus;
    closed_date: string | null;
    created_at: string;
    updated_at: string;
  }[];
  return rows.map((entry) => ({
    priority: entry.priority,
    requestedDate: entry.requested_date,
    placesNeeded: entry.places_needed,
    unitKinds: JSON.parse(entry.unit_kinds) as UnitKind[],
    status: entry.status,
    closedDate: entry.closed_date,
    createdAt: entry.created_at,
    updatedAt: entry.updated_at,
  }));
}

/** The bail glissant accompaniment of the leases the household occupied (the same leases its erasure blanks). */
async function rollingLeasesOf(ctx: ServiceContext, householdId: number): Promise<PersonalDataRollingLease[]> {
  const leases: PersonalDataRollingLease[] = [];
  for (const leaseId of (await leasesOccupiedBy(ctx, householdId)).sort((a, b) => a - b)) {
    const lease = (await ctx
      .db('rolling_leases as l')
      .join('housing_units as u', 'u.id', 'l.unit_id')
      .where('l.id', leaseId)
      .first('l.*', 'u.code as unit_code')) as {
      id: number;
      unit_code: string;
      operator: string;
      sublease_start: string;
      transfer_date: string | null;
      end_date: string | null;
      outcome: string;
      objectives: string;
      outcome_enc: string | null;
      objectives_enc: string | null;
    };
    const renewals: string[] = await ctx.db('rolling_lease_renewals').where({ lease_id: leaseId }).orderBy('number').pluck('renewed_on');
    const reviews = (await ctx
      .db('rolling_lease_reviews')
      .where({ lease_id: leaseId })
      .orderBy([{ column: 'reviewed_on' }, { column: 'id' }])
      .select('id', 'reviewed_on', 'notes', 'notes_enc')) as { id: number; reviewed_on: string; notes: string; notes_enc: string | null }[];
    leases.push({
      unitCode: lease.unit_code,
      operator: lease.operator,
      subleaseStart: lease.sublease_start,
      renewals,
      transferDate: lease.transfer_date,
      endDate: lease.end_date,
      objectives: openNote(ctx.cipher, 'leaseObjectives', lease.id, lease.objectives_enc, lease.objectives),
      outcome: openNote(ctx.cipher, 'leaseOutcome', lease.id, lease.outcome_enc, lease.outcome),
      reviews: reviews.map((review) => ({ date: review.reviewed_on, notes: openNote(ctx.cipher, 'leaseReviewNotes', review.id, review.notes_enc, review.notes) })),
    });
  }
  return leases;
}

/**
 * The access log rows of the person and of the household, oldest first, this export's own row included. Only
 * rows from the record's creation on: after a restore, an id may name an earlier, erased record, whose rows are
 * not this person's. Who acted is given as the housing staff, never a name or an account (CJEU C-579/21).
 */
async function accessLogOf(ctx: ServiceContext, person: PersonRow, household: HouseholdRow): Promise<PersonalDataAccessEntry[]> {
  const rows = (await ctx
    .db('housing_audit_log')
    .where((where) =>
      where
        .where((own) => own.where({ entity: 'person', entity_id: person.id }).where('at', '>=', person.created_at))
        .orWhere((theirs) => theirs.where({ entity: 'household', entity_id: household.id }).where('at', '>=', household.created_at)),
    )
    .orderBy([{ column: 'at' }, { column: 'id' }])
    .select('at', 'action', 'entity')) as { at: string; action: HousingAuditAction; entity: HousingAuditEntity }[];
  return rows.map((entry) => ({ at: entry.at, action: entry.action, concerns: entry.entity, by: ACCESS_LOG_ACTOR }));
}
