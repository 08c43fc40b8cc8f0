import { beforeAll, describe, expect, it } from 'vitest';
import { translators } from '../helpers/translators';
import type { TFunction } from 'i18next';
import exhibitionsFr from '../../renderer/features/loans/i18n/fr.json';
import exhibitionsEn from '../../renderer/features/loans/i18n/en.json';
import type { ApiError } from '../../shared/api/result';
import type { Loan } from '../../shared/domain/loans/loans';
import { changeLoanDate, completeDates, initialFollow, liveDateIssues } from '../../renderer/features/loans/model/loan-dates';
import {
  borrowerIssues,
  emptyLoanValues,
  isCompleteLoanDraft,
  contactCopy,
  loanDraftFromValues,
  schoolAddress,
  valuesFromLoan,
} from '../../renderer/features/loans/model/loan-form-values';
import { loanActionsFor } from '../../renderer/features/loans/model/loan-status';
import {
  alternativeLabel,
  isLoanConflict,
  lengthText,
  loanBoundsText,
  loanConflictSentence,
  loanDay,
  shortLoanDay,
  spanText,
} from '../../renderer/features/loans/model/loan-text';
import { exhibitionTabOf, searchForExhibitionTab } from '../../renderer/features/loans/exhibitions-tabs';
import { contract } from '../../shared/api/contract';

let tFr: TFunction;
let tEn: TFunction;

beforeAll(async () => {
  ({ tFr, tEn } = await translators({ exhibitions: { fr: exhibitionsFr, en: exhibitionsEn } }));
});

const dates = { deliveryDate: '2026-03-02', startDate: '2026-03-02', endDate: '2026-03-13', pickupDate: '2026-03-13' };

describe('the loan dates as typed', () => {
  it('keeps delivery on the first day and pick-up on the last day until they are set by hand', () => {
    const empty = { deliveryDate: '', startDate: '', endDate: '', pickupDate: '' };
    let follow = initialFollow(empty);
    expect(follow).toEqual({ delivery: true, pickup: true });
    let step = changeLoanDate(empty, follow, 'startDate', '2026-03-02');
    expect(step.dates).toEqual({ deliveryDate: '2026-03-02', startDate: '2026-03-02', endDate: '', pickupDate: '' });
    step = changeLoanDate(step.dates, step.follow, 'endDate', '2026-03-13');
    expect(step.dates.pickupDate).toBe('2026-03-13');
    // Delivery set by hand: it stays where it is when the first day moves.
    step = changeLoanDate(step.dates, step.follow, 'deliveryDate', '2026-02-27');
    follow = step.follow;
    expect(follow).toEqual({ delivery: false, pickup: true });
    step = changeLoanDate(step.dates, follow, 'startDate', '2026-03-03');
    expect(step.dates).toEqual({ deliveryDate: '2026-02-27', startDate: '2026-03-03', endDate: '2026-03-13', pickupDate: '2026-03-13' });
    step = changeLoanDate(step.dates, step.follow, 'endDate', '2026-03-20');
    expect(step.dates.pickupDate).toBe('2026-03-20');
  });

  it('follows again once a date is put back on its day or emptied', () => {
    const apart = { ...dates, deliveryDate: '2026-02-27', pickupDate: '2026-03-16' };
    expect(initialFollow(apart)).toEqual({ delivery: false, pickup: false });
    expect(changeLoanDate(apart, initialFollow(apart), 'deliveryDate', '2026-03-02').follow.delivery).toBe(true);
    expect(changeLoanDate(apart, initialFollow(apart), 'pickupDate', '').follow.pickup).toBe(true);
  });

  it('says at once what is wrong, field by field', () => {
    const free = { minLoanDays: null, maxLoanDays: null };
    expect(liveDateIssues(dates, free)).toEqual({});
    expect(liveDateIssues({ ...dates, pickupDate: '2026-03-01' }, free)).toEqual({ pickupDate: { path: 'pickupDate', issue: 'before_delivery' } });
    expect(liveDateIssues({ ...dates, deliveryDate: '2026-03-03' }, free)).toEqual({ deliveryDate: { path: 'deliveryDate', issue: 'after_start' } });
    expect(liveDateIssues(dates, { minLoanDays: 14, maxLoanDays: null }).endDate).toEqual({ path: 'endDate', issue: 'loan_too_short', params: { min: 14 } });
    expect(liveDateIssues(dates, { minLoanDays: null, maxLoanDays: 10 }).endDate).toMatchObject({ issue: 'loan_too_long' });
  });

  it('compares only the dates already typed', () => {
    const free = { minLoanDays: null, maxLoanDays: null };
    expect(liveDateIssues({ deliveryDate: '2026-03-10', startDate: '', endDate: '', pickupDate: '2026-03-02' }, free)).toEqual({
      pickupDate: { path: 'pickupDate', issue: 'before_delivery' },
    });
    expect(liveDateIssues({ deliveryDate: '', startDate: '2026-03-10', endDate: '2026-03-02', pickupDate: '' }, free)).toEqual({
      endDate: { path: 'endDate', issue: 'end_before_start' },
    });
    expect(liveDateIssues({ ...dates, startDate: '2026-02-30' }, free)).toEqual({});
    expect(completeDates({ ...dates, startDate: '' })).toBeNull();
    expect(completeDates(dates)).toEqual(dates);
  });
});

