import { beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/api/contract';
import { ok, useTestCore } from '../helpers/api';
import { addSchool } from '../helpers/school-fixtures';
import { moveClock } from '../helpers/move-clock';
import { pdfReader } from '../helpers/pdf';
import type { Exhibition } from '../../shared/domain/loans/exhibitions';
import type { Loan } from '../../shared/domain/loans/loans';

/** Issue 17, loans: waiting requests, the clash read while typing, the loan's directory contact, the return report. */

type LoanInput = InputOf<'loans', 'create'>;

const setup = useTestCore(['coordinator']); // today is 2026-11-28 in Liège
let exhibition: Exhibition;
let droixhe: number;
let jupille: number;

beforeEach(async () => {
  exhibition = ok(await setup.api.exhibitions.list()).find((item) => item.kind === 'loanable')!; // 2 buffer days
  droixhe = await addSchool(setup.core.db, 'École communale de Droixhe');
  jupille = await addSchool(setup.core.db, 'Athénée de Jupille');
});

const JANUARY = { deliveryDate: '2027-01-11', startDate: '2027-01-11', endDate: '2027-01-22', pickupDate: '2027-01-22' };

function input(schoolId: number, changes: Partial<LoanInput> = {}): LoanInput {
  return {
    exhibitionId: exhibition.id,
    schoolId,
    venueName: '',
    address: '',
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    eventIds: [],
    notes: '',
    ...JANUARY,
    ...changes,
  };
}

async function counts(): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of ['loans', 'loan_decisions', 'audit_events']) result[table] = Number((await setup.core.db(table).count({ n: '*' }).first())?.n ?? 0);
  return result;
}

/** Droixhe holds January; Jupille asks for the same weeks and is recorded as waiting. */
async function takenAndWaiting(): Promise<{ blocking: Loan; waiting: Loan }> {
  const blocking = ok(await setup.api.loans.create(input(droixhe)));
  const waiting = ok(await setup.api.loans.create({ ...input(jupille), waiting: true }));
  return { blocking, waiting };
}

