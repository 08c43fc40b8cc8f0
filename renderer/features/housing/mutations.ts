import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../api/client';
import type { ApiResult } from '../../../shared/api/result';
import { housingKeys } from './queries';
import { registrationKeys } from './registrations/queries';

/** One change through the API; every housing view (providers, units, a unit's sheet) refreshes once it succeeds. */
export function useHousingMutation<Input, Output>(send: (input: Input) => Promise<ApiResult<Output>>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Input) => unwrap(await send(input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: housingKeys.all }),
  });
}

/**
 * A change to a household or its people: refreshes the household list and, if its sheet is open, that one
 * household (one audited read), not the units and partners.
 */
export function useHouseholdMutation<Input, Output>(send: (input: Input) => Promise<ApiResult<Output>>, householdId?: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Input) => unwrap(await send(input)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['housing', 'households'] });
      // Registrations show people's codes (an erased person's become anonymous): their lists decrypt nothing,
      // so refreshing them is free of audit rows. The open registration's record is keyed apart and not re-read.
      await queryClient.invalidateQueries({ queryKey: registrationKeys.all });
      if (householdId !== undefined) await queryClient.invalidateQueries({ queryKey: housingKeys.household(householdId) });
    },
  });
}
