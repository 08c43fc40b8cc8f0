import type { Knex } from 'knex';
import type { Db } from '../../db/connection';
import { notFound } from '../../errors';
import { orderPage, pageOf, whereSearch, type PageRequest, type SortColumn } from '../../db/query-toolkit';
import type { Page } from '../../../shared/domain/directory';
import type { ItemCondition } from '../../../shared/domain/loans/exhibitions';
import {
  HOLDING_STATUSES,
  LOAN_STATUSES,
  type CheckPhase,
  type Loan,
  type LoanCheck,
  type LoanDecision,
  type LoanDifference,
  type LoanHandover,
  type LoanStatus,
  type LoanSummary,
} from '../../../shared/domain/loans/loans';
import { deliveryWindow, returnLimit, type NeighbourLoan } from '../../../shared/domain/loans/handover-rules';

/** Reading loans: the summary every list shows, and the full loan with its visits, checks and differences. */

export interface LoanRow {
  id: number;
  exhibition_id: number;
  exhibition_title: string;
  school_id: number | null;
  school_name: string | null;
  venue_name: string;
  address: string;
  contact_id: number | null;
  contact_name: string;
  contact_email: string;
  contact_phone: string;
  delivery_date: string;
  start_date: string;
  end_date: string;
  pickup_date: string;
  school_year: string;
  status: LoanStatus;
  status_reason: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

/** The base query of every loan read, with the exhibition's title and the school's name beside their ids. */
export function loansQuery(db: Db): Knex.QueryBuilder {
  return db('loans')
    .join('exhibitions', 'exhibitions.id', 'loans.exhibition_id')
    .leftJoin('schools', 'schools.id', 'loans.school_id')
    .select('loans.*', 'exhibitions.title as exhibition_title', 'schools.name as school_name');
}

export function toLoanSummary(row: LoanRow): LoanSummary {
  return {
    id: row.id,
    exhibitionId: row.exhibition_id,
    exhibitionTitle: row.exhibition_title,
    schoolId: row.school_id,
    borrowerName: row.school_name ?? row.venue_name,
    status: row.status,
    schoolYear: row.school_year,
    deliveryDate: row.delivery_date,
    startDate: row.start_date,
    endDate: row.end_date,
    pickupDate: row.pickup_date,
  };
}

/** Loan summaries of a query, in the order given (delivery day, then id, unless the caller sorted). */
export async function loanSummaries(query: Knex.QueryBuilder): Promise<LoanSummary[]> {
  const rows: LoanRow[] = await query;
  return rows.map(toLoanSummary);
}

export interface LoanFilter {
  exhibitionId?: number;
  statuses?: readonly LoanStatus[];
  schoolYear?: string;
  search?: string;
}

export type LoanSort = 'deliveryDate' | 'borrower' | 'exhibition' | 'status';

// The workflow's order (requested first), not the alphabet's; the codes are the contract's, never user text.
const STATUS_RANK = `case loans.status ${LOAN_STATUSES.map((status, index) => `when '${status}' then ${index}`).join(' ')} end`;

const SORT_COLUMNS: Record<LoanSort, SortColumn[]> = {
  deliveryDate: ['loans.delivery_date'],
  borrower: ['borrower_key', 'loans.delivery_date'],
  exhibition: ['exhibitions.title_key', 'loans.delivery_date'],
  status: ['status_rank', 'loans.delivery_date'],
};

export async function listLoans(
  db: Db,
  input: LoanFilter & PageRequest & { sortBy?: LoanSort },
): Promise<Page<LoanSummary>> {
  const query = loansQuery(db).select(
    db.raw('coalesce(schools.name_key, lower(loans.venue_name)) as borrower_key'),
    db.raw(`${STATUS_RANK} as status_rank`),
  );
  if (input.exhibitionId !== undefined) query.where('loans.exhibition_id', input.exhibitionId);
  if (input.statuses?.length) query.whereIn('loans.status', input.statuses);
  if (input.schoolYear !== undefined) query.where('loans.school_year', input.schoolYear);
  whereSearch(query, { folded: ['schools.name_key', 'exhibitions.title_key'], text: ['loans.venue_name'] }, input.search);
  orderPage(query, SORT_COLUMNS[input.sortBy ?? 'deliveryDate'], 'loans.id', input.sortDirection);
  const page = await pageOf<LoanRow>(query, input);
  return { rows: page.rows.map(toLoanSummary), total: page.total };
}

interface CheckRow {
  id: number;
  phase: CheckPhase;
  checked_on: string;
  checked_by_name: string | null;
  created_at: string;
  notes: string;
}

interface CheckItemRow {
  check_id: number;
  item_id: number;
  number: number;
  label: string;
  condition: ItemCondition;
  note: string;
}

async function loanChecks(db: Db, loanId: number): Promise<LoanCheck[]> {
  const checks: CheckRow[] = await db('loan_checks')
    .leftJoin('users', 'users.id', 'loan_checks.checked_by')
    .where('loan_checks.loan_id', loanId)
    .orderBy('loan_checks.checked_on')
    .orderBy('loan_checks.id')
    .select('loan_checks.id', 'loan_checks.phase', 'loan_checks.checked_on', 'loan_checks.notes', 'loan_checks.created_at', 'users.display_name as checked_by_name');
  if (checks.length === 0) return [];
  const items: CheckItemRow[] = await db('loan_check_items')
    .join('exhibition_items', 'exhibition_items.id', 'loan_check_items.item_id')
    .whereIn('loan_check_items.check_id', checks.map((check) => check.id))
    .orderBy('exhibition_items.number')
    .orderBy('exhibition_items.id')
    .select('loan_check_items.*', 'exhibition_items.number', 'exhibition_items.label');
  return checks.map((check) => ({
    phase: check.phase,
    date: check.checked_on,
    // A deleted account leaves the check without a name rather than losing the check.
    checkedBy: check.checked_by_name ?? '',
    recordedAt: check.created_at,
    notes: check.notes,
    items: items
      .filter((item) => item.check_id === check.id)
      .map((item) => ({ itemId: item.item_id, number: item.number, label: item.label, condition: item.condition, note: item.note })),
  }));
}

/** Items that came back in another condition than they left in (or that were added to the list meanwhile). */
function loanDifferences(checks: readonly LoanCheck[]): LoanDifference[] {
  const delivery = checks.find((check) => check.phase === 'delivery');
  const back = checks.find((check) => check.phase === 'return');
  if (!back) return [];
  return back.items.flatMap((item) => {
    const before = delivery?.items.find((other) => other.itemId === item.itemId)?.condition ?? null;
    if (before === item.condition) return [];
    return [{ itemId: item.itemId, number: item.number, label: item.label, atDelivery: before, atReturn: item.condition, note: item.note }];
  });
}

/** Who decided what and when, oldest first (main/services/loans/decisions.ts writes them). */
async function loanDecisions(db: Db, loanId: number): Promise<LoanDecision[]> {
  const rows: { decision: LoanDecision['decision']; decided_at: string; name: string | null; reason: string }[] = await db('loan_decisions')
    .leftJoin('users', 'users.id', 'loan_decisions.decided_by')
    .where('loan_decisions.loan_id', loanId)
    .orderBy('loan_decisions.decided_at')
    .orderBy('loan_decisions.id')
    .select('loan_decisions.decision', 'loan_decisions.decided_at', 'loan_decisions.reason', 'users.display_name as name');
  return rows.map((row) => ({ decision: row.decision, at: row.decided_at, by: row.name ?? '', reason: row.reason }));
}

/**
 * The other loans of an exhibition as the delivery and return rules see them (shared/domain/loans/
 * handover-rules.ts), with the day each returned one came back.
 */
export async function neighbourLoans(db: Db, exhibitionId: number, loanId: number): Promise<NeighbourLoan[]> {
  const rows: (LoanRow & { returned_on: string | null })[] = await loansQuery(db)
    .leftJoin('loan_checks', function joinReturn() {
      this.on('loan_checks.loan_id', '=', 'loans.id').andOnVal('loan_checks.phase', '=', 'return');
    })
    .select('loan_checks.checked_on as returned_on')
    .where('loans.exhibition_id', exhibitionId)
    .whereNot('loans.id', loanId)
    .whereIn('loans.status', HOLDING_STATUSES)
    .orderBy([{ column: 'loans.delivery_date' }, { column: 'loans.id' }]);
  return rows.map((row) => ({
    id: row.id,
    borrowerName: row.school_name ?? row.venue_name,
    status: row.status,
    deliveryDate: row.delivery_date,
    pickupDate: row.pickup_date,
    returnedOn: row.returned_on,
  }));
}

/** The delivery window while approved, the return limit while out. */
async function loanHandover(db: Db, row: LoanRow & { buffer_days: number }): Promise<LoanHandover> {
  if (row.status !== 'approved' && row.status !== 'delivered') return { delivery: null, returnBy: null };
  const others = await neighbourLoans(db, row.exhibition_id, row.id);
  const loan = { id: row.id, deliveryDate: row.delivery_date, endDate: row.end_date };
  return row.status === 'approved'
    ? { delivery: deliveryWindow(loan, others, row.buffer_days), returnBy: null }
    : { delivery: null, returnBy: returnLimit(loan, others, row.buffer_days) };
}

export async function getLoan(db: Db, id: number): Promise<Loan> {
  const row: (LoanRow & { buffer_days: number }) | undefined = await loansQuery(db)
    .select('exhibitions.buffer_days')
    .where('loans.id', id)
    .first();
  if (!row) throw notFound('loan');
  const events: { id: number; title: string; starts_at: string; status: string }[] = await db('loan_events')
    .join('events', 'events.id', 'loan_events.event_id')
    .where('loan_events.loan_id', id)
    .orderBy('events.starts_at')
    .orderBy('events.id')
    .select('events.id', 'events.title', 'events.starts_at', 'events.status');
  const checks = await loanChecks(db, id);
  return {
    ...toLoanSummary(row),
    venueName: row.venue_name,
    address: row.address,
    contactId: row.contact_id,
    contactName: row.contact_name,
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
    statusReason: row.status_reason,
    notes: row.notes,
    eventIds: events.map((event) => event.id),
    events: events.map((event) => ({ id: event.id, title: event.title, start: event.starts_at, status: event.status })),
    checks,
    differences: loanDifferences(checks),
    decisions: await loanDecisions(db, id),
    handover: await loanHandover(db, row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
