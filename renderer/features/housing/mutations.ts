import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../api/client';
import type { ApiResult } from '../../../shared/api/result';
import { housingKeys } from './queries';

/** One change through the API; every housing view (providers, units, a unit's sheet) refreshes once it succeeds. */
export function useHousingMutation<Input, Output>(send: (input: Input) => Promise<ApiResult<Output>>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Input) => unwrap(await send(input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: housingKeys.all }),
  });
}
