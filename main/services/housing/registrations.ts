import { conflict, fieldError, fieldErrors } from '../../errors';
import { insertReturningId } from '../../db/query-toolkit';
import { recordHousingAudit } from './access-log';
import type { ServiceContext } from '../context';
import { registrationCipherColumns } from './registration-cipher';
import { readRegistrationRow, registrationRecord } from './registrations-read';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { FieldError } from '../../../shared/api/result';
import {
  canMoveRegistration,
  contactDateIssue,
  registrationDateIssues,
  type RegistrationStatus,
} from '../../../shared/domain/housing/registrations';
import type { HousingRegistration } from '../../../shared/domain/housing/registrations-api';

/**
 * Address registrations (issue 6, point 5): the writes. Each runs in the transaction dispatch opened for the
 * call and checks everything before writing, so a refusal leaves nothing behind. A registration concerns a
 * person: every change adds an 'update' row for that person to housing_audit_log (ids only); the handler
 * writes audit_events with the registration's id. Reading lives in housing/registrations-read.ts and is
 * re-exported here, so callers import one module.
 */

export {
  listRegistrations,
  registrationEndProposals,
  registrationTasksFor,
  viewRegistration,
} from './registrations-read';

export type RegistrationDraft = ParsedInputOf<'registrations', 'create'>;

/** The date paths of registrationDateIssues, as the channel's input names them. */
const DATE_ISSUE_PATHS = {
  endDate: 'endDate',
  startDate: 'startDate',
  forwardedDate: 'forwarding.forwardedDate',
  declaredDate: 'move.declaredDate',
} as const;

/** The date each status needs: an active registration has started, an ended one ended, a refused one was decided. */
const STATUS_DATES: Partial<Record<RegistrationStatus, 'startDate' | 'endDate' | 'decisionDate'>> = {
  active: 'startDate',
  ended: 'endDate',
  refused: 'decisionDate',
};

/** Everything wrong with a draft, with the input's field paths; `current` is the status before an update. */
async function draftIssues(ctx: ServiceContext, draft: RegistrationDraft, current: RegistrationStatus | null): Promise<FieldError[]> {
  const issues: FieldError[] = [];
  // Issue 6, point 8: "a registration for an unknown person — refused".
  if (!(await ctx.db('housing_people').where({ id: draft.personId }).first('id'))) issues.push({ path: 'personId', issue: 'not_found' });
  if (draft.unitId !== null && !(await ctx.db('housing_units').where({ id: draft.unitId }).first('id'))) {
    issues.push({ path: 'unitId', issue: 'not_found' });
  }
  for (const { path, issue } of registrationDateIssues(draft)) issues.push({ path: DATE_ISSUE_PATHS[path], issue });
  const needed = STATUS_DATES[draft.status];
  if (needed !== undefined && draft[needed] === null) issues.push({ path: needed, issue: 'required' });
  if (current !== null && current !== draft.status && !canMoveRegistration(current, draft.status)) {
    issues.push({ path: 'status', issue: 'status_not_allowed' });
  }
  return issues;
}

function plainColumns(draft: RegistrationDraft) {
  return {
    kind: draft.kind,
    status: draft.status,
    person_id: draft.personId,
    unit_id: draft.unitId,
    request_date: draft.requestDate,
    decision_date: draft.decisionDate,
    start_date: draft.startDate,
    end_date: draft.endDate,
    forward_received_date: draft.forwarding?.receivedDate ?? null,
    forwarded_date: draft.forwarding?.forwardedDate ?? null,
    move_date: draft.move?.date ?? null,
    move_declared_date: draft.move?.declaredDate ?? null,
    police_check_date: draft.policeCheckDate,
    not_found_since: draft.absence?.notFoundSince ?? null,
    absence_resolved_date: draft.absence?.resolvedDate ?? null,
  };
}

/** The registration as just written (the caller typed these values: audited as the change, not as a view). */
function written(ctx: ServiceContext, id: number): Promise<HousingRegistration> {
  return registrationRecord(ctx, id);
}

async function touched(ctx: ServiceContext, id: number, personId: number | null): Promise<void> {
  await ctx.db('housing_registrations').where({ id }).update({ updated_at: ctx.now.toISOString() });
  if (personId !== null) await recordHousingAudit(ctx, 'update', 'person', personId);
}

