import { beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/api/contract';
import { ok, signedIn, useTestCore } from '../helpers/api';
import { addSchool } from '../helpers/school-fixtures';
import { insertEvent } from '../helpers/directory';
import type { Exhibition } from '../../shared/domain/loans/exhibitions';
import type { Page } from '../../shared/domain/directory';
import type { Loan, LoanSummary } from '../../shared/domain/loans/loans';
import type { ApiResult, DateSpan } from '../../shared/api/result';
import { shiftLoanDates } from '../../shared/domain/loans/booking-rules';

type LoanInput = InputOf<'loans', 'create'>;

const setup = useTestCore(['coordinator']); // today is 2026-11-28 in Liège
let exhibition: Exhibition;
let circuit: Exhibition;
let school: number;

beforeEach(async () => {
  const list = ok(await setup.api.exhibitions.list());
  exhibition = list.find((item) => item.kind === 'loanable')!; // 5 to 28 days, 2 buffer days
  circuit = list.find((item) => item.kind === 'guided_circuit')!;
  school = await addSchool(setup.core.db, 'École communale de Droixhe');
});

/** Twelve days in January 2027, delivered the first day and picked up the last. */
function loan(changes: Partial<LoanInput> = {}): LoanInput {
  return {
    exhibitionId: exhibition.id,
    schoolId: school,
    venueName: '',
    address: 'Rue de Droixhe 1, 4020 Liège',
    contactName: 'Mme Lambert',
    contactEmail: 'direction@droixhe.example',
    contactPhone: '04 238 00 00',
    deliveryDate: '2027-01-11',
    startDate: '2027-01-11',
    endDate: '2027-01-22',
    pickupDate: '2027-01-22',
    eventIds: [],
    notes: '',
    ...changes,
  };
}

/** A loan starting at `deliveryDate`, same length as `loan()`, or spanning a suggested free period. */
function loanAt(deliveryDate: string, changes: Partial<LoanInput> = {}): LoanInput {
  return loan({ ...shiftLoanDates(loan(), deliveryDate), ...changes });
}

/** The seeded exhibition as an update input, to change one of its terms. */
function exhibitionInput() {
  const { flaggedItems: _flagged, items, ...rest } = exhibition;
  return { ...rest, items: items.map(({ id, number, kind, label }) => ({ id, number, kind, label })) };
}

async function createLoan(changes: Partial<LoanInput> = {}): Promise<Loan> {
  return ok(await setup.api.loans.create(loan(changes)));
}

async function loanCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['loans', 'loan_events', 'loan_checks', 'loan_check_items', 'loan_decisions', 'audit_events']) {
    counts[table] = Number((await setup.core.db(table).count({ n: '*' }).first())?.n ?? 0);
  }
  return counts;
}

function expectFields(result: ApiResult<unknown>, fields: unknown[]): void {
  expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  if (!result.ok) for (const field of fields) expect(result.error.fields).toContainEqual(field);
}

