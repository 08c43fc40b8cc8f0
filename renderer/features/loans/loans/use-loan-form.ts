import { useForm } from '@mantine/form';
import type { TFunction } from 'i18next';
import { contract } from '../../../../shared/api/contract';
import { validateAgainst } from '../../../forms/contract-validation';
import { inlineFieldMessage } from '../../../i18n/translate-error';
import { LOAN_DATE_FIELDS, liveDateIssues } from '../model/loan-dates';
import { borrowerIssues, loanDraftFromValues, type LoanFormValues } from '../model/loan-form-values';

export interface LoanBounds {
  minLoanDays: number | null;
  maxLoanDays: number | null;
}

/**
 * The loan form, checked with the contract's own schema plus the booking rules between its dates (the same
 * function the server applies), for the exhibition chosen at the time of the check.
 */
export function useLoanForm(t: TFunction, initialValues: LoanFormValues, boundsOf: (values: LoanFormValues) => LoanBounds) {
  return useForm<LoanFormValues>({
    initialValues,
    validate: (values) => {
      const errors = validateAgainst(t, contract.loans.create.input, loanDraftFromValues(values));
      // A borrower of the other kind sends nothing to check.
      if (values.borrowerKind === 'school') delete errors.venueName;
      for (const { path, issue } of borrowerIssues(values)) errors[path] = inlineFieldMessage(t, { path, issue });
      for (const field of LOAN_DATE_FIELDS) if (values[field] === '') errors[field] = inlineFieldMessage(t, { path: field, issue: 'required' });
      for (const [path, issue] of Object.entries(liveDateIssues(values, boundsOf(values)))) {
        errors[path] = inlineFieldMessage(t, issue);
      }
      return errors;
    },
  });
}

export type LoanForm = ReturnType<typeof useLoanForm>;

/**
 * The message under each date: a rule broken by the dates as typed (checked live), else the last check's
 * or the server's message for that field.
 */
export function dateFieldErrors(t: TFunction, form: LoanForm, bounds: LoanBounds): Partial<Record<(typeof LOAN_DATE_FIELDS)[number], string>> {
  const issues = liveDateIssues(form.getValues(), bounds);
  const errors: Partial<Record<(typeof LOAN_DATE_FIELDS)[number], string>> = {};
  for (const field of LOAN_DATE_FIELDS) {
    const issue = issues[field];
    const message = issue ? inlineFieldMessage(t, issue) : form.errors[field];
    if (typeof message === 'string' && message !== '') errors[field] = message;
  }
  return errors;
}

/** Every field still in error, in the form's order, for the summary shown after a refused submit. */
export function loanFormErrors(t: TFunction, form: LoanForm, bounds: LoanBounds): Record<string, string> {
  const dates = dateFieldErrors(t, form, bounds);
  const order = ['exhibitionId', 'startDate', 'endDate', 'deliveryDate', 'pickupDate', 'schoolId', 'venueName', 'contactId'];
  const all: Record<string, string> = {};
  for (const [path, message] of Object.entries(form.errors)) {
    if (typeof message === 'string' && message !== '' && !(LOAN_DATE_FIELDS as readonly string[]).includes(path)) all[path] = message;
  }
  Object.assign(all, dates);
  const ranked = (path: string) => (order.includes(path) ? order.indexOf(path) : order.length);
  return Object.fromEntries(Object.entries(all).sort(([a], [b]) => ranked(a) - ranked(b)));
}