describe('the loan form values', () => {
  it('starts empty, or from the availability grid', () => {
    expect(emptyLoanValues()).toMatchObject({ exhibitionId: null, borrowerKind: 'school', deliveryDate: '' });
    expect(emptyLoanValues({ exhibitionId: 4, ...dates })).toMatchObject({ exhibitionId: '4', ...dates });
  });

  it('sends a school without venue name, or a venue without school, in the contract shape', () => {
    const atSchool = { ...emptyLoanValues({ exhibitionId: 4, ...dates }), schoolId: 7, venueName: 'left over', eventIds: ['12'], contactEmail: ' a@b.be ' };
    const draft = loanDraftFromValues(atSchool);
    expect(draft).toMatchObject({ exhibitionId: 4, schoolId: 7, venueName: '', eventIds: [12], contactEmail: 'a@b.be' });
    expect(isCompleteLoanDraft(draft)).toBe(true);
    expect(contract.loans.create.input.safeParse(draft).success).toBe(true);

    const elsewhere = loanDraftFromValues({ ...atSchool, borrowerKind: 'venue', venueName: 'Bibliothèque des Chiroux' });
    expect(elsewhere).toMatchObject({ schoolId: null, venueName: 'Bibliothèque des Chiroux' });
    expect(contract.loans.create.input.safeParse(elsewhere).success).toBe(true);

    expect(isCompleteLoanDraft(loanDraftFromValues(emptyLoanValues()))).toBe(false);
  });

  it("sends the school's chosen contact, and none for another venue (issue 17)", () => {
    const picked = { ...emptyLoanValues({ exhibitionId: 4, ...dates }), schoolId: 7, contactId: 21, ...contactCopy({ firstName: 'Anne', lastName: 'Lambert', email: 'a@b.be', phone: '04 221 00 00' }) };
    expect(picked).toMatchObject({ contactName: 'Anne Lambert', contactEmail: 'a@b.be', contactPhone: '04 221 00 00' });
    const draft = loanDraftFromValues(picked);
    expect(draft).toMatchObject({ schoolId: 7, contactId: 21, contactName: 'Anne Lambert' });
    expect(contract.loans.create.input.safeParse(draft).success).toBe(true);
    // The contact typed for another venue stays typed: no directory contact goes with it.
    expect(loanDraftFromValues({ ...picked, borrowerKind: 'venue', venueName: 'Bibliothèque des Chiroux' })).toMatchObject({ contactId: null, contactName: 'Anne Lambert' });
    expect(emptyLoanValues().contactId).toBeNull();
  });

  it('names the missing choices', () => {
    expect(borrowerIssues(emptyLoanValues())).toEqual([
      { path: 'exhibitionId', issue: 'required' },
      { path: 'schoolId', issue: 'required' },
    ]);
    expect(borrowerIssues({ ...emptyLoanValues({ exhibitionId: 1 }), borrowerKind: 'venue', venueName: '  ' })).toEqual([{ path: 'venueName', issue: 'required' }]);
  });

  it('reads a saved loan back', () => {
    const loan = {
      id: 3,
      exhibitionId: 4,
      exhibitionTitle: 'Démocratie',
      schoolId: null,
      borrowerName: 'Bibliothèque des Chiroux',
      venueName: 'Bibliothèque des Chiroux',
      status: 'requested',
      schoolYear: '2025–2026',
      ...dates,
      address: 'Place des Carmes 8, 4000 Liège',
      contactName: '',
      contactId: null,
      contactEmail: '',
      contactPhone: '',
      statusReason: '',
      notes: '',
      eventIds: [9],
      events: [],
      checks: [],
      differences: [],
      decisions: [],
      handover: { delivery: null, returnBy: null },
      createdAt: '',
      updatedAt: '',
    } satisfies Loan;
    expect(valuesFromLoan(loan)).toMatchObject({ exhibitionId: '4', borrowerKind: 'venue', venueName: 'Bibliothèque des Chiroux', eventIds: ['9'] });
    // A school's loan keeps its contact, chosen or (recorded before issue 17) typed by hand.
    expect(valuesFromLoan({ ...loan, schoolId: 7, contactId: 21, contactName: 'Anne Lambert' })).toMatchObject({ borrowerKind: 'school', contactId: 21, contactName: 'Anne Lambert' });
    expect(valuesFromLoan({ ...loan, schoolId: 7, contactName: 'M. Dumont' })).toMatchObject({ contactId: null, contactName: 'M. Dumont' });
  });

  it('writes a school address on one line', () => {
    expect(schoolAddress({ street: 'Rue de la Meuse 12', postalCode: '4020', city: 'Liège' })).toBe('Rue de la Meuse 12, 4020 Liège');
    expect(schoolAddress({ street: '', postalCode: '', city: 'Liège' })).toBe('Liège');
    expect(schoolAddress({ street: ' ', postalCode: '', city: '' })).toBe('');
  });
});

