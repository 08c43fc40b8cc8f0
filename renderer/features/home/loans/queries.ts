import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';

/** Under ['loans', …]: any change to a loan (which invalidates ['loans']) refreshes the reminders. */
const reminderKeys = {
  days: (days: number) => ['loans', 'reminders', days] as const,
};

/** What needs doing in the next `days` days; refreshed every few minutes, as a home screen stays open. */
export function useLoanReminders(days: number) {
  return useQuery({
    queryKey: reminderKeys.days(days),
    queryFn: async () => unwrap(await api.loans.reminders({ days })),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    refetchInterval: 5 * 60_000,
  });
}