describe('loan requests', () => {
  it('records a request with its linked visits; the school year follows the first day shown', async () => {
    const visit = await insertEvent(setup.core, { schoolId: school });
    await setup.core.db('events').where({ id: visit }).update({ starts_at: '2027-01-14T09:00', ends_at: '2027-01-14T11:00' });
    const created = await createLoan({ eventIds: [visit, visit] });
    expect(created).toMatchObject({
      status: 'requested',
      exhibitionTitle: exhibition.title,
      borrowerName: 'École communale de Droixhe',
      schoolYear: '2026–2027',
      eventIds: [visit],
      events: [{ id: visit, title: 'Atelier vivre ensemble', start: '2027-01-14T09:00', status: 'planned' }],
      checks: [],
      differences: [],
      createdAt: '2026-11-28T09:00:00.000Z',
    });
    expect(ok(await setup.api.loans.get({ id: created.id }))).toEqual(created);
    // Only ids reach the audit trail.
    expect(await setup.core.db('audit_events').where('entity', 'loan').select('action', 'entity_id')).toEqual([
      { action: 'loan.create', entity_id: String(created.id) },
    ]);
  });

  it('lends to another venue by name when there is no school', async () => {
    const created = await createLoan({ schoolId: null, venueName: 'Maison de quartier de Bressoux' });
    expect(created).toMatchObject({ schoolId: null, borrowerName: 'Maison de quartier de Bressoux' });
  });

  it('answers NOT_FOUND for an unknown loan', async () => {
    expect(await setup.api.loans.get({ id: 9999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.loan' } });
    expect(await setup.api.loans.update({ ...loan(), id: 9999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  const cases: [string, () => Partial<LoanInput>, unknown][] = [
    ['an unknown exhibition', () => ({ exhibitionId: 9999 }), { path: 'exhibitionId', issue: 'not_found' }],
    ['a guided circuit', () => ({ exhibitionId: circuit.id }), { path: 'exhibitionId', issue: 'not_loanable' }],
    ['an unknown school', () => ({ schoolId: 9999 }), { path: 'schoolId', issue: 'not_found' }],
    ['no school and no venue', () => ({ schoolId: null, venueName: '   ' }), { path: 'venueName', issue: 'required' }],
    ['an end before the start', () => ({ endDate: '2027-01-10' }), { path: 'endDate', issue: 'end_before_start' }],
    ['a delivery after the start', () => ({ deliveryDate: '2027-01-12' }), { path: 'deliveryDate', issue: 'after_start' }],
    ['a pick-up before the end', () => ({ pickupDate: '2027-01-21' }), { path: 'pickupDate', issue: 'before_end' }],
    ['a loan too short', () => ({ endDate: '2027-01-13', pickupDate: '2027-01-13' }), { path: 'endDate', issue: 'loan_too_short', params: { min: 5 } }],
    ['a loan too long', () => ({ endDate: '2027-02-12', pickupDate: '2027-02-12' }), { path: 'endDate', issue: 'loan_too_long', params: { max: 28 } }],
    ['an unknown visit', () => ({ eventIds: [9999] }), { path: 'eventIds.0', issue: 'not_found' }],
    ['an impossible date', () => ({ endDate: '2027-02-30' }), { path: 'endDate', issue: 'not_a_day' }],
  ];
  it.each(cases)('refuses %s, naming the field, and writes nothing', async (_label, changes, field) => {
    const before = await loanCounts();
    expectFields(await setup.api.loans.create(loan(changes())), [field]);
    expect(await loanCounts()).toEqual(before);
  });

  it('refuses a visit outside the loan and an archived exhibition, with every other refused field at once', async () => {
    const visit = await insertEvent(setup.core, { schoolId: school }); // 2026-12-03
    const archived = ok(
      await setup.api.exhibitions.create({
        title: 'Ancienne exposition',
        owner: 'Ville de Liège',
        kind: 'loanable',
        description: '',
        audience: '',
        languages: [],
        items: [],
        transportNotes: '',
        setupNotes: '',
        insuranceValue: null,
        minLoanDays: null,
        maxLoanDays: null,
        bufferDays: 0,
        notes: '',
        archived: true,
      }),
    );
    const before = await loanCounts();
    const result = await setup.api.loans.create(loan({ exhibitionId: archived.id, schoolId: 9999, eventIds: [visit] }));
    expectFields(result, [
      { path: 'exhibitionId', issue: 'not_loanable' },
      { path: 'schoolId', issue: 'not_found' },
      { path: 'eventIds.0', issue: 'outside_loan' },
    ]);
    expect(await loanCounts()).toEqual(before);
  });
});

describe('booking rule', () => {
  let first: Loan;
  beforeEach(async () => {
    first = await createLoan(); // holds 11–22 January, plus two buffer days each side
  });

  it('refuses a clash, names the loan in the way and offers free periods that are really free', async () => {
    const before = await loanCounts();
    const other = await addSchool(setup.core.db, 'Athénée Léonie de Waha');
    const wanted = loanAt('2027-01-18', { schoolId: other });
    const result = await setup.api.loans.create(wanted);
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        reason: 'loanConflict',
        conflicts: [
          { kind: 'exhibition', otherId: first.id, otherLabel: 'École communale de Droixhe', start: '2027-01-11', end: '2027-01-22', subject: exhibition.title },
        ],
        // Free right after the loan; before it, 28 December → 8 January would be free too, but it lies in
        // the winter break (holidays table), when no school can receive it: the proposal is before the break.
        alternatives: [
          { start: '2027-01-25', end: '2027-02-05' },
          { start: '2026-12-07', end: '2026-12-18' },
        ],
      },
    });
    expect(await loanCounts()).toEqual(before);

    const alternatives = result.ok ? [] : (result.error.alternatives as DateSpan[]);
    for (const span of alternatives) {
      const retried = ok(await setup.api.loans.create(loanAt(span.start, { schoolId: other })));
      expect(retried).toMatchObject({ deliveryDate: span.start, pickupDate: span.end });
      ok(await setup.api.loans.delete({ id: retried.id }));
    }
  });

  it('proposes periods in a school break to another venue, which is open then', async () => {
    const result = await setup.api.loans.create(loanAt('2027-01-18', { schoolId: null, venueName: 'Bibliothèque des Chiroux' }));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        alternatives: [
          { start: '2027-01-25', end: '2027-02-05' },
          { start: '2026-12-28', end: '2027-01-08' },
        ],
      },
    });
  });

  it("proposes the wanted school year's free periods first, and none that runs into a school break", async () => {
    // The spring and June weeks of 2026–2027 are taken: W 22 March → 16 April, X 10 May → 4 June, Y 7 June → 2 July.
    for (const [delivery, end] of [
      ['2027-03-22', '2027-04-16'],
      ['2027-05-10', '2027-06-04'],
      ['2027-06-07', '2027-07-02'],
    ] as const) {
      await createLoan({ deliveryDate: delivery, startDate: delivery, endDate: end, pickupDate: end });
    }
    const other = await addSchool(setup.core.db, 'Athénée Léonie de Waha');
    const june = { deliveryDate: '2027-06-21', startDate: '2027-06-21', endDate: '2027-07-02', pickupDate: '2027-07-02' };
    const before = await loanCounts();
    const forSchool = await setup.api.loans.create(loan({ ...june, schoolId: other }));
    // 26 April → 7 May is free but in the spring break; 5 July on is the summer break. So: 8 → 19 March,
    // 105 days away but in 2026–2027, before 30 August → 10 September, 70 days away but in 2027–2028.
    expect(forSchool).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        alternatives: [
          { start: '2027-03-08', end: '2027-03-19' },
          { start: '2027-08-30', end: '2027-09-10' },
        ],
      },
    });
    // Another venue can take the exhibition in the breaks: right after Y, and in the spring break.
    const forVenue = await setup.api.loans.create(loan({ ...june, schoolId: null, venueName: 'Bibliothèque des Chiroux' }));
    expect(forVenue).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        alternatives: [
          { start: '2027-07-05', end: '2027-07-16' },
          { start: '2027-04-26', end: '2027-05-07' },
        ],
      },
    });
    expect(await loanCounts()).toEqual(before);
  });

  it('accepts a loan that leaves exactly the buffer days free, and refuses one a day short', async () => {
    // Picked up on the 22nd: the 23rd and 24th stay free, so the next delivery may be on the 25th.
    expect(await setup.api.loans.create(loanAt('2027-01-24'))).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await setup.api.loans.create(loanAt('2027-01-25'))).toMatchObject({ ok: true });
    // And before: delivered on the 11th, the previous loan must be picked up by the 8th.
    expect(await setup.api.loans.create(loanAt('2026-12-29'))).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await setup.api.loans.create(loanAt('2026-12-28'))).toMatchObject({ ok: true });
  });

  it('lets a loan be moved over its own dates, but not onto another', async () => {
    const second = await createLoan(shiftLoanDates(loan(), '2027-02-01'));
    const moved = await setup.api.loans.update({ ...loanAt('2027-01-12', { endDate: '2027-01-20' }), id: first.id });
    expect(moved).toMatchObject({ ok: true, data: { deliveryDate: '2027-01-12', endDate: '2027-01-20' } });
    const onto = await setup.api.loans.update({ ...loanAt('2027-01-30'), id: first.id });
    expect(onto).toMatchObject({ ok: false, error: { code: 'CONFLICT', conflicts: [{ otherId: second.id }] } });
  });

  it('does not let refused or cancelled loans hold the exhibition', async () => {
    ok(await setup.api.loans.refuse({ id: first.id, reason: 'Classe en voyage' }));
    const second = ok(await setup.api.loans.create(loanAt('2027-01-15')));
    ok(await setup.api.loans.approve({ id: second.id }));
    const cancelled = ok(await setup.api.loans.cancel({ id: second.id, reason: 'Travaux dans le hall' }));
    expect(cancelled).toMatchObject({ status: 'cancelled', statusReason: 'Travaux dans le hall' });
    expect(await setup.api.loans.create(loanAt('2027-01-13'))).toMatchObject({ ok: true });
  });

  it('checks the rule again on approval: a longer buffer may have made two requests clash', async () => {
    const second = await createLoan(shiftLoanDates(loan(), '2027-01-25'));
    ok(await setup.api.exhibitions.update({
      ...exhibitionInput(),
      bufferDays: 5,
    }));
    const approval = await setup.api.loans.approve({ id: second.id });
    expect(approval).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'loanConflict', conflicts: [{ otherId: first.id }] } });
    expect(ok(await setup.api.loans.get({ id: second.id })).status).toBe('requested');
    // Once the first is refused, the second may go ahead.
    ok(await setup.api.loans.refuse({ id: first.id, reason: 'Doublon' }));
    expect(await setup.api.loans.approve({ id: second.id })).toMatchObject({ ok: true, data: { status: 'approved' } });
  });
});

