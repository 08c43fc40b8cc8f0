import type { Db } from '../../db/connection';
import type { ServiceContext } from '../context';
import { conflict, fieldErrors, notFound } from '../../errors';
import { insertReturningId } from '../../db/query-toolkit';
import { getLoan } from './loans-read';
import { checkLoanClash } from './clash';
import { recordLoanDecision } from './decisions';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { FieldError } from '../../../shared/api/result';
import { loanDateIssues } from '../../../shared/domain/loans/booking-rules';
import { EDITABLE_STATUSES, LOAN_TRANSITIONS, type Loan, type LoanStatus } from '../../../shared/domain/loans/loans';
import { schoolYearOf } from '../../../shared/domain/school-year';
import { serialiseRule } from '../../db/rule-lock';

/** Recording, editing, deciding on and deleting loan requests. Condition checks live in loans/condition-checks.ts. */

export type LoanInput = ParsedInputOf<'loans', 'create'>;

interface ExhibitionTerms {
  id: number;
  title: string;
  kind: string;
  archived: number | boolean;
  min_loan_days: number | null;
  max_loan_days: number | null;
  buffer_days: number;
}

export interface LoanState {
  id: number;
  exhibition_id: number;
  school_id: number | null;
  status: LoanStatus;
  delivery_date: string;
  end_date: string;
  pickup_date: string;
}

/** The loan's current state, for the status rules; NOT_FOUND when it does not exist. */
export async function loanState(db: Db, id: number): Promise<LoanState> {
  const row: LoanState | undefined = await db('loans').where({ id }).first('id', 'exhibition_id', 'school_id', 'status', 'delivery_date', 'end_date', 'pickup_date');
  if (!row) throw notFound('loan');
  return row;
}

/** Refuses a move the workflow does not allow (LOAN_TRANSITIONS), e.g. approving a loan already delivered. */
export function assertStatus(current: LoanStatus, allowed: readonly LoanStatus[]): void {
  if (!allowed.includes(current)) throw conflict('loanStatus', { status: current });
}

async function exhibitionTerms(db: Db, id: number): Promise<ExhibitionTerms | undefined> {
  return db('exhibitions').where({ id }).first('id', 'title', 'kind', 'archived', 'min_loan_days', 'max_loan_days', 'buffer_days');
}

/**
 * Every refused field of a loan at once: the exhibition (lent at all), the borrower, the dates (order and
 * the exhibition's length bounds) and the linked visits (existing, within the loan). An archived exhibition
 * takes no new loan, but a loan it already had can still be corrected.
 */
async function checkLoanFields(
  db: Db,
  current: LoanState | null,
  input: LoanInput,
): Promise<{ exhibition: ExhibitionTerms; contact: ContactCopy | null }> {
  const errors: FieldError[] = [];
  const exhibition = await exhibitionTerms(db, input.exhibitionId);
  const newToExhibition = current === null || current.exhibition_id !== input.exhibitionId;
  if (!exhibition) errors.push({ path: 'exhibitionId', issue: 'not_found' });
  else if (exhibition.kind !== 'loanable' || (Boolean(exhibition.archived) && newToExhibition)) {
    errors.push({ path: 'exhibitionId', issue: 'not_loanable' });
  }
  if (input.schoolId !== null && !(await db('schools').where({ id: input.schoolId }).first('id'))) {
    errors.push({ path: 'schoolId', issue: 'not_found' });
  }
  if (input.schoolId === null && input.venueName === '') errors.push({ path: 'venueName', issue: 'required' });
  const contact = await chosenContact(db, input, errors);

  const bounds = { minLoanDays: exhibition?.min_loan_days ?? null, maxLoanDays: exhibition?.max_loan_days ?? null };
  for (const issue of loanDateIssues(input, bounds)) errors.push(issue);

  if (input.eventIds.length > 0) {
    const starts = new Map<number, string>(
      (await db('events').whereIn('id', [...new Set(input.eventIds)]).select('id', 'starts_at')).map(
        (row: { id: number; starts_at: string }) => [row.id, row.starts_at.slice(0, 10)],
      ),
    );
    input.eventIds.forEach((eventId, index) => {
      const day = starts.get(eventId);
      if (day === undefined) errors.push({ path: `eventIds.${index}`, issue: 'not_found' });
      else if (day < input.deliveryDate || day > input.pickupDate) errors.push({ path: `eventIds.${index}`, issue: 'outside_loan' });
    });
  }
  if (errors.length > 0 || !exhibition) throw fieldErrors(errors);
  return { exhibition, contact };
}

interface ContactCopy {
  id: number;
  name: string;
  email: string;
  phone: string;
}

/**
 * The directory contact chosen as the loan's contact person: one of the chosen school's contacts
 * (`contact_not_of_school` otherwise, or `not_found`). Its name, e-mail and phone are copied into the loan.
 */
