import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { InputOf } from '../../../shared/api/contract';

const recoveryKeys = { status: ['recovery', 'status'] as const };

/**
 * Asked once, before anything else: while the app is in recovery mode every other channel is refused. The
 * screen then stays until a restore or a key import reloads the window.
 */
export function useRecoveryStatus() {
  return useQuery({
    queryKey: recoveryKeys.status,
    queryFn: async () => unwrap(await api.recovery.status({})),
    staleTime: Infinity,
  });
}

export function useRecoveryRestore() {
  return useMutation({
    mutationFn: async (input: InputOf<'recovery', 'restore'>) => unwrap(await api.recovery.restore(input)),
  });
}

export function useImportKit() {
  return useMutation({
    mutationFn: async (input: InputOf<'recovery', 'importKit'>) => unwrap(await api.recovery.importKit(input)),
  });
}