describe('loan status rules', () => {
  it('refuses moves the workflow does not allow, and deletes only loans that never went out', async () => {
    const first = await createLoan();
    ok(await setup.api.loans.approve({ id: first.id }));
    const refused = { ok: false, error: { code: 'CONFLICT', reason: 'loanStatus', params: { status: 'approved' } } };
    expect(await setup.api.loans.approve({ id: first.id })).toMatchObject(refused);
    expect(await setup.api.loans.refuse({ id: first.id, reason: 'Trop tard' })).toMatchObject(refused);
    expect(await setup.api.loans.delete({ id: first.id })).toMatchObject(refused);

    const second = await createLoan(shiftLoanDates(loan(), '2027-03-01'));
    expect(await setup.api.loans.delete({ id: second.id })).toEqual({ ok: true, data: null });
    const third = await createLoan(shiftLoanDates(loan(), '2027-03-01'));
    ok(await setup.api.loans.cancel({ id: third.id, reason: 'Annulé par l’école' }));
    expect(await setup.api.loans.cancel({ id: third.id, reason: 'Encore' })).toMatchObject({ ok: false, error: { reason: 'loanStatus' } });
    expect(await setup.api.loans.update({ ...loan(), id: third.id })).toMatchObject({ ok: false, error: { reason: 'loanStatus' } });
    expect(await setup.api.loans.delete({ id: third.id })).toEqual({ ok: true, data: null });
    expect(await setup.core.db('loans').pluck('id')).toEqual([first.id]);
  });

  it('keeps an archived exhibition’s existing loan editable', async () => {
    const first = await createLoan();
    ok(await setup.api.exhibitions.update({
      ...exhibitionInput(),
      archived: true,
    }));
    expect(await setup.api.loans.update({ ...loan({ notes: 'Accès par la cour' }), id: first.id })).toMatchObject({ ok: true });
    expectFields(await setup.api.loans.create(loanAt('2027-03-01')), [{ path: 'exhibitionId', issue: 'not_loanable' }]);
  });
});

