import { conflict, fieldErrors, notFound } from '../../errors';
import { insertReturningId } from '../../db/query-toolkit';
import type { ServiceContext } from '../context';
import { openNote, sealNote } from './private-notes';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { FieldError } from '../../../shared/api/result';
import type { RollingLeaseDetails } from '../../../shared/domain/housing/housing-units-api';
import {
  renewalDueDates,
  rollingLeaseAlerts,
  rollingLeaseIssues,
  rollingLeaseMaximumEnd,
  type RollingLease,
  type RollingLeaseIssue,
} from '../../../shared/domain/housing/rolling-lease';

/**
 * The bail glissant record of a unit (rolling lease): operator, owner, sublease start, yearly renewals,
 * accompaniment objectives and reviews, transfer or end. The rules (due dates, alerts, what is refused) are
 * in shared/domain/housing/rolling-lease.ts; this file stores and reads.
 *
 * The accompaniment is about the occupant household: objectives, outcome and each review's notes are
 * field-cipher envelopes (private-notes.ts), bound to the lease's or the review's id. Operator and owner name
 * organisations and landlords, not the household: in clear, like providers.
 */

export type RollingLeaseDraft = ParsedInputOf<'housing', 'setRollingLease'>;

interface LeaseRow {
  id: number;
  unit_id: number;
  operator: string;
  owner: string;
  sublease_start: string;
  transfer_date: string | null;
  end_date: string | null;
  /** Clear columns: filled only on a row an older version wrote and the core has not sealed yet. */
  outcome: string;
  objectives: string;
  outcome_enc: string | null;
  objectives_enc: string | null;
}

interface ReviewRow {
  id: number;
  reviewed_on: string;
  notes: string;
  notes_enc: string | null;
}

/** The lease of a unit with its due dates and today's alerts, or null when none is recorded. */
export async function readRollingLease(
  ctx: Pick<ServiceContext, 'db' | 'today' | 'cipher'>,
  unitId: number,
  noticeDays: number,
): Promise<RollingLeaseDetails | null> {
  const { db, today, cipher } = ctx;
  const row: LeaseRow | undefined = await db('rolling_leases').where({ unit_id: unitId }).first();
  if (!row) return null;
  const renewals: string[] = await db('rolling_lease_renewals').where({ lease_id: row.id }).orderBy('number').pluck('renewed_on');
  const reviews: ReviewRow[] = await db('rolling_lease_reviews')
    .where({ lease_id: row.id })
    .orderBy([{ column: 'reviewed_on' }, { column: 'id' }])
    .select('id', 'reviewed_on', 'notes', 'notes_enc');
  const lease: RollingLease = {
    subleaseStart: row.sublease_start,
    renewals,
    transferDate: row.transfer_date,
    endDate: row.end_date,
  };
  return {
    operator: row.operator,
    owner: row.owner,
    subleaseStart: row.sublease_start,
    renewals,
    transferDate: row.transfer_date,
    endDate: row.end_date,
    outcome: openNote(cipher, 'leaseOutcome', row.id, row.outcome_enc, row.outcome),
    objectives: openNote(cipher, 'leaseObjectives', row.id, row.objectives_enc, row.objectives),
    reviews: reviews.map((review) => ({
      date: review.reviewed_on,
      notes: openNote(cipher, 'leaseReviewNotes', review.id, review.notes_enc, review.notes),
    })),
    renewalDueDates: renewalDueDates(row.sublease_start),
    maximumEnd: rollingLeaseMaximumEnd(row.sublease_start),
    alerts: rollingLeaseAlerts(lease, today, { noticeDays }),
  };
}

/** The domain's issues as field errors of the setRollingLease input. */
function toFieldError(issue: RollingLeaseIssue): FieldError {
  switch (issue.issue) {
    case 'too_many_renewals':
      return { path: 'renewals', issue: 'too_many', params: { limit: issue.params.max } };
    case 'renewal_before_start':
      return { path: 'renewals', issue: 'before_start' };
    case 'renewals_out_of_order':
      return { path: 'renewals', issue: 'out_of_order' };
    case 'after_maximum':
      return { path: 'transferDate', issue: 'after_maximum', params: { date: issue.params.maximumEnd } };
    case 'before_start':
      return { path: issue.path, issue: issue.path === 'endDate' ? 'end_before_start' : 'before_start' };
  }
}

/**
 * Replaces the whole record (renewals and reviews included). Only on a bail glissant unit (CONFLICT
 * unitNotRollingLease otherwise); dates checked by rollingLeaseIssues, reviews not before the sublease start.
 */
export async function saveRollingLease(ctx: ServiceContext, draft: RollingLeaseDraft): Promise<void> {
  const { db } = ctx;
  const unit: { kind: string } | undefined = await db('housing_units').where({ id: draft.unitId }).first('kind');
  if (!unit) throw notFound('unit');
  if (unit.kind !== 'bail_glissant') throw conflict('unitNotRollingLease');
  const errors = rollingLeaseIssues(draft).map(toFieldError);
  draft.reviews.forEach((review, index) => {
    if (review.date < draft.subleaseStart) errors.push({ path: `reviews.${index}.date`, issue: 'before_start' });
  });
  if (errors.length > 0) throw fieldErrors(errors);

  const now = ctx.now.toISOString();
  const columns = {
    operator: draft.operator,
    owner: draft.owner,
    sublease_start: draft.subleaseStart,
    transfer_date: draft.transferDate,
    end_date: draft.endDate,
    updated_at: now,
  };
  const existing: { id: number } | undefined = await db('rolling_leases').where({ unit_id: draft.unitId }).first('id');
  let leaseId: number;
  if (existing) {
    leaseId = existing.id;
    await db('rolling_leases').where({ id: leaseId }).update(columns);
    await db('rolling_lease_renewals').where({ lease_id: leaseId }).delete();
    await db('rolling_lease_reviews').where({ lease_id: leaseId }).delete();
  } else {
    leaseId = await insertReturningId(db, 'rolling_leases', { ...columns, unit_id: draft.unitId, created_at: now });
  }
  // Bound to the lease's id, known only now for a new lease; same transaction.
  await db('rolling_leases')
    .where({ id: leaseId })
    .update({
      outcome_enc: sealNote(ctx.cipher, 'leaseOutcome', leaseId, draft.outcome),
      objectives_enc: sealNote(ctx.cipher, 'leaseObjectives', leaseId, draft.objectives),
    });
  for (const [index, renewedOn] of draft.renewals.entries()) {
    await db('rolling_lease_renewals').insert({ lease_id: leaseId, renewed_on: renewedOn, number: index + 1 });
  }
  for (const review of draft.reviews) {
    const reviewId = await insertReturningId(db, 'rolling_lease_reviews', { lease_id: leaseId, reviewed_on: review.date, notes_enc: null });
    await db('rolling_lease_reviews').where({ id: reviewId }).update({ notes_enc: sealNote(ctx.cipher, 'leaseReviewNotes', reviewId, review.notes) });
  }
  await db('housing_units').where({ id: draft.unitId }).update({ updated_at: now });
}
