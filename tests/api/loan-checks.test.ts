import { beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/api/contract';
import { ok, useTestCore } from '../helpers/api';
import { testDatabaseEngine } from '../helpers/core';
import { addSchool } from '../helpers/school-fixtures';
import { moveClock } from '../helpers/move-clock';
import type { Exhibition } from '../../shared/domain/loans/exhibitions';
import type { Loan } from '../../shared/domain/loans/loans';
import { shiftLoanDates } from '../../shared/domain/loans/booking-rules';

type LoanInput = InputOf<'loans', 'create'>;
type CheckItemInput = InputOf<'loans', 'checkOut'>['items'][number];
/** How some items differ from "good", by item number. */
type ItemChanges = Record<number, Omit<CheckItemInput, 'itemId'>>;

const setup = useTestCore(['coordinator']); // today is 2026-11-28 in Liège
let coordinatorName: string;
let exhibition: Exhibition;
let school: number;

beforeEach(async () => {
  coordinatorName = `Test ${setup.username}`;
  const list = ok(await setup.api.exhibitions.list());
  exhibition = list.find((item) => item.kind === 'loanable')!; // 15 items, 2 buffer days
  school = await addSchool(setup.core.db, 'École communale de Droixhe');
});

const JANUARY = { deliveryDate: '2027-01-11', startDate: '2027-01-11', endDate: '2027-01-22', pickupDate: '2027-01-22' };

async function request(dates: typeof JANUARY = JANUARY, changes: Partial<LoanInput> = {}): Promise<Loan> {
  const input: LoanInput = {
    exhibitionId: exhibition.id,
    schoolId: school,
    venueName: '',
    address: '',
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    eventIds: [],
    notes: '',
    ...dates,
    ...changes,
  };
  return ok(await setup.api.loans.create(input));
}

async function approved(dates: typeof JANUARY = JANUARY, changes: Partial<LoanInput> = {}): Promise<Loan> {
  const loan = await request(dates, changes);
  return ok(await setup.api.loans.approve({ id: loan.id }));
}

/** Every item of the exhibition in good condition, with `changes` by item number. */
function items(changes: ItemChanges = {}): CheckItemInput[] {
  return exhibition.items.map((item) => ({ itemId: item.id, condition: 'good', note: '', ...changes[item.number] }));
}

async function checkCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['loan_checks', 'loan_check_items', 'audit_events']) {
    counts[table] = Number((await setup.core.db(table).count({ n: '*' }).first())?.n ?? 0);
  }
  return counts;
}

async function status(id: number): Promise<string> {
  return ok(await setup.api.loans.get({ id })).status;
}

