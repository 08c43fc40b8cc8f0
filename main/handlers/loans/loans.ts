import { decideLoan, deleteLoan, saveLoan } from '../../services/loans/loans';
import { getLoan, listLoans } from '../../services/loans/loans-read';
import { recordConditionCheck } from '../../services/loans/condition-checks';
import { loanAvailability } from '../../services/loans/availability';
import { loanReminders } from '../../services/loans/reminders';
import { loanAgreementFile, loanReturnReportFile } from '../../services/loans/documents';
import { findLoanPeriodClash } from '../../services/loans/period-check';
import { waitingRequests } from '../../services/loans/waiting';
import { serviceContext, type DomainHandlers } from '../context';

// Audit entries name the loan only: borrowers, notes and reasons are personal or free text.
export const loansHandlers: DomainHandlers<'loans'> = {
  async list(ctx, input) {
    return listLoans(ctx.db, input);
  },

  async get(ctx, input) {
    return getLoan(ctx.db, input.id);
  },

  async create(ctx, input) {
    const loan = await saveLoan(serviceContext(ctx), null, input);
    await ctx.audit({ action: 'loan.create', entity: 'loan', entityId: loan.id });
    return loan;
  },

  async update(ctx, input) {
    const { id, ...fields } = input;
    const loan = await saveLoan(serviceContext(ctx), id, fields);
    await ctx.audit({ action: 'loan.update', entity: 'loan', entityId: id });
    return loan;
  },

  async approve(ctx, input) {
    const loan = await decideLoan(serviceContext(ctx), input.id, { to: 'approved' });
    await ctx.audit({ action: 'loan.approve', entity: 'loan', entityId: input.id });
    return loan;
  },

  async refuse(ctx, input) {
    const loan = await decideLoan(serviceContext(ctx), input.id, { to: 'refused', reason: input.reason });
    await ctx.audit({ action: 'loan.refuse', entity: 'loan', entityId: input.id });
    return loan;
  },

  async cancel(ctx, input) {
    const loan = await decideLoan(serviceContext(ctx), input.id, { to: 'cancelled', reason: input.reason });
    await ctx.audit({ action: 'loan.cancel', entity: 'loan', entityId: input.id });
    return loan;
  },

  async checkOut(ctx, input) {
    const loan = await recordConditionCheck(serviceContext(ctx), 'delivery', input);
    await ctx.audit({ action: 'loan.checkOut', entity: 'loan', entityId: input.id });
    return loan;
  },

  async checkIn(ctx, input) {
    const loan = await recordConditionCheck(serviceContext(ctx), 'return', input);
    await ctx.audit({ action: 'loan.checkIn', entity: 'loan', entityId: input.id });
    return loan;
  },

  async checkPeriod(ctx, input) {
    return findLoanPeriodClash(serviceContext(ctx), input);
  },

  async waiting(ctx) {
    return waitingRequests(ctx.db);
  },

  async confirmWaiting(ctx, input) {
    const loan = await decideLoan(serviceContext(ctx), input.id, { to: 'requested' });
    await ctx.audit({ action: 'loan.confirmWaiting', entity: 'loan', entityId: input.id });
    return loan;
  },

  async delete(ctx, input) {
    await deleteLoan(ctx.db, input.id);
    await ctx.audit({ action: 'loan.delete', entity: 'loan', entityId: input.id });
    return null;
  },

  async availability(ctx, input) {
    return loanAvailability(ctx.db, input);
  },

  async reminders(ctx, input) {
    return loanReminders(serviceContext(ctx), input.days);
  },

  async agreementPdf(ctx, input) {
    return loanAgreementFile(serviceContext(ctx), input.id, input.language);
  },

  async returnReportPdf(ctx, input) {
    return loanReturnReportFile(serviceContext(ctx), input.id, input.language);
  },
};