async function chosenContact(db: Db, input: LoanInput, errors: FieldError[]): Promise<ContactCopy | null> {
  if (input.contactId === undefined || input.contactId === null) return null;
  const row: { id: number; school_id: number | null; first_name: string; last_name: string; email: string; phone: string } | undefined = await db(
    'contacts',
  )
    .where({ id: input.contactId })
    .first('id', 'school_id', 'first_name', 'last_name', 'email', 'phone');
  if (!row) {
    errors.push({ path: 'contactId', issue: 'not_found' });
    return null;
  }
  if (input.schoolId === null || row.school_id !== input.schoolId) {
    errors.push({ path: 'contactId', issue: 'contact_not_of_school' });
    return null;
  }
  return { id: row.id, name: `${row.first_name} ${row.last_name}`.trim(), email: row.email, phone: row.phone };
}

function loanColumns(input: LoanInput, contact: ContactCopy | null, now: string) {
  return {
    exhibition_id: input.exhibitionId,
    school_id: input.schoolId,
    venue_name: input.venueName,
    address: input.address,
    // A directory contact's details as they are today; a contact typed by hand as typed.
    contact_id: contact?.id ?? null,
    contact_name: contact ? contact.name : input.contactName,
    contact_email: contact ? contact.email : input.contactEmail,
    contact_phone: contact ? contact.phone : input.contactPhone,
    delivery_date: input.deliveryDate,
    start_date: input.startDate,
    end_date: input.endDate,
    pickup_date: input.pickupDate,
    // The year the borrower shows it in, as for events: a loan over the summer counts in the year ending.
    school_year: schoolYearOf(input.startDate).label,
    notes: input.notes,
    updated_at: now,
  };
}

/**
 * Creates a request (id null) or edits a loan that has not left yet. Fields are checked first, then the
 * booking rule against the other holding loans of the exhibition; today bounds the free periods offered.
 * A waiting request (created with `waiting`, or edited while waiting) holds nothing, so it skips the
 * booking rule: it is checked when it becomes a request (confirmWaiting).
 */
export async function saveLoan(ctx: ServiceContext, id: number | null, input: LoanInput & { waiting?: boolean }): Promise<Loan> {
  const { db } = ctx;
  await serialiseRule(db, 'loans');
  const current = id === null ? null : await loanState(db, id);
  if (current) assertStatus(current.status, EDITABLE_STATUSES);
  const { exhibition, contact } = await checkLoanFields(db, current, input);
  const waiting = current === null ? input.waiting === true : current.status === 'waiting';
  if (!waiting) await checkLoanClash(ctx, id, input, { id: exhibition.id, title: exhibition.title, bufferDays: exhibition.buffer_days });

  const now = ctx.now.toISOString();
  let loanId = id;
  if (loanId === null) {
    const status = waiting ? 'waiting' : 'requested';
    loanId = await insertReturningId(db, 'loans', { ...loanColumns(input, contact, now), status, created_at: now });
    await recordLoanDecision(ctx, loanId, status);
  } else {
    await db('loans').where({ id: loanId }).update(loanColumns(input, contact, now));
    await db('loan_events').where({ loan_id: loanId }).delete();
  }
  const eventIds = [...new Set(input.eventIds)];
  if (eventIds.length > 0) await db('loan_events').insert(eventIds.map((event_id) => ({ loan_id: loanId, event_id })));
  return getLoan(db, loanId);
}

/**
 * Approves, refuses or cancels, signed and dated (loan_decisions); or turns a waiting request into a request.
 * Approval checks the booking rule again: the exhibition's buffer may have grown, or its loans been moved,
 * since the request was recorded; so does a waiting request becoming a request (its period may have been
 * taken again since it was offered: the refusal names who has it, and the request stays waiting).
 */
export async function decideLoan(
  ctx: ServiceContext,
  id: number,
  decision: { to: 'approved' | 'requested' } | { to: 'refused' | 'cancelled'; reason: string },
): Promise<Loan> {
  const { db } = ctx;
  // Before reading the loan: of two decisions on it at once, the second reads the first's outcome.
  await serialiseRule(db, 'loans');
  const current = await loanState(db, id);
  if (!LOAN_TRANSITIONS[current.status].includes(decision.to)) throw conflict('loanStatus', { status: current.status });
  if (decision.to === 'approved' || decision.to === 'requested') {
    const exhibition = (await exhibitionTerms(db, current.exhibition_id))!;
    const dates = { deliveryDate: current.delivery_date, pickupDate: current.pickup_date, schoolId: current.school_id };
    await checkLoanClash(ctx, id, dates, { id: exhibition.id, title: exhibition.title, bufferDays: exhibition.buffer_days });
  }
  const reason = decision.to === 'refused' || decision.to === 'cancelled' ? decision.reason : '';
  await db('loans').where({ id }).update({ status: decision.to, status_reason: reason, updated_at: ctx.now.toISOString() });
  await recordLoanDecision(ctx, id, decision.to, reason);
  return getLoan(db, id);
}

/** Only a loan that never went out: once delivered, it stays in the exhibition's history. */
export async function deleteLoan(db: Db, id: number): Promise<void> {
  const current = await loanState(db, id);
  assertStatus(current.status, ['waiting', 'requested', 'refused', 'cancelled']);
  await db('loans').where({ id }).delete();
}
