import { beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/api/contract';
import { ok, useTestCore } from '../helpers/api';
import { moveClock } from '../helpers/move-clock';
import { addSchool } from '../helpers/school-fixtures';
import { schoolLoanInput } from '../helpers/loan-input';
import type { Exhibition } from '../../shared/domain/loans/exhibitions';
import type { Loan } from '../../shared/domain/loans/loans';
import type { ApiResult } from '../../shared/api/result';

/**
 * Delivery and return days (shared/domain/loans/handover-rules.ts) and signed decisions. The exhibition is in
 * one place at a time: the story of the issue is an exhibition still out (return overdue) at one school, due
 * at a second the next day, and a third loan of March delivered "today" by mistake.
 */

type CheckInput = InputOf<'loans', 'checkIn'>;

const setup = useTestCore(['coordinator']); // today is 2026-11-28 in Liège
let exhibition: Exhibition; // 15 items, 2 buffer days
let coordinatorName: string;

beforeEach(async () => {
  coordinatorName = `Test ${setup.username}`;
  exhibition = ok(await setup.api.exhibitions.list()).find((item) => item.kind === 'loanable')!;
});

/** Moves the frozen clock (a check is recorded on the day it happens) and signs the same user in again. */
function setClock(iso: string): Promise<void> {
  return moveClock(setup, iso);
}

async function approvedLoan(schoolName: string, deliveryDate: string, pickupDate: string): Promise<Loan> {
  const loan = ok(await setup.api.loans.create(schoolLoanInput(exhibition.id, await addSchool(setup.core.db, schoolName), deliveryDate, pickupDate)));
  return ok(await setup.api.loans.approve({ id: loan.id }));
}

function check(id: number, date: string, extra: Partial<CheckInput> = {}): CheckInput {
  return {
    id,
    date,
    items: exhibition.items.map((item) => ({ itemId: item.id, condition: 'good' as const, note: '' })),
    notes: '',
    ...extra,
  };
}

/** Everything a refused check must leave as it was: the rows, and each loan's dates and status. */
async function snapshot(): Promise<unknown> {
  const counts: Record<string, number> = {};
  for (const table of ['loan_checks', 'loan_check_items', 'loan_decisions', 'audit_events']) {
    counts[table] = Number((await setup.core.db(table).count({ n: '*' }).first())?.n ?? 0);
  }
  const loans = await setup.core.db('loans').orderBy('id').select('id', 'status', 'delivery_date', 'start_date', 'end_date', 'pickup_date');
  return { counts, loans };
}

function expectDateRefused(result: ApiResult<unknown>, issue: string, params: Record<string, string>): void {
  expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'date', issue, params }] } });
}

