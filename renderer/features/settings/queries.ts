import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { InputOf } from '../../../shared/api/contract';
import { authKeys } from '../../auth/queries';

const settingsKeys = {
  users: ['users'] as const,
  userList: (filter: InputOf<'users', 'list'>) => ['users', 'list', filter] as const,
  appSettings: ['settings', 'app'] as const,
  systemInfo: ['system', 'info'] as const,
  audit: ['system', 'audit'] as const,
};

/** Every admin action is audited: the journal is stale after any of them. */
export function useInvalidateAfterAdminAction() {
  const queryClient = useQueryClient();
  return (...keys: (readonly unknown[])[]) =>
    Promise.all([...keys, settingsKeys.audit].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

export function useUsers(filter: InputOf<'users', 'list'>) {
  return useQuery({
    queryKey: settingsKeys.userList(filter),
    queryFn: async () => unwrap(await api.users.list(filter)),
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const invalidate = useInvalidateAfterAdminAction();
  return useMutation({
    mutationFn: async (input: InputOf<'users', 'create'>) => unwrap(await api.users.create(input)),
    onSuccess: () => invalidate(settingsKeys.users),
  });
}

export function useUpdateUser() {
  const invalidate = useInvalidateAfterAdminAction();
  return useMutation({
    mutationFn: async (input: InputOf<'users', 'update'>) => unwrap(await api.users.update(input)),
    // The admin may have changed their own name or roles: the header and navigation follow.
    onSuccess: () => invalidate(settingsKeys.users, authKeys.status),
  });
}

export function useResetPassword() {
  const invalidate = useInvalidateAfterAdminAction();
  return useMutation({
    mutationFn: async (input: InputOf<'users', 'resetPassword'>) => unwrap(await api.users.resetPassword(input)),
    onSuccess: () => invalidate(settingsKeys.users),
  });
}

export function useAppSettings() {
  return useQuery({
    queryKey: settingsKeys.appSettings,
    queryFn: async () => unwrap(await api.settings.get()),
  });
}

export function useUpdateAppSettings() {
  const invalidate = useInvalidateAfterAdminAction();
  return useMutation({
    mutationFn: async (input: InputOf<'settings', 'update'>) => unwrap(await api.settings.update(input)),
    // The shell reads modules and the idle timeout from the auth status.
    onSuccess: () => invalidate(settingsKeys.appSettings, authKeys.status),
  });
}

export function useSystemInfo() {
  return useQuery({
    queryKey: settingsKeys.systemInfo,
    queryFn: async () => unwrap(await api.system.info()),
  });
}

export const AUDIT_LIMIT = 100;

export function useAuditEvents() {
  return useQuery({
    queryKey: settingsKeys.audit,
    queryFn: async () => unwrap(await api.system.audit({ limit: AUDIT_LIMIT })),
  });
}