describe('waiting requests', () => {
  it('records a request on a taken period as waiting: signed, holding nothing, counted apart', async () => {
    const refused = await setup.api.loans.create(input(droixhe));
    expect(refused.ok).toBe(true);
    const clash = await setup.api.loans.create(input(jupille));
    expect(clash).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'loanConflict' } });

    const waiting = ok(await setup.api.loans.create({ ...input(jupille), waiting: true }));
    expect(waiting).toMatchObject({ status: 'waiting', borrowerName: 'Athénée de Jupille' });
    expect(waiting.decisions.map((decision) => decision.decision)).toEqual(['waiting']);

    // It holds nothing: not in the availability grid, and a third request for other days beside it is judged on Droixhe alone.
    const grid = ok(await setup.api.loans.availability({ from: '2027-01-01', to: '2027-01-31' }));
    expect(grid.loans.map((loan) => loan.id)).not.toContain(waiting.id);
    const listed = ok(await setup.api.loans.waiting({}));
    expect(listed).toEqual([expect.objectContaining({ id: waiting.id, status: 'waiting', periodFree: false })]);
    const reminders = ok(await setup.api.loans.reminders({ days: 30 }));
    expect(reminders).toMatchObject({ waitingCount: 1, freedWaiting: [] });
    expect(reminders.awaitingApproval.map((loan) => loan.id)).not.toContain(waiting.id);
    const filtered = ok(await setup.api.loans.list({ statuses: ['waiting'] }));
    expect(filtered.rows.map((loan) => loan.id)).toEqual([waiting.id]);
  });

  it('is offered once the loan in its way is cancelled, and becomes a request that holds the period', async () => {
    const { blocking, waiting } = await takenAndWaiting();
    ok(await setup.api.loans.cancel({ id: blocking.id, reason: "L'école a renoncé." }));

    expect(ok(await setup.api.loans.waiting({}))).toEqual([expect.objectContaining({ id: waiting.id, periodFree: true })]);
    const reminders = ok(await setup.api.loans.reminders({ days: 7 }));
    expect(reminders.freedWaiting.map((loan) => loan.id)).toEqual([waiting.id]);

    const confirmed = ok(await setup.api.loans.confirmWaiting({ id: waiting.id }));
    expect(confirmed.status).toBe('requested');
    expect(confirmed.decisions.map((decision) => decision.decision)).toEqual(['waiting', 'requested']);
    expect(ok(await setup.api.loans.waiting({}))).toEqual([]);
    // Now it holds January: Droixhe's new request clashes with it.
    expect(await setup.api.loans.create(input(droixhe))).toMatchObject({ ok: false, error: { reason: 'loanConflict', conflicts: [{ otherId: waiting.id }] } });
  });

  it('is offered when the loan in its way is refused or moved to other dates', async () => {
    const { blocking, waiting } = await takenAndWaiting();
    ok(await setup.api.loans.update({ id: blocking.id, ...input(droixhe, { deliveryDate: '2027-03-01', startDate: '2027-03-01', endDate: '2027-03-12', pickupDate: '2027-03-12' }) }));
    expect(ok(await setup.api.loans.waiting({}))[0]).toMatchObject({ id: waiting.id, periodFree: true });

    const other = ok(await setup.api.loans.create(input(droixhe, { deliveryDate: '2027-01-18', startDate: '2027-01-18', endDate: '2027-01-29', pickupDate: '2027-01-29' })));
    expect(ok(await setup.api.loans.waiting({}))[0]).toMatchObject({ periodFree: false });
    ok(await setup.api.loans.refuse({ id: other.id, reason: 'Hors programme.' }));
    expect(ok(await setup.api.loans.waiting({}))[0]).toMatchObject({ periodFree: true });
  });

  it('refuses to turn it into a request when the period was taken again (a race), naming who has it, and writes nothing', async () => {
    const { blocking, waiting } = await takenAndWaiting();
    ok(await setup.api.loans.cancel({ id: blocking.id, reason: 'Annulé.' }));
    const quicker = ok(await setup.api.loans.create(input(droixhe)));
    const before = await counts();

    const refused = await setup.api.loans.confirmWaiting({ id: waiting.id });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'loanConflict', conflicts: [{ kind: 'exhibition', otherId: quicker.id, otherLabel: 'École communale de Droixhe' }] },
    });
    if (!refused.ok) expect(refused.error.alternatives?.length).toBeGreaterThan(0);
    expect(ok(await setup.api.loans.get({ id: waiting.id })).status).toBe('waiting');
    expect(await counts()).toEqual(before);
  });

  it('edits, cancels and deletes a waiting request; only a waiting request can be confirmed', async () => {
    const { blocking, waiting } = await takenAndWaiting();
    // Editing keeps it waiting, even onto another taken period: it still holds nothing.
    const edited = ok(await setup.api.loans.update({ id: waiting.id, ...input(jupille, { notes: 'Toute période en janvier.' }) }));
    expect(edited).toMatchObject({ status: 'waiting', notes: 'Toute période en janvier.' });
    expect(await setup.api.loans.confirmWaiting({ id: blocking.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'loanStatus' } });
    expect(ok(await setup.api.loans.cancel({ id: waiting.id, reason: 'Plus nécessaire.' })).status).toBe('cancelled');
    ok(await setup.api.loans.delete({ id: waiting.id }));
    expect(await setup.api.loans.get({ id: waiting.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('the clash read while typing (loans/checkPeriod)', () => {
  it('names the loan in the way and the nearest free periods, writes nothing, and sets the edited loan aside', async () => {
    const blocking = ok(await setup.api.loans.create(input(droixhe)));
    const before = await counts();
    const period = { exhibitionId: exhibition.id, deliveryDate: '2027-01-18', pickupDate: '2027-01-29', schoolId: jupille, loanId: null };
    const check = ok(await setup.api.loans.checkPeriod(period));
    expect(check.conflicts).toEqual([expect.objectContaining({ otherId: blocking.id, otherLabel: 'École communale de Droixhe', start: '2027-01-11', end: '2027-01-22' })]);
    expect(check.alternatives.length).toBeGreaterThan(0);
    for (const span of check.alternatives) {
      const free = ok(await setup.api.loans.checkPeriod({ ...period, deliveryDate: span.start, pickupDate: span.end }));
      expect(free.conflicts).toEqual([]);
    }
    expect(ok(await setup.api.loans.checkPeriod({ ...period, loanId: blocking.id }))).toEqual({ conflicts: [], alternatives: [] });
    expect(await counts()).toEqual(before);
  });

  it('refuses a reversed period and an unknown exhibition on their fields', async () => {
    const period = { exhibitionId: exhibition.id, deliveryDate: '2027-01-18', pickupDate: '2027-01-10', schoolId: null, loanId: null };
    expect(await setup.api.loans.checkPeriod(period)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'pickupDate', issue: 'before_delivery' }] } });
    expect(await setup.api.loans.checkPeriod({ ...period, pickupDate: '2027-01-20', exhibitionId: 99999 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'exhibitionId', issue: 'not_found' }] },
    });
  });
});