describe('delivery day', () => {
  let out: Loan; // at school A, picked up by 20 November: overdue
  let next: Loan; // at school B from 7 December
  let march: Loan; // at school C in March

  beforeEach(async () => {
    out = await approvedLoan('École A', '2026-11-09', '2026-11-20');
    ok(await setup.api.loans.checkOut(check(out.id, '2026-11-09')));
    next = await approvedLoan('École B', '2026-12-07', '2026-12-18');
    march = await approvedLoan('École C', '2027-03-01', '2027-03-12');
    await setClock('2026-12-06T09:00:00.000Z');
  });

  it('refuses a delivery while the exhibition is still out elsewhere, naming where, and writes nothing', async () => {
    const before = await snapshot();
    expectDateRefused(await setup.api.loans.checkOut(check(march.id, '2026-12-06')), 'exhibition_still_out', {
      borrower: 'École A',
      date: '2026-11-20',
    });
    expectDateRefused(await setup.api.loans.checkOut(check(next.id, '2026-12-07')), 'exhibition_still_out', {
      borrower: 'École A',
      date: '2026-11-20',
    });
    expect(await snapshot()).toEqual(before);
    // The form knows it beforehand: no day to propose.
    expect(ok(await setup.api.loans.get({ id: march.id })).handover).toEqual({
      delivery: { kind: 'stillOut', at: { id: out.id, borrowerName: 'École A', day: '2026-11-20' } },
      returnBy: null,
    });
  });

  it('refuses a late return that delays the next loan, naming it, until the delay is confirmed', async () => {
    expect(ok(await setup.api.loans.get({ id: out.id })).handover.returnBy).toEqual({
      latest: '2026-12-04',
      next: { id: next.id, borrowerName: 'École B', day: '2026-12-07' },
    });
    const before = await snapshot();
    expectDateRefused(await setup.api.loans.checkIn(check(out.id, '2026-12-06')), 'return_delays_loan', {
      borrower: 'École B',
      date: '2026-12-07',
      latest: '2026-12-04',
    });
    expectDateRefused(await setup.api.loans.checkIn(check(out.id, '2026-12-06', { acceptDelay: false })), 'return_delays_loan', {
      borrower: 'École B',
      date: '2026-12-07',
      latest: '2026-12-04',
    });
    expect(await snapshot()).toEqual(before);

    // Confirmed: recorded, and the loan held the exhibition until it came back.
    const back = ok(await setup.api.loans.checkIn(check(out.id, '2026-12-06', { acceptDelay: true })));
    expect(back).toMatchObject({ status: 'returned', pickupDate: '2026-12-06', endDate: '2026-11-20' });
    // School B's delivery now waits for the buffer after the return: from 9 December to its last day.
    expect(ok(await setup.api.loans.get({ id: next.id })).handover.delivery).toEqual({
      kind: 'open',
      earliest: '2026-12-09',
      latest: '2026-12-18',
      after: { id: out.id, borrowerName: 'École A', day: '2026-12-06' },
    });
    const stillBefore = await snapshot();
    expectDateRefused(await setup.api.loans.checkOut(check(next.id, '2026-12-07')), 'delivery_too_early', {
      borrower: 'École A',
      date: '2026-12-09',
    });
    expect(await snapshot()).toEqual(stillBefore);
    await setClock('2026-12-09T09:00:00.000Z');
    expect(ok(await setup.api.loans.checkOut(check(next.id, '2026-12-09')))).toMatchObject({
      status: 'delivered',
      deliveryDate: '2026-12-07', // a late delivery keeps the planned days: it takes nothing from anyone
    });
  });

  it('accepts a return on time or early without confirmation', async () => {
    const back = ok(await setup.api.loans.checkIn(check(out.id, '2026-12-04')));
    expect(back).toMatchObject({ status: 'returned', pickupDate: '2026-12-04' });
    expect(back.handover).toEqual({ delivery: null, returnBy: null });
  });

  it('refuses an early delivery into the days of the loan before, naming it and the first possible day', async () => {
    ok(await setup.api.loans.checkIn(check(out.id, '2026-12-04')));
    await setClock('2026-12-07T09:00:00.000Z');
    ok(await setup.api.loans.checkOut(check(next.id, '2026-12-07')));
    await setClock('2026-12-18T09:00:00.000Z');
    ok(await setup.api.loans.checkIn(check(next.id, '2026-12-18')));
    await setClock('2026-12-20T09:00:00.000Z');
    const before = await snapshot();
    // Returned on the 18th, two buffer days: the March loan may leave from the 21st, not today, the 20th.
    expectDateRefused(await setup.api.loans.checkOut(check(march.id, '2026-12-20')), 'delivery_too_early', {
      borrower: 'École B',
      date: '2026-12-21',
    });
    expect(await snapshot()).toEqual(before);
  });

  it('moves the delivery day of an early delivery that takes free days, and keeps the days shown', async () => {
    ok(await setup.api.loans.checkIn(check(out.id, '2026-12-04')));
    await setClock('2026-12-07T09:00:00.000Z');
    ok(await setup.api.loans.checkOut(check(next.id, '2026-12-07')));
    await setClock('2026-12-18T09:00:00.000Z');
    ok(await setup.api.loans.checkIn(check(next.id, '2026-12-18')));
    await setClock('2027-02-22T09:00:00.000Z'); // a week before the March loan's planned delivery
    const delivered = ok(await setup.api.loans.checkOut(check(march.id, '2027-02-22')));
    expect(delivered).toMatchObject({
      status: 'delivered',
      deliveryDate: '2027-02-22',
      startDate: '2027-03-01',
      endDate: '2027-03-12',
      pickupDate: '2027-03-12',
    });
    expect(delivered.checks[0]).toMatchObject({ date: '2027-02-22', checkedBy: coordinatorName, recordedAt: '2027-02-22T09:00:00.000Z' });
  });

  it('refuses a delivery after the last day shown, saying until when it was possible', async () => {
    ok(await setup.api.loans.checkIn(check(out.id, '2026-12-04')));
    await setClock('2026-12-19T09:00:00.000Z'); // the day after the last day shown: too late for today
    const before = await snapshot();
    expectDateRefused(await setup.api.loans.checkOut(check(next.id, '2026-12-19')), 'delivery_after_end', { date: '2026-12-18' });
    expect(await snapshot()).toEqual(before);
    expect(ok(await setup.api.loans.checkOut(check(next.id, '2026-12-18')))).toMatchObject({ status: 'delivered' });
  });
});

