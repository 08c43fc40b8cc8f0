import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiResult } from '../../../../shared/api/result';
import { mergeClosed, type WaitlistView } from './waitlist-model';

/**
 * Under the housing root key: a placement recorded anywhere in the section (which closes the household's entry
 * on the server) refreshes the list too.
 */
export const waitlistKeys = {
  all: ['housing', 'waitlist'] as const,
  view: (view: WaitlistView) => ['housing', 'waitlist', view] as const,
};

/** Those waiting, in rank order; or everyone who left the list, placed or withdrawn. Nothing decrypted. */
export function useWaitlist(view: WaitlistView) {
  return useQuery({
    queryKey: waitlistKeys.view(view),
    queryFn: async () => {
      if (view === 'waiting') return unwrap(await api.waitlist.list({ status: 'waiting' }));
      const [placed, withdrawn] = await Promise.all([api.waitlist.list({ status: 'placed' }), api.waitlist.list({ status: 'withdrawn' })]);
      return mergeClosed(unwrap(placed), unwrap(withdrawn));
    },
    placeholderData: keepPreviousData,
  });
}

/** A change to the list refreshes both views (ranks move), not the rest of the section. */
export function useWaitlistMutation<Input, Output>(send: (input: Input) => Promise<ApiResult<Output>>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Input) => unwrap(await send(input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: waitlistKeys.all }),
  });
}
