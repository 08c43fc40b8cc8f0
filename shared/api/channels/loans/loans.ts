import { z } from 'zod';
import { defineChannel } from '../../define';
import {
  dateField,
  documentLanguageField,
  emailField,
  idField,
  notesField,
  pageFields,
  phoneField,
  schoolYearField,
  searchField,
  shortTextField,
} from '../../fields';
import type { ExportedFile } from '../../exported-file';
import type { ConflictDetail, DateSpan } from '../../result';
import type { Page } from '../../../domain/directory';
import { ITEM_CONDITIONS } from '../../../domain/loans/exhibitions';
import {
  LOAN_STATUSES,
  type Loan,
  type LoanAvailability,
  type LoanReminders,
  type LoanSummary,
  type WaitingRequest,
} from '../../../domain/loans/loans';

export const loanFields = {
  exhibitionId: idField,
  /** A school of the directory, or null for another venue (then `venueName` is required). */
  schoolId: idField.nullable(),
  venueName: shortTextField,
  address: shortTextField,
  /**
   * loans (issue 17): one of the school's directory contacts, or null (another venue, or typed by hand). When
   * given, the server copies its name, e-mail and phone into the loan: the fields below are then ignored.
   */
  contactId: idField.nullable().optional(),
  contactName: shortTextField,
  contactEmail: emailField,
  contactPhone: phoneField,
  deliveryDate: dateField,
  startDate: dateField,
  endDate: dateField,
  pickupDate: dateField,
  /** Exhibition-visit events held during the loan. */
  eventIds: z.array(idField).max(50),
  notes: notesField,
};

const reasonField = z.string().trim().min(1).max(1000);

/** Every item of the exhibition, once, with its condition. */
export const conditionCheckFields = {
  id: idField,
  date: dateField,
  items: z
    .array(z.strictObject({ itemId: idField, condition: z.enum(ITEM_CONDITIONS), note: z.string().trim().max(1000) }))
    .min(1)
    .max(200),
  notes: notesField,
};

const loanFilters = {
  exhibitionId: idField.optional(),
  statuses: z.array(z.enum(LOAN_STATUSES)).max(LOAN_STATUSES.length).optional(),
  schoolYear: schoolYearField.optional(),
  search: searchField.optional(),
};

/** What the loan form shows while the dates are typed (loans/checkPeriod): nothing in the way, or who and the nearest free periods. */
export interface LoanPeriodCheck {
  conflicts: ConflictDetail[];
  alternatives: DateSpan[];
}

/** A date range of at most about 14 months (checked by the handler). */
const rangeFields = { from: dateField, to: dateField };

export const loansChannels = {
  list: defineChannel<Page<LoanSummary>>()({
    input: z.strictObject({
      ...loanFilters,
      sortBy: z.enum(['deliveryDate', 'borrower', 'exhibition', 'status']).optional(),
      ...pageFields,
    }),
    access: ['coordinator'],
    writes: false,
  }),
  get: defineChannel<Loan>()({ input: z.strictObject({ id: idField }), access: ['coordinator'], writes: false }),
  /**
   * Records a request. Refused with CONFLICT (which loans are in the way, and free periods) if it clashes,
   * unless `waiting`: then it is recorded as a waiting request, which holds nothing (issue 17).
   */
  create: defineChannel<Loan>()({
    input: z.strictObject({ ...loanFields, waiting: z.boolean().optional() }),
    access: ['coordinator'],
    writes: true,
  }),
  /** While requested or approved. Same checks as create. */
  update: defineChannel<Loan>()({
    input: z.strictObject({ id: idField, ...loanFields }),
    access: ['coordinator'],
    writes: true,
  }),
  approve: defineChannel<Loan>()({ input: z.strictObject({ id: idField }), access: ['coordinator'], writes: true }),
  refuse: defineChannel<Loan>()({
    input: z.strictObject({ id: idField, reason: reasonField }),
    access: ['coordinator'],
    writes: true,
  }),
  cancel: defineChannel<Loan>()({
    input: z.strictObject({ id: idField, reason: reasonField }),
    access: ['coordinator'],
    writes: true,
  }),
  /**
   * Delivery: the condition of every item as it leaves; the loan becomes delivered. Refused on field `date`
   * while another loan has the exhibition, before the loan before it is back (buffer included), or after the
   * last day shown; an early delivery moves the loan's delivery day.
   */
  checkOut: defineChannel<Loan>()({ input: z.strictObject(conditionCheckFields), access: ['coordinator'], writes: true }),
  /**
   * Return: the condition of every item as it comes back; damaged or missing items are flagged. A return
   * that delays the next loan is refused (field `date`, naming it) unless `acceptDelay`.
   */
  checkIn: defineChannel<Loan>()({
    input: z.strictObject({
      ...conditionCheckFields,
      /** The user read which loan a late return delays (the field error return_delays_loan) and records it anyway. */
      acceptDelay: z.boolean().optional(),
    }),
    access: ['coordinator'],
    writes: true,
  }),
  /**
   * The clash check of a period without saving anything: the loan form calls it while the dates are typed.
   * `loanId` is the loan being edited (its own period is not in its way).
   */
  checkPeriod: defineChannel<LoanPeriodCheck>()({
    input: z.strictObject({
      exhibitionId: idField,
      deliveryDate: dateField,
      pickupDate: dateField,
      schoolId: idField.nullable(),
      loanId: idField.nullable(),
    }),
    access: ['coordinator'],
    writes: false,
  }),
  /** Every waiting request, oldest first, each with whether its period is free now (then it is offered). */
  waiting: defineChannel<WaitingRequest[]>()({ input: z.strictObject({}), access: ['coordinator'], writes: false }),
  /**
   * Turns a waiting request into a request. The clash is checked again: if the period was taken meanwhile,
   * CONFLICT `loanConflict` names the loan in the way, and the request stays waiting.
   */
  confirmWaiting: defineChannel<Loan>()({ input: z.strictObject({ id: idField }), access: ['coordinator'], writes: true }),
  /** Only a request, a refused or a cancelled loan: a loan that went out stays in the history. */
  delete: defineChannel<null>()({ input: z.strictObject({ id: idField }), access: ['coordinator'], writes: true }),
  /** Exhibitions and the loans holding them in a range: the availability grid, "pick dates first", the calendar. */
  availability: defineChannel<LoanAvailability>()({
    input: z.strictObject(rangeFields),
    access: ['coordinator'],
    writes: false,
  }),
  /** The home screen's reminders for the next `days` days. */
  reminders: defineChannel<LoanReminders>()({
    input: z.strictObject({ days: z.number().int().min(1).max(90) }),
    access: ['coordinator'],
    writes: false,
  }),
  /** The loan agreement as a PDF, to print and sign, in the interface's language (French when left out). */
  agreementPdf: defineChannel<ExportedFile>()({
    input: z.strictObject({ id: idField, language: documentLanguageField }),
    access: ['coordinator'],
    writes: false,
  }),
  /**
   * The return report of a returned loan as a PDF, to send to the borrower: each item's condition at
   * delivery and at return, what changed and what is to be repaired or replaced (issue 17).
   */
  returnReportPdf: defineChannel<ExportedFile>()({
    input: z.strictObject({ id: idField, language: documentLanguageField }),
    access: ['coordinator'],
    writes: false,
  }),
};