export async function createRegistration(ctx: ServiceContext, draft: RegistrationDraft): Promise<HousingRegistration> {
  const issues = await draftIssues(ctx, draft, null);
  if (issues.length > 0) throw fieldErrors(issues);
  const now = ctx.now.toISOString();
  // The envelopes are bound to the id (housing/registration-cipher.ts): placeholders first, then the values.
  const id = await insertReturningId(ctx.db, 'housing_registrations', {
    ...plainColumns(draft),
    commune_reference_enc: '',
    notes_enc: '',
    created_at: now,
    updated_at: now,
  });
  await ctx.db('housing_registrations').where({ id }).update(registrationCipherColumns(ctx.cipher, id, draft));
  await recordHousingAudit(ctx, 'update', 'person', draft.personId);
  return written(ctx, id);
}

/** The whole record; a change of status follows REGISTRATION_TRANSITIONS. */
export async function updateRegistration(ctx: ServiceContext, id: number, draft: RegistrationDraft): Promise<HousingRegistration> {
  const row = await readRegistrationRow(ctx.db, id);
  const issues = await draftIssues(ctx, draft, row.status);
  if (issues.length > 0) throw fieldErrors(issues);
  await ctx.db('housing_registrations')
    .where({ id })
    .update({ ...plainColumns(draft), ...registrationCipherColumns(ctx.cipher, id, draft), updated_at: ctx.now.toISOString() });
  await recordHousingAudit(ctx, 'update', 'person', draft.personId);
  // Moved to another person (a correction): the one it was taken from changed too.
  if (row.person_id !== null && row.person_id !== draft.personId) await recordHousingAudit(ctx, 'update', 'person', row.person_id);
  return written(ctx, id);
}

/** active → ended on `endDate`. */
export async function endRegistration(ctx: ServiceContext, id: number, endDate: string): Promise<HousingRegistration> {
  const row = await readRegistrationRow(ctx.db, id);
  if (row.status !== 'active') throw conflict('registrationNotActive');
  if (row.start_date !== null && endDate < row.start_date) throw fieldError('endDate', 'end_before_start');
  await ctx.db('housing_registrations').where({ id }).update({ status: 'ended', end_date: endDate });
  await touched(ctx, id, row.person_id);
  return written(ctx, id);
}

/** The person came to the CPAS that day: reference addresses only, from their start to today (contactDateIssue), once a day. */
export async function recordRegistrationContact(ctx: ServiceContext, registrationId: number, date: string): Promise<HousingRegistration> {
  const row = await readRegistrationRow(ctx.db, registrationId);
  // Before the start (or with no start yet) the contact answers no deadline: refusing it avoids a silent no-op.
  // A day ahead has not come: refused with today, the last day possible (issue 14, item 9).
  const issue = contactDateIssue({ kind: row.kind, startDate: row.start_date, endDate: row.end_date }, date, ctx.today);
  if (issue === 'not_reference_address') throw fieldError('registrationId', 'not_reference_address');
  if (issue === 'after_today') throw fieldError('date', 'after_today', { date: ctx.today });
  if (issue !== null) throw fieldError('date', issue);
  if (await ctx.db('housing_registration_contacts').where({ registration_id: registrationId, contact_date: date }).first('id')) {
    throw fieldError('date', 'duplicate');
  }
  await ctx.db('housing_registration_contacts').insert({ registration_id: registrationId, contact_date: date, created_at: ctx.now.toISOString() });
  await touched(ctx, registrationId, row.person_id);
  return written(ctx, registrationId);
}

export async function deleteRegistrationContact(ctx: ServiceContext, registrationId: number, date: string): Promise<HousingRegistration> {
  const row = await readRegistrationRow(ctx.db, registrationId);
  const deleted = await ctx.db('housing_registration_contacts').where({ registration_id: registrationId, contact_date: date }).delete();
  if (deleted === 0) throw fieldError('date', 'not_found');
  await touched(ctx, registrationId, row.person_id);
  return written(ctx, registrationId);
}

/** Only a registration recorded by mistake: still 'requested' (later ones count in the report). */
export async function deleteRegistration(ctx: ServiceContext, id: number): Promise<void> {
  const row = await readRegistrationRow(ctx.db, id);
  if (row.status !== 'requested') throw conflict('registrationNotRequested');
  await ctx.db('housing_registrations').where({ id }).delete();
  if (row.person_id !== null) await recordHousingAudit(ctx, 'update', 'person', row.person_id);
}
