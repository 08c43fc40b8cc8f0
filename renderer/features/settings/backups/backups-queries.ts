import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, apiErrorOf, unwrap } from '../../../api/client';
import type { InputOf } from '../../../../shared/api/contract';
import { notifyError, notifySuccess } from '../../../forms/notify';
import { useFormatters } from '../../../i18n/format';
import { useInvalidateAfterAdminAction } from '../queries';

/** Under ['backups']: the tab, the administrator's home and a running backup's progress share one overview. */
export const backupKeys = {
  all: ['backups'] as const,
  overview: ['backups', 'overview'] as const,
  progress: ['backups', 'progress'] as const,
};

/** How often a running backup is asked how far it has got. */
export const PROGRESS_POLL_MS = 300;

/**
 * The backups, the second folder, the key's protection and the warnings. While a backup runs (the daily one
 * may start on its own) the overview is asked again every few seconds, so its end shows without a reload;
 * otherwise every few minutes, as a home screen stays open.
 */
export function useBackupsOverview() {
  return useQuery({
    queryKey: backupKeys.overview,
    queryFn: async () => unwrap(await api.backups.list({})),
    refetchOnMount: 'always',
    refetchInterval: (query) => (query.state.data?.running ? 3_000 : 5 * 60_000),
  });
}

/** Polls `backups.progress` only while a backup runs; stops as soon as it answers that none does. */
export function useBackupProgress(active: boolean) {
  return useQuery({
    queryKey: backupKeys.progress,
    queryFn: async () => unwrap(await api.backups.progress({})),
    enabled: active,
    refetchInterval: active ? PROGRESS_POLL_MS : false,
    staleTime: 0,
    gcTime: 0,
  });
}

/**
 * "Sauvegarder maintenant". The outcome is told by the mutation itself, not by the button: the administrator
 * may have left the tab while the backup ran, and must still hear that it worked or why it did not.
 */
export function useCreateBackup() {
  const { t } = useTranslation();
  const format = useFormatters();
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAfterAdminAction();
  return useMutation({
    mutationFn: async () => unwrap(await api.backups.create({})),
    onMutate: () => queryClient.removeQueries({ queryKey: backupKeys.progress }),
    onSuccess: (backup) => notifySuccess(t('backups:create.done', { size: format.bytes(backup.bytes) }), t('backups:create.doneTitle')),
    onError: (error) => notifyError(t, apiErrorOf(error)),
    onSettled: () => invalidate(backupKeys.all),
  });
}

/** Swaps the records: on success the caller reloads the window (every session has ended). */
export function useRestoreBackup() {
  return useMutation({
    mutationFn: async (input: InputOf<'backups', 'restore'>) => unwrap(await api.backups.restore(input)),
  });
}

export function useSetSecondFolder() {
  const invalidate = useInvalidateAfterAdminAction();
  return useMutation({
    mutationFn: async (input: InputOf<'backups', 'setSecondFolder'>) => unwrap(await api.backups.setSecondFolder(input)),
    onSuccess: () => invalidate(backupKeys.all),
  });
}

export function useExportRecoveryKit() {
  const invalidate = useInvalidateAfterAdminAction();
  return useMutation({
    mutationFn: async (input: InputOf<'backups', 'exportRecoveryKit'>) => unwrap(await api.backups.exportRecoveryKit(input)),
    onSuccess: () => invalidate(),
  });
}

export function useProtectKeyWithKeyring() {
  const invalidate = useInvalidateAfterAdminAction();
  return useMutation({
    mutationFn: async () => unwrap(await api.backups.protectKeyWithKeyring({})),
    onSuccess: () => invalidate(backupKeys.all),
  });
}