describe('loan list', () => {
  beforeEach(async () => {
    const other = await addSchool(setup.core.db, 'Athénée Léonie de Waha', '4000');
    await createLoan();
    await createLoan({ ...shiftLoanDates(loan(), '2027-02-01'), schoolId: other });
    await createLoan({ ...shiftLoanDates(loan(), '2026-10-01'), schoolId: null, venueName: 'bibliothèque Chiroux' });
    await createLoan({ ...shiftLoanDates(loan(), '2027-09-06') });
  });

  async function list(input: InputOf<'loans', 'list'>): Promise<Page<LoanSummary>> {
    return ok(await setup.api.loans.list(input));
  }

  it('lists by delivery day by default, filters by year, status and exhibition, and pages', async () => {
    const all = await list({});
    expect(all.total).toBe(4);
    expect(all.rows.map((row) => row.deliveryDate)).toEqual(['2026-10-01', '2027-01-11', '2027-02-01', '2027-09-06']);
    expect((await list({ schoolYear: '2027-2028' })).rows.map((row) => row.deliveryDate)).toEqual(['2027-09-06']);
    expect((await list({ statuses: ['approved'] })).total).toBe(0);
    expect((await list({ exhibitionId: circuit.id })).total).toBe(0);
    const page = await list({ limit: 2, offset: 2, sortDirection: 'desc' });
    expect(page).toMatchObject({ total: 4 });
    expect(page.rows.map((row) => row.deliveryDate)).toEqual(['2027-01-11', '2026-10-01']);
  });

  it('searches borrower names and exhibition titles without regard to case or accents, and sorts by borrower', async () => {
    expect((await list({ search: 'ecole droixhe' })).total).toBe(2);
    expect((await list({ search: 'LEONIE' })).rows.map((row) => row.borrowerName)).toEqual(['Athénée Léonie de Waha']);
    expect((await list({ search: 'Chiroux' })).total).toBe(1);
    expect((await list({ search: 'breve histoire' })).total).toBe(4);
    const byBorrower = await list({ sortBy: 'borrower' });
    expect(byBorrower.rows.map((row) => row.borrowerName)).toEqual([
      'Athénée Léonie de Waha',
      'bibliothèque Chiroux',
      'École communale de Droixhe',
      'École communale de Droixhe',
    ]);
  });
});

