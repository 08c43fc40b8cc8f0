import { useCallback } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { emitSessionEvent } from '../api/session-events';
import { hideSessionMessages } from '../forms/notify';
import type { AuthStatus } from '../../shared/api/channels/auth';
import type { InputOf } from '../../shared/api/contract';

export const authKeys = { status: ['auth', 'status'] as const };

/**
 * Who is signed in (if anyone), whether the first admin must be created, and the install's settings. A
 * refetch that finds nobody signed in where someone was means the session ended on the server (idle timeout,
 * account deactivated): that is reported like any call refused for want of a session. Signing out on purpose
 * clears the user from the cache first, so it is never mistaken for that.
 */
export function useAuthStatus() {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: authKeys.status,
    queryFn: async () => {
      const status = unwrap(await api.auth.status());
      const before = queryClient.getQueryData<AuthStatus>(authKeys.status);
      if (before?.user && !status.user) {
        emitSessionEvent({ kind: 'expired', error: { code: 'UNAUTHENTICATED', message: 'session ended', reason: 'signInRequired' } });
      }
      return status;
    },
    staleTime: Infinity,
  });
}

/** Asks the server again who is signed in: on each navigation, so a session ended elsewhere is noticed. */
export function useRefreshAuthStatus(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => void queryClient.invalidateQueries({ queryKey: authKeys.status }), [queryClient]);
}

/**
 * Forgets everything fetched for the previous user and goes back to the login screen at once, then asks the
 * server for the real status.
 */
export function useEndSession(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => {
    // Nothing of this session's messages follows into the next one (issue 17); the notice saying why the session
    // ended is shown after this.
    hideSessionMessages();
    queryClient.setQueryData<AuthStatus>(authKeys.status, (status) => status && { ...status, user: null });
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
    void queryClient.invalidateQueries({ queryKey: authKeys.status });
  }, [queryClient]);
}

export function useSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: InputOf<'auth', 'setup'>) => unwrap(await api.auth.setup(input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authKeys.status }),
  });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: InputOf<'auth', 'login'>) => unwrap(await api.auth.login(input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authKeys.status }),
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: InputOf<'auth', 'changePassword'>) => unwrap(await api.auth.changePassword(input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authKeys.status }),
  });
}

/** Signs out on the server, then locally whatever the server answered (a lost session is signed out too). */
export function useLogout() {
  const endSession = useEndSession();
  return useMutation({
    mutationFn: async () => api.auth.logout(),
    onSettled: () => endSession(),
  });
}
