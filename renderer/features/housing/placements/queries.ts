import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { InputOf } from '../../../../shared/api/contract';
import type { ApiResult } from '../../../../shared/api/result';

/**
 * Placement reads and writes. Their keys sit under 'housing' but a placement change refreshes ONLY these keys:
 * refreshing the whole 'housing' root would re-read an open household sheet (`api.housing.household`), and every
 * such read writes 'view' rows to the housing audit log.
 */
export const placementKeys = {
  all: ['housing', 'placements'] as const,
  list: (input: InputOf<'housing', 'placements'>) => ['housing', 'placements', 'list', input] as const,
  occupancy: (input: InputOf<'housing', 'unitOccupancy'>) => ['housing', 'placements', 'occupancy', input] as const,
  proposals: (placementId: number) => ['housing', 'placements', 'endProposals', placementId] as const,
};

/** Placements of a unit, of a household, or active on a day (ids and codes only: nothing decrypted, nothing audited). */
export function usePlacements(input: InputOf<'housing', 'placements'>, enabled = true) {
  return useQuery({
    queryKey: placementKeys.list(input),
    queryFn: async () => unwrap(await api.housing.placements(input)),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useUnitOccupancy(input: InputOf<'housing', 'unitOccupancy'>, enabled: boolean) {
  return useQuery({
    queryKey: placementKeys.occupancy(input),
    queryFn: async () => unwrap(await api.housing.unitOccupancy(input)),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/**
 * The waiting list's root key (waitlist/waitlist-queries.ts): placing a household closes its waiting entry on
 * the server, so the list refreshes too. Summaries by code only, nothing audited.
 */
export const WAITLIST_ROOT = ['housing', 'waitlist'] as const;

/** A placement write: on success the placement lists, occupancy figures and waiting list refresh, nothing else. */
export function usePlacementMutation<Input, Output>(send: (input: Input) => Promise<ApiResult<Output>>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Input) => unwrap(await send(input)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: placementKeys.all });
      await queryClient.invalidateQueries({ queryKey: WAITLIST_ROOT });
    },
  });
}
