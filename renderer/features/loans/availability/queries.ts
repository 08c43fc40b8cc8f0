import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { DateRange } from './availability-model';

/**
 * Under ['loans', …] so that saving, approving or cancelling a loan (which invalidates ['loans']) refreshes
 * the grid, the "dates first" list, the calendar overlay and the home reminders.
 */
const availabilityKeys = {
  all: ['loans', 'availability'] as const,
  range: (range: DateRange) => ['loans', 'availability', range.from, range.to] as const,
};

/** Exhibitions and the loans holding them in a range; the previous answer stays on screen while the next loads. */
export function useLoanAvailability(range: DateRange | null, enabled = true) {
  return useQuery({
    queryKey: availabilityKeys.range(range ?? { from: '', to: '' }),
    queryFn: async () => unwrap(await api.loans.availability(range!)),
    enabled: enabled && range !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
