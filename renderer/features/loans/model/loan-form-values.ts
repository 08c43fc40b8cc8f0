import type { InputOf } from '../../../../shared/api/contract';
import type { Loan, LoanDates } from '../../../../shared/domain/loans/loans';

export type BorrowerKind = 'school' | 'venue';

/** The loan form's values: Mantine's selects hold strings; dates are "YYYY-MM-DD" or '' while empty. */
export interface LoanFormValues extends LoanDates {
  exhibitionId: string | null;
  /** A school of the directory, or another venue named by hand. */
  borrowerKind: BorrowerKind;
  schoolId: number | null;
  venueName: string;
  address: string;
  /**
   * One of the school's directory contacts (issue 17): the server copies its name, e-mail and phone into the
   * loan. Null for another venue, or for a loan recorded before with a contact typed by hand (kept as it is).
   */
  contactId: number | null;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  eventIds: string[];
  notes: string;
}

/** What the availability grid hands over when the user picks a free period; a school's page, the school. */
export interface LoanPrefill extends LoanDates {
  exhibitionId: number;
  school?: { id: number; name: string; address: string };
}

export type LoanInput = InputOf<'loans', 'create'>;
/** The form's values in the contract's shape; required choices not yet made are left out. */
export type LoanDraft = Omit<LoanInput, 'exhibitionId' | 'schoolId'> & {
  exhibitionId?: number;
  schoolId?: number | null;
};

export function emptyLoanValues(prefill: Partial<LoanPrefill> = {}): LoanFormValues {
  return {
    exhibitionId: prefill.exhibitionId === undefined ? null : String(prefill.exhibitionId),
    borrowerKind: 'school',
    schoolId: prefill.school?.id ?? null,
    venueName: '',
    address: prefill.school?.address ?? '',
    contactId: null,
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    deliveryDate: prefill.deliveryDate ?? '',
    startDate: prefill.startDate ?? '',
    endDate: prefill.endDate ?? '',
    pickupDate: prefill.pickupDate ?? '',
    eventIds: [],
    notes: '',
  };
}

export function valuesFromLoan(loan: Loan): LoanFormValues {
  return {
    exhibitionId: String(loan.exhibitionId),
    borrowerKind: loan.schoolId === null ? 'venue' : 'school',
    schoolId: loan.schoolId,
    venueName: loan.schoolId === null ? loan.venueName || loan.borrowerName : '',
    address: loan.address,
    contactId: loan.schoolId === null ? null : loan.contactId,
    contactName: loan.contactName,
    contactEmail: loan.contactEmail,
    contactPhone: loan.contactPhone,
    deliveryDate: loan.deliveryDate,
    startDate: loan.startDate,
    endDate: loan.endDate,
    pickupDate: loan.pickupDate,
    eventIds: loan.eventIds.map(String),
    notes: loan.notes,
  };
}

/**
 * The contract's input from the form. A school borrower sends no venue name; another venue sends no school.
 * Missing choices stay `undefined` so validation says "required" rather than "wrong type".
 */
export function loanDraftFromValues(values: LoanFormValues): LoanDraft {
  const atSchool = values.borrowerKind === 'school';
  return {
    exhibitionId: values.exhibitionId ? Number(values.exhibitionId) : undefined,
    schoolId: atSchool ? (values.schoolId ?? undefined) : null,
    venueName: atSchool ? '' : values.venueName,
    address: values.address,
    // Only a school has directory contacts; without one the typed (or formerly stored) contact is sent as is.
    contactId: atSchool ? values.contactId : null,
    contactName: values.contactName,
    contactEmail: values.contactEmail.trim(),
    contactPhone: values.contactPhone,
    deliveryDate: values.deliveryDate,
    startDate: values.startDate,
    endDate: values.endDate,
    pickupDate: values.pickupDate,
    eventIds: values.eventIds.map(Number),
    notes: values.notes,
  };
}

export function isCompleteLoanDraft(draft: LoanDraft): draft is LoanInput {
  return draft.exhibitionId !== undefined && draft.schoolId !== undefined;
}

/** Choices the schema cannot word well: an empty select is "required", and another venue needs its name. */
export function borrowerIssues(values: LoanFormValues): { path: 'exhibitionId' | 'schoolId' | 'venueName'; issue: 'required' }[] {
  const issues: { path: 'exhibitionId' | 'schoolId' | 'venueName'; issue: 'required' }[] = [];
  if (values.exhibitionId === null) issues.push({ path: 'exhibitionId', issue: 'required' });
  if (values.borrowerKind === 'school' && values.schoolId === null) issues.push({ path: 'schoolId', issue: 'required' });
  if (values.borrowerKind === 'venue' && values.venueName.trim() === '') issues.push({ path: 'venueName', issue: 'required' });
  return issues;
}

/** A school's postal address on one line: "Rue de la Meuse 12, 4020 Liège". */
export function schoolAddress(school: { street: string; postalCode: string; city: string }): string {
  const locality = [school.postalCode.trim(), school.city.trim()].filter(Boolean).join(' ');
  return [school.street.trim(), locality].filter(Boolean).join(', ');
}

/** What the loan keeps of a directory contact: the same copy the server makes (main/services/loans `chosenContact`). */
export function contactCopy(contact: { firstName: string; lastName: string; email: string; phone: string }): Pick<LoanFormValues, 'contactName' | 'contactEmail' | 'contactPhone'> {
  return { contactName: `${contact.firstName} ${contact.lastName}`.trim(), contactEmail: contact.email, contactPhone: contact.phone };
}