describe("the loan's contact, picked from the school's contacts", () => {
  it('copies the directory contact into the loan, and refuses a contact of another school writing nothing', async () => {
    const contact = ok(
      await setup.api.contacts.create({ schoolId: droixhe, kind: 'director', firstName: 'Anne', lastName: 'Lambert', email: 'a.lambert@droixhe.example', phone: '04 238 00 01', userId: null, notes: '' }),
    );
    const loan = ok(await setup.api.loans.create(input(droixhe, { contactId: contact.id, contactName: 'ignoré', contactEmail: '', contactPhone: '' })));
    expect(loan).toMatchObject({ contactId: contact.id, contactName: 'Anne Lambert', contactEmail: 'a.lambert@droixhe.example', contactPhone: '04 238 00 01' });

    const before = await counts();
    const other = await setup.api.loans.create(input(jupille, { contactId: contact.id, deliveryDate: '2027-03-01', startDate: '2027-03-01', endDate: '2027-03-12', pickupDate: '2027-03-12' }));
    expect(other).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'contactId', issue: 'contact_not_of_school' }] } });
    expect(await counts()).toEqual(before);

    // The loan keeps its copy when the contact leaves the directory.
    ok(await setup.api.contacts.delete({ id: contact.id }));
    expect(ok(await setup.api.loans.get({ id: loan.id }))).toMatchObject({ contactId: null, contactName: 'Anne Lambert', contactPhone: '04 238 00 01' });
  });
});

describe('the return report', () => {
  const read = pdfReader('loan-return');

  it('compares departure and return, lists what is to be repaired, in French and English; only once returned', async () => {
    const loan = ok(await setup.api.loans.create(input(droixhe, { contactName: 'Mme Lambert' })));
    ok(await setup.api.loans.approve({ id: loan.id }));
    expect(await setup.api.loans.returnReportPdf({ id: loan.id, language: 'fr' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'loanStatus' } });
    const items = (changes: Record<number, { condition: 'good' | 'damaged' | 'missing'; note: string }>) =>
      exhibition.items.map((item) => ({ itemId: item.id, condition: 'good' as const, note: '', ...changes[item.number] }));
    await moveClock(setup, '2027-01-11T09:00:00.000Z');
    ok(await setup.api.loans.checkOut({ id: loan.id, date: '2027-01-11', items: items({ 2: { condition: 'damaged', note: 'Rayure ancienne' } }), notes: '' }));
    await moveClock(setup, '2027-01-22T15:00:00.000Z');
    ok(await setup.api.loans.checkIn({ id: loan.id, date: '2027-01-22', items: items({ 3: { condition: 'damaged', note: 'Coin arraché' }, 13: { condition: 'missing', note: '' } }), notes: 'Caisse 2 humide' }));

    const fr = ok(await setup.api.loans.returnReportPdf({ id: loan.id, language: 'fr' }));
    expect(fr.fileName).toBe('etat-au-retour-ecole-communale-de-droixhe-2027-01-22.pdf');
    const text = read(Uint8Array.from(Buffer.from(fr.content, 'base64')), 'fr');
    expect(text.flow).toContain('État au retour');
    expect(text.flow).toContain('15 éléments contrôlés au retour : 13 en bon état, 1 endommagé, 1 manquant.');
    expect(text.flow).toContain('3 éléments ont changé depuis la livraison.');
    expect(text.raw).toMatch(/3 Panneau 3 bon état endommagé Coin arraché/);
    expect(text.raw).toMatch(/2 Panneau 2 endommagé bon état/);
    expect(text.raw).toMatch(/3 Panneau 3 à réparer Coin arraché/);
    expect(text.flow).toContain("13 Roll-up d'accueil à retrouver ou à remplacer");
    expect(text.flow).toContain('Caisse 2 humide');
    expect(text.flow).toContain('Mme Lambert');

    const en = ok(await setup.api.loans.returnReportPdf({ id: loan.id, language: 'en' }));
    expect(en.fileName).toBe('return-report-ecole-communale-de-droixhe-2027-01-22.pdf');
    const english = read(Uint8Array.from(Buffer.from(en.content, 'base64')), 'en');
    expect(english.flow).toContain('Return report');
    expect(english.flow).toContain('15 items checked at return: 13 in good condition, 1 damaged, 1 missing.');
    expect(english.flow).toContain("13 Roll-up d'accueil to find or replace");
  });
});