describe('availability', () => {
  it('refuses a reversed range and one longer than about fourteen months', async () => {
    expectFields(await setup.api.loans.availability({ from: '2027-01-10', to: '2027-01-09' }), [
      { path: 'to', issue: 'end_before_start' },
    ]);
    expectFields(await setup.api.loans.availability({ from: '2026-09-01', to: '2027-11-06' }), [
      { path: 'to', issue: 'too_big', params: { limit: 430 } },
    ]);
    expect(await setup.api.loans.availability({ from: '2026-09-01', to: '2027-11-05' })).toMatchObject({ ok: true });
  });

  it('lists the open exhibitions and the holding loans whose buffer days touch the range', async () => {
    const held = await createLoan();
    const refused = await createLoan(shiftLoanDates(loan(), '2027-02-01'));
    ok(await setup.api.loans.refuse({ id: refused.id, reason: 'Non' }));

    const touching = ok(await setup.api.loans.availability({ from: '2027-01-24', to: '2027-02-28' }));
    expect(touching.exhibitions).toEqual([
      { id: circuit.id, title: circuit.title, kind: 'guided_circuit', bufferDays: 0, archived: false },
      { id: exhibition.id, title: exhibition.title, kind: 'loanable', bufferDays: 2, archived: false },
    ]);
    expect(touching.loans.map((row) => row.id)).toEqual([held.id]);
    const clear = ok(await setup.api.loans.availability({ from: '2027-01-25', to: '2027-02-28' }));
    expect(clear.loans).toEqual([]);
  });
});

describe('access', () => {
  it('is closed to teachers and housing staff', async () => {
    for (const role of ['teacher', 'housing'] as const) {
      const { api } = await signedIn(setup.core, [role]);
      expect(await api.loans.create(loan())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await api.loans.reminders({ days: 7 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });
});
