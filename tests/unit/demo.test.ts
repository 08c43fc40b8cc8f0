import { afterEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { openDatabase } from '../../main/db/connection';
import { migrateToLatest } from '../../main/db/migrate';
import { generateDemo } from '../../main/demo/generate';
import { seededRandom } from '../../main/demo/random';
import { DEMO_ACCOUNTS } from '../../main/demo/accounts';
import { TEST_SCRYPT_COST } from '../helpers/core';
import { findConflicts } from '../../shared/domain/event-conflicts';
import { loanDateIssues, loanLengthDays, loansInTheWay } from '../../shared/domain/loan-rules';
import { HOLDING_STATUSES, type LoanStatus } from '../../shared/domain/loans';

const opened: Knex[] = [];
async function freshDb(): Promise<Knex> {
  const db = openDatabase(':memory:');
  opened.push(db);
  await migrateToLatest(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.destroy()));
});

const options = { seed: 7, years: 2, today: new Date('2026-11-28T09:00:00Z'), passwordCost: TEST_SCRYPT_COST };

describe('demo data', () => {
  it('is the same for the same seed and differs for another', async () => {
    const rows = async (seed: number) => {
      const db = await freshDb();
      await generateDemo(db, { ...options, seed });
      return [
        await db('users').orderBy('id').select('username', 'created_at'),
        await db('events').orderBy('id').select('title', 'starts_at', 'school_id'),
        await db('loans').orderBy('id').select(),
        await db('loan_checks').orderBy('id').select(),
        await db('loan_check_items').orderBy(['check_id', 'item_id']).select(),
        await db('loan_events').orderBy(['loan_id', 'event_id']).select(),
        await db('exhibition_items').orderBy('id').select(),
      ];
    };
    expect(await rows(7)).toEqual(await rows(7));
    expect(await rows(7)).not.toEqual(await rows(8));
  });

  it('creates one account per role and refuses a database that already has accounts', async () => {
    const db = await freshDb();
    const summary = await generateDemo(db, options);
    expect(summary).toMatchObject({ users: DEMO_ACCOUNTS.length, schools: 24, partners: 6 });
    expect(summary.events).toBeGreaterThan(200);
    expect(summary.loans).toBe(Number((await db('loans').count({ n: '*' }).first())?.n));
    expect((await db('user_roles').distinct('role').pluck('role')).sort()).toEqual(['admin', 'coordinator', 'housing', 'teacher']);
    await expect(generateDemo(db, options)).rejects.toThrow(/already holds accounts/);
  });

  it('plans two school years of events that obey the scheduling rules and avoid weekends and holidays', async () => {
    const db = await freshDb();
    await generateDemo(db, options);
    expect(await db('events').distinct('school_year').orderBy('school_year').pluck('school_year')).toEqual(['2025–2026', '2026–2027']);
    const events: { id: number; starts_at: string; ends_at: string; status: string; facilitator_id: number | null; location: string }[] = await db('events').select();
    const links: { event_id: number; class_id: number }[] = await db('event_classes').select();
    const schedulable = events.map((event) => ({
      id: event.id,
      start: event.starts_at,
      end: event.ends_at,
      cancelled: event.status === 'cancelled',
      classIds: links.filter((link) => link.event_id === event.id).map((link) => link.class_id),
      facilitatorId: event.facilitator_id,
      location: event.location,
    }));
    for (const event of schedulable) expect(findConflicts(event, schedulable), `event ${event.id}`).toEqual([]);
    const holidays: { start_date: string; end_date: string }[] = await db('holidays').select();
    for (const event of events) {
      const date = event.starts_at.slice(0, 10);
      expect([0, 6]).not.toContain(new Date(`${date}T00:00:00Z`).getUTCDay());
      expect(holidays.some((holiday) => holiday.start_date <= date && date <= holiday.end_date), date).toBe(false);
    }
    // Past events are held or cancelled; the demo teacher teaches classes that have events.
    expect(events.filter((event) => event.starts_at < '2026-11-28' && !['held', 'cancelled'].includes(event.status))).toEqual([]);
    const teacherEvents = await db('event_classes')
      .join('class_teachers', 'class_teachers.class_id', 'event_classes.class_id')
      .join('contacts', 'contacts.id', 'class_teachers.contact_id')
      .join('users', 'users.id', 'contacts.user_id')
      .where('users.username', 'enseignant')
      .count({ n: '*' })
      .first();
    expect(Number(teacherEvents?.n)).toBeGreaterThan(0);
  });

  it('lends the loanable exhibition to different schools each year, by the booking rules, with statuses that follow today', async () => {
    const db = await freshDb();
    const summary = await generateDemo(db, options);
    const today = options.today.toISOString().slice(0, 10);
    type LoanRow = {
      id: number;
      exhibition_id: number;
      school_id: number;
      delivery_date: string;
      start_date: string;
      end_date: string;
      pickup_date: string;
      school_year: string;
      status: LoanStatus;
      status_reason: string;
      contact_email: string;
      created_at: string;
      updated_at: string;
    };
    const loans: LoanRow[] = await db('loans').orderBy('id').select();
    expect(loans.length).toBe(summary.loans);
    const exhibitions: { id: number; kind: string; min_loan_days: number | null; max_loan_days: number | null; buffer_days: number }[] =
      await db('exhibitions').select();
    const loanable = exhibitions.filter((exhibition) => exhibition.kind === 'loanable');
    expect(new Set(loans.map((loan) => loan.exhibition_id))).toEqual(new Set(loanable.map((exhibition) => exhibition.id)));
    const holding = loans.filter((loan) => HOLDING_STATUSES.includes(loan.status));
    const holidays: { kind: string; start_date: string; end_date: string }[] = await db('holidays').select();

    for (const exhibition of loanable) {
      const own = holding.filter((loan) => loan.exhibition_id === exhibition.id);
      const held = own.map((loan) => ({ id: loan.id, deliveryDate: loan.delivery_date, pickupDate: loan.pickup_date }));
      for (const year of ['2025–2026', '2026–2027']) {
        const ofYear = own.filter((loan) => loan.school_year === year);
        expect(ofYear.length, year).toBeGreaterThanOrEqual(10);
        expect(ofYear.length, year).toBeLessThanOrEqual(14);
        expect(new Set(ofYear.map((loan) => loan.school_id)).size, `one loan per school in ${year}`).toBe(ofYear.length);
      }
      for (const loan of own) {
        expect(loansInTheWay({ deliveryDate: loan.delivery_date, pickupDate: loan.pickup_date }, held, exhibition.buffer_days, loan.id), `loan ${loan.id}`).toEqual([]);
      }
    }
    for (const loan of loans) {
      const exhibition = exhibitions.find((row) => row.id === loan.exhibition_id)!;
      const dates = { deliveryDate: loan.delivery_date, startDate: loan.start_date, endDate: loan.end_date, pickupDate: loan.pickup_date };
      expect(loanDateIssues(dates, { minLoanDays: exhibition.min_loan_days, maxLoanDays: exhibition.max_loan_days }), `loan ${loan.id}`).toEqual([]);
      // Out for two to four school weeks (a public holiday may shorten the first or last one).
      const daysOut = loanLengthDays({ startDate: loan.delivery_date, endDate: loan.pickup_date });
      expect(daysOut, `loan ${loan.id}`).toBeGreaterThanOrEqual(9);
      expect(daysOut, `loan ${loan.id}`).toBeLessThanOrEqual(26);
      // Delivered and picked up on school days, never in a school break.
      for (const day of [loan.delivery_date, loan.pickup_date]) {
        expect([0, 6]).not.toContain(new Date(`${day}T00:00:00Z`).getUTCDay());
        expect(holidays.some((holiday) => holiday.start_date <= day && day <= holiday.end_date), day).toBe(false);
      }
      expect(holidays.some((holiday) => holiday.kind === 'school_break' && holiday.start_date <= loan.pickup_date && loan.delivery_date <= holiday.end_date)).toBe(false);
      expect(loan.contact_email).toMatch(/@ecoles-demo\.example$/);
      expect(loan.created_at <= loan.updated_at && loan.updated_at <= options.today.toISOString(), `loan ${loan.id}`).toBe(true);
    }

    // Statuses follow today: returned before it, one delivered around it, approved or requested after it.
    const byStatus = (status: LoanStatus) => loans.filter((loan) => loan.status === status);
    for (const loan of byStatus('returned')) expect(loan.pickup_date < today, `loan ${loan.id}`).toBe(true);
    expect(byStatus('delivered')).toHaveLength(1);
    for (const loan of byStatus('delivered')) expect(loan.delivery_date <= today && today <= loan.pickup_date).toBe(true);
    for (const loan of [...byStatus('approved'), ...byStatus('requested')]) expect(loan.delivery_date > today, `loan ${loan.id}`).toBe(true);
    expect(byStatus('requested').length).toBeGreaterThanOrEqual(2);
    expect(byStatus('requested').length).toBeLessThanOrEqual(3);
    expect(byStatus('refused')).toHaveLength(1);
    expect(byStatus('refused')[0]!.status_reason).not.toBe('');
    expect(byStatus('cancelled')).toHaveLength(0);

    // Condition checks: delivery and return for returned loans, delivery for the delivered one, every item each time.
    const checks: { id: number; loan_id: number; phase: string; checked_on: string; checked_by: number | null }[] = await db('loan_checks').select();
    const checkItems: { check_id: number; item_id: number; condition: string; note: string }[] = await db('loan_check_items').select();
    const coordinator = await db('users').where({ username: 'coordination' }).first('id');
    for (const loan of loans) {
      const phases = checks.filter((check) => check.loan_id === loan.id).map((check) => check.phase).sort();
      const expected = loan.status === 'returned' ? ['delivery', 'return'] : loan.status === 'delivered' ? ['delivery'] : [];
      expect(phases, `loan ${loan.id}`).toEqual(expected);
    }
    for (const check of checks) {
      const loan = loans.find((row) => row.id === check.loan_id)!;
      expect(check.checked_on).toBe(check.phase === 'delivery' ? loan.delivery_date : loan.pickup_date);
      expect(check.checked_by).toBe(coordinator.id);
      const items = await db('exhibition_items').where({ exhibition_id: loan.exhibition_id, retired: false }).pluck('id');
      expect(checkItems.filter((item) => item.check_id === check.id).map((item) => item.item_id).sort((a, b) => a - b)).toEqual(items);
    }
    // One past loan came back with one or two damaged items, which stay flagged on the exhibition.
    const flagged: { id: number; flag_condition: string; flag_note: string; flag_loan_id: number; flag_since: string }[] = await db('exhibition_items')
      .whereNotNull('flag_condition')
      .select();
    expect(flagged.length).toBeGreaterThanOrEqual(1);
    expect(flagged.length).toBeLessThanOrEqual(2);
    const damagedLoan = loans.find((loan) => loan.id === flagged[0]!.flag_loan_id)!;
    expect(damagedLoan.status).toBe('returned');
    const returnCheck = checks.find((check) => check.loan_id === damagedLoan.id && check.phase === 'return')!;
    for (const item of flagged) {
      expect(item).toMatchObject({ flag_condition: 'damaged', flag_loan_id: damagedLoan.id, flag_since: damagedLoan.pickup_date });
      expect(checkItems.find((row) => row.check_id === returnCheck.id && row.item_id === item.id)).toMatchObject({ condition: 'damaged', note: item.flag_note });
    }
    const damagedReturns = checkItems.filter((item) => item.condition !== 'good' && checks.find((check) => check.id === item.check_id)!.phase === 'return');
    expect(damagedReturns).toHaveLength(flagged.length);

    // Linked visits are exhibition visits of the borrowing school during the loan.
    const links: { loan_id: number; event_id: number }[] = await db('loan_events').select();
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const loan = loans.find((row) => row.id === link.loan_id)!;
      const event = await db('events').where({ id: link.event_id }).first('type', 'school_id', 'starts_at', 'status');
      expect(event).toMatchObject({ type: 'exhibition_visit', school_id: loan.school_id });
      expect(event.status).not.toBe('cancelled');
      expect(loan.start_date <= event.starts_at.slice(0, 10) && event.starts_at.slice(0, 10) <= loan.end_date).toBe(true);
    }
  });

  it('draws reproducible numbers', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const drawn = Array.from({ length: 5 }, () => a.int(1, 100));
    expect(drawn).toEqual(Array.from({ length: 5 }, () => b.int(1, 100)));
    expect(drawn.every((n) => n >= 1 && n <= 100)).toBe(true);
  });
});