describe('a loan from request to return', () => {
  it('checks out, checks in with a damaged panel and a missing roll-up, flags them until resolved', async () => {
    const loan = await approved();
    // A check is recorded on the day it happens: the story moves the clock to each one.
    await moveClock(setup, '2027-01-11T09:00:00.000Z');
    const out = ok(await setup.api.loans.checkOut({ id: loan.id, date: '2027-01-11', items: items(), notes: 'Livré par le service' }));
    expect(out).toMatchObject({ status: 'delivered', differences: [] });
    expect(out.checks).toHaveLength(1);
    expect(out.checks[0]).toMatchObject({ phase: 'delivery', date: '2027-01-11', checkedBy: coordinatorName, notes: 'Livré par le service' });
    expect(out.checks[0]!.items[2]).toMatchObject({ number: 3, label: 'Panneau 3', condition: 'good' });

    const damaged: ItemChanges = { 3: { condition: 'damaged', note: 'Coin arraché' }, 13: { condition: 'missing', note: '' } };
    await moveClock(setup, '2027-01-22T09:00:00.000Z');
    const back = ok(await setup.api.loans.checkIn({ id: loan.id, date: '2027-01-22', items: items(damaged), notes: '' }));
    expect(back.status).toBe('returned');
    expect(back.checks.map((check) => check.phase)).toEqual(['delivery', 'return']);
    expect(back.differences).toEqual([
      { itemId: exhibition.items[2]!.id, number: 3, label: 'Panneau 3', atDelivery: 'good', atReturn: 'damaged', note: 'Coin arraché' },
      { itemId: exhibition.items[12]!.id, number: 13, label: "Roll-up d'accueil", atDelivery: 'good', atReturn: 'missing', note: '' },
    ]);

    const flaggedExhibition = ok(await setup.api.exhibitions.get({ id: exhibition.id }));
    expect(flaggedExhibition.flaggedItems).toBe(2);
    expect(flaggedExhibition.items[2]!.flag).toEqual({ condition: 'damaged', note: 'Coin arraché', loanId: loan.id, since: '2027-01-22' });
    const reminders = ok(await setup.api.loans.reminders({ days: 7 }));
    expect(reminders.flaggedItems).toEqual([{ exhibitionId: exhibition.id, exhibitionTitle: exhibition.title, count: 2 }]);

    const panel = exhibition.items[2]!.id;
    const resolved = ok(await setup.api.exhibitions.resolveItemFlag({ itemId: panel, note: 'Réimprimé' }));
    expect(resolved.flaggedItems).toBe(1);
    expect(resolved.items[2]!.flag).toBeNull();
    // The flag is cleared but its story is kept, with what was done.
    expect(await setup.core.db('item_flag_resolutions').where({ item_id: panel }).first('condition', 'loan_id', 'note')).toEqual({
      condition: 'damaged',
      loan_id: loan.id,
      note: 'Réimprimé',
    });
    expect(await setup.core.db('audit_events').where({ action: 'exhibition.item.resolve' }).first('entity', 'entity_id')).toEqual({
      entity: 'exhibition_item',
      entity_id: String(panel),
    });
    expect(await setup.api.exhibitions.resolveItemFlag({ itemId: panel, note: '' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'itemNotFlagged' },
    });
    expect(await setup.api.exhibitions.resolveItemFlag({ itemId: 9999, note: '' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'notFound.item' },
    });
    // A returned loan stays in the history.
    expect(await setup.api.loans.delete({ id: loan.id })).toMatchObject({ ok: false, error: { reason: 'loanStatus' } });
    expect(await setup.core.db('audit_events').where('entity', 'loan').orderBy('id').pluck('action')).toEqual([
      'loan.create',
      'loan.approve',
      'loan.checkOut',
      'loan.checkIn',
    ]);
  });

  it('refuses checks out of turn, and edits once the exhibition has left', async () => {
    const loan = await request();
    const refused = { ok: false, error: { code: 'CONFLICT', reason: 'loanStatus' } };
    expect(await setup.api.loans.checkOut({ id: loan.id, date: '2027-01-11', items: items(), notes: '' })).toMatchObject(refused);
    ok(await setup.api.loans.approve({ id: loan.id }));
    await moveClock(setup, '2027-01-22T09:00:00.000Z'); // both days have come: only the turn is wrong
    expect(await setup.api.loans.checkIn({ id: loan.id, date: '2027-01-22', items: items(), notes: '' })).toMatchObject(refused);
    ok(await setup.api.loans.checkOut({ id: loan.id, date: '2027-01-11', items: items(), notes: '' }));
    expect(await setup.api.loans.checkOut({ id: loan.id, date: '2027-01-11', items: items(), notes: '' })).toMatchObject(refused);
    const edit: LoanInput = { exhibitionId: exhibition.id, schoolId: school, venueName: '', address: '', contactName: '', contactEmail: '', contactPhone: '', eventIds: [], notes: 'x', ...JANUARY };
    expect(await setup.api.loans.update({ ...edit, id: loan.id })).toMatchObject(refused);
    expect(await setup.api.loans.cancel({ id: loan.id, reason: 'Trop tard' })).toMatchObject(refused);
  });
});

describe('condition check items', () => {
  let loan: Loan;
  beforeEach(async () => {
    loan = await approved();
    // The delivery day has come: what is refused below is refused for its items or its date alone.
    await moveClock(setup, '2027-01-11T09:00:00.000Z');
  });

  it.each<[string, () => CheckItemInput[], string, string]>([
    ['an item of another exhibition', () => [...items().slice(1), { itemId: 9999, condition: 'good', note: '' }], 'items.14.itemId', 'not_found'],
    ['an item twice', () => [...items(), items()[0]!], 'items.15.itemId', 'duplicate'],
    ['a forgotten item', () => items().slice(1), 'items', 'incomplete'],
  ])('refuses %s, naming it, and writes nothing', async (_label, list, path, issue) => {
    const before = await checkCounts();
    const result = await setup.api.loans.checkOut({ id: loan.id, date: '2027-01-11', items: list(), notes: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok) expect(result.error.fields).toContainEqual(expect.objectContaining({ path, issue }));
    expect(await checkCounts()).toEqual(before);
    expect(await status(loan.id)).toBe('approved');
  });

  it('refuses a return dated before the delivery', async () => {
    ok(await setup.api.loans.checkOut({ id: loan.id, date: '2027-01-11', items: items(), notes: '' }));
    const result = await setup.api.loans.checkIn({ id: loan.id, date: '2027-01-10', items: items(), notes: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'date', issue: 'before_delivery' }] } });
    expect(await status(loan.id)).toBe('delivered');
  });

  it('writes a check completely or not at all when the database fails half-way', async () => {
    // The check row is written before its items: make the items' insert fail to prove the rollback.
    if (testDatabaseEngine() === 'postgres') {
      await setup.core.db.raw(
        "CREATE FUNCTION fail_boom() RETURNS trigger AS $$ BEGIN IF NEW.note = 'boom' THEN RAISE EXCEPTION 'boom' USING ERRCODE = '23000'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql",
      );
      await setup.core.db.raw('CREATE TRIGGER fail_check_items BEFORE INSERT ON loan_check_items FOR EACH ROW EXECUTE FUNCTION fail_boom()');
    } else {
      await setup.core.db.raw(
        "CREATE TRIGGER fail_check_items BEFORE INSERT ON loan_check_items WHEN NEW.note = 'boom' BEGIN SELECT RAISE(ABORT, 'boom'); END",
      );
    }
    const before = await checkCounts();
    const result = await setup.api.loans.checkOut({
      id: loan.id,
      date: '2027-01-11',
      items: items({ 15: { condition: 'good', note: 'boom' } }),
      notes: '',
    });
    // A trigger's refusal is a constraint failure (SQLite's RAISE(ABORT), SQLSTATE 23000): answered as a refused
    // record, not INTERNAL.
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'recordRefused' } });
    expect(await checkCounts()).toEqual(before);
    expect(await status(loan.id)).toBe('approved');
  });
});