describe('a check on a day that has come', () => {
  /** The loan's status and its check rows, as the database holds them. */
  async function recorded(id: number): Promise<{ status: string; checks: string[] }> {
    const row: { status: string } = await setup.core.db('loans').where({ id }).first('status');
    const checks: string[] = await setup.core.db('loan_checks').where({ loan_id: id }).orderBy('id').pluck('phase');
    return { status: row.status, checks };
  }

  it('refuses a delivery dated tomorrow, naming today, writes nothing, and records it once that day has come', async () => {
    const loan = await approvedLoan('École D', '2026-11-29', '2026-12-10'); // today is 2026-11-28
    const before = await snapshot();
    expectDateRefused(await setup.api.loans.checkOut(check(loan.id, '2026-11-29')), 'after_today', { date: '2026-11-28' });
    expect(await snapshot()).toEqual(before);
    expect(await recorded(loan.id)).toEqual({ status: 'approved', checks: [] });
    // The form knows it too: the loan may be delivered today, so today is what it proposes.
    expect(ok(await setup.api.loans.get({ id: loan.id })).handover.delivery).toEqual({
      kind: 'open',
      earliest: null,
      latest: '2026-12-10',
      after: null,
    });

    // 23:30 UTC on the 28th is already the 29th in Liège: that day has come.
    await setClock('2026-11-28T23:30:00.000Z');
    const delivered = ok(await setup.api.loans.checkOut(check(loan.id, '2026-11-29')));
    expect(delivered).toMatchObject({ status: 'delivered', deliveryDate: '2026-11-29' });
    expect(delivered.checks[0]).toMatchObject({ phase: 'delivery', date: '2026-11-29', recordedAt: '2026-11-28T23:30:00.000Z' });
    expect(await recorded(loan.id)).toEqual({ status: 'delivered', checks: ['delivery'] });
  });

  it('refuses a return dated tomorrow, naming today, writes nothing, and records it once that day has come', async () => {
    const loan = await approvedLoan('École D', '2026-11-23', '2026-12-04');
    ok(await setup.api.loans.checkOut(check(loan.id, '2026-11-23')));
    await setClock('2026-12-03T09:00:00.000Z');
    const before = await snapshot();
    expectDateRefused(await setup.api.loans.checkIn(check(loan.id, '2026-12-04')), 'after_today', { date: '2026-12-03' });
    expect(await snapshot()).toEqual(before);
    expect(await recorded(loan.id)).toEqual({ status: 'delivered', checks: ['delivery'] });

    await setClock('2026-12-04T09:00:00.000Z');
    const back = ok(await setup.api.loans.checkIn(check(loan.id, '2026-12-04')));
    expect(back).toMatchObject({ status: 'returned', pickupDate: '2026-12-04' });
    expect(back.checks.map((row) => [row.phase, row.date])).toEqual([
      ['delivery', '2026-11-23'],
      ['return', '2026-12-04'],
    ]);
    expect(await recorded(loan.id)).toEqual({ status: 'returned', checks: ['delivery', 'return'] });
  });
});

describe('signed decisions', () => {
  it('dates and signs the request, the approval, the refusal and the cancellation', async () => {
    await setClock('2026-11-28T10:00:00.000Z');
    const approved = await approvedLoan('École A', '2027-01-11', '2027-01-22');
    expect(approved.decisions).toEqual([
      { decision: 'requested', at: '2026-11-28T10:00:00.000Z', by: coordinatorName, reason: '' },
      { decision: 'approved', at: '2026-11-28T10:00:00.000Z', by: coordinatorName, reason: '' },
    ]);
    await setClock('2026-11-30T08:15:00.000Z');
    const cancelled = ok(await setup.api.loans.cancel({ id: approved.id, reason: "L'école a fermé." }));
    expect(cancelled.decisions.at(-1)).toEqual({
      decision: 'cancelled',
      at: '2026-11-30T08:15:00.000Z',
      by: coordinatorName,
      reason: "L'école a fermé.",
    });

    const request = ok(
      await setup.api.loans.create({
        exhibitionId: exhibition.id,
        schoolId: null,
        venueName: 'Bibliothèque des Chiroux',
        address: '',
        contactName: '',
        contactEmail: '',
        contactPhone: '',
        deliveryDate: '2027-02-01',
        startDate: '2027-02-01',
        endDate: '2027-02-12',
        pickupDate: '2027-02-12',
        eventIds: [],
        notes: '',
      }),
    );
    const refused = ok(await setup.api.loans.refuse({ id: request.id, reason: 'Hors programme.' }));
    expect(refused.decisions.map((row) => [row.decision, row.by, row.reason])).toEqual([
      ['requested', coordinatorName, ''],
      ['refused', coordinatorName, 'Hors programme.'],
    ]);
  });

  it('writes no decision when one is refused', async () => {
    const approved = await approvedLoan('École A', '2027-01-11', '2027-01-22');
    const count = async () => Number((await setup.core.db('loan_decisions').count({ n: '*' }).first())?.n ?? 0);
    const before = await count();
    expect(await setup.api.loans.approve({ id: approved.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'loanStatus' } });
    expect(await count()).toBe(before);
  });
});