describe('what each status allows', () => {
  it('follows the transitions of the contract', () => {
    expect(loanActionsFor('requested')).toEqual(['approve', 'refuse', 'edit', 'cancel', 'delete']);
    expect(loanActionsFor('approved')).toEqual(['checkOut', 'edit', 'cancel']);
    expect(loanActionsFor('delivered')).toEqual(['checkIn']);
    expect(loanActionsFor('returned')).toEqual([]);
    expect(loanActionsFor('refused')).toEqual(['delete']);
    expect(loanActionsFor('cancelled')).toEqual(['delete']);
  });
});

describe('loan sentences', () => {
  const conflict: ApiError = {
    code: 'CONFLICT',
    message: 'loan conflict',
    reason: 'loanConflict',
    conflicts: [{ kind: 'exhibition', otherId: 2, otherLabel: 'École communale de Droixhe', start: '2026-03-02', end: '2026-03-13' }],
    alternatives: [{ start: '2026-03-16', end: '2026-03-27' }],
  };

  it('writes days with their weekday, in French and in English', () => {
    expect(loanDay('2026-03-02', 'fr')).toBe('lun. 2 mars 2026');
    expect(loanDay('2026-03-02', 'en')).toBe('Mon, 2 March 2026');
    expect(shortLoanDay('2026-03-02', 'fr')).toBe('2 mars 2026');
    expect(spanText(tFr, { start: '2026-03-02', end: '2026-03-13' }, 'fr')).toBe('du lun. 2 mars 2026 au ven. 13 mars 2026');
  });

  it('names the loan in the way and proposes the free periods', () => {
    expect(isLoanConflict(conflict)).toBe(true);
    expect(isLoanConflict({ code: 'CONFLICT', message: '', reason: 'loanStatus' })).toBe(false);
    expect(loanConflictSentence(tFr, conflict.conflicts![0]!, 'fr')).toBe(
      'Elle est prêtée à École communale de Droixhe du lun. 2 mars 2026 au ven. 13 mars 2026 (livraison → reprise).',
    );
    expect(alternativeLabel(tFr, conflict.alternatives![0]!, 'fr')).toBe('Utiliser du lun. 16 mars 2026 au ven. 27 mars 2026');
    expect(alternativeLabel(tEn, conflict.alternatives![0]!, 'en')).toBe('Use Mon, 16 March 2026 to Fri, 27 March 2026');
  });

  it('counts the days on show and words the loan length rules', () => {
    expect(lengthText(tFr, dates)).toBe("12 jours d'exposition");
    expect(lengthText(tFr, { startDate: '2026-03-02', endDate: '2026-03-02' })).toBe("1 jour d'exposition");
    expect(loanBoundsText(tFr, { minLoanDays: 5, maxLoanDays: 30 })).toBe('prêt de 5 à 30 jours');
    expect(loanBoundsText(tFr, { minLoanDays: 5, maxLoanDays: null })).toBe("prêt d'au moins 5 jours");
    expect(loanBoundsText(tFr, { minLoanDays: null, maxLoanDays: 1 })).toBe("prêt d'au plus 1 jour");
    expect(loanBoundsText(tEn, { minLoanDays: null, maxLoanDays: null })).toBe('any loan length');
  });
});

describe('the tabs of the section', () => {
  it('keeps the tab in the address, the loans tab by default', () => {
    expect(exhibitionTabOf(null)).toBe('loans');
    expect(exhibitionTabOf('catalogue')).toBe('catalogue');
    expect(exhibitionTabOf('nonsense')).toBe('loans');
    expect(searchForExhibitionTab('loans')).toBe('');
    expect(searchForExhibitionTab('availability')).toBe('?tab=availability');
  });
});