describe('reminders', () => {
  it('sorts what to deliver, pick up, chase and decide on, by the Belgian day', async () => {
    // 23:30 UTC on the 27th is already the 28th in Liège.
    setup.core.clock.set('2026-11-27T23:30:00.000Z');
    // One panel, no buffer. An exhibition is in one place at a time: the overdue loan keeps its own.
    const smallExhibition = async (title: string) =>
      ok(
        await setup.api.exhibitions.create({
          title,
          owner: 'Ville de Liège',
          kind: 'loanable',
          description: '',
          audience: '',
          languages: [],
          items: [{ id: null, number: 1, kind: 'panel', label: 'Panneau' }],
          transportNotes: '',
          setupNotes: '',
          insuranceValue: null,
          minLoanDays: null,
          maxLoanDays: null,
          bufferDays: 0,
          notes: '',
          archived: false,
        }),
      );
    const other = await smallExhibition('Exposition B');
    const third = await smallExhibition('Exposition C');
    const fourth = await smallExhibition('Exposition D');
    const onB = { exhibitionId: other.id };
    // Delivered on its planned day, or today for an early delivery: a check is never recorded ahead.
    const checkOut = async (loan: Loan, exhibitionItems: { id: number }[], date = loan.deliveryDate) =>
      ok(
        await setup.api.loans.checkOut({
          id: loan.id,
          date,
          items: exhibitionItems.map((item): CheckItemInput => ({ itemId: item.id, condition: 'good', note: '' })),
          notes: '',
        }),
      );

    const overdue = await approved(shiftLoanDates(JANUARY, '2026-11-09'), { exhibitionId: third.id }); // picked up by 20 Nov
    await checkOut(overdue, third.items);
    const pickup = await approved(shiftLoanDates(JANUARY, '2026-11-23')); // picked up 4 Dec
    await checkOut(pickup, exhibition.items);
    const delivery = await approved(shiftLoanDates(JANUARY, '2026-12-07'));
    await approved(JANUARY); // delivered after the window
    const lateDelivery = await approved(shiftLoanDates(JANUARY, '2026-11-20'), onB);
    // Picked up 21 Dec. Delivered early, today (its own exhibition, free before it): the 28th in Liège already.
    const laterPickup = await approved(shiftLoanDates(JANUARY, '2026-12-10'), { exhibitionId: fourth.id });
    await checkOut(laterPickup, fourth.items, '2026-11-28');
    const requestB = await request(shiftLoanDates(JANUARY, '2027-03-01'), onB);
    const requestA = await request(shiftLoanDates(JANUARY, '2027-02-01'));
    const refused = await request(shiftLoanDates(JANUARY, '2027-04-01'));
    ok(await setup.api.loans.refuse({ id: refused.id, reason: 'Non' }));

    const reminders = ok(await setup.api.loans.reminders({ days: 14 }));
    expect(reminders).toMatchObject({ today: '2026-11-28', days: 14, flaggedItems: [] });
    expect(reminders.deliveries.map((loan) => loan.id)).toEqual([lateDelivery.id, delivery.id]);
    expect(reminders.pickups.map((loan) => loan.id)).toEqual([pickup.id]);
    expect(reminders.overdueReturns.map((loan) => loan.id)).toEqual([overdue.id]);
    expect(reminders.awaitingApproval.map((loan) => loan.id)).toEqual([requestB.id, requestA.id]);

    const wider = ok(await setup.api.loans.reminders({ days: 30 }));
    expect(wider.pickups.map((loan) => loan.id)).toEqual([pickup.id, laterPickup.id]);
  });
});

describe('documents', () => {
  it('prints the agreement of a loan and the schedule of an exhibition for a school year', async () => {
    const loan = await approved();
    const agreement = ok(await setup.api.loans.agreementPdf({ id: loan.id }));
    expect(agreement).toMatchObject({
      fileName: 'convention-pret-ecole-communale-de-droixhe-2027-01-11.pdf',
      mimeType: 'application/pdf',
      encoding: 'base64',
    });
    expect(Buffer.from(agreement.content, 'base64').subarray(0, 5).toString()).toBe('%PDF-');

    const schedule = ok(await setup.api.exhibitions.schedulePdf({ id: exhibition.id, schoolYear: '2026–2027' }));
    expect(schedule.fileName).toBe('calendrier-prets-une-breve-histoire-de-l-immigration-en-belgique-2026-2027.pdf');
    expect(Buffer.from(schedule.content, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(await setup.api.loans.agreementPdf({ id: 9999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
