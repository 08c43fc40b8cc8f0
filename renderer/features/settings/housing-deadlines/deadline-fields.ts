import type { HousingDeadlineSettings } from '../../../../shared/domain/housing/deadlines';

export type DeadlineKey = keyof HousingDeadlineSettings;

/** The settings in the order a housing worker thinks of them: the registrations' legal deadlines, then housing, then the screen. */
export const DEADLINE_GROUPS: readonly { id: 'registrations' | 'housing' | 'reminders'; fields: readonly DeadlineKey[] }[] = [
  { id: 'registrations', fields: ['forwardDays', 'contactMonths', 'moveDeclarationDays', 'policeCheckDays', 'strikeOffMonths'] },
  { id: 'housing', fields: ['citizenStayDays', 'rollingLeaseNoticeDays'] },
  { id: 'reminders', fields: ['dueSoonDays'] },
];

/** Which lengths count months (calendar months, month-end clamped); the others count days. */
const MONTH_FIELDS: readonly DeadlineKey[] = ['contactMonths', 'strikeOffMonths'];

export function unitOf(key: DeadlineKey): 'months' | 'days' {
  return MONTH_FIELDS.includes(key) ? 'months' : 'days';
}
