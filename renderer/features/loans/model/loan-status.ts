import { EDITABLE_STATUSES, LOAN_TRANSITIONS, type LoanStatus } from '../../../../shared/domain/loans/loans';

/** Each status in its own colour, the same in the list, the sheet and the legend. */
export const LOAN_STATUS_COLOURS: Readonly<Record<LoanStatus, string>> = {
  waiting: 'orange',
  requested: 'yellow',
  approved: 'blue',
  delivered: 'violet',
  returned: 'teal',
  refused: 'red',
  cancelled: 'gray',
};

/** A loan that never left can be deleted; a loan that went out stays in the history. */
const DELETABLE_STATUSES: readonly LoanStatus[] = ['waiting', 'requested', 'refused', 'cancelled'];

export const LOAN_ACTIONS = ['confirmWaiting', 'approve', 'refuse', 'checkOut', 'checkIn', 'edit', 'cancel', 'delete'] as const;
export type LoanAction = (typeof LOAN_ACTIONS)[number];

const ACTION_TARGET: Partial<Record<LoanAction, LoanStatus>> = {
  // A waiting request becomes a request (issue 17).
  confirmWaiting: 'requested',
  approve: 'approved',
  refuse: 'refused',
  cancel: 'cancelled',
  checkOut: 'delivered',
  checkIn: 'returned',
};

/** What a coordinator may do with a loan in this status, in the order the buttons appear. */
export function loanActionsFor(status: LoanStatus): LoanAction[] {
  return LOAN_ACTIONS.filter((action) => {
    if (action === 'edit') return EDITABLE_STATUSES.includes(status);
    if (action === 'delete') return DELETABLE_STATUSES.includes(status);
    const target = ACTION_TARGET[action];
    return target !== undefined && LOAN_TRANSITIONS[status].includes(target);
  });
}
